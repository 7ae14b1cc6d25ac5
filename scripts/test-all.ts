// `npm test`: every tier, in order, each timed: lint (ESLint with no warnings allowed, then `prettier --check`) → types → unit → integration (real PostgreSQL) → end-to-end
// (Chromium against a production build) → soak (short): 12 API users for 15 s against the production build,
// each of its invariants counted as a test (scripts/soak/run.ts) → hostile load (scripts/hostile/run.ts). All tiers run even when one fails; the exit code is non-zero if any
// failed, and the last line is the plain "N passed, N failed" summary CI reads.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { bin, ROOT } from "./lib/database";
import { startTestServer } from "./with-test-db";

type TierResult = { tier: string; passed: number; failed: number; seconds: number; ok: boolean; failures?: string[] };

const RESULTS_DIR = path.join(ROOT, ".data", "test-results");
const only = process.argv.slice(2); // e.g. `npm test -- unit integration`

function exec(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// The names of failed Vitest tests with the first line of their message, so the summary at the end of the log
// (all CI keeps) says which test failed and why.
function vitestFailures(json: Record<string, unknown> | undefined): string[] {
  type Assertion = { status?: string; fullName?: string; failureMessages?: string[] };
  type FileResult = { name?: string; status?: string; message?: string; assertionResults?: Assertion[] };
  const files = (json?.testResults ?? []) as FileResult[];
  return files.flatMap((file) => {
    const where = path.relative(ROOT, file.name ?? "");
    const failed = (file.assertionResults ?? []).filter((a) => a.status === "failed");
    if (!failed.length && file.status === "failed") return [`${where}: ${firstLine(file.message)}`];
    return failed.map((a) => `${where} › ${a.fullName ?? "?"}: ${firstLine(a.failureMessages?.[0])}`);
  });
}

// The titles of failed Playwright tests (its JSON report nests suites in suites).
function playwrightFailures(json: Record<string, unknown> | undefined): string[] {
  type Spec = { title?: string; file?: string; ok?: boolean; tests?: { results?: { error?: { message?: string } }[] }[] };
  type Suite = { specs?: Spec[]; suites?: Suite[] };
  const walk = (suite: Suite): string[] => [
    ...(suite.specs ?? [])
      .filter((spec) => spec.ok === false)
      .map((spec) => `${spec.file ?? "?"} › ${spec.title ?? "?"}: ${firstLine(spec.tests?.[0]?.results?.at(-1)?.error?.message)}`),
    ...(suite.suites ?? []).flatMap(walk),
  ];
  return ((json?.suites ?? []) as Suite[]).flatMap(walk);
}

function firstLine(message: string | undefined): string {
  return (message ?? "")
    .split("\n", 1)[0]!
    .slice(0, 300)
    .replace(/\u001b\[[0-9;]*m/g, "");
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

async function vitestTier(tier: "unit" | "integration", env: Record<string, string> = {}): Promise<Omit<TierResult, "seconds">> {
  const out = path.join(RESULTS_DIR, `${tier}.json`);
  rmSync(out, { force: true });
  const code = await exec(
    bin("vitest"),
    ["run", "--project", tier, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    env,
  );
  const json = readJson(out);
  const passed = Number(json?.numPassedTests ?? 0);
  const failed = Number(json?.numFailedTests ?? 0) + (code !== 0 && !json?.numFailedTests ? 1 : 0);
  return { tier, passed, failed, ok: code === 0 && passed > 0, failures: vitestFailures(json) };
}

const tiers: Record<string, () => Promise<Omit<TierResult, "seconds">>> = {
  // Two checks: ESLint (any error or warning fails) and Prettier's formatting check.
  lint: async () => {
    const eslint = await exec(bin("eslint"), [".", "--max-warnings", "0"]);
    const prettier = await exec(bin("prettier"), ["--check", "."]);
    const failed = [eslint, prettier].filter((code) => code !== 0).length;
    return { tier: "lint", passed: 2 - failed, failed, ok: failed === 0 };
  },
  types: async () => {
    const code = await exec(bin("tsc"), ["--noEmit"]);
    return { tier: "types", passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, ok: code === 0 };
  },
  unit: () => vitestTier("unit"),
  integration: async () => {
    const server = await startTestServer();
    try {
      return await vitestTier("integration", { TEST_DATABASE_ADMIN_URL: server.adminUrl });
    } finally {
      await server.stop();
    }
  },
  e2e: async () => {
    const out = path.join(RESULTS_DIR, "e2e.json");
    rmSync(out, { force: true });
    const code = await exec(bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    const json = readJson(out);
    const stats = (json?.stats ?? {}) as Record<string, number>;
    const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
    const failed = (stats.unexpected ?? 0) + (code !== 0 && !stats.unexpected ? 1 : 0);
    return { tier: "e2e", passed, failed, ok: code === 0 && passed > 0, failures: playwrightFailures(json) };
  },
  // After e2e, which leaves a current production build behind.
  soak: async () => {
    const out = path.join(RESULTS_DIR, "soak.json");
    rmSync(out, { force: true });
    const code = await exec(bin("tsx"), ["scripts/soak/run.ts", "--users", "12", "--seconds", "15", "--out", out]);
    const json = readJson(out);
    const passed = Number(json?.passed ?? 0);
    const failed = Number(json?.failed ?? 0) + (code !== 0 && !json?.failed ? 1 : 0);
    return { tier: "soak (short)", passed, failed, ok: code === 0 && passed > 0 };
  },
  // Beside soak, on the same build: the freezes, zip bomb, unbounded bodies and anonymous flood of issue 12
  // while /api/health must stay fast (scripts/hostile/run.ts), each check counted as a test.
  hostile: async () => {
    const out = path.join(RESULTS_DIR, "hostile.json");
    rmSync(out, { force: true });
    // A freeze (seconds) fails the suite; the 200 ms target is measured by `npm run test:hostile` (README).
    const code = await exec(bin("tsx"), ["scripts/hostile/run.ts", "--out", out], { HOSTILE_HEALTH_P95_LIMIT_MS: "1000" });
    const json = readJson(out);
    const passed = Number(json?.passed ?? 0);
    const failed = Number(json?.failed ?? 0) + (code !== 0 && !json?.failed ? 1 : 0);
    return { tier: "hostile load", passed, failed, ok: code === 0 && passed > 0 };
  },
};

async function main() {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const selected = only.length ? only : Object.keys(tiers);
  const results: TierResult[] = [];
  for (const name of selected) {
    const run = tiers[name];
    if (!run) throw new Error(`unknown tier "${name}"; choose from ${Object.keys(tiers).join(", ")}`);
    console.log(`\n━━ ${name} ━━`);
    const started = Date.now();
    let result: Omit<TierResult, "seconds">;
    try {
      result = await run();
    } catch (error) {
      console.error(error);
      result = { tier: name, passed: 0, failed: 1, ok: false };
    }
    results.push({ ...result, seconds: (Date.now() - started) / 1000 });
  }
  const failures = results.flatMap((r) => (r.failures ?? []).map((line) => `✖ ${r.tier}: ${line}`));
  if (failures.length) console.log(`\nFailed:\n${failures.join("\n")}`);
  console.log("\n| tier | passed | failed | seconds |\n| --- | ---: | ---: | ---: |");
  for (const r of results) console.log(`| ${r.tier}${r.ok ? "" : " ✖"} | ${r.passed} | ${r.failed} | ${r.seconds.toFixed(1)} |`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const ok = results.every((r) => r.ok);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

if (!existsSync(path.join(ROOT, "node_modules"))) {
  console.error("Run `npm install` first.");
  process.exit(1);
}
main().catch((error) => {
  console.error(error);
  console.log("\n0 passed, 1 failed");
  process.exit(1);
});
