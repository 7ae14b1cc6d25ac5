import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readServerEnv } from "./env";

function createPrismaClient() {
  const adapter = new PrismaPg({
    connectionString: readServerEnv().DATABASE_URL,
    // Fail fast when the database is down: requests answer 503 instead of hanging.
    connectionTimeoutMillis: 3000,
    max: 10,
  });
  // Password hashes are never selected by accident; the sign-in code asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Db = ReturnType<typeof createPrismaClient>;
const globalForDb = globalThis as unknown as { portalDb?: Db };

// One client per process (a globalThis singleton survives hot reloads in development).
export const db: Db = globalForDb.portalDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.portalDb = db;

export type { Db };
