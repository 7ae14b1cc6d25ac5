import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isStorableText } from "@/lib/schemas/text";
import { markDatabaseUnavailable } from "./database-errors";
import { readServerEnv } from "./env";
import { ResilientPrismaPg } from "./pg-adapter";

// True when a query's filter or parameters hold a string no row can contain (NUL, lone surrogates).
function holdsUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return !isStorableText(value);
  if (depth > 8 || value === null || typeof value !== "object" || value instanceof Date) return false;
  return Object.values(value).some((item) => holdsUnstorableText(item, depth + 1));
}

const FINDS_NOTHING: Record<string, unknown> = {
  findUnique: null,
  findFirst: null,
  findMany: [],
  count: 0,
  $queryRaw: [],
  $queryRawUnsafe: [],
};

function createPrismaClient() {
  const adapter = new ResilientPrismaPg({
    connectionString: readServerEnv().DATABASE_URL,
    // When the database is down (refused) requests answer 503 at once; when it hangs, after this long. The
    // same limit bounds the wait for a pooled connection under load (pg-pool), so it must exceed a busy
    // moment's queue: the soak test (npm run soak) saw waits of several seconds with 50 users on 2 cores.
    connectionTimeoutMillis: 10_000,
    max: 10,
  });
  // Password hashes are never selected by accident; the sign-in code asks for them explicitly.
  const client = new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true } },
    // Prisma's defaults (2 s to start, 5 s to run) turned a busy pool into 500s under concurrent writes: a
    // transaction waits for a connection as long as a query does.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  // A query-only extension leaves every method's signature as it was: keep the plain client's type, which the
  // services' transaction parameters (Prisma.TransactionClient) expect.
  return client.$extends({
    query: {
      async $allOperations({ operation, args, query }) {
        // An id or code that arrived with NUL or a lone surrogate (a URL's %00, a JSON "\ud800") names no row, but
        // PostgreSQL (NUL) or the query engine (lone surrogate) would fail on it: such a lookup finds nothing
        // instead. Text that is stored is refused earlier, by the schemas (lib/schemas/text.ts).
        const input: unknown = args;
        const filter = operation.startsWith("$") ? input : (input as { where?: unknown } | undefined)?.where;
        if (holdsUnstorableText(filter)) {
          if (operation in FINDS_NOTHING) return FINDS_NOTHING[operation];
          throw new NotFoundError();
        }
        // Every query that fails because the database is unreachable carries a digest the error page recognizes.
        try {
          const result: unknown = await query(args);
          return result;
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

// One client (and connection pool) per process: a globalThis singleton, shared by the request proxy's bundle and
// the app's, and kept across hot reloads in development.
export const db: Db = (globalForDb.portalDb ??= createPrismaClient());

export type { Db };
