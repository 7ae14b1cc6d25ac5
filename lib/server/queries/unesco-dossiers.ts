import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { scopeOf } from "@/lib/domain/policy";
import {
  deriveUnescoTitleSeries,
  nextUnescoDeadline,
  type UnescoDeadline,
  type UnescoDeadlineRule,
  type UnescoProgramme,
  type UnescoStage,
} from "@/lib/domain/unesco-pipeline";
import type { UnescoDossierListQuery } from "@/lib/schemas/unesco-dossiers";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

// Today's calendar day in Vietnam, where the deadlines are kept.
export function vietnamToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export async function loadDeadlineRules(): Promise<Map<UnescoProgramme, UnescoDeadlineRule & { sourceUrls: string[] }>> {
  const rows = await db.unescoDeadlineRule.findMany();
  return new Map(
    rows.map((r) => [
      r.programme,
      {
        programme: r.programme,
        month: r.month,
        day: r.day,
        intervalYears: r.intervalYears,
        anchorYear: r.anchorYear,
        confirmed: r.confidence === "CONFIRMED",
        sourceUrls: r.sourceUrls,
      },
    ]),
  );
}

export type UnescoDossierSummaryDto = {
  id: string;
  elementVi: string;
  elementEn: string | null;
  programme: UnescoProgramme;
  stage: UnescoStage;
  stageDate: string | null;
  inscribedYear: number | null;
  isExtension: boolean;
  lead: { id: string; code: string; nameVi: string; nameEn: string | null };
  confidence: string;
  sourceUrls: string[];
  nextDeadline: UnescoDeadline | null;
  version: number;
};

const summarySelect = {
  id: true,
  elementVi: true,
  elementEn: true,
  programme: true,
  stage: true,
  stageDate: true,
  inscribedYear: true,
  isExtension: true,
  confidence: true,
  sourceUrls: true,
  version: true,
  leadOrganization: { select: { id: true, code: true, nameVi: true, nameEn: true } },
} as const;

// Dossiers are public facts about the country's nominations: every signed-in role reads all of them.
export async function listUnescoDossiers(
  actor: Actor | SessionUser,
  query: UnescoDossierListQuery,
  now: Date,
): Promise<UnescoDossierSummaryDto[]> {
  authorize(actor, "unesco:read");
  const [rows, rules] = await Promise.all([
    db.unescoDossier.findMany({
      where: {
        ...(query.programme ? { programme: query.programme } : {}),
        ...(query.stage ? { stage: query.stage } : {}),
        ...(query.leadOrganizationId ? { leadOrganizationId: query.leadOrganizationId } : {}),
      },
      select: summarySelect,
      orderBy: [{ programme: "asc" }, { inscribedYear: "desc" }, { elementVi: "asc" }],
      take: 5000,
    }),
    loadDeadlineRules(),
  ]);
  const today = vietnamToday(now);
  return rows.map((r) => ({
    id: r.id,
    elementVi: r.elementVi,
    elementEn: r.elementEn,
    programme: r.programme,
    stage: r.stage,
    stageDate: day(r.stageDate),
    inscribedYear: r.inscribedYear,
    isExtension: r.isExtension,
    lead: r.leadOrganization,
    confidence: r.confidence,
    sourceUrls: r.sourceUrls,
    nextDeadline: nextUnescoDeadline(r.stage, rules.get(r.programme), today),
    version: r.version,
  }));
}

export async function getUnescoDossier(actor: Actor | SessionUser, id: string, now: Date) {
  const row = await db.unescoDossier.findUnique({
    where: { id },
    select: {
      ...summarySelect,
      notes: true,
      supporters: { select: { id: true, code: true, nameVi: true, nameEn: true }, orderBy: { code: "asc" } },
      documents: {
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
        orderBy: { createdAt: "asc" },
        take: 200,
      },
      stageEvents: {
        select: { id: true, stage: true, occurredOn: true, occurredYear: true, note: true },
        orderBy: [{ occurredYear: "asc" }, { occurredOn: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  if (!row) throw new NotFoundError();
  authorize(actor, "unesco:read", { organizationId: row.leadOrganization.id });
  const rules = await loadDeadlineRules();
  const rule = rules.get(row.programme);
  return {
    id: row.id,
    elementVi: row.elementVi,
    elementEn: row.elementEn,
    programme: row.programme,
    stage: row.stage,
    stageDate: day(row.stageDate),
    inscribedYear: row.inscribedYear,
    isExtension: row.isExtension,
    lead: row.leadOrganization,
    supporters: row.supporters,
    notes: row.notes,
    documents: row.documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    confidence: row.confidence,
    sourceUrls: row.sourceUrls,
    version: row.version,
    nextDeadline: nextUnescoDeadline(row.stage, rule, vietnamToday(now)),
    deadlineRuleSources: rule?.sourceUrls ?? [],
    history: row.stageEvents.map((e) => ({
      id: e.id,
      stage: e.stage,
      occurredOn: day(e.occurredOn),
      occurredYear: e.occurredYear,
      note: e.note,
    })),
  };
}
export type UnescoDossierDto = Awaited<ReturnType<typeof getUnescoDossier>>;

// The UNESCO-titles indicator, derived from the pipeline by year and category.
export async function getUnescoTitleSeries(actor: Actor | SessionUser, lastYear: number) {
  authorize(actor, "unesco:read");
  const rows = await db.unescoDossier.findMany({
    where: { stage: "INSCRIBED" },
    select: { programme: true, stage: true, inscribedYear: true, isExtension: true },
  });
  return deriveUnescoTitleSeries(rows, lastYear);
}

// Organizations that lead at least one dossier, for the board's filter.
export async function listUnescoLeadOptions() {
  return db.organization.findMany({
    where: { unescoLed: { some: {} } },
    select: { id: true, code: true, nameVi: true, nameEn: true },
    orderBy: { code: "asc" },
  });
}

type OrganizationOption = { id: string; code: string; nameVi: string; nameEn: string | null };

// The create/edit form's organizations: the leads the actor may name (its own organization; MOFA's editors any
// province, ministry or national body) and every active organization as a possible supporter.
export async function listUnescoOrganizationOptions(
  actor: Actor | SessionUser,
): Promise<{ leads: OrganizationOption[]; supporters: OrganizationOption[] }> {
  authorize(actor, "unesco:create");
  const user = "user" in actor ? actor.user : actor;
  const select = { id: true, code: true, nameVi: true, nameEn: true } as const;
  const supporters = await db.organization.findMany({
    where: { isActive: true, kind: { notIn: ["FORMER_PROVINCE", "REPRESENTATIVE_MISSION", "STEERING_COMMITTEE"] } },
    select,
    orderBy: { code: "asc" },
  });
  const own = user.organization;
  const leads =
    scopeOf(user, "unesco:create") === "all"
      ? supporters
      : [{ id: user.organizationId, code: own.code, nameVi: own.nameVi, nameEn: own.nameEn }];
  return { leads, supporters };
}
