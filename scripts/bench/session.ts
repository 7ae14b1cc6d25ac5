// The benchmark's Steering Committee user and its session cookie (shared by run.ts and serve.ts).
import http from "node:http";
import pg from "pg";
import { hashPassword } from "../../lib/security/password";
import { StartupError } from "../lib/startup-error";
import { request } from "./http";

const BENCH_EMAIL = "bench-steering@bench.example.org";

export async function createSteeringUser(databaseUrl: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT id FROM "Organization" ORDER BY (kind = 'STEERING_COMMITTEE') DESC, code LIMIT 1`);
    if (!rows[0]) throw new StartupError("The bench database has no organization; run without --skip-generate.");
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId", "updatedAt")
       VALUES ('bench-user-steering', $1, 'Benchmark Steering Committee', $2, 'STEERING_COMMITTEE', $3, now())
       ON CONFLICT (email) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "isActive" = true, "mustChangePassword" = false, role = 'STEERING_COMMITTEE'`,
      [BENCH_EMAIL, passwordHash, rows[0].id],
    );
    await client.query(`DELETE FROM "LoginAttempt" WHERE email = $1`, [BENCH_EMAIL]);
  } finally {
    await client.end();
  }
}

export async function signIn(port: number, password: string): Promise<string> {
  const agent = new http.Agent();
  const res = await request(agent, port, "/api/v1/auth/login", { method: "POST", body: JSON.stringify({ email: BENCH_EMAIL, password }) });
  if (res.status !== 200)
    throw new StartupError(
      `Signing in as the benchmark Steering Committee user failed (${res.status}): ${res.body.toString("utf8").slice(0, 300)}`,
    );
  const setCookie = res.headers["set-cookie"]?.find((c) => c.includes("session-token="));
  if (!setCookie) throw new StartupError("The sign-in answered 200 without a session cookie.");
  return setCookie.split(";")[0]!;
}
