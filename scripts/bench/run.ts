// `npm run bench [-- --scale national|x10|x30] [--skip-generate]`: generates the dataset in its own database
// (bench_<scale>, never the demo one), starts the production server against it, measures warm latency,
// the SQL floor, throughput under 50 concurrent connections and the server's peak RSS, prints a Markdown
// table against issue 7's targets and writes bench/results/latest.json.
//
// PostgreSQL: an embedded server in .data/bench-postgres, unless BENCH_DATABASE_ADMIN_URL names a server
// (a URL to its maintenance database, with the right to create databases).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { bin, checkConnection, migrate, ROOT } from "../lib/database";
import { findFreePort } from "../lib/ports";
import {
  databaseUrlFor,
  ensureProductionBuild,
  processTree,
  rssKb,
  startPortalServer,
  startPostgres,
  stopOnSignals,
  type PortalServer,
  type PostgresServer,
} from "../lib/portal-server";
import { StartupError } from "../lib/startup-error";
import { generateDataset, SCALES, type GenerateResult, type Scale } from "./generate";
import { measureFrontend, type FrontendMeasure } from "./frontend";
import { measureSqlFloor, type SqlFloor } from "./sql-floor";
import { request } from "./http";
import { percentiles, type Percentiles } from "./stats";
import { createSteeringUser, signIn } from "./session";
import { describeLoad, loadWithAutocannon, measureCeilings, type Ceilings, type LoadFigure } from "./throughput";
import { referenceVisibleAcrossInstances } from "./reference-visibility";
import { printScaleGrowth, writeScaleResult } from "./scale-growth";
import { crossInstanceVisibility, measureWrites } from "./writes";

const log = (message: string) => console.log(`[bench] ${message}`);

type Options = {
  scale: Scale;
  skipGenerate: boolean;
  samples: number;
  concurrencySeconds: number;
  budgetSeconds: number;
  writeSamples: number;
  scaleOut: boolean;
};
type ScaleOut = { throughput: LoadFigure; crossInstanceWriteVisible: boolean; referenceWriteVisible: boolean };

function parseArgs(argv: string[]): Options {
  const options: Options = {
    scale: "x10",
    skipGenerate: false,
    samples: 60,
    concurrencySeconds: 30,
    budgetSeconds: 180,
    writeSamples: 30,
    scaleOut: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.split("=", 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (name === "--scale") {
      const scale = value();
      if (!scale || !(scale in SCALES)) throw new StartupError(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
      options.scale = scale as Scale;
    } else if (name === "--skip-generate") options.skipGenerate = true;
    else if (name === "--samples") options.samples = Math.max(50, Number(value()) || 60);
    else if (name === "--duration") options.concurrencySeconds = Math.max(1, Number(value()) || 30);
    else if (name === "--budget") options.budgetSeconds = Math.max(10, Number(value()) || 180);
    else if (name === "--write-samples") options.writeSamples = Math.max(5, Number(value()) || 30);
    else if (name === "--no-scale-out") options.scaleOut = false;
    else
      throw new StartupError(
        `Unknown option ${arg}. Usage: npm run bench -- [--scale national|x10|x30] [--skip-generate] [--samples N] [--duration S] [--budget S] [--write-samples N] [--no-scale-out]`,
      );
  }
  return options;
}

// ───────────────────────── HTTP ─────────────────────────

async function waitForProxy(port: number, timeoutMs = 30_000): Promise<void> {
  const agent = new http.Agent();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answered = await request(agent, port, "/api/health").then(
      (res) => res.status === 200,
      () => false,
    );
    if (answered) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new StartupError(`The benchmark's proxy did not answer on port ${port} within ${timeoutMs / 1000} s.`);
}

type Latency = { path: string; samples: number; errors: number; bytes: number; ms: Percentiles; cutShort: boolean };

// `samples` sequential requests after `warmup`, unless the time budget runs out first (a pathologically slow page
// at ×10 would otherwise keep the run going for hours): then fewer samples, flagged `cutShort` (at least 5).
async function measureLatency(
  port: number,
  cookie: string,
  pathName: string,
  samples: number,
  budgetSeconds: number,
  warmup = 10,
): Promise<Latency> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const deadline = performance.now() + budgetSeconds * 1000;
  let errors = 0;
  let bytes = 0;
  try {
    for (let i = 0; i < warmup && (i < 2 || performance.now() < deadline - budgetSeconds * 500); i++) {
      const res = await request(agent, port, pathName, { cookie, timeoutMs: 600_000 });
      if (res.status !== 200)
        throw new Error(`GET ${pathName} answered ${res.status} during warm-up: ${res.body.toString("utf8").slice(0, 300)}`);
    }
    const times: number[] = [];
    while (times.length < samples && (times.length < 5 || performance.now() < deadline)) {
      const t0 = performance.now();
      const res = await request(agent, port, pathName, { cookie, timeoutMs: 600_000 });
      times.push(performance.now() - t0);
      bytes = res.body.length;
      if (res.status !== 200) errors++;
    }
    return { path: pathName, samples: times.length, errors, bytes, ms: percentiles(times), cutShort: times.length < samples };
  } finally {
    agent.destroy();
  }
}

// ───────────────────────── the server's memory ─────────────────────────

// Peak RSS of the server's process tree and of its largest process, sampled every 250 ms.
class RssSampler {
  peakTreeMb = 0;
  peakProcessMb = 0;
  private timer?: NodeJS.Timeout;
  constructor(private readonly rootPid: number) {}
  start(): this {
    this.timer = setInterval(() => this.sample(), 250);
    this.sample();
    return this;
  }
  reset() {
    this.peakTreeMb = 0;
    this.peakProcessMb = 0;
  }
  sample() {
    const values = processTree(this.rootPid).map(rssKb);
    this.peakTreeMb = Math.max(this.peakTreeMb, values.reduce((a, b) => a + b, 0) / 1024);
    this.peakProcessMb = Math.max(this.peakProcessMb, ...values.map((v) => v / 1024));
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
  }
}

// ───────────────────────── main ─────────────────────────

type Row = { measure: string; target: string; result: string; pass: boolean | null };

// What is loaded with 50 connections, and issue 16's target for each: a share of /api/health's requests/s
// (the session check, the summary API) or requests/s (the overview page, the reference pages).
const THROUGHPUT_TARGETS = [
  "/api/v1/me",
  "/api/v1/dashboard/summary",
  "/dashboard",
  "/strategy",
  "/indicators",
  "/indicators/IND_UNESCO_TOTAL",
  "/organizations",
] as const;
const THROUGHPUT_GOALS: Record<(typeof THROUGHPUT_TARGETS)[number], { healthShare?: number; rps?: number; p97_5Ms?: number }> = {
  "/api/v1/me": { healthShare: 0.85 },
  "/api/v1/dashboard/summary": { healthShare: 0.75 },
  "/dashboard": { rps: 60, p97_5Ms: 1500 },
  "/strategy": { rps: 250 },
  "/indicators": { rps: 250 },
  "/indicators/IND_UNESCO_TOTAL": { rps: 250 },
  "/organizations": { rps: 250 },
};

function throughputRows(figures: LoadFigure[], ceilings: Ceilings, seconds: number): Row[] {
  const ceilingRow = (name: string, figure: LoadFigure): Row => ({
    measure: `50 connections, ${seconds} s, ${name} (ceiling)`,
    target: "–",
    result: `${figure.requestsPerSecond.toFixed(1)} req/s, p50 ${figure.ms.p50} ms`,
    pass: null,
  });
  return [
    ceilingRow("`/api/health`", ceilings.health),
    ceilingRow("static `/api/v1/openapi.json`", ceilings.staticResponse),
    ...figures.map((figure) => {
      const goal = THROUGHPUT_GOALS[figure.path as (typeof THROUGHPUT_TARGETS)[number]] ?? {};
      const share = ceilings.health.requestsPerSecond > 0 ? figure.requestsPerSecond / ceilings.health.requestsPerSecond : 0;
      const targets = [
        goal.healthShare !== undefined ? `≥ ${goal.healthShare * 100} % of /api/health` : null,
        goal.rps !== undefined ? `≥ ${goal.rps} req/s` : null,
        goal.p97_5Ms !== undefined ? `p95 ≤ ${goal.p97_5Ms} ms (p97.5 shown)` : null,
      ].filter((t): t is string => t !== null);
      const clean = figure.errors + figure.non2xx === 0;
      return {
        measure: `50 connections, ${seconds} s, \`${figure.path}\``,
        target: targets.length ? `${targets.join(", ")}, 0 errors` : "0 errors",
        result: describeLoad(figure, ceilings),
        pass:
          clean &&
          (goal.healthShare === undefined || share >= goal.healthShare) &&
          (goal.rps === undefined || figure.requestsPerSecond >= goal.rps) &&
          (goal.p97_5Ms === undefined || figure.ms.p97_5 <= goal.p97_5Ms),
      };
    }),
  ];
}

function fmt(ms: number | null | undefined): string {
  return ms === null || ms === undefined || !Number.isFinite(ms) ? "–" : `${ms.toFixed(1)} ms`;
}

function markdownTable(rows: Row[]): string {
  const lines = ["| measure | target | result | |", "| --- | --- | --- | --- |"];
  for (const row of rows)
    lines.push(
      `| ${row.measure} | ${row.target} | ${row.result} | ${row.pass === null ? (row.result.startsWith("not measured") ? "not measured" : "no target") : row.pass ? "pass" : "**miss**"} |`,
    );
  return lines.join("\n");
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  let database: PostgresServer | undefined;
  let server: PortalServer | undefined;
  const extraServers: PortalServer[] = [];
  let proxy: ChildProcess | undefined;
  let sampler: RssSampler | undefined;

  const stopProxy = () => {
    if (proxy && proxy.exitCode === null && proxy.signalCode === null) proxy.kill("SIGTERM");
  };
  const stopServer = async () => {
    sampler?.stop();
    stopProxy();
    await Promise.all([server, ...extraServers].map(async (s) => s?.stop()));
  };
  const cleanup = async () => {
    await stopServer();
    await database?.stop();
  };
  const isStopping = stopOnSignals(log, cleanup);

  try {
    // 1. PostgreSQL
    database = await startPostgres({
      adminUrl: process.env.BENCH_DATABASE_ADMIN_URL,
      adminUrlName: "BENCH_DATABASE_ADMIN_URL",
      dataDir: path.join(ROOT, ".data", "bench-postgres"),
    });
    const adminUrl = database.adminUrl;
    log(
      database.embedded
        ? "embedded PostgreSQL running (data in .data/bench-postgres)"
        : "using the PostgreSQL server named by BENCH_DATABASE_ADMIN_URL",
    );

    // 2. The dataset
    let generation: GenerateResult | null = null;
    const databaseUrl = databaseUrlFor(adminUrl, `bench_${options.scale}`);
    if (options.skipGenerate) {
      await checkConnection(databaseUrl, `the bench database bench_${options.scale} (run once without --skip-generate)`);
      await migrate(databaseUrl);
      log(`reusing database bench_${options.scale} (migrations applied)`);
    } else {
      generation = await generateDataset(adminUrl, options.scale, (line) => log(line));
    }
    if (isStopping()) return;

    // 3. The production build
    await ensureProductionBuild(log);
    if (isStopping()) return;
    // Every instance shares the secret, so one session cookie works on all of them (as behind a load balancer).
    const serverEnv = {
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      // The benchmark measures the portal, not the API rate limiter (one client sends thousands of requests).
      RATE_LIMIT_TOKEN_PER_MINUTE: "0",
      RATE_LIMIT_IP_PER_MINUTE: "0",
    };

    // 4. The server and a Steering Committee session
    const password = `Bench-${randomBytes(9).toString("base64url")}1`;
    await createSteeringUser(databaseUrl, password);
    const t0 = Date.now();
    server = await startPortalServer({ databaseUrl, env: serverEnv });
    const port = server.port;
    log(
      `server ready on port ${port} in ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${server.pid}, node ${server.nodeFlags.join(" ")})`,
    );
    sampler = new RssSampler(server.pid).start();
    const cookie = await signIn(port, password);

    // 5. Warm latency, sequential
    const latency: Record<string, Latency> = {};
    // The last two: the activities register at scale (issue 15), the world map and the activity list's first page.
    const targets = [
      "/api/v1/dashboard/summary",
      "/dashboard",
      "/dashboard/organizations",
      "/indicators/IND_UNESCO_TOTAL",
      "/map",
      "/activities",
    ];
    for (const target of targets) {
      if (isStopping()) return;
      latency[target] = await measureLatency(port, cookie, target, options.samples, options.budgetSeconds);
      const l = latency[target];
      log(
        `${target.padEnd(32)} p50 ${fmt(l.ms.p50)}  p95 ${fmt(l.ms.p95)}  p99 ${fmt(l.ms.p99)}  (${l.samples} requests${l.cutShort ? ", cut short by the time budget" : ""}, ${l.errors} errors, ${(l.bytes / 1024).toFixed(0)} KB)`,
      );
    }
    const idleRss = { treeMb: sampler.peakTreeMb, processMb: sampler.peakProcessMb };

    // 6. The SQL floor
    const floor: SqlFloor = await measureSqlFloor(databaseUrl, options.samples, options.budgetSeconds);
    log(`SQL floor (the summary's statements, in parallel like the API): p50 ${fmt(floor.parallel.p50)}  p95 ${fmt(floor.parallel.p95)}`);
    for (const s of floor.statements) log(`  ${s.name.padEnd(30)} p50 ${fmt(s.ms.p50)}  p95 ${fmt(s.ms.p95)}`);

    // 7. Throughput under 50 concurrent connections (autocannon), each figure beside the same run's ceilings:
    // /api/health and a static response. The peak RSS is kept per target (issue 16: ≤ 400 MB on the summary
    // API and on the overview page).
    const baseUrl = `http://127.0.0.1:${port}`;
    const load = { connections: 50, seconds: options.concurrencySeconds };
    log(`ceilings: 50 connections for ${options.concurrencySeconds} s on /api/health and on the static /api/v1/openapi.json…`);
    const ceilings: Ceilings = await measureCeilings(baseUrl, load.connections, load.seconds);
    log(
      `  /api/health ${ceilings.health.requestsPerSecond.toFixed(1)} req/s, static ${ceilings.staticResponse.requestsPerSecond.toFixed(1)} req/s`,
    );
    const throughput: LoadFigure[] = [];
    const peakRss: Record<string, { treeMb: number; processMb: number }> = {};
    for (const target of THROUGHPUT_TARGETS) {
      if (isStopping()) return;
      sampler.reset();
      const result = await loadWithAutocannon(baseUrl, target, { ...load, cookie });
      sampler.sample();
      throughput.push(result);
      peakRss[target] = { treeMb: sampler.peakTreeMb, processMb: sampler.peakProcessMb };
      log(`  ${target.padEnd(30)} ${describeLoad(result, ceilings)}; peak RSS ${peakRss[target].treeMb.toFixed(0)} MB`);
    }
    const loadRss = peakRss["/api/v1/dashboard/summary"]!;
    const pageRss = peakRss["/dashboard"]!;
    // The RSS figures hold only for the heap bounds the server ran with (PORTAL_MAX_OLD_SPACE_MB, node-flags.ts).
    const heapFlags = server.nodeFlags.filter((flag) => /^--(max-(old|semi)-space-size|heap-growing-percent)=/.test(flag)).join(" ");

    // 8. Writes through the API: a 500-task import, reports of 40 task rows, a write shown on the dashboard
    log("writes through the API…");
    const writes = await measureWrites({
      port,
      databaseUrl,
      steeringCookie: cookie,
      reportSamples: options.writeSamples,
      importSamples: Math.max(5, Math.round(options.writeSamples / 3)),
      visibilitySamples: 5,
      log,
    });
    for (const [name, t] of Object.entries(writes)) if (t.errors) log(`  ${name}: ${t.errors} errors (${t.errorSamples.join("; ")})`);

    // 9. Scale-out: a second instance and a round-robin proxy in front of both; throughput through the proxy,
    // and a write through one instance visible through the other.
    let scaleOut: ScaleOut | null = null;
    if (!isStopping() && options.scaleOut) {
      const second = await startPortalServer({ databaseUrl, env: serverEnv });
      extraServers.push(second);
      const secondPort = second.port;
      const proxyPort = await findFreePort();
      proxy = spawn(
        bin("tsx"),
        ["scripts/bench/proxy.ts", "--port", String(proxyPort), "--targets", `127.0.0.1:${port},127.0.0.1:${secondPort}`],
        { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
      );
      await waitForProxy(proxyPort);
      log(
        `second instance on ${secondPort}, proxy on ${proxyPort}; 50 connections for ${options.concurrencySeconds} s on the summary API through the proxy…`,
      );
      const through = await loadWithAutocannon(`http://127.0.0.1:${proxyPort}`, "/api/v1/dashboard/summary", { ...load, cookie });
      log(`  ${describeLoad(through, ceilings)}`);
      const crossInstance = await crossInstanceVisibility(secondPort, port, cookie, databaseUrl);
      log(`  a write through instance 1 ${crossInstance ? "was" : "was NOT"} shown by instance 2 on its next request`);
      const referenceVisible = await referenceVisibleAcrossInstances([port, secondPort], cookie, databaseUrl);
      log(
        `  a unit renamed in the database ${referenceVisible ? "was" : "was NOT"} shown by both instances' organization directory on their next request`,
      );
      scaleOut = { throughput: through, crossInstanceWriteVisible: crossInstance, referenceWriteVisible: referenceVisible };
      stopProxy();
      await Promise.all(extraServers.splice(0).map((s) => s.stop()));
    }

    // 10. Front end: the overview page's weight and Lighthouse (on the first instance)
    let frontend: FrontendMeasure[] = [];
    if (!isStopping()) {
      log("front end: first-load JavaScript and Lighthouse on /dashboard…");
      frontend = await measureFrontend({ baseUrl: `http://127.0.0.1:${port}`, cookie, paths: ["/dashboard"] }).catch((error: unknown) => {
        log(`  front-end measurement failed: ${error instanceof Error ? error.message : String(error)}`);
        return [];
      });
      for (const f of frontend) {
        log(
          `  ${f.path}: first-load JS ${(f.firstLoadJsGzipBytes / 1024).toFixed(0)} KB gzip (${f.scripts} scripts), HTML ${(f.htmlBytes / 1024).toFixed(0)} KB (${(f.htmlGzipBytes / 1024).toFixed(0)} KB gzip)${f.lighthouse ? `, Lighthouse ${f.lighthouse.performance} / ${f.lighthouse.accessibility}` : ""}`,
        );
      }
    }
    const overview = frontend.find((f) => f.path === "/dashboard");

    // 11. Report
    const summary = latency["/api/v1/dashboard/summary"]!;
    const ratio = floor.parallel.p95 > 0 ? summary.ms.p95 / floor.parallel.p95 : null;
    const rows: Row[] = [
      {
        measure: "`GET /api/v1/dashboard/summary` p95",
        target: "≤ 100 ms",
        result: fmt(summary.ms.p95),
        pass: summary.ms.p95 <= 100 && summary.errors === 0,
      },
      {
        measure: "summary p95 / SQL floor p95",
        target: "≤ 2×",
        result: ratio === null ? "–" : `${ratio.toFixed(2)}× (floor ${fmt(floor.parallel.p95)})`,
        pass: ratio === null ? null : ratio <= 2,
      },
      {
        measure: "dashboard overview page (full HTML) p95",
        target: "≤ 250 ms",
        result: fmt(latency["/dashboard"]!.ms.p95),
        pass: latency["/dashboard"]!.ms.p95 <= 250 && latency["/dashboard"]!.errors === 0,
      },
      {
        measure: "organization scorecards page p95",
        target: "≤ 200 ms",
        result: fmt(latency["/dashboard/organizations"]!.ms.p95),
        pass: latency["/dashboard/organizations"]!.ms.p95 <= 200 && latency["/dashboard/organizations"]!.errors === 0,
      },
      {
        measure: "indicator page `/indicators/IND_UNESCO_TOTAL` p95",
        target: "–",
        result: fmt(latency["/indicators/IND_UNESCO_TOTAL"]!.ms.p95),
        pass: null,
      },
      {
        measure: "world map page `/map` p95",
        target: "≤ 250 ms",
        result: fmt(latency["/map"]!.ms.p95),
        pass: latency["/map"]!.ms.p95 <= 250 && latency["/map"]!.errors === 0,
      },
      {
        measure: "activity list page `/activities` p95",
        target: "≤ 200 ms",
        result: fmt(latency["/activities"]!.ms.p95),
        pass: latency["/activities"]!.ms.p95 <= 200 && latency["/activities"]!.errors === 0,
      },
      {
        measure: "report submission, 40 task rows (`POST /reports/{id}/submit`) p95",
        target: "≤ 300 ms",
        result: `${fmt(writes.reportSubmit.ms.p95)} (${writes.reportSubmit.samples} reports)`,
        pass: writes.reportSubmit.errors === 0 && writes.reportSubmit.ms.p95 <= 300,
      },
      {
        measure: "saving that report's draft, 40 task rows (`PUT /reports/{id}`) p95",
        target: "–",
        result: fmt(writes.reportSaveDraft.ms.p95),
        pass: null,
      },
      {
        measure: "500-task spreadsheet import (`POST /plans/{id}/import`) p95",
        target: "≤ 3 s",
        result: `${fmt(writes.importTasks.ms.p95)} (${writes.importTasks.samples} imports)`,
        pass: writes.importTasks.errors === 0 && writes.importTasks.ms.p95 <= 3000,
      },
      {
        measure: "a write → the first summary showing it (recomputed) max",
        target: "≤ 1 s",
        result: fmt(writes.writeToDashboard.ms.max),
        pass: writes.writeToDashboard.errors === 0 && writes.writeToDashboard.ms.max <= 1000,
      },
      ...throughputRows(throughput, ceilings, options.concurrencySeconds),
      {
        measure: "server peak RSS under 50 connections, summary API",
        target: "≤ 400 MB",
        result: `${loadRss.treeMb.toFixed(0)} MB (${heapFlags})`,
        pass: loadRss.treeMb <= 400,
      },
      {
        measure: "server peak RSS under 50 connections, overview page",
        target: "≤ 400 MB",
        result: `${pageRss.treeMb.toFixed(0)} MB (${heapFlags})`,
        pass: pageRss.treeMb <= 400,
      },
      ...(scaleOut
        ? [
            {
              measure: `two instances behind a round-robin proxy, 50 connections, summary API`,
              target: "works, 0 errors",
              result: `${scaleOut.throughput.requestsPerSecond.toFixed(1)} req/s, ${scaleOut.throughput.errors + scaleOut.throughput.non2xx} errors; write on one shown by the other: ${scaleOut.crossInstanceWriteVisible ? "yes" : "no"}; reference pages' cache: a rename shown by both: ${scaleOut.referenceWriteVisible ? "yes" : "no"}`,
              pass:
                scaleOut.throughput.errors + scaleOut.throughput.non2xx === 0 &&
                scaleOut.crossInstanceWriteVisible &&
                scaleOut.referenceWriteVisible,
            },
          ]
        : []),
      {
        measure: "dashboard first-load JavaScript (gzip)",
        target: "≤ 200 KB",
        result: overview
          ? `${(overview.firstLoadJsGzipBytes / 1024).toFixed(0)} KB (HTML ${(overview.htmlBytes / 1024).toFixed(0)} KB, ${(overview.htmlGzipBytes / 1024).toFixed(0)} KB gzip)`
          : "not measured",
        pass: overview ? overview.firstLoadJsGzipBytes <= 200 * 1024 : null,
      },
      {
        measure: "Lighthouse on /dashboard (desktop): performance / accessibility",
        target: "≥ 90 / 100",
        result: overview?.lighthouse
          ? `${overview.lighthouse.performance} / ${overview.lighthouse.accessibility} (TBT ${overview.lighthouse.metrics.totalBlockingTimeMs.toFixed(0)} ms, LCP ${overview.lighthouse.metrics.largestContentfulPaintMs.toFixed(0)} ms)`
          : "not measured",
        pass: overview?.lighthouse ? overview.lighthouse.performance >= 90 && overview.lighthouse.accessibility >= 100 : null,
      },
    ];
    const table = markdownTable(rows);
    console.log(
      `\n## Benchmark, scale ${options.scale} (${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; server: node ${server.nodeFlags.join(" ")})\n\n${table}\n`,
    );

    const resultsDir = path.join(ROOT, "bench", "results");
    mkdirSync(resultsDir, { recursive: true });
    const result = {
      at: new Date().toISOString(),
      scale: options.scale,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: os.totalmem() / 2 ** 30, node: process.version },
      serverNodeFlags: server.nodeFlags,
      generation,
      latency,
      sqlFloor: floor,
      apiToFloorRatio: ratio,
      throughput,
      writes,
      scaleOut,
      frontend,
      rssMb: { afterLatency: idleRss, underLoad: peakRss },
      table: rows,
      totalSeconds: (Date.now() - started) / 1000,
    };
    writeFileSync(path.join(resultsDir, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
    writeScaleResult(resultsDir, {
      at: result.at,
      scale: options.scale,
      coldSummaryMs: floor.parallel.p50,
      writeVisibleMs: { p50: writes.writeToDashboard.ms.p50, max: writes.writeToDashboard.ms.max },
      overviewRps: throughput.find((f) => f.path === "/dashboard")?.requestsPerSecond ?? 0,
      overviewHtmlKb: overview ? overview.htmlBytes / 1024 : null,
      healthRps: ceilings.health.requestsPerSecond,
    });
    console.log(`\n## How cost grows with the data (bench/results/scale-*.json)\n\n${printScaleGrowth(resultsDir)}\n`);
    log(`wrote bench/results/latest.json (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
    if (server.hasExited()) log(`the server exited early; its last lines:\n${server.logTail()}`);
  } finally {
    if (!isStopping()) await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof StartupError) console.error(`\n✖ ${error.message}\n`);
    else console.error(error);
    process.exit(1);
  },
);
