// What a measuring script (the soak test, the benchmark) needs to run the portal for real: a PostgreSQL server
// (embedded, or one named by an admin URL), a fresh migrated and reference-seeded database, a current
// production build, `next start` on a free port with a chosen DATABASE_URL, a wait for /api/health, the RSS of
// the server's process tree from /proc, and an orderly stop (web server first, database last).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { isBuildCurrent, recordBuild, sourceStamp } from "./build-stamp";
import { bin, checkConnection, dropDatabase, ensureDatabase, migrate, ROOT, run } from "./database";
import type { EmbeddedDatabase } from "./embedded-postgres";
import { NEXT_BIN, readMaxOldSpaceMb, serverNodeFlags } from "./node-flags";
import { findFreePort } from "./ports";
import { StartupError } from "./startup-error";

export type PostgresServer = { adminUrl: string; embedded: boolean; stop(): Promise<void> };

// `adminUrl` (e.g. from SOAK_DATABASE_ADMIN_URL) names a server with the right to create databases; without it
// an embedded PostgreSQL 17 runs in `dataDir` for the duration of the script.
export async function startPostgres(options: { adminUrl?: string; adminUrlName: string; dataDir: string }): Promise<PostgresServer> {
  const adminUrl = options.adminUrl?.trim();
  if (adminUrl) {
    await checkConnection(adminUrl, options.adminUrlName);
    return { adminUrl, embedded: false, stop: async () => {} };
  }
  // Imported lazily: embedded-postgres installs exit hooks (see embedded-postgres.ts).
  const { startEmbeddedPostgres } = await import("./embedded-postgres");
  const database: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: options.dataDir });
  return { adminUrl: database.adminUrl, embedded: true, stop: () => database.stop() };
}

// Ctrl-C or SIGTERM: run `cleanup` once (stop the servers, then PostgreSQL) and exit 130. Returns whether a
// stop has begun, for long scripts to check between steps.
export function stopOnSignals(log: (line: string) => void, cleanup: () => Promise<void>): () => boolean {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`stopping (${signal})…`);
    void cleanup().finally(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => stopping;
}

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

// Drops and recreates `name`, applies the migrations the way production does, and seeds the reference data
// (the Strategy, organizations, indicators, report types and periods) without demo data.
export async function createFreshDatabase(adminUrl: string, name: string): Promise<string> {
  const databaseUrl = databaseUrlFor(adminUrl, name);
  await dropDatabase(adminUrl, name);
  await ensureDatabase(adminUrl, name);
  await migrate(databaseUrl);
  await run(bin("tsx"), ["prisma/seed.ts"], { ...process.env, DATABASE_URL: databaseUrl, DEMO_MODE: "false" }, { quiet: true });
  return databaseUrl;
}

// Builds the production bundle when it is missing or older than the sources (the launcher's build stamp).
export async function ensureProductionBuild(log: (line: string) => void): Promise<void> {
  if (isBuildCurrent()) return;
  log("building the production bundle (missing or older than the sources)…");
  const started = Date.now();
  const stamp = sourceStamp();
  rmSync(path.join(ROOT, ".next", "dev", "types"), { recursive: true, force: true });
  // The build never connects to the database, but the application validates DATABASE_URL's shape.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://build@127.0.0.1:1/build",
  };
  await run(bin("next"), ["build"], env, { quiet: true });
  recordBuild(stamp);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export type PortalServer = {
  port: number;
  pid: number;
  baseUrl: string;
  // node's own flags for this server: production's heap bounds (node-flags.ts), then the caller's extra ones.
  nodeFlags: string[];
  hasExited(): boolean;
  logTail(lines?: number): string;
  stop(): Promise<void>;
};

function get(port: number, pathName: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: pathName, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(5000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
  });
}

// `next start` in its own process group (so stopping it stops its children too), on `port` or a free one,
// answering 200 on /api/health before this resolves. It runs with production's heap bounds (the same flags as
// `npm start`, PORTAL_MAX_OLD_SPACE_MB included); `nodeArgs` adds instrumentation such as --cpu-prof.
export async function startPortalServer(options: {
  databaseUrl: string;
  port?: number;
  env?: Record<string, string>;
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<PortalServer> {
  const port = options.port ?? (await findFreePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    DEMO_MODE: "false",
    DISABLE_SCHEDULER: "true",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
    NODE_ENV: "production",
    PORT: String(port),
  };
  // V8 flags (e.g. --trace-gc) are not all allowed in NODE_OPTIONS: they go on node's own command line.
  const nodeFlags = [...serverNodeFlags(readMaxOldSpaceMb(env)), ...(options.nodeArgs ?? [])];
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(String(chunk));
    if (output.length > 5000) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  const logTail = (lines = 20) => output.join("").split("\n").slice(-lines).join("\n");

  const stop = async () => {
    if (hasExited() || !child.pid) return;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        child.kill(name);
      }
    };
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (hasExited())
      throw new StartupError(`The web server exited (${child.exitCode ?? child.signalCode}) before it answered:\n${logTail()}`);
    const status = await get(port, "/api/health").catch(() => 0);
    if (status === 200) return { port, pid: child.pid!, baseUrl: `http://127.0.0.1:${port}`, nodeFlags, hasExited, logTail, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new StartupError(`The web server did not answer /api/health on port ${port} within ${(options.timeoutMs ?? 120_000) / 1000} s.`);
}

// ───────────────────────── memory of a process tree ─────────────────────────

// The process and every process below it (next start runs next-server as a child on some versions).
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      /* exited meanwhile */
    }
  }
  const out: number[] = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export function treeRssMb(rootPid: number): number {
  return processTree(rootPid).reduce((sum, pid) => sum + rssKb(pid), 0) / 1024;
}

export type RssSample = { atMs: number; mb: number };

// Samples the tree's RSS every `intervalMs`, keeping the whole series (time since start, MB).
export class RssSampler {
  readonly samples: RssSample[] = [];
  private timer?: NodeJS.Timeout;
  private started = 0;
  constructor(
    private readonly rootPid: number,
    private readonly intervalMs = 1000,
  ) {}
  start(): this {
    this.started = Date.now();
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }
  sample() {
    this.samples.push({ atMs: Date.now() - this.started, mb: treeRssMb(this.rootPid) });
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
