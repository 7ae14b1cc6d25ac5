// Logical backups of the portal's database without pg_dump: the embedded PostgreSQL 17 ships no pg_dump, and
// Debian's pg_dump 15 cannot dump a 17 server. A backup is one gzip file:
//   line 1  `ngvh-portal-backup <format version>`
//   line 2  the manifest (JSON): applied migrations, per-table columns, row count and checksum, sequences
//   then, per table, `table <name>`, the table's rows in COPY text format, and a line `\.`
// COPY's text format escapes every backslash, so no data line can be `\.` and the sections need no lengths.
// The dump is one REPEATABLE READ READ ONLY transaction: rows, counts and checksums all come from one snapshot.
// Restore: into an empty database (or after an explicit wipe), apply the migrations, check they are the
// backup's, then COPY every table back in one transaction and verify counts and checksums before committing.
import { createReadStream, createWriteStream, readdirSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import type { Writable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { migrate, ROOT } from "./database";

export const BACKUP_FORMAT = "ngvh-portal-backup";
export const BACKUP_FORMAT_VERSION = 1;

export type TableManifest = { name: string; columns: string[]; rows: number; checksum: string };
export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: TableManifest[];
  sequences: { name: string; lastValue: string | null }[];
};

// An expected refusal or mismatch: the CLI prints it as one sentence.
export class BackupError extends Error {
  override name = "BackupError";
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

// Text output of dates and numbers depends on the session: pin it so checksums compare across sessions.
const STABLE_SESSION = `SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 3; SET LOCAL bytea_output = 'hex'`;

async function listTables(client: pg.ClientBase): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `select c.relname::text as name, array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> '_prisma_migrations'
      group by c.relname
      order by c.relname`,
  );
  return rows;
}

// Row count and an md5 of the table's rows as text, in a fixed order: equal checksums mean equal contents.
export async function tableChecksum(client: pg.ClientBase, table: string, columns: string[]): Promise<{ rows: number; checksum: string }> {
  const row = `row(${columns.map(quote).join(", ")})::text`;
  const { rows } = await client.query<{ rows: string; checksum: string }>(
    `select count(*) as rows, md5(coalesce(string_agg(${row}, E'\\n' order by ${row} collate "C"), '')) as checksum from ${quote(table)}`,
  );
  return { rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum };
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(`select 1 from pg_tables where schemaname = 'public' and tablename = '_prisma_migrations'`);
  if (!exists.rowCount) return [];
  const { rows } = await client.query<{ migration_name: string }>(
    `select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null order by migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

async function write(stream: Writable, chunk: string | Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

export type BackupResult = { file: string; manifest: BackupManifest; bytes: number; ms: number };

export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  const gzip = createGzip();
  const output = createWriteStream(file, { mode: 0o600 });
  const written = pipeline(gzip, output);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(STABLE_SESSION);
    const tables: TableManifest[] = [];
    for (const { name, columns } of await listTables(client))
      tables.push({ name, columns, ...(await tableChecksum(client, name, columns)) });
    const { rows: sequences } = await client.query<{ name: string; lastValue: string | null }>(
      `select sequencename as name, last_value::text as "lastValue" from pg_sequences where schemaname = 'public' order by sequencename`,
    );
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v,
      migrations: await appliedMigrations(client),
      tables,
      sequences,
    };
    if (!manifest.migrations.length)
      throw new BackupError("This database has no applied migrations: there is nothing of the portal's to back up.");
    await write(gzip, `${BACKUP_FORMAT} ${BACKUP_FORMAT_VERSION}\n${JSON.stringify(manifest)}\n`);
    for (const table of tables) {
      await write(gzip, `table ${table.name}\n`);
      const copy = client.query(copyTo(`COPY ${quote(table.name)} (${table.columns.map(quote).join(", ")}) TO STDOUT`));
      for await (const chunk of copy) await write(gzip, chunk as Buffer);
      await write(gzip, "\\.\n");
    }
    await client.query("COMMIT");
    gzip.end();
    await written;
    return { file, manifest, bytes: output.bytesWritten, ms: Date.now() - started };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Lines of a backup file, one at a time (COPY text rows never contain a raw newline or carriage return).
function readLines(file: string): AsyncIterator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  return createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
}

async function nextLine(lines: AsyncIterator<string>, what: string): Promise<string> {
  const next = await lines.next();
  if (next.done) throw new BackupError(`The backup file ends early (expected ${what}): it is truncated or not a portal backup.`);
  return next.value;
}

export async function readManifest(file: string): Promise<BackupManifest> {
  const lines = readLines(file);
  try {
    return await parseHeader(lines);
  } finally {
    await lines.return?.();
  }
}

async function parseHeader(lines: AsyncIterator<string>): Promise<BackupManifest> {
  let header: string;
  try {
    header = await nextLine(lines, "the header");
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The file is not a portal backup (not a gzip file): ${error instanceof Error ? error.message : String(error)}.`);
  }
  const [format, version] = header.split(" ");
  if (format !== BACKUP_FORMAT) throw new BackupError("The file is not a portal backup (its first line is not the backup header).");
  if (Number(version) !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`The backup has format version ${version}; this portal reads version ${BACKUP_FORMAT_VERSION}.`);
  }
  return JSON.parse(await nextLine(lines, "the manifest")) as BackupManifest;
}

// Rows in the portal's tables (the migrations table does not count): restore refuses a database that has any.
// Tables whose rows the migrations themselves create (the roll-up cache's data-version counter): a freshly
// migrated database holds them and is still "empty".
const MIGRATION_ROWS = new Set(["DataVersion"]);

export async function countPortalRows(client: pg.ClientBase): Promise<number> {
  let total = 0;
  for (const { name } of await listTables(client)) {
    if (MIGRATION_ROWS.has(name)) continue;
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${quote(name)}`);
    total += Number(rows[0]!.n);
  }
  return total;
}

function availableMigrations(): string[] {
  const dir = path.join(ROOT, "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export type RestoreResult = { manifest: BackupManifest; rows: number; ms: number; wiped: boolean };

export async function restoreDatabase(url: string, file: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const started = Date.now();
  const manifest = await readManifest(file);
  const available = availableMigrations();
  const unknown = manifest.migrations.filter((m) => !available.includes(m));
  if (unknown.length) {
    throw new BackupError(
      `The backup was made by another version of the portal (migrations ${unknown.join(", ")} are not in prisma/migrations): restore it with the version that made it.`,
    );
  }

  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await admin.connect();
  let wiped = false;
  try {
    const existing = await countPortalRows(admin);
    if (existing > 0 && !options.force) {
      throw new BackupError(
        `The database already holds ${existing} rows: restore refuses to overwrite it; pass --force to wipe it first (everything in it is lost).`,
      );
    }
    if (options.force) {
      const { rows } = await admin.query<{ owner: string }>(
        `select pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = 'public'`,
      );
      const owner = rows[0] ? ` AUTHORIZATION ${quote(rows[0].owner)}` : "";
      await admin.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public${owner}; GRANT USAGE ON SCHEMA public TO PUBLIC`);
      wiped = true;
    }
  } finally {
    await admin.end().catch(() => undefined);
  }

  await migrate(url);

  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  const lines = readLines(file);
  let rows = 0;
  try {
    const applied = await appliedMigrations(client);
    if (applied.join(",") !== manifest.migrations.join(",")) {
      throw new BackupError(
        `The database's migrations (${applied.length}) differ from the backup's (${manifest.migrations.length}): restore it with the version of the portal that made it.`,
      );
    }
    await parseHeader(lines);
    await client.query("BEGIN");
    await client.query(STABLE_SESSION);
    // Rows go back as they were: no triggers (the audit log is append-only) and no foreign-key checks,
    // whose order would otherwise matter; the checksums below prove the result.
    await client.query("SET LOCAL session_replication_role = replica");
    // The migrations may have created rows of their own (MIGRATION_ROWS): the backup's rows replace them.
    const seeded = manifest.tables.filter((t) => MIGRATION_ROWS.has(t.name));
    if (seeded.length) await client.query(`TRUNCATE ${seeded.map((t) => quote(t.name)).join(", ")}`);
    for (const table of manifest.tables) {
      const header = await nextLine(lines, `table ${table.name}`);
      if (header !== `table ${table.name}`)
        throw new BackupError(`The backup file is damaged: expected table ${table.name}, found "${header.slice(0, 60)}".`);
      const copy = client.query(copyFrom(`COPY ${quote(table.name)} (${table.columns.map(quote).join(", ")}) FROM STDIN`));
      const done = new Promise<void>((resolve, reject) => {
        copy.on("finish", resolve);
        copy.on("error", reject);
      });
      for (;;) {
        const line = await nextLine(lines, `the end of table ${table.name}`);
        if (line === "\\.") break;
        await write(copy, `${line}\n`);
      }
      copy.end();
      await done;
    }
    for (const seq of manifest.sequences) {
      if (seq.lastValue !== null) await client.query(`select setval($1, $2::bigint, true)`, [`public.${quote(seq.name)}`, seq.lastValue]);
    }
    for (const table of manifest.tables) {
      const actual = await tableChecksum(client, table.name, table.columns);
      if (actual.rows !== table.rows || actual.checksum !== table.checksum) {
        throw new BackupError(
          `Table ${table.name} does not match the backup after restoring (${actual.rows} rows, ${table.rows} expected, or a different checksum): nothing was restored.`,
        );
      }
      rows += actual.rows;
    }
    await client.query("COMMIT");
    return { manifest, rows, ms: Date.now() - started, wiped };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await lines.return?.();
    await client.end().catch(() => undefined);
  }
}
