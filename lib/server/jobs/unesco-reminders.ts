import "server-only";
import { createTranslator } from "next-intl";
import { daysUntil, nextUnescoDeadline, UNESCO_REMINDER_DAYS } from "@/lib/domain/unesco-pipeline";
import type { Prisma } from "@/lib/generated/prisma/client";
import enUnesco from "@/lib/i18n/messages/en/unesco.json";
import viUnesco from "@/lib/i18n/messages/vi/unesco.json";

type Tx = Prisma.TransactionClient;

const translators = {
  vi: createTranslator({ locale: "vi", messages: viUnesco, namespace: "unesco" }),
  en: createTranslator({ locale: "en", messages: enUnesco, namespace: "unesco" }),
};

function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

// Reminds the lead organization's editors of a dossier's next UNESCO deadline once it is UNESCO_REMINDER_DAYS
// away or closer. The outbox dedupe key names the dossier and the deadline, so each deadline is announced once
// per editor however often the job runs; the next cycle's deadline gets a reminder of its own.
export async function createUnescoReminders(tx: Tx, today: string): Promise<number> {
  const rules = await tx.unescoDeadlineRule.findMany();
  if (rules.length === 0) return 0;
  const ruleOf = new Map(rules.map((r) => [r.programme, { ...r, confirmed: r.confidence === "CONFIRMED" }]));
  const dossiers = await tx.unescoDossier.findMany({
    where: { stage: { in: ["INVENTORIED", "NATIONAL_LIST", "IN_PREPARATION", "REFERRED", "DEFERRED"] } },
    select: {
      id: true,
      elementVi: true,
      elementEn: true,
      programme: true,
      stage: true,
      leadOrganization: {
        select: { users: { where: { role: "ORG_EDITOR", isActive: true }, select: { id: true, email: true }, orderBy: { id: "asc" } } },
      },
    },
    orderBy: { id: "asc" },
  });
  type Draft = { outbox: Prisma.EmailOutboxCreateManyInput & { dedupeKey: string }; notification: Prisma.NotificationCreateManyInput };
  const drafts: Draft[] = [];
  for (const dossier of dossiers) {
    const deadline = nextUnescoDeadline(dossier.stage, ruleOf.get(dossier.programme), today);
    if (!deadline) continue;
    const days = daysUntil(deadline.date, today);
    if (days > UNESCO_REMINDER_DAYS) continue;
    const text = (locale: "vi" | "en") => {
      const t = translators[locale];
      const element = locale === "en" && dossier.elementEn ? dossier.elementEn : dossier.elementVi;
      const body = [
        t("reminder.body", { programme: t(`programmes.${dossier.programme}`), deadline: formatDay(deadline.date), days }),
        deadline.confirmed ? "" : t("reminder.unconfirmed"),
      ]
        .filter(Boolean)
        .join(" ");
      return { subject: t("reminder.subject", { element }), title: t("reminder.title", { element }), body };
    };
    const vi = text("vi");
    const en = text("en");
    for (const user of dossier.leadOrganization.users) {
      drafts.push({
        outbox: {
          dedupeKey: `unesco:${dossier.id}:${deadline.date}:${user.id}`,
          toAddress: user.email,
          subject: vi.subject,
          body: [vi.body, "", en.body, ""].join("\n"),
        },
        notification: {
          userId: user.id,
          kind: "unesco_due",
          link: `/unesco/${dossier.id}`,
          titleVi: vi.title,
          titleEn: en.title,
          bodyVi: vi.body,
          bodyEn: en.body,
        },
      });
    }
  }
  if (drafts.length === 0) return 0;
  // Same claim as the report reminders: the unique dedupe key decides which rows this run creates.
  drafts.sort((a, b) => (a.outbox.dedupeKey < b.outbox.dedupeKey ? -1 : a.outbox.dedupeKey > b.outbox.dedupeKey ? 1 : 0));
  const inserted = await tx.emailOutbox.createManyAndReturn({
    data: drafts.map((d) => d.outbox),
    skipDuplicates: true,
    select: { dedupeKey: true },
  });
  const keys = new Set(inserted.map((r) => r.dedupeKey));
  const created = drafts.filter((d) => keys.has(d.outbox.dedupeKey));
  if (created.length > 0) await tx.notification.createMany({ data: created.map((d) => d.notification) });
  return created.length;
}
