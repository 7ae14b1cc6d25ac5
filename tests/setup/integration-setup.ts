// Runs in each integration test file before its imports are evaluated: points the application's db client
// at the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DEMO_MODE ??= "false";
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
// Handlers are called thousands of times a minute from one "address" here; tests/integration/rate-limit.test.ts
// sets its own limits to test the limiter.
process.env.RATE_LIMIT_TOKEN_PER_MINUTE ??= "0";
process.env.RATE_LIMIT_IP_PER_MINUTE ??= "0";
