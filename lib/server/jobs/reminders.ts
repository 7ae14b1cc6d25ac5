import "server-only";
import { createTranslator } from "next-intl";
import { ForbiddenError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/policy";
import { periodLabel, type PeriodKind } from "@/lib/domain/reporting-calendar";
import {
  daysBetween,
  owesPeriod,
  reminderDeadlineWindow,
  reminderKindFor,
  vietnamCalendarDay,
  type ReminderKind,
} from "@/lib/domain/report-obligations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/i18n/format";
import enCore from "@/lib/i18n/messages/en/core.json";
import enNotifications from "@/lib/i18n/messages/en/notifications.json";
import viCore from "@/lib/i18n/messages/vi/core.json";
import viNotifications from "@/lib/i18n/messages/vi/notifications.json";
import type { ReminderRunResult } from "@/lib/schemas/reporting-config";
import { recordAudit } from "../audit";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { readServerEnv } from "../env";
import { deliverOutbox } from "../mail";
import { createUnescoReminders } from "./unesco-reminders";

type Tx = Prisma.TransactionClient;

export type ReminderCounts = { due: number; overdue: number; notifications: number; emails: number };

// Where a reminder sends the organization's editors: their workspace lists what they have to do.
export const REMINDER_LINK = "/workspace";

// Any constant works as long as nothing else in the database uses it: one instance at a time runs reminders.
export const REMINDER_LOCK_KEY = 2013_2030;

const translators = {
  vi: createTranslator({ locale: "vi", messages: viNotifications, namespace: "notifications.reminder" }),
  en: createTranslator({ locale: "en", messages: enNotifications, namespace: "notifications.reminder" }),
};
// The letter names the menu item the reader will click, with the navigation's own words.
const menuNames = {
  vi: createTranslator({ locale: "vi", messages: viCore, namespace: "nav" }),
  en: createTranslator({ locale: "en", messages: enCore, namespace: "nav" }),
};

type ReminderContext = {
  kind: ReminderKind;
  period: { kind: PeriodKind; year: number; number: number; cutoffStart: Date; cutoffEnd: Date; deadline: Date };
  organization: { nameVi: string; nameEn: string | null };
  user: { name: string };
  today: Date;
};

function reportName(locale: "vi" | "en", period: ReminderContext["period"]): string {
  const label = periodLabel(period, locale);
  // "Báo cáo 6 tháng đầu năm 2026", "Báo cáo năm 2026", "Báo cáo quý 1/2026".
  return translators[locale]("report", { period: locale === "vi" ? label.charAt(0).toLocaleLowerCase("vi") + label.slice(1) : label });
}

// The texts of one reminder, in both languages: the notification shows the reader's language, the e-mail
// carries Vietnamese first and English below.
export function composeReminder(context: ReminderContext) {
  const { kind, period, organization, user, today } = context;
  const daysLeft = daysBetween(today, period.deadline);
  const text = (locale: "vi" | "en") => {
    const t = translators[locale];
    const report = reportName(locale, period);
    const organizationName = locale === "en" && organization.nameEn ? organization.nameEn : organization.nameVi;
    const values = { report, organization: organizationName, deadline: formatDate(period.deadline), days: Math.abs(daysLeft) };
    return {
      subject: t(kind === "due" ? "subjectDue" : "subjectOverdue", { report }),
      title: t(kind === "due" ? "titleDue" : "titleOverdue", { report }),
      body: t(kind === "due" ? "bodyDue" : "bodyOverdue", values),
      letter: [
        t("greeting", { name: user.name }),
        "",
        t(kind === "due" ? "bodyDue" : "bodyOverdue", values),
        t("strategy"),
        t("cutoff", { from: formatDate(period.cutoffStart), to: formatDate(period.cutoffEnd) }),
        "",
        t("action", { menu: menuNames[locale]("reports") }),
        "",
        t("automatic"),
      ].join("\n"),
    };
  };
  const vi = text("vi");
  const en = text("en");
  return {
    subject: vi.subject,
    emailBody: [translators.vi("englishBelow"), "", vi.letter, "", "────────────────────────────────────────", "", en.letter, ""].join(
      "\n",
    ),
    notification: { titleVi: vi.title, titleEn: en.title, bodyVi: vi.body, bodyEn: en.body },
  };
}

async function createReminders(tx: Tx, now: Date, daysBefore: number): Promise<ReminderCounts> {
  const today = vietnamCalendarDay(now);
  const overdueWindowDays = readServerEnv().REMINDER_OVERDUE_DAYS;
  const window = reminderDeadlineWindow(today, daysBefore, overdueWindowDays);
  const periods = await tx.reportingPeriod.findMany({
    where: { deadline: { gte: window.from, lte: window.to }, reportType: { isActive: true } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
  });
  const counts: ReminderCounts = { due: 0, overdue: 0, notifications: 0, emails: 0 };
  if (periods.length === 0) return counts;

  const expectations = await tx.reportExpectation.findMany({
    where: { reportTypeId: { in: [...new Set(periods.map((p) => p.reportTypeId))] } },
    select: {
      reportTypeId: true,
      organization: {
        select: {
          id: true,
          nameVi: true,
          nameEn: true,
          validFrom: true,
          validTo: true,
          users: { where: { role: "ORG_EDITOR", isActive: true }, select: { id: true, email: true, name: true }, orderBy: { id: "asc" } },
        },
      },
    },
  });
  const submitted = await tx.progressReport.findMany({
    where: { periodId: { in: periods.map((p) => p.id) }, firstSubmittedAt: { not: null } },
    select: { organizationId: true, periodId: true },
  });
  const submittedKeys = new Set(submitted.map((r) => `${r.organizationId}:${r.periodId}`));

  type Draft = {
    kind: ReminderKind;
    outbox: Prisma.EmailOutboxCreateManyInput & { dedupeKey: string };
    notification: Prisma.NotificationCreateManyInput;
  };
  const drafts: Draft[] = [];
  for (const period of periods) {
    const kind = reminderKindFor(period.deadline, today, daysBefore, overdueWindowDays);
    if (!kind) continue;
    for (const { reportTypeId, organization } of expectations) {
      if (reportTypeId !== period.reportTypeId) continue;
      if (!owesPeriod(organization, period)) continue;
      if (submittedKeys.has(`${organization.id}:${period.id}`)) continue;
      for (const user of organization.users) {
        const message = composeReminder({ kind, period, organization, user, today });
        drafts.push({
          kind,
          outbox: {
            dedupeKey: `${kind}:${organization.id}:${period.id}:${user.id}`,
            toAddress: user.email,
            subject: message.subject,
            body: message.emailBody,
          },
          notification: {
            userId: user.id,
            kind: kind === "due" ? "report_due" : "report_overdue",
            link: REMINDER_LINK,
            ...message.notification,
          },
        });
      }
    }
  }
  if (drafts.length === 0) return counts;

  // The outbox row is the reminder's claim: its dedupeKey is unique, and INSERT … ON CONFLICT DO NOTHING
  // returns only the rows this run created. A concurrent run inserting the same key waits for this
  // transaction and then creates nothing, so each reminder (notification and e-mail) exists exactly once.
  // Keys are inserted in one order so that two concurrent runs cannot deadlock.
  drafts.sort((a, b) => (a.outbox.dedupeKey < b.outbox.dedupeKey ? -1 : a.outbox.dedupeKey > b.outbox.dedupeKey ? 1 : 0));
  const inserted = await tx.emailOutbox.createManyAndReturn({
    data: drafts.map((d) => d.outbox),
    skipDuplicates: true,
    select: { dedupeKey: true },
  });
  const insertedKeys = new Set(inserted.map((row) => row.dedupeKey));
  const created = drafts.filter((d) => insertedKeys.has(d.outbox.dedupeKey));
  if (created.length > 0) await tx.notification.createMany({ data: created.map((d) => d.notification) });
  for (const draft of created) counts[draft.kind]++;
  counts.notifications = created.length;
  counts.emails = created.length;
  return counts;
}

// Creates the reminders due on `now` (Vietnam calendar day): one in-app notification and one e-mail in the
// outbox per active editor of each expected organization that has not yet submitted the period's report.
// Runs in `client` (a transaction) when given, otherwise in a transaction of its own.
export async function runReminders({
  now = new Date(),
  daysBefore,
  client,
}: { now?: Date; daysBefore?: number; client?: Tx } = {}): Promise<ReminderCounts> {
  const notice = daysBefore ?? readServerEnv().REMINDER_DAYS_BEFORE;
  // UNESCO deadlines ride on the same job and outbox; their reminders count as "due".
  const run = async (tx: Tx) => {
    const counts = await createReminders(tx, now, notice);
    const unesco = await createUnescoReminders(tx, vietnamCalendarDay(now).toISOString().slice(0, 10));
    return { ...counts, due: counts.due + unesco, notifications: counts.notifications + unesco, emails: counts.emails + unesco };
  };
  if (client) return run(client);
  return db.$transaction(run, { maxWait: 10_000, timeout: 120_000 });
}

// One cycle, as the scheduler and "Run now" do it: create reminders while holding a transaction-level advisory
// lock (an instance that does not get it skips, so server instances never run the job side by side), then
// deliver the outbox. With an actor, the run is written to the audit trail in the same transaction.
export async function runReminderCycle({
  now = new Date(),
  actor = null,
}: { now?: Date; actor?: Actor | null } = {}): Promise<ReminderRunResult> {
  const reminders = await db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        Array<{ locked: boolean }>
      >`SELECT pg_try_advisory_xact_lock(${REMINDER_LOCK_KEY}::bigint) AS locked`;
      if (!lock?.locked) return null;
      const counts = await runReminders({ now, client: tx });
      if (actor) {
        await recordAudit(tx, actor, {
          entity: "ReminderRun",
          entityId: now.toISOString(),
          action: "run",
          changes: { due: { before: null, after: counts.due }, overdue: { before: null, after: counts.overdue } },
        });
      }
      return counts;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  const delivery = await deliverOutbox({ now });
  return { skipped: reminders === null, reminders: { due: reminders?.due ?? 0, overdue: reminders?.overdue ?? 0 }, delivery };
}

// The Steering Committee sends reminders (reminder:send); administrators, who run the reporting calendar, may too.
export function canRunReminders(user: SessionUser): boolean {
  return can(user, "reminder:send");
}

export async function runRemindersNow(actor: Actor, { now = new Date() }: { now?: Date } = {}): Promise<ReminderRunResult> {
  if (!canRunReminders(actor.user)) throw new ForbiddenError();
  return runReminderCycle({ now, actor });
}
