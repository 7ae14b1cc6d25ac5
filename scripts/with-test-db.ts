// Parent process for the integration tier: owns a PostgreSQL server for the duration of one command.
// The embedded server lives in .data/test-postgres; with TEST_DATABASE_ADMIN_URL (a superuser URL to any
// PostgreSQL ≥ 15) that server is used instead. The Vitest global setup creates a fresh database per run.
// Embedded PostgreSQL is never imported inside Vitest: its exit hook would turn failures into exit code 0.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { bin, checkConnection, ROOT } from "./lib/database";
import { StartupError } from "./lib/startup-error";

export async function startTestServer(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  const external = process.env.TEST_DATABASE_ADMIN_URL;
  if (external) {
    await checkConnection(external, "TEST_DATABASE_ADMIN_URL");
    return { adminUrl: external, stop: async () => {} };
  }
  const { startEmbeddedPostgres } = await import("./lib/embedded-postgres");
  const db = await startEmbeddedPostgres({ dataDir: path.join(ROOT, ".data", "test-postgres") });
  return { adminUrl: db.adminUrl, stop: () => db.stop() };
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new StartupError("usage: tsx scripts/with-test-db.ts <command> [args…]");
  const server = await startTestServer();
  const resolved = existsSync(bin(command)) ? bin(command) : command;
  const child = spawn(resolved, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE_ADMIN_URL: server.adminUrl },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  await server.stop();
  process.exit(code);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof StartupError ? `\n✖ ${error.message}\n` : error);
    process.exit(1);
  });
}
