// Each table's row count and the md5 of its rows as text in a fixed order: two databases (or one database at
// two moments) with equal fingerprints hold the same data.
import { withClient } from "../../scripts/lib/database";

export async function tableChecksums(url = process.env.DATABASE_URL!): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    await client.query("SET TimeZone = 'UTC'");
    const { rows: tables } = await client.query<{ name: string }>(
      `select tablename::text as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations' order by 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; md5: string }>(
        `select count(*) as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text collate "C"), '')) as md5 from "${name}" t`,
      );
      result[name] = `${rows[0]!.n} ${rows[0]!.md5}`;
    }
    return result;
  });
}

export const rowCount = (print: Record<string, string>, table: string) => Number(print[table]!.split(" ")[0]);
