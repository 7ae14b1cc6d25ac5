// Runs one command with DATABASE_URL pointing at the portal's database: the one named by DATABASE_URL, or the
// embedded one under .data/ (started for the command and stopped after). Used by db:* scripts.
// Usage: tsx scripts/with-db.ts <command> [args…]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { bin, checkConnection, ensureDatabase, ROOT } from "./lib/database";
import { readLauncherEnv } from "./lib/launcher-env";
import { StartupError } from "./lib/startup-error";

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new StartupError("usage: tsx scripts/with-db.ts <command> [args…]");
  const env = readLauncherEnv();
  let url = env.DATABASE_URL;
  let stop = async () => {};
  if (url) await checkConnection(url);
  else {
    const { startEmbeddedPostgres } = await import("./lib/embedded-postgres");
    const db = await startEmbeddedPostgres({ dataDir: path.resolve(ROOT, env.PORTAL_DATA_DIR, "postgres") });
    stop = () => db.stop();
    await ensureDatabase(db.adminUrl, "portal");
    url = db.urlFor("portal");
  }
  const resolved = command.includes("/") || !existsSync(bin(command)) ? command : bin(command);
  const child = spawn(resolved, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, DEMO_MODE: String(env.DEMO_MODE ?? !env.DATABASE_URL) },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  await stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? `\n✖ ${error.message}\n` : error);
  process.exit(1);
});
