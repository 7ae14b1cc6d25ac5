// Start-up failures a newcomer can meet each stop `npm start` with one clear sentence and no stack trace.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, chmodSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

async function freePort(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return String(port);
}

function launch(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output, ms: Date.now() - started }));
  });
}

function expectOneSentence(output: string, pattern: RegExp) {
  const line = output.split("\n").find((l) => l.startsWith("✖"));
  expect(line, output).toMatch(pattern);
  expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
}

describe("npm start refuses clearly", () => {
  it("a port already in use", async () => {
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, r));
    const port = (server.address() as net.AddressInfo).port;
    const result = await launch({ PORT: String(port), DATABASE_URL: "postgresql://u:p@127.0.0.1:1/db" });
    server.close();
    expect(result.code).toBe(1);
    expectOneSentence(result.output, new RegExp(`Port ${port} is already in use.*PORT=`));
  });

  it("an unreachable DATABASE_URL, within seconds", async () => {
    const result = await launch({ PORT: await freePort(), DATABASE_URL: "postgresql://portal:secret@127.0.0.1:1/portal" });
    expect(result.code).toBe(1);
    expectOneSentence(result.output, /Cannot connect to the database named by DATABASE_URL \(127\.0\.0\.1:1\/portal\).*unset DATABASE_URL/);
    expect(result.output).not.toContain("secret");
  });

  it("a DATABASE_URL that is not a PostgreSQL URL", async () => {
    const result = await launch({ PORT: await freePort(), DATABASE_URL: "mysql://localhost/portal" });
    expect(result.code).toBe(1);
    expectOneSentence(result.output, /The environment is not valid: DATABASE_URL must start with postgresql:\/\//);
  });

  it("a heap ceiling too small for the server", async () => {
    const result = await launch({ PORT: await freePort(), DATABASE_URL: "postgresql://u:p@127.0.0.1:1/db", PORTAL_MAX_OLD_SPACE_MB: "64" });
    expect(result.code).toBe(1);
    expectOneSentence(result.output, /The environment is not valid: PORTAL_MAX_OLD_SPACE_MB must be at least 256/);
  });

  it("a data directory from another PostgreSQL major version", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "portal-pgver-"));
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, "postgres"));
    writeFileSync(path.join(dir, "postgres", "PG_VERSION"), "16\n");
    const result = await launch({ PORT: await freePort(), PORTAL_DATA_DIR: dir });
    expect(result.code).toBe(1);
    expectOneSentence(result.output, /was created by PostgreSQL 16, but this portal embeds PostgreSQL 17/);
  });
});
