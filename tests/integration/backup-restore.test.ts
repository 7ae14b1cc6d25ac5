// `npm run db:backup` / `db:restore` (scripts/lib/backup.ts) against the real PostgreSQL: a seeded world
// survives a backup, a wipe and a restore table by table, and a restore never overwrites data by accident.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { getReportDetail } from "@/lib/server/queries/reports";
import { reviewReport, saveReportDraft, submitReport } from "@/lib/server/services/reports";
import { BackupError, backupDatabase, readManifest, restoreDatabase } from "../../scripts/lib/backup";
import { dropDatabase, ensureDatabase, withClient } from "../../scripts/lib/database";
import { completedDraft, createFilledReport } from "../factories/report-cycle";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";
import { rowCount, tableChecksums } from "../factories/table-checksums";

// lib/server/auth/session.ts imports the next-auth configuration, which does not load outside Next.js.
vi.mock("@/lib/server/auth", () => ({ auth: async () => null }));

const sourceUrl = process.env.DATABASE_URL!;
const targetName = `restore_${randomBytes(4).toString("hex")}`;
const targetUrl = (() => {
  const url = new URL(process.env.TEST_DATABASE_ADMIN_URL!);
  url.pathname = `/${targetName}`;
  return url.toString();
})();
const dir = mkdtempSync(path.join(tmpdir(), "portal-backup-"));
const file = path.join(dir, "portal.backup.gz");

let source: Record<string, string>;

beforeAll(async () => {
  await resetDatabase();
  const world = await createWorld();
  const { reportId, version, taskIds } = await createFilledReport(world, 40);
  const { hanoiEditor, steering } = world.actors;
  await saveReportDraft(hanoiEditor, reportId, completedDraft(version, taskIds));
  await submitReport(world.actors.hanoiLeader, reportId, { version: version + 1 }, new Date("2026-06-18T03:00:00Z"));
  const detail = await getReportDetail(steering, reportId);
  await reviewReport(
    steering,
    reportId,
    { decision: "accept", version: detail.report.version, comment: "Đạt yêu cầu — “trích dẫn”\tvà \\ ký tự" },
    new Date("2026-06-26T03:00:00Z"),
  );
  await db.loginAttempt.createMany({
    data: [
      { email: "a@test.vn", succeeded: false },
      { email: "b@test.vn", succeeded: true },
    ],
  });
  source = await tableChecksums(sourceUrl);
  await ensureDatabase(process.env.TEST_DATABASE_ADMIN_URL!, targetName);
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(process.env.TEST_DATABASE_ADMIN_URL!, targetName);
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("backs up every table with a manifest of migrations, counts and checksums", async () => {
    const { manifest, bytes } = await backupDatabase(sourceUrl, file);
    expect(bytes).toBeGreaterThan(1000);
    expect(manifest).toMatchObject({ format: "ngvh-portal-backup", formatVersion: 1 });
    expect(manifest.migrations.length).toBeGreaterThanOrEqual(3);
    expect(manifest.serverVersion).toMatch(/^\d+/);
    const counts = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    expect(Object.keys(counts).sort()).toEqual(Object.keys(source).sort());
    for (const name of Object.keys(source)) expect(counts[name], name).toBe(rowCount(source, name));
    expect(counts.PlanTask).toBe(40);
    expect(counts.TaskUpdate).toBe(40);
    expect(counts.AuditLog).toBeGreaterThan(40);
    expect((await readManifest(file)).createdAt).toBe(manifest.createdAt);
  });

  it("restores into an empty database: every table equal, row by row", async () => {
    const result = await restoreDatabase(targetUrl, file);
    expect(result.wiped).toBe(false);
    expect(await tableChecksums(targetUrl)).toEqual(source);
    // Sequences continue after the restored rows: the next login attempt does not collide.
    await withClient(targetUrl, (c) => c.query(`insert into "LoginAttempt" (email, succeeded) values ('c@test.vn', false)`));
    // The audit log is append-only again once restored.
    await expect(withClient(targetUrl, (c) => c.query(`delete from "AuditLog"`))).rejects.toThrow(/append-only/);
  });

  it("refuses to restore over data without --force, and changes nothing", async () => {
    const before = await tableChecksums(targetUrl);
    const refused = await restoreDatabase(targetUrl, file).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BackupError);
    expect((refused as Error).message).toMatch(/already holds \d+ rows: restore refuses to overwrite it; pass --force/);
    expect(await tableChecksums(targetUrl)).toEqual(before);
  });

  it("with --force wipes the database and restores the backup exactly", async () => {
    await withClient(targetUrl, (c) => c.query(`update "Organization" set "nameVi" = 'đã sửa'`));
    const result = await restoreDatabase(targetUrl, file, { force: true });
    expect(result.wiped).toBe(true);
    expect(await tableChecksums(targetUrl)).toEqual(source);
  });

  it("refuses a damaged backup and leaves the empty database empty", async () => {
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    const damaged = text.replace("Thành phố Hà Nội", "Thành phố Hà Nộj");
    expect(damaged).not.toBe(text);
    const damagedFile = path.join(dir, "damaged.backup.gz");
    writeFileSync(damagedFile, gzipSync(damaged));
    await withClient(targetUrl, (c) => c.query(`drop schema public cascade; create schema public`));
    const error = await restoreDatabase(targetUrl, damagedFile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/Organization does not match the backup/);
    const client = new pg.Client({ connectionString: targetUrl });
    await client.connect();
    try {
      expect((await client.query(`select count(*)::int as n from "Organization"`)).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
