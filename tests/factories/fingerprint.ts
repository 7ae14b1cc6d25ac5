// A cheap fingerprint of the whole database, to prove that a refused request wrote nothing (property tests).
import { db } from "@/lib/server/db";

// Every table's row count and row versions (a row's physical place and inserting transaction change with any
// insert, update or delete); API tokens and sign-in attempts only by count, since using a token records its
// last use; the API rate limiter's counters (RateLimitBucket) not at all, since every request, refused or not,
// is counted there.
let fingerprintSql: string | undefined;
export async function fingerprint(): Promise<Record<string, string>> {
  if (!fingerprintSql) {
    const tables = await db.$queryRaw<
      { name: string }[]
    >`select tablename::text as name from pg_tables where schemaname = 'public' and tablename not in ('_prisma_migrations', 'RateLimitBucket') order by 1`;
    fingerprintSql = `select ${tables
      .map(({ name }) =>
        name === "ApiToken" || name === "LoginAttempt"
          ? `(select count(*)::text from "${name}") as "${name}"`
          : `(select count(*)::text || ' ' || coalesce(sum(hashtext(ctid::text || xmin::text)::bigint), 0)::text from "${name}") as "${name}"`,
      )
      .join(", ")}`;
  }
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(fingerprintSql);
  return row!;
}
