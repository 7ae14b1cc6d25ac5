// The per-request cost of the session check (issue 16): requests/s of `/api/v1/me` (the session check and
// nothing else) and of the summary API against `/api/health` (one database round trip, no session), measured
// with autocannon in one run at the demo size. With --profile the server runs under `node --cpu-prof` while
// `/api/v1/me` is loaded, and the profile's heaviest frames (self time) are printed.
//   npx tsx scripts/bench/session-cost.ts [--connections 50] [--seconds 12] [--profile]
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { bin, dropDatabase, ensureDatabase, migrate, ROOT, run } from "../lib/database";
import {
  databaseUrlFor,
  ensureProductionBuild,
  startPortalServer,
  startPostgres,
  stopOnSignals,
  type PortalServer,
  type PostgresServer,
} from "../lib/portal-server";

const { values: args } = parseArgs({
  options: {
    connections: { type: "string", default: "50" },
    seconds: { type: "string", default: "12" },
    profile: { type: "boolean", default: false },
  },
});
const connections = Number(args.connections);
const seconds = Number(args.seconds);
const profile = args.profile;
const profileDir = path.join(ROOT, ".data", "session-cost-profile");
const log = (line: string) => console.log(`[session-cost] ${line}`);

type Frame = { callFrame: { functionName: string; url: string; lineNumber: number }; id: number; hitCount?: number };

// Self time per frame of a .cpuprofile, heaviest first, as shares of the samples taken while the load ran
// (the last `windowSeconds` of the profile; the server's start-up is left out).
function topFrames(file: string, windowSeconds: number, count = 20): { share: number; frame: string }[] {
  const profileJson = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: Frame[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
    endTime: number;
  };
  const from = profileJson.endTime - windowSeconds * 1_000_000;
  const hits = new Map<number, number>();
  let at = profileJson.startTime;
  let total = 0;
  profileJson.samples.forEach((id, index) => {
    at += profileJson.timeDeltas[index] ?? 0;
    if (at < from) return;
    hits.set(id, (hits.get(id) ?? 0) + 1);
    total += 1;
  });
  const byFrame = new Map<string, number>();
  for (const node of profileJson.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/\.next\//, ".next/")}:${lineNumber + 1}` : "";
    const key = `${functionName || "(anonymous)"} ${where}`.trim();
    byFrame.set(key, (byFrame.get(key) ?? 0) + (hits.get(node.id) ?? 0));
  }
  return [...byFrame.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, n]) => ({ share: n / total, frame }));
}

async function load(server: PortalServer, pathName: string, cookie?: string): Promise<{ rps: number; p50: number; non2xx: number }> {
  const result = await autocannon({
    url: `${server.baseUrl}${pathName}`,
    connections,
    duration: seconds,
    headers: cookie ? { cookie } : {},
  });
  return { rps: result.requests.average, p50: result.latency.p50, non2xx: result.non2xx };
}

async function main() {
  let postgres: PostgresServer | undefined;
  let server: PortalServer | undefined;
  const cleanup = async () => {
    await server?.stop();
    await postgres?.stop();
  };
  stopOnSignals(log, cleanup);
  try {
    postgres = await startPostgres({
      adminUrl: process.env.BENCH_DATABASE_ADMIN_URL,
      adminUrlName: "BENCH_DATABASE_ADMIN_URL",
      dataDir: path.join(ROOT, ".data", "session-cost-postgres"),
    });
    const databaseUrl = databaseUrlFor(postgres.adminUrl, "session_cost");
    await dropDatabase(postgres.adminUrl, "session_cost");
    await ensureDatabase(postgres.adminUrl, "session_cost");
    await migrate(databaseUrl);
    await run(bin("tsx"), ["prisma/seed.ts"], { ...process.env, DATABASE_URL: databaseUrl, DEMO_MODE: "true" }, { quiet: true });
    await ensureProductionBuild(log);
    rmSync(profileDir, { recursive: true, force: true });
    server = await startPortalServer({ databaseUrl, nodeArgs: profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : undefined });
    const signIn = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "bcd@example.vn", password: "Demo@2030" }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .find((c) => c.includes("session-token="))
      ?.split(";")[0];
    if (!cookie) throw new Error(`sign-in answered ${signIn.status} without a session cookie`);
    // Warm-up: compile the routes and fill the roll-up cache.
    for (const p of ["/api/health", "/api/v1/me", "/api/v1/dashboard/summary"])
      await fetch(`${server.baseUrl}${p}`, { headers: { cookie } });

    if (profile) {
      const me = await load(server, "/api/v1/me", cookie);
      log(`/api/v1/me under the profiler: ${me.rps.toFixed(0)} req/s`);
    } else {
      const health = await load(server, "/api/health");
      const me = await load(server, "/api/v1/me", cookie);
      const summary = await load(server, "/api/v1/dashboard/summary", cookie);
      const row = (name: string, r: { rps: number; p50: number; non2xx: number }) =>
        log(
          `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  ${((r.rps / health.rps) * 100).toFixed(0).padStart(4)} % of /api/health${r.non2xx ? `  (${r.non2xx} non-2xx)` : ""}`,
        );
      log(`${connections} connections, ${seconds} s each`);
      row("/api/health", health);
      row("/api/v1/me", me);
      row("/api/v1/dashboard/summary", summary);
    }
    await server.stop();
    server = undefined;
    if (profile) {
      for (const file of readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"))) {
        log(`profile ${file}:`);
        for (const { share, frame } of topFrames(path.join(profileDir, file), seconds + 1))
          log(`  ${(share * 100).toFixed(1).padStart(5)} %  ${frame}`);
      }
    }
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
