import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { markDatabaseUnavailable } from "./database-errors";
import { readServerEnv } from "./env";
import { ResilientPrismaPg } from "./pg-adapter";

function createPrismaClient() {
  const adapter = new ResilientPrismaPg({
    connectionString: readServerEnv().DATABASE_URL,
    // Fail fast when the database is down: requests answer 503 instead of hanging.
    connectionTimeoutMillis: 3000,
    max: 10,
  });
  // Password hashes are never selected by accident; the sign-in code asks for them explicitly.
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  // Every query that fails because the database is unreachable carries a digest the error page recognizes.
  // The extension only observes errors, so the client keeps the base type.
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          markDatabaseUnavailable(error);
          throw error;
        }
      },
    },
  }) as unknown as typeof client;
}

type Db = ReturnType<typeof createPrismaClient>;
const globalForDb = globalThis as unknown as { portalDb?: Db };

// One client per process (a globalThis singleton survives hot reloads in development).
export const db: Db = globalForDb.portalDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.portalDb = db;

export type { Db };
