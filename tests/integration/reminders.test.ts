// Deadline reminders against a real database and a real SMTP server: who is reminded, exactly once even when
// two runs overlap, and how the e-mail leaves the outbox.
import type { AddressInfo } from "node:net";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { REMINDER_LOCK_KEY, runReminderCycle, runReminders, runRemindersNow } from "@/lib/server/jobs/reminders";
import { deliverOutbox } from "@/lib/server/mail";
import { countUnread, listNotifications } from "@/lib/server/queries/notifications";
import { markAllNotificationsRead } from "@/lib/server/services/notifications";
import { createApiToken } from "@/lib/server/services/api-tokens";
import { POST as runRemindersRoute } from "@/app/api/v1/reminders/run/route";
import { createEditor, createProgressReport, createReportingCalendar, findPeriod } from "../factories/reporting";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  delete process.env.SMTP_URL;
  await resetDatabase();
  world = await createWorld();
  await createReportingCalendar();
});
afterEach(() => {
  delete process.env.SMTP_URL;
});
afterAll(() => db.$disconnect());

// H1 2026: cut-off end Sunday 14/06/2026, deadline (5 working days) Friday 19/06/2026.
const DUE_SOON = new Date("2026-06-17T02:00:00.000Z"); // 09:00 in Hà Nội, two days before the deadline
// H2 2025 and the year 2025: deadline Friday 19/12/2025; 05/01/2026 is 17 days later.
const OVERDUE = new Date("2026-01-05T02:00:00.000Z");

async function remindedEmails(): Promise<string[]> {
  return (await db.emailOutbox.findMany({ orderBy: { toAddress: "asc" } })).map((row) => row.toAddress);
}

describe("runReminders", () => {
  it("reminds each editor of each organization that has not submitted, once, even when two runs overlap", async () => {
    const period = await findPeriod("SEMIANNUAL", 2026, 1);
    // Huế submitted; Hà Nội only has a draft, which does not count.
    await createProgressReport(world.orgs.hue.id, period.id, { submittedAt: new Date("2026-06-10T03:00:00Z") });
    await createProgressReport(world.orgs.hanoi.id, period.id);
    await createEditor(world.orgs.hanoi.id, "former.editor.hanoi@test.vn", { isActive: false });

    const [first, second] = await Promise.all([
      runReminders({ now: DUE_SOON, daysBefore: 3 }),
      runReminders({ now: DUE_SOON, daysBefore: 3 }),
    ]);
    expect(first.due + second.due).toBe(3);
    expect(first.overdue + second.overdue).toBe(0);
    // Hà Nội, Tuyên Quang and the Ministry of Culture (editors); not Huế (submitted), not the inactive account,
    // not the viewer, not the Ministry of Foreign Affairs (no editor) nor the Steering Committee (no obligation).
    expect(await remindedEmails()).toEqual(["editor.culture@test.vn", "editor.hanoi@test.vn", "editor.tq@test.vn"]);
    expect(await db.notification.count()).toBe(3);

    const again = await runReminders({ now: new Date(DUE_SOON.getTime() + 3_600_000), daysBefore: 3 });
    expect(again).toEqual({ due: 0, overdue: 0, notifications: 0, emails: 0 });
    expect(await db.emailOutbox.count()).toBe(3);

    const mail = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: "editor.hanoi@test.vn" } });
    expect(mail.subject).toBe("[NGVH 2030] Nhắc hạn gửi Báo cáo 6 tháng đầu năm 2026");
    expect(mail.dedupeKey).toBe(`due:${world.orgs.hanoi.id}:${period.id}:${world.actors.hanoiEditor.user.id}`);
    // Vietnamese first, English below.
    const vietnamese = mail.body.indexOf("Thành phố Hà Nội chưa gửi Báo cáo 6 tháng đầu năm 2026. Hạn gửi: 19/06/2026 (còn 2 ngày).");
    const english = mail.body.indexOf("has not submitted the H1 2026 report yet. Deadline: 19/06/2026 (2 days left).");
    expect(vietnamese).toBeGreaterThan(-1);
    expect(english).toBeGreaterThan(vietnamese);
    expect(mail.body).toContain("Thời gian chốt số liệu: 15/12/2025 – 14/06/2026.");
    // The letter names the menu item as the navigation shows it.
    expect(mail.body).toContain("mở mục “Báo cáo” trên thanh điều hướng");
    expect(mail.body).toContain("open “Reports” in the navigation");

    const notification = await db.notification.findFirstOrThrow({ where: { userId: world.actors.hanoiEditor.user.id } });
    expect(notification).toMatchObject({
      kind: "report_due",
      titleVi: "Sắp đến hạn gửi Báo cáo 6 tháng đầu năm 2026",
      titleEn: "H1 2026 report due soon",
      link: "/workspace",
      readAt: null,
    });
  });

  it("sends overdue reminders after the deadline, separately from the earlier due-soon reminder", async () => {
    // The end of 2025 owes the annual report only (no second-half report ending on the same day).
    const year2025 = await findPeriod("ANNUAL", 2025);
    await runReminders({ now: new Date("2025-12-17T02:00:00Z"), daysBefore: 3 });
    // Year 2025, for the editors of Hà Nội, Huế, Tuyên Quang and the Ministry of Culture.
    expect(await db.emailOutbox.count({ where: { dedupeKey: { startsWith: "due:" } } })).toBe(4);
    const counts = await runReminders({ now: OVERDUE, daysBefore: 3 });
    expect(counts).toMatchObject({ due: 0, overdue: 4 });
    const overdue = await db.emailOutbox.findFirstOrThrow({
      where: { dedupeKey: { startsWith: `overdue:${world.orgs.hanoi.id}:${year2025.id}:` } },
    });
    expect(overdue.subject).toContain("Quá hạn gửi Báo cáo năm 2025");
    expect(overdue.body).toContain("Hạn gửi là ngày 19/12/2025; báo cáo đã quá hạn 17 ngày.");
    expect(overdue.body).toContain("The deadline was 19/12/2025; the report is 17 days late.");
    expect(await db.notification.count({ where: { kind: "report_overdue" } })).toBe(4);
    // 61 days after the deadline nobody is reminded any more.
    expect(await runReminders({ now: new Date("2026-02-18T02:00:00Z"), daysBefore: 3 })).toMatchObject({ overdue: 0 });
  });

  it("reminds a former province for the periods it existed in, and the merged province only from the merger on", async () => {
    const haGiangEditor = await createEditor(world.orgs.haGiang.id, "editor.hagiang@test.vn");
    // Resolution 202/2025/QH15: the new Tuyên Quang (Tuyên Quang + Hà Giang) exists from 01/07/2025.
    await db.organization.update({ where: { id: world.orgs.tuyenQuang.id }, data: { validFrom: new Date("2025-07-01") } });
    // H1 2025 (cut-off end 14/06/2025, deadline 20/06/2025): Hà Giang still existed and owes it.
    await runReminders({ now: new Date("2025-07-01T02:00:00Z"), daysBefore: 3 });
    const h1 = await findPeriod("SEMIANNUAL", 2025, 1);
    expect(await db.emailOutbox.count({ where: { toAddress: "editor.hagiang@test.vn", dedupeKey: { contains: h1.id } } })).toBe(1);
    // The year 2025 (cut-off end 14/12/2025): Hà Giang had ceased on 30/06/2025.
    await runReminders({ now: OVERDUE, daysBefore: 3 });
    expect(await db.emailOutbox.count({ where: { toAddress: "editor.hagiang@test.vn" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: haGiangEditor.id } })).toBe(1);
    const tuyenQuangKeys = (await db.emailOutbox.findMany({ where: { toAddress: "editor.tq@test.vn" } })).map((row) => row.dedupeKey);
    expect(tuyenQuangKeys).toHaveLength(1); // the year 2025, not H1 2025
    expect(tuyenQuangKeys.some((key) => key?.includes(h1.id))).toBe(false);
  });

  it("reminds nobody for report types that are switched off or not expected", async () => {
    await db.reportType.update({ where: { code: "SEMIANNUAL" }, data: { isActive: false } });
    const annual = await db.reportType.findUniqueOrThrow({ where: { code: "ANNUAL" } });
    await db.reportExpectation.deleteMany({ where: { reportTypeId: annual.id, organizationId: world.orgs.hanoi.id } });
    await runReminders({ now: OVERDUE, daysBefore: 3 });
    expect(await remindedEmails()).toEqual(["editor.culture@test.vn", "editor.hue@test.vn", "editor.tq@test.vn"]);
  });
});

describe("runReminderCycle and runRemindersNow", () => {
  it("skips creating reminders while another instance holds the lock", async () => {
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT pg_advisory_xact_lock($1::bigint)", [REMINDER_LOCK_KEY]);
      const skipped = await runReminderCycle({ now: DUE_SOON });
      expect(skipped).toMatchObject({ skipped: true, reminders: { due: 0, overdue: 0 } });
      expect(await db.emailOutbox.count()).toBe(0);
      await other.query("COMMIT");
      const ran = await runReminderCycle({ now: DUE_SOON });
      expect(ran).toMatchObject({
        skipped: false,
        reminders: { due: 4, overdue: 0 },
        delivery: { mode: "outbox-only", sent: 0, pending: 4 },
      });
    } finally {
      await other.end();
    }
  });

  it("lets the Steering Committee and administrators run reminders now, audited; others are refused", async () => {
    const result = await runRemindersNow(world.actors.steering, { now: DUE_SOON });
    expect(result.reminders.due).toBe(4);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "ReminderRun" } });
    expect(entry).toMatchObject({ action: "run", actorEmail: "bcd@test.vn" });
    expect(entry.changes).toEqual({ due: { before: null, after: 4 }, overdue: { before: null, after: 0 } });
    expect((await runRemindersNow(world.actors.admin, { now: DUE_SOON })).reminders.due).toBe(0);
    for (const actor of [world.actors.hanoiEditor, world.actors.hanoiViewer]) {
      const status = await runRemindersNow(actor, { now: DUE_SOON }).then(
        () => "ok",
        (error: unknown) => (error instanceof DomainError ? error.status : error),
      );
      expect(status).toBe(403);
    }
    expect(await db.auditLog.count({ where: { entity: "ReminderRun" } })).toBe(2);
  });
});

describe("POST /api/v1/reminders/run", () => {
  async function call(actor: typeof world.actors.steering) {
    const { token } = await createApiToken(actor, { name: "reminders" });
    const request = new Request("http://localhost/api/v1/reminders/run", { method: "POST", headers: { authorization: `Bearer ${token}` } });
    return runRemindersRoute(request, { params: Promise.resolve({}) });
  }

  it("answers the counts to the Steering Committee and administrators and refuses organization staff", async () => {
    const response = await call(world.actors.steering);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ skipped: false, reminders: { overdue: 0 }, delivery: { mode: "outbox-only" } });
    expect((await call(world.actors.admin)).status).toBe(200);
    for (const actor of [world.actors.hanoiEditor, world.actors.hanoiViewer]) {
      const refused = await call(actor);
      expect(refused.status).toBe(403);
      expect(refused.headers.get("content-type")).toMatch(/problem\+json/);
    }
    expect(await db.auditLog.count({ where: { entity: "ReminderRun" } })).toBe(2);
  });
});

describe("notifications of the signed-in user", () => {
  it("lists the user's own notifications, newest first, and marks them read", async () => {
    await runReminders({ now: new Date("2025-12-17T02:00:00Z"), daysBefore: 3 });
    await runReminders({ now: OVERDUE, daysBefore: 3 });
    const editor = world.actors.hanoiEditor;
    // The annual report 2025: due soon, then overdue.
    expect(await countUnread(editor.user)).toBe(2);
    expect(await countUnread(world.actors.hueEditor.user)).toBe(2);
    const list = await listNotifications(editor.user);
    expect(list.map((n) => n.kind)).toEqual(["report_overdue", "report_due"]);
    expect(list.every((n) => !n.isRead)).toBe(true);
    expect(await markAllNotificationsRead(editor)).toBe(2);
    expect(await countUnread(editor.user)).toBe(0);
    expect(await countUnread(world.actors.hueEditor.user)).toBe(2);
  });
});

describe("deliverOutbox", () => {
  it("leaves messages in the outbox without SMTP_URL (demo mode)", async () => {
    await runReminders({ now: DUE_SOON, daysBefore: 3 });
    expect(await deliverOutbox()).toEqual({ mode: "outbox-only", sent: 0, failed: 0, pending: 4 });
    expect(await db.emailOutbox.count({ where: { sentAt: null } })).toBe(4);
  });

  it("sends through a real SMTP server, once, and records sentAt", async () => {
    const received: Array<{ to: string[]; raw: string }> = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.server.address() as AddressInfo;
      process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
      await runReminders({ now: DUE_SOON, daysBefore: 3 });
      const [first, second] = await Promise.all([deliverOutbox({ now: DUE_SOON }), deliverOutbox({ now: DUE_SOON })]);
      expect(first.sent + second.sent).toBe(4);
      expect(first.failed + second.failed).toBe(0);
      expect(received).toHaveLength(4);
      const toHanoi = received.find((m) => m.to.includes("editor.hanoi@test.vn"));
      expect(toHanoi).toBeDefined();
      expect(decodeHeader(toHanoi!.raw, "Subject")).toBe("[NGVH 2030] Nhắc hạn gửi Báo cáo 6 tháng đầu năm 2026");
      expect(decodeHeader(toHanoi!.raw, "From")).toContain("no-reply@ngvh.example.vn");
      const row = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: "editor.hanoi@test.vn" } });
      expect(row.sentAt).not.toBeNull();
      expect(row.error).toBeNull();
      expect(await deliverOutbox({ now: DUE_SOON })).toEqual({ mode: "smtp", sent: 0, failed: 0, pending: 0 });
      expect(received).toHaveLength(4);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("records the error and keeps the message for a later attempt when the server is unreachable", async () => {
    const server = new SMTPServer({ authOptional: true, disabledCommands: ["STARTTLS"], logger: false });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    await runReminders({ now: DUE_SOON, daysBefore: 3 });
    const result = await deliverOutbox({ now: DUE_SOON });
    expect(result).toMatchObject({ mode: "smtp", sent: 0, failed: 4, pending: 4 });
    const row = await db.emailOutbox.findFirstOrThrow();
    expect(row.sentAt).toBeNull();
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
  });
});

// The value of a header, unfolded, with RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) decoded.
function decodeHeader(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (!line) return "";
  const value = line.slice(name.length + 1).trim();
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) =>
    encoding.toLowerCase() === "b"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          "latin1",
        ).toString("utf8"),
  );
}
