// `npm run soak [-- --users 50 --seconds 60 --think-ms 100 --out bench/results/soak-latest.json]`
//
// A soak test through the JSON API: N simulated users for S seconds against the production server, on a
// database of its own (`soak`, recreated each run, never the demo one), then invariants checked directly in
// PostgreSQL (scripts/soak/verify.ts) and the server's memory judged flat or not (scripts/soak/figures.ts).
// Prints the figures, writes them as JSON and exits 1 when any invariant fails.
//
// PostgreSQL: an embedded server in .data/soak-postgres, unless SOAK_DATABASE_ADMIN_URL names a server (a URL
// to its maintenance database, with the right to create databases).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../lib/database";
import {
  createFreshDatabase,
  ensureProductionBuild,
  RssSampler,
  stopOnSignals,
  startPortalServer,
  startPostgres,
  type PortalServer,
  type PostgresServer,
  type RssSample,
} from "../lib/portal-server";
import { StartupError } from "../lib/startup-error";
import { figuresByKind, figuresTable, memoryFigures } from "./figures";
import { runLoad } from "./load";
import { planWorld, seedWorld } from "./seed";
import { auditHighWater, verify, type Invariant } from "./verify";

const log = (message: string) => console.log(`[soak] ${message}`);

// The gc-probe's lines (epoch ms, live heap bytes, rss bytes) as MB samples relative to the start of the load.
function readHeapLog(file: string, loadStartedAt: number): RssSample[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split(" ").map(Number) as [number, number, number])
    .filter(([at]) => at >= loadStartedAt)
    .map(([at, heapUsed]) => ({ atMs: at - loadStartedAt, mb: heapUsed / 2 ** 20 }));
}

type Options = { users: number; seconds: number; thinkMs: number; out: string };

function parseArgs(argv: string[]): Options {
  const options: Options = { users: 50, seconds: 60, thinkMs: 100, out: path.join(ROOT, "bench", "results", "soak-latest.json") };
  const usage = "Usage: npm run soak -- [--users N] [--seconds S] [--think-ms MS] [--out FILE]";
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? "";
    const int = (min: number, max: number) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min || n > max)
        throw new StartupError(`${name} must be a whole number from ${min} to ${max}. ${usage}`);
      return n;
    };
    if (name === "--users") options.users = int(4, 500);
    else if (name === "--seconds") options.seconds = int(5, 3600);
    else if (name === "--think-ms") options.thinkMs = int(0, 10_000);
    else if (name === "--out") options.out = path.resolve(value());
    else throw new StartupError(`Unknown option ${argv[i]}. ${usage}`);
  }
  return options;
}

async function main(): Promise<boolean> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  let postgres: PostgresServer | undefined;
  let server: PortalServer | undefined;
  let sampler: RssSampler | undefined;
  const cleanup = async () => {
    sampler?.stop();
    await server?.stop();
    await postgres?.stop();
  };
  const isStopping = stopOnSignals(log, cleanup);

  try {
    postgres = await startPostgres({
      adminUrl: process.env.SOAK_DATABASE_ADMIN_URL,
      adminUrlName: "SOAK_DATABASE_ADMIN_URL",
      dataDir: path.join(ROOT, ".data", "soak-postgres"),
    });
    log(
      postgres.embedded
        ? "embedded PostgreSQL running (.data/soak-postgres)"
        : "using the PostgreSQL server named by SOAK_DATABASE_ADMIN_URL",
    );
    const t0 = Date.now();
    const databaseUrl = await createFreshDatabase(postgres.adminUrl, "soak");
    const world = planWorld(options.users, `Soak-${randomBytes(9).toString("base64url")}1`);
    await seedWorld(databaseUrl, world);
    log(
      `database soak: migrated, reference data + ${world.organizations.length} organizations, ${world.editors.length} editors, ${world.reviewers.length} reviewers, ` +
        `${world.organizations.length * world.organizations[0]!.reportIds.length} report drafts (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    await ensureProductionBuild(log);
    if (isStopping()) return false;

    const heapLog = path.join(ROOT, ".data", "soak-heap.log");
    rmSync(heapLog, { force: true });
    server = await startPortalServer({
      databaseUrl,
      env: { RATE_LIMIT_TOKEN_PER_MINUTE: "0", RATE_LIMIT_IP_PER_MINUTE: "0", SOAK_HEAP_LOG: heapLog, SOAK_GC_INTERVAL_MS: "2000" },
      // A full collection every 2 s (gc-probe.cjs), so the RSS series shows retained memory, not garbage a lazy
      // collector has not reached yet.
      nodeArgs: ["--expose-gc", "--require", path.join(ROOT, "scripts", "soak", "gc-probe.cjs")],
    });
    log(`server ready on port ${server.port} (pid ${server.pid})`);
    const auditBaseline = await auditHighWater(databaseUrl);
    const runId = randomBytes(4).toString("hex");

    log(`${options.users} users (${world.editors.length} editors, ${world.reviewers.length} reviewers) for ${options.seconds} s…`);
    sampler = new RssSampler(server.pid, 1000).start();
    const loadStartedAt = Date.now();
    const loadAverage = { before: os.loadavg(), after: [] as number[] };
    const load = await runLoad(world, { port: server.port, seconds: options.seconds, thinkMs: options.thinkMs, runId, log });
    sampler.sample();
    sampler.stop();
    loadAverage.after = os.loadavg();
    const heap = readHeapLog(heapLog, loadStartedAt);
    if (server.hasExited()) log(`the server exited during the run:\n${server.logTail()}`);

    const invariants: Invariant[] = await verify(databaseUrl, world, load.ops, runId, auditBaseline);
    const memory = memoryFigures(sampler.samples, load.seconds * 1000);
    const liveHeap = memoryFigures(heap, load.seconds * 1000);
    invariants.push({
      name: "server memory flat",
      pass: memory.pass,
      detail:
        `RSS warm ${memory.warmMb.toFixed(0)} MB → late ${memory.lateMb.toFixed(0)} MB (${(memory.growth * 100).toFixed(1)} %, limit 15 %; ${memory.samples} samples after warm-up); ` +
        `live heap after full GC ${liveHeap.warmMb.toFixed(0)} → ${liveHeap.lateMb.toFixed(0)} MB`,
    });

    const kinds = figuresByKind(load.ops);
    const serverErrors = server
      .logTail(400)
      .split("\n")
      .filter((line) => /Unexpected API error|Error:|deadlock/i.test(line));
    console.log(`\n## Soak: ${options.users} users × ${options.seconds} s (${os.cpus().length} cores)\n`);
    console.log(figuresTable(kinds));
    console.log(
      `\n${load.ops.length} requests in ${load.seconds.toFixed(1)} s (${(load.ops.length / load.seconds).toFixed(1)}/s), ${load.rounds} conflict rounds, ` +
        `${load.resetRetries} sent again after the server closed an idle keep-alive socket.` +
        `\nServer RSS (process tree): start ${memory.startMb.toFixed(0)} MB, peak ${memory.peakMb.toFixed(0)} MB, end ${memory.endMb.toFixed(0)} MB; ` +
        `live heap after full GC: start ${liveHeap.startMb.toFixed(0)} MB, peak ${liveHeap.peakMb.toFixed(0)} MB, end ${liveHeap.endMb.toFixed(0)} MB.` +
        `\nLoad average (1 min) ${loadAverage.before[0]!.toFixed(1)} before, ${loadAverage.after[0]!.toFixed(1)} after.\n`,
    );
    for (const inv of invariants) console.log(`${inv.pass ? "✔" : "✖"} ${inv.name}: ${inv.detail}`);
    if (serverErrors.length)
      console.log(`\nServer log errors (last ${Math.min(10, serverErrors.length)}):\n${serverErrors.slice(-10).join("\n")}`);

    const passed = invariants.filter((i) => i.pass).length;
    const failed = invariants.length - passed;
    mkdirSync(path.dirname(options.out), { recursive: true });
    writeFileSync(
      options.out,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: os.totalmem() / 2 ** 30, node: process.version },
          options: { users: options.users, seconds: options.seconds, thinkMs: options.thinkMs },
          world: { organizations: world.organizations.length, editors: world.editors.length, reviewers: world.reviewers.length },
          requests: load.ops.length,
          requestsPerSecond: load.ops.length / load.seconds,
          conflictRounds: load.rounds,
          resetRetries: load.resetRetries,
          kinds,
          loadAverage,
          memory: { ...memory, samples: sampler.samples },
          liveHeapAfterGc: { ...liveHeap, samples: heap },
          invariants,
          passed,
          failed,
          totalSeconds: (Date.now() - started) / 1000,
        },
        null,
        2,
      )}\n`,
    );
    log(
      `${passed} invariants passed, ${failed} failed; wrote ${path.relative(ROOT, options.out)} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
    );
    return failed === 0;
  } finally {
    if (!isStopping()) await cleanup();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    if (error instanceof StartupError) console.error(`\n✖ ${error.message}\n`);
    else console.error(error);
    process.exit(1);
  },
);
