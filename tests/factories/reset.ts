// Empties every table between tests. The audit log's append-only triggers are disabled only inside this
// transaction, by the test superuser; the application never can.
import pg from "pg";

let tables: string[] | undefined;

export async function resetDatabase(url = process.env.DATABASE_URL!): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (!tables) {
      const { rows } = await client.query<{ tablename: string }>(
        `select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`,
      );
      tables = rows.map((r) => `"${r.tablename}"`);
    }
    await client.query("BEGIN");
    await client.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER`);
    await client.query(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
    await client.query(`ALTER TABLE "AuditLog" ENABLE TRIGGER USER`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
