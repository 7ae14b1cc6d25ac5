// Runs in each integration test file before its imports are evaluated: points the application's db client at
// this worker's database, cloned from the run's migrated template on the worker's first file. Files of one
// worker run one after another on it (each resets what it needs, as when every file shared one database);
// files of different workers never share a database.
import { inject } from "vitest";
import { withClient } from "../../scripts/lib/database";

const adminUrl = inject("adminUrl");
const template = inject("templateDatabase");
// 1…maxWorkers, stable for a worker slot for the whole run.
const database = `${template}_w${process.env.VITEST_POOL_ID ?? "1"}`;

await withClient(adminUrl, async (client) => {
  const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database]);
  // Names are generated above (letters, digits, underscores), never taken from input.
  if (!rowCount) await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
});

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
process.env.DEMO_MODE ??= "false";
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
// Handlers are called thousands of times a minute from one "address" here; tests/integration/rate-limit.test.ts
// sets its own limits to test the limiter.
process.env.RATE_LIMIT_TOKEN_PER_MINUTE ??= "0";
process.env.RATE_LIMIT_IP_PER_MINUTE ??= "0";
