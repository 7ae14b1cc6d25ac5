import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readServerEnv } from "./env";

function createPrismaClient() {
  const adapter = new PrismaPg({
    connectionString: readServerEnv().DATABASE_URL,
    // When the database is down (refused) requests answer 503 at once; when it hangs, after this long. The
    // same limit bounds the wait for a pooled connection under load (pg-pool), so it must exceed a busy
    // moment's queue: the soak test (npm run soak) saw waits of several seconds with 50 users on 2 cores.
    connectionTimeoutMillis: 10_000,
    max: 10,
  });
  return new PrismaClient({
    adapter,
    // Password hashes are never selected by accident; the sign-in code asks for them explicitly.
    omit: { user: { passwordHash: true } },
    // Prisma's defaults (2 s to start, 5 s to run) turned a busy pool into 500s under concurrent writes: a
    // transaction waits for a connection as long as a query does.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

type Db = ReturnType<typeof createPrismaClient>;
const globalForDb = globalThis as unknown as { portalDb?: Db };

// One client per process (a globalThis singleton survives hot reloads in development).
export const db: Db = globalForDb.portalDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.portalDb = db;

export type { Db };
