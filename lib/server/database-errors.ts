import "server-only";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/domain/service-unavailable";
import { textOf } from "@/lib/domain/text-of";

// Connection failures, as pg, Prisma's driver adapter (DriverAdapterError whose `cause` carries `kind` and the
// server's SQLSTATE) and Prisma's own errors (P1001, P1017, PrismaClientInitializationError) report them:
// the database is down, restarting, or dropped the connection — or every pooled connection stayed busy
// (P2028, a transaction that could not start in time: overload, see npm run soak). These answer 503, not 500.
const UNAVAILABLE_TEXT =
  /ECONNREFUSED|ETIMEDOUT|ECONNRESET|EPIPE|DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections|PrismaClientInitializationError|Can't reach database|Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|terminating connection due to administrator command|\bP10(01|02|17)\b|\bP2028\b|\b57P0[123]\b|the database system is (shutting down|starting up|in recovery mode)/i;
// SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now), 53300 (too many connections).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error === null || error === undefined || depth > 4) return false;
  if (typeof error !== "object") return UNAVAILABLE_TEXT.test(textOf(error));
  const e = error as { name?: unknown; message?: unknown; code?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown };
  const codes = [e.code, e.originalCode].filter((c): c is string => typeof c === "string");
  if (codes.some((c) => UNAVAILABLE_SQLSTATE.test(c))) return true;
  const text = [e.name, e.message, e.kind, ...codes].filter((v) => typeof v === "string").join(" ");
  return UNAVAILABLE_TEXT.test(text) || isDatabaseUnavailable(e.cause, depth + 1);
}

// Marks an outage error for the pages' error boundary (app/error.tsx): Next keeps an error's own `digest`
// instead of replacing it with a hash of the message, which production builds hide from the browser.
export function markDatabaseUnavailable(error: unknown): void {
  if (error !== null && typeof error === "object" && isDatabaseUnavailable(error)) {
    Object.defineProperty(error, "digest", { value: DATABASE_UNAVAILABLE_DIGEST, configurable: true, writable: true });
  }
}
