// Database chores shared by the launcher, the test runner and the benchmark: connect with a clear error,
// create a database, apply migrations the way production does (`prisma migrate deploy`).
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { StartupError } from "./startup-error";

export const ROOT = path.resolve(__dirname, "..", "..");

export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}

export async function checkConnection(url: string, what = "DATABASE_URL"): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot connect to the database named by ${what} (${describeUrl(url)}): ${reason}. ` +
        `Check the URL and that the server is running, or unset ${what} to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`));
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv, options: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(command, args, {
      cwd: ROOT,
      env,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    child.stdout?.on("data", (d) => output.push(String(d)));
    child.stderr?.on("data", (d) => output.push(String(d)));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else {
        const tail = output.join("").trim().split("\n").slice(-15).join("\n");
        reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})${tail ? `:\n${tail}` : ""}`));
      }
    });
  });
}

export function bin(name: string): string {
  return path.join(ROOT, "node_modules", ".bin", name);
}

export async function migrate(url: string): Promise<void> {
  try {
    await run(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: url }, { quiet: true });
  } catch (error) {
    throw new StartupError(`Applying database migrations failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function isSeeded(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`select count(*)::int as n from "Strategy"`);
    return rows[0].n > 0;
  });
}
