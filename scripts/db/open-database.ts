// The portal's database for a one-off command: the server named by DATABASE_URL, or the embedded one under
// PORTAL_DATA_DIR, started for the command and stopped after. The embedded server must not be running
// already: `npm start` owns it while the portal runs, and two servers cannot share one data folder.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkConnection, ensureDatabase, ROOT } from "../lib/database";
import { readLauncherEnv } from "../lib/launcher-env";
import { StartupError } from "../lib/startup-error";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function openPortalDatabase(): Promise<{ url: string; where: string; close(): Promise<void> }> {
  const env = readLauncherEnv();
  if (env.DATABASE_URL) {
    await checkConnection(env.DATABASE_URL);
    return { url: env.DATABASE_URL, where: "the database named by DATABASE_URL", close: async () => {} };
  }
  const dataDir = path.resolve(ROOT, env.PORTAL_DATA_DIR, "postgres");
  const { resolveDataDir, startEmbeddedPostgres } = await import("../lib/embedded-postgres");
  const pidFile = path.join(resolveDataDir(dataDir).dir, "postmaster.pid");
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
  if (pid && isRunning(pid)) {
    throw new StartupError(
      `The embedded database in ${path.relative(ROOT, dataDir) || dataDir} is in use (PostgreSQL process ${pid}): stop the portal (npm start) first, then run this command again.`,
    );
  }
  const db = await startEmbeddedPostgres({ dataDir });
  await ensureDatabase(db.adminUrl, "portal");
  return {
    url: db.urlFor("portal"),
    where: `the embedded database in ${path.relative(ROOT, db.dataDir) || db.dataDir}`,
    close: () => db.stop(),
  };
}

// Runs a database command and prints an expected failure as one sentence; the embedded server is stopped either way.
export async function runWithPortalDatabase(
  fn: (url: string, where: string) => Promise<void>,
  isExpected: (error: unknown) => boolean,
): Promise<never> {
  let close = async () => {};
  let code = 0;
  try {
    const database = await openPortalDatabase();
    close = () => database.close();
    await fn(database.url, database.where);
  } catch (error) {
    console.error(error instanceof StartupError || isExpected(error) ? `\n✖ ${(error as Error).message}\n` : error);
    code = 1;
  }
  await close().catch(() => undefined);
  process.exit(code);
}
