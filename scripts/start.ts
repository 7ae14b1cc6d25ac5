// `npm start`: the one command that brings the portal up.
// Without DATABASE_URL it starts an embedded PostgreSQL under .data/, applies migrations, seeds the strategy
// (and demo data) on first run, builds if the build is missing or stale, then serves on PORT (default 3000).
// It owns the database: on Ctrl-C or SIGTERM it stops the web server first and PostgreSQL last.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import { bin, checkConnection, ensureDatabase, isSeeded, migrate, ROOT, run } from "./lib/database";
import { isBuildCurrent, recordBuild, sourceStamp } from "./lib/build-stamp";
import { readLauncherEnv } from "./lib/launcher-env";
import { NEXT_BIN, serverNodeFlags } from "./lib/node-flags";
import { assertPortFree } from "./lib/ports";
import { StartupError } from "./lib/startup-error";
import type { EmbeddedDatabase } from "./lib/embedded-postgres";

const isDev = process.argv.includes("--dev");
const log = (message: string) => console.log(`[portal] ${message}`);

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`);
  chmodSync(file, 0o600);
  return secret;
}

async function main() {
  const started = Date.now();
  const env = readLauncherEnv();
  const dataDir = path.resolve(ROOT, env.PORTAL_DATA_DIR);
  await assertPortFree(env.PORT);

  let database: EmbeddedDatabase | undefined;
  let databaseUrl: string;
  let demoMode: boolean;
  if (env.DATABASE_URL) {
    await checkConnection(env.DATABASE_URL);
    databaseUrl = env.DATABASE_URL;
    demoMode = env.DEMO_MODE ?? false;
    log("using the database named by DATABASE_URL");
  } else {
    const { startEmbeddedPostgres } = await import("./lib/embedded-postgres");
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres") });
    await ensureDatabase(database.adminUrl, "portal");
    databaseUrl = database.urlFor("portal");
    demoMode = env.DEMO_MODE ?? true;
    log(`embedded PostgreSQL running (data in ${path.relative(ROOT, database.dataDir) || database.dataDir})`);
  }

  let child: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`stopping (${signal})…`);
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill(signal);
      const timeout = setTimeout(() => child?.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timeout);
    }
    await database?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    await migrate(databaseUrl);
    if (!(await isSeeded(databaseUrl))) {
      log(`first run: seeding the strategy${demoMode ? " and demo data" : ""}…`);
      await run(bin("tsx"), ["prisma/seed.ts"], { ...process.env, DATABASE_URL: databaseUrl, DEMO_MODE: String(demoMode) });
    }
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DEMO_MODE: String(demoMode),
      AUTH_SECRET: env.AUTH_SECRET ?? readOrCreateSecret(dataDir),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(env.PORT),
    };
    if (!isDev && !isBuildCurrent()) {
      log("building the production bundle (first start or sources changed)…");
      const stamp = sourceStamp();
      // Route types left by `next dev` go stale when pages move and would fail the build's type check.
      rmSync(path.join(ROOT, ".next", "dev", "types"), { recursive: true, force: true });
      await run(bin("next"), ["build"], { ...childEnv, NODE_ENV: "production" });
      recordBuild(stamp);
    }
    if (stopping) return;
    // Production runs with the heap bounds the benchmark measured (node-flags.ts); `next dev` keeps V8's defaults.
    const [command, commandArgs] = isDev
      ? [bin("next"), ["dev", "-p", String(env.PORT)]]
      : [process.execPath, [...serverNodeFlags(env.PORTAL_MAX_OLD_SPACE_MB), NEXT_BIN, "start", "-p", String(env.PORT)]];
    child = spawn(command, commandArgs, {
      cwd: ROOT,
      env: { ...childEnv, NODE_ENV: isDev ? "development" : "production" },
      stdio: "inherit",
    });
    log(
      `starting the web server on http://localhost:${env.PORT}${demoMode ? " (demo mode)" : ""}${isDev ? "" : ` with ${commandArgs.slice(0, -4).join(" ")}`} (${((Date.now() - started) / 1000).toFixed(1)} s so far)`,
    );
    child.on("exit", (code, signal) => {
      if (stopping) return;
      log(`web server exited (${signal ?? code})`);
      void (database?.stop() ?? Promise.resolve()).finally(() => process.exit(code ?? 1));
    });
  } catch (error) {
    await database?.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) console.error(`\n✖ ${error.message}\n`);
  else console.error(error);
  process.exit(1);
});
