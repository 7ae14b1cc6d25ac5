// Runs in each integration test file before its imports are evaluated: points the application's db client
// at the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DEMO_MODE ??= "false";
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
