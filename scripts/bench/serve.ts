// A production server against an existing bench database, for measuring by hand (curl, autocannon) while
// changing the code: starts the embedded PostgreSQL, builds if stale, starts `next start` on --port, creates the
// benchmark's Steering Committee user, signs in and prints the session cookie; Ctrl-C stops everything.
//   npx tsx scripts/bench/serve.ts [--scale x10] [--port 41000] [--instances 1] [--no-build]
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrate, ROOT } from "../lib/database";
import {
  databaseUrlFor,
  ensureProductionBuild,
  startPortalServer,
  startPostgres,
  stopOnSignals,
  type PortalServer,
  type PostgresServer,
} from "../lib/portal-server";
import { createSteeringUser, signIn } from "./session";

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "x10" },
    port: { type: "string", default: "41000" },
    instances: { type: "string", default: "1" },
    "no-build": { type: "boolean", default: false },
  },
});
const log = (line: string) => console.log(`[serve] ${line}`);

async function main() {
  const scale = args.scale;
  const port = Number(args.port);
  const instances = Number(args.instances);
  let postgres: PostgresServer | undefined;
  const servers: PortalServer[] = [];
  const cleanup = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await postgres?.stop();
  };
  stopOnSignals(log, cleanup);
  try {
    await serve(port, instances, scale, servers, (started) => (postgres = started));
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function serve(
  port: number,
  instances: number,
  scale: string,
  servers: PortalServer[],
  onPostgres: (postgres: PostgresServer) => void,
): Promise<void> {
  const postgres = await startPostgres({
    adminUrl: process.env.BENCH_DATABASE_ADMIN_URL,
    adminUrlName: "BENCH_DATABASE_ADMIN_URL",
    dataDir: path.join(ROOT, ".data", "bench-postgres"),
  });
  onPostgres(postgres);
  const databaseUrl = databaseUrlFor(postgres.adminUrl, `bench_${scale}`);
  await migrate(databaseUrl);
  // --no-build: serve the bundle as it is (a rebuild takes minutes on a busy machine).
  if (!args["no-build"]) await ensureProductionBuild(log);
  const password = `Bench-${randomBytes(9).toString("base64url")}1`;
  await createSteeringUser(databaseUrl, password);
  const env = { AUTH_SECRET: randomBytes(32).toString("base64url"), RATE_LIMIT_TOKEN_PER_MINUTE: "0", RATE_LIMIT_IP_PER_MINUTE: "0" };
  for (let i = 0; i < instances; i++) servers.push(await startPortalServer({ databaseUrl, port: port + i, env }));
  const cookie = await signIn(port, password);
  log(`database ${databaseUrl}`);
  log(
    `servers on ${servers.map((s) => s.port).join(", ")} (pids ${servers.map((s) => s.pid).join(", ")}; node ${servers[0]?.nodeFlags.join(" ")})`,
  );
  log(`cookie: ${cookie}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
