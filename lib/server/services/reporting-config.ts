import "server-only";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { compensatoryDays } from "@/lib/domain/holidays";
import { isoDay, type PeriodKind } from "@/lib/domain/reporting-calendar";
import { vietnamCalendarDay } from "@/lib/domain/report-obligations";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  calendarExceptionSchema,
  calendarExceptionUpdateSchema,
  createHolidaySchema,
  holidayNamesSchema,
  reportExpectationsSchema,
  reportTypeSettingsSchema,
  type ExpectationFilter,
} from "@/lib/schemas/reporting-config";
import { ORGANIZATION_KINDS, type OrganizationKindValue, type RegionValue } from "@/lib/schemas/organizations";
import { recordAudit } from "../audit";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { normalizeSearchText } from "../queries/organizations";
import { parseInput } from "../validation";
import { syncReportingPeriods, type SyncReportingPeriodsResult } from "../reporting-periods";
import { textOf } from "@/lib/domain/text-of";

// Administration of the reporting calendar (Decree 09/2019/NĐ-CP): deadline rules of the report types, the
// public holidays the deadlines skip, and which organizations owe which report type. Every change runs in one
// transaction with its audit entry and the re-computation of the periods' deadlines.

type Tx = Prisma.TransactionClient;

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 } as const;

// Serialises calendar changes: a deadline computed from a holidays table that a concurrent change is editing
// would be stale the moment that change commits.
async function lockCalendar(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('reporting-calendar'))`;
}

function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const text = error instanceof Error ? `${error.message} ${textOf((error as { cause?: unknown }).cause)}` : "";
  return /23505|unique constraint/i.test(text);
}

// ───────────── Reads ─────────────

const REPORT_KIND_ORDER: PeriodKind[] = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "NINE_MONTH", "ANNUAL", "AD_HOC"];

export type ReportTypeSettingsDto = {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  periodKind: PeriodKind;
  deadlineWorkingDays: number;
  deadlineRule: "WORKING_DAYS_AFTER_CUTOFF" | "DAY_OF_LAST_MONTH" | "FIXED_DATE";
  deadlineDay: number | null;
  deadlineMonth: number | null;
  basisVi: string | null;
  basisSourceUrl: string | null;
  outlineVi: string | null;
  adHocCutoffStart: string | null;
  adHocCutoffEnd: string | null;
  adHocDeadline: string | null;
  isActive: boolean;
  periodCount: number;
  expectedCount: number;
  // The first period whose deadline is today or later, to show what the rule gives (ISO dates).
  upcoming: { kind: PeriodKind; year: number; number: number; cutoffEnd: string; deadline: string } | null;
};

export async function listReportTypeSettings(
  viewer: SessionUser | Actor,
  { now = new Date() }: { now?: Date } = {},
): Promise<ReportTypeSettingsDto[]> {
  authorize(viewer, "reference:manage");
  const today = vietnamCalendarDay(now);
  const types = await db.reportType.findMany({
    orderBy: { code: "asc" },
    include: { _count: { select: { periods: true, expectations: true } } },
  });
  const upcoming = await db.reportingPeriod.findMany({
    where: { deadline: { gte: today } },
    orderBy: { deadline: "asc" },
    distinct: ["reportTypeId"],
    select: { reportTypeId: true, kind: true, year: true, number: true, cutoffEnd: true, deadline: true },
  });
  return types
    .sort((a, b) => REPORT_KIND_ORDER.indexOf(a.periodKind) - REPORT_KIND_ORDER.indexOf(b.periodKind) || a.code.localeCompare(b.code))
    .map((type) => {
      const next = upcoming.find((p) => p.reportTypeId === type.id);
      return {
        id: type.id,
        code: type.code,
        nameVi: type.nameVi,
        nameEn: type.nameEn,
        periodKind: type.periodKind,
        deadlineWorkingDays: type.deadlineWorkingDays,
        deadlineRule: type.deadlineRule,
        deadlineDay: type.deadlineDay,
        deadlineMonth: type.deadlineMonth,
        basisVi: type.basisVi,
        basisSourceUrl: type.basisSourceUrl,
        outlineVi: type.outlineVi,
        adHocCutoffStart: type.adHocCutoffStart ? isoDay(type.adHocCutoffStart) : null,
        adHocCutoffEnd: type.adHocCutoffEnd ? isoDay(type.adHocCutoffEnd) : null,
        adHocDeadline: type.adHocDeadline ? isoDay(type.adHocDeadline) : null,
        isActive: type.isActive,
        periodCount: type._count.periods,
        expectedCount: type._count.expectations,
        upcoming: next
          ? { kind: next.kind, year: next.year, number: next.number, cutoffEnd: isoDay(next.cutoffEnd), deadline: isoDay(next.deadline) }
          : null,
      };
    });
}

export type PublicHolidayDto = { id: string; date: string; nameVi: string; nameEn: string };

export async function listPublicHolidays(
  viewer: SessionUser | Actor,
  { year }: { year?: number } = {},
): Promise<{ holidays: PublicHolidayDto[]; years: number[] }> {
  authorize(viewer, "reference:manage");
  const [rows, all] = await Promise.all([
    db.publicHoliday.findMany({
      where: year ? { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } } : {},
      orderBy: { date: "asc" },
    }),
    db.publicHoliday.findMany({ select: { date: true } }),
  ]);
  const years = [...new Set(all.map((row) => row.date.getUTCFullYear()))].sort((a, b) => a - b);
  return { holidays: rows.map((row) => ({ id: row.id, date: isoDay(row.date), nameVi: row.nameVi, nameEn: row.nameEn })), years };
}

export const EXPECTATIONS_PAGE_SIZE = 50;

export type ExpectationRowDto = {
  id: string;
  code: string;
  kind: OrganizationKindValue;
  region: RegionValue | null;
  nameVi: string;
  nameEn: string | null;
  isActive: boolean;
  validFrom: string | null;
  validTo: string | null;
  expectedReportTypeIds: string[];
};

export type ExpectationMatrixDto = {
  reportTypes: Array<{ id: string; code: string; nameVi: string; nameEn: string; isActive: boolean }>;
  rows: ExpectationRowDto[];
  total: number;
  page: number;
  pageCount: number;
};

// The directory is small (about 150 units), so the text filter runs here, without diacritics ("ha noi" finds
// "Hà Nội"), like the organizations administration.
export async function listExpectationMatrix(viewer: SessionUser | Actor, filter: ExpectationFilter): Promise<ExpectationMatrixDto> {
  authorize(viewer, "reference:manage");
  const [reportTypes, organizations] = await Promise.all([
    db.reportType.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameVi: true, nameEn: true, isActive: true, periodKind: true },
    }),
    db.organization.findMany({
      where: { ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.region ? { region: filter.region } : {}) },
      include: { reportExpectations: { select: { reportTypeId: true } }, names: { select: { nameVi: true } } },
    }),
  ]);
  const terms = normalizeSearchText(filter.q ?? "")
    .split(" ")
    .filter(Boolean);
  const collator = new Intl.Collator("vi");
  const matching = organizations
    .filter((row) => {
      const haystack = normalizeSearchText(
        [row.code, row.nameVi, row.nameEn ?? "", row.shortNameVi ?? "", ...row.names.map((n) => n.nameVi)].join(" "),
      );
      return terms.every((term) => haystack.includes(term));
    })
    .sort(
      (a, b) =>
        ORGANIZATION_KINDS.indexOf(a.kind) - ORGANIZATION_KINDS.indexOf(b.kind) ||
        collator.compare(a.nameVi, b.nameVi) ||
        a.code.localeCompare(b.code),
    );
  const pageCount = Math.max(1, Math.ceil(matching.length / EXPECTATIONS_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pageCount);
  const start = (page - 1) * EXPECTATIONS_PAGE_SIZE;
  return {
    reportTypes: reportTypes
      .sort((a, b) => REPORT_KIND_ORDER.indexOf(a.periodKind) - REPORT_KIND_ORDER.indexOf(b.periodKind) || a.code.localeCompare(b.code))
      .map(({ periodKind: _periodKind, ...type }) => type),
    rows: matching.slice(start, start + EXPECTATIONS_PAGE_SIZE).map((row) => ({
      id: row.id,
      code: row.code,
      kind: row.kind,
      region: row.region,
      nameVi: row.nameVi,
      nameEn: row.nameEn,
      isActive: row.isActive,
      validFrom: row.validFrom ? isoDay(row.validFrom) : null,
      validTo: row.validTo ? isoDay(row.validTo) : null,
      expectedReportTypeIds: row.reportExpectations.map((e) => e.reportTypeId),
    })),
    total: matching.length,
    page,
    pageCount,
  };
}

// ───────────── Writes ─────────────

export type CalendarChangeResult = { periods: SyncReportingPeriodsResult };

type ReportTypeRow = Prisma.ReportTypeGetPayload<object>;

// What the audit entry shows of a report type: its code and every administrator setting.
function reportTypeSnapshot(row: ReportTypeRow) {
  return {
    code: row.code,
    deadlineWorkingDays: row.deadlineWorkingDays,
    isActive: row.isActive,
    deadlineRule: row.deadlineRule,
    deadlineDay: row.deadlineDay,
    deadlineMonth: row.deadlineMonth,
    basisVi: row.basisVi,
    basisSourceUrl: row.basisSourceUrl,
    outlineVi: row.outlineVi,
    adHocCutoffStart: row.adHocCutoffStart ? isoDay(row.adHocCutoffStart) : null,
    adHocCutoffEnd: row.adHocCutoffEnd ? isoDay(row.adHocCutoffEnd) : null,
    adHocDeadline: row.adHocDeadline ? isoDay(row.adHocDeadline) : null,
  };
}

export async function updateReportTypeSettings(actor: Actor, reportTypeId: string, input: unknown): Promise<CalendarChangeResult> {
  authorize(actor, "reference:manage");
  const data = parseInput(reportTypeSettingsSchema, input);
  return db.$transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await tx.reportType.findUnique({ where: { id: reportTypeId } });
    if (!before) throw new NotFoundError();
    // Fields the form did not post keep their value; the ad-hoc fields apply to ad-hoc types only.
    const isAdHoc = before.periodKind === "AD_HOC";
    const update: Prisma.ReportTypeUpdateInput = {
      deadlineWorkingDays: data.deadlineWorkingDays,
      isActive: data.isActive,
      ...(data.deadlineRule !== undefined && !isAdHoc
        ? {
            deadlineRule: data.deadlineRule,
            deadlineDay: data.deadlineRule === "WORKING_DAYS_AFTER_CUTOFF" ? null : (data.deadlineDay ?? null),
            deadlineMonth: data.deadlineRule === "FIXED_DATE" ? (data.deadlineMonth ?? null) : null,
          }
        : {}),
      ...(data.basisVi !== undefined ? { basisVi: data.basisVi } : {}),
      ...(data.basisSourceUrl !== undefined ? { basisSourceUrl: data.basisSourceUrl } : {}),
      ...(isAdHoc && data.outlineVi !== undefined ? { outlineVi: data.outlineVi } : {}),
      ...(isAdHoc && data.adHocCutoffStart !== undefined ? { adHocCutoffStart: data.adHocCutoffStart } : {}),
      ...(isAdHoc && data.adHocCutoffEnd !== undefined ? { adHocCutoffEnd: data.adHocCutoffEnd } : {}),
      ...(isAdHoc && data.adHocDeadline !== undefined ? { adHocDeadline: data.adHocDeadline } : {}),
    };
    const after = await tx.reportType.update({ where: { id: reportTypeId }, data: update });
    const [beforeSnapshot, afterSnapshot] = [reportTypeSnapshot(before), reportTypeSnapshot(after)];
    if (JSON.stringify(beforeSnapshot) === JSON.stringify(afterSnapshot)) return { periods: { created: 0, updated: 0 } };
    if (isAdHoc && after.isActive && !(after.adHocCutoffStart && after.adHocCutoffEnd && after.adHocDeadline)) {
      throw new ValidationError({ adHocDeadline: ["required"] });
    }
    await recordAudit(tx, actor, {
      entity: "ReportType",
      entityId: reportTypeId,
      action: "update",
      before: beforeSnapshot,
      after: afterSnapshot,
    });
    return { periods: await syncReportingPeriods(tx) };
  }, TRANSACTION_OPTIONS);
}

function holidaySnapshot(row: { date: Date; nameVi: string; nameEn: string }) {
  return { date: isoDay(row.date), nameVi: row.nameVi, nameEn: row.nameEn };
}

export async function createPublicHoliday(actor: Actor, input: unknown): Promise<CalendarChangeResult & { id: string }> {
  authorize(actor, "reference:manage");
  const data = parseInput(createHolidaySchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await lockCalendar(tx);
      if (await tx.publicHoliday.findUnique({ where: { date: data.date }, select: { id: true } }))
        throw new ValidationError({ date: ["holiday_exists"] });
      const row = await tx.publicHoliday.create({ data: { date: data.date, nameVi: data.nameVi, nameEn: data.nameEn } });
      await recordAudit(tx, actor, {
        entity: "PublicHoliday",
        entityId: row.id,
        action: "create",
        before: null,
        after: holidaySnapshot(row),
      });
      return { id: row.id, periods: await syncReportingPeriods(tx) };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ date: ["holiday_exists"] });
    throw error;
  }
}

export async function renamePublicHoliday(actor: Actor, holidayId: string, input: unknown): Promise<CalendarChangeResult> {
  authorize(actor, "reference:manage");
  const data = parseInput(holidayNamesSchema, input);
  return db.$transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await tx.publicHoliday.findUnique({ where: { id: holidayId } });
    if (!before) throw new NotFoundError();
    if (before.nameVi === data.nameVi && before.nameEn === data.nameEn) return { periods: { created: 0, updated: 0 } };
    const after = await tx.publicHoliday.update({ where: { id: holidayId }, data: { nameVi: data.nameVi, nameEn: data.nameEn } });
    await recordAudit(tx, actor, {
      entity: "PublicHoliday",
      entityId: holidayId,
      action: "update",
      before: holidaySnapshot(before),
      after: holidaySnapshot(after),
    });
    // A name does not move deadlines; the sync keeps the rule "every change leaves the calendar consistent".
    return { periods: await syncReportingPeriods(tx) };
  }, TRANSACTION_OPTIONS);
}

export async function deletePublicHoliday(actor: Actor, holidayId: string): Promise<CalendarChangeResult> {
  authorize(actor, "reference:manage");
  return db.$transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await tx.publicHoliday.findUnique({ where: { id: holidayId } });
    if (!before) throw new NotFoundError();
    await tx.publicHoliday.delete({ where: { id: holidayId } });
    await recordAudit(tx, actor, {
      entity: "PublicHoliday",
      entityId: holidayId,
      action: "delete",
      before: holidaySnapshot(before),
      after: null,
    });
    return { periods: await syncReportingPeriods(tx) };
  }, TRANSACTION_OPTIONS);
}

export type ExpectationChangeResult = CalendarChangeResult & { added: number; removed: number; organizationsChanged: number };

// The posted organizations' obligations become exactly the posted cells. One audit entry per organization whose
// obligations changed, listing the report type codes before and after.
export async function updateReportExpectations(actor: Actor, input: unknown): Promise<ExpectationChangeResult> {
  authorize(actor, "reference:manage");
  const data = parseInput(reportExpectationsSchema, input);
  const organizationIds = [...new Set(data.organizationIds)];
  const shown = new Set(organizationIds);
  const fieldErrors: Record<string, string[]> = {};
  if (data.cells.some((cell) => !shown.has(cell.organizationId))) fieldErrors.cells = ["invalid_value"];
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);

  return db.$transaction(async (tx) => {
    await lockCalendar(tx);
    const [organizations, types, existing] = await Promise.all([
      tx.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true } }),
      tx.reportType.findMany({ select: { id: true, code: true } }),
      tx.reportExpectation.findMany({
        where: { organizationId: { in: organizationIds } },
        select: { id: true, organizationId: true, reportTypeId: true },
      }),
    ]);
    if (organizations.length !== organizationIds.length) throw new ValidationError({ organizationIds: ["unknown_organization"] });
    const codeOf = new Map(types.map((t) => [t.id, t.code]));
    if (data.cells.some((cell) => !codeOf.has(cell.reportTypeId))) throw new ValidationError({ cells: ["unknown_report_type"] });

    const wanted = new Set(data.cells.map((c) => `${c.organizationId}:${c.reportTypeId}`));
    const current = new Set(existing.map((e) => `${e.organizationId}:${e.reportTypeId}`));
    const toAdd = [...wanted].filter((key) => !current.has(key));
    const toRemove = existing.filter((e) => !wanted.has(`${e.organizationId}:${e.reportTypeId}`));
    if (toAdd.length) {
      await tx.reportExpectation.createMany({
        data: toAdd.map((key) => {
          const [organizationId, reportTypeId] = key.split(":") as [string, string];
          return { organizationId, reportTypeId };
        }),
        skipDuplicates: true,
      });
    }
    if (toRemove.length) await tx.reportExpectation.deleteMany({ where: { id: { in: toRemove.map((e) => e.id) } } });

    const codes = (organizationId: string, keys: Iterable<string>) =>
      [...keys]
        .filter((key) => key.startsWith(`${organizationId}:`))
        .map((key) => codeOf.get(key.slice(organizationId.length + 1)) ?? key)
        .sort();
    let organizationsChanged = 0;
    for (const organizationId of organizationIds) {
      const before = codes(organizationId, current);
      const after = codes(organizationId, wanted);
      if (before.join(",") === after.join(",")) continue;
      organizationsChanged++;
      await recordAudit(tx, actor, {
        entity: "ReportExpectation",
        entityId: organizationId,
        action: "update",
        changes: { reportTypes: { before, after } },
      });
    }
    return { added: toAdd.length, removed: toRemove.length, organizationsChanged, periods: await syncReportingPeriods(tx) };
  }, TRANSACTION_OPTIONS);
}

// ───────────── The Government's day swaps and extra days off ─────────────

export type CalendarExceptionDto = {
  id: string;
  date: string;
  kind: "WORKING_DAY" | "DAY_OFF";
  nameVi: string;
  documentVi: string;
  sourceUrl: string | null;
  version: number;
};

export type WorkingCalendarYearDto = {
  year: number;
  years: number[];
  exceptions: CalendarExceptionDto[];
  // Days off the Labour Code gives when a holiday falls on a weekend (Art. 111(3)), derived from the holidays.
  compensatoryDays: string[];
};

export async function listWorkingCalendar(viewer: SessionUser | Actor, { year }: { year: number }): Promise<WorkingCalendarYearDto> {
  authorize(viewer, "reference:manage");
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const [exceptions, holidays, allDates] = await Promise.all([
    db.calendarException.findMany({ where: { date: { gte: from, lt: to } }, orderBy: { date: "asc" } }),
    // The days around the year's edges matter: a holiday on Sunday 31/12 gives a day off on 02/01 or later.
    db.publicHoliday.findMany({
      where: { date: { gte: new Date(Date.UTC(year - 1, 11, 1)), lt: new Date(Date.UTC(year + 1, 0, 15)) } },
      select: { date: true },
    }),
    db.publicHoliday.findMany({ select: { date: true } }),
  ]);
  const years = [...new Set([...allDates.map((row) => row.date.getUTCFullYear()), year])].sort((a, b) => a - b);
  return {
    year,
    years,
    exceptions: exceptions.map((row) => ({
      id: row.id,
      date: isoDay(row.date),
      kind: row.kind,
      nameVi: row.nameVi,
      documentVi: row.documentVi,
      sourceUrl: row.sourceUrl,
      version: row.version,
    })),
    compensatoryDays: compensatoryDays(holidays.map((row) => isoDay(row.date))).filter((day) => day.startsWith(`${year}-`)),
  };
}

function exceptionSnapshot(row: { date: Date; kind: string; nameVi: string; documentVi: string; sourceUrl: string | null }) {
  return { date: isoDay(row.date), kind: row.kind, nameVi: row.nameVi, documentVi: row.documentVi, sourceUrl: row.sourceUrl };
}

export async function createCalendarException(actor: Actor, input: unknown): Promise<CalendarChangeResult & { id: string }> {
  authorize(actor, "reference:manage");
  const data = parseInput(calendarExceptionSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await lockCalendar(tx);
      if (await tx.calendarException.findUnique({ where: { date: data.date }, select: { id: true } }))
        throw new ValidationError({ date: ["exception_exists"] });
      const row = await tx.calendarException.create({
        data: { date: data.date, kind: data.kind, nameVi: data.nameVi, documentVi: data.documentVi, sourceUrl: data.sourceUrl ?? null },
      });
      await recordAudit(tx, actor, {
        entity: "CalendarException",
        entityId: row.id,
        action: "create",
        before: null,
        after: exceptionSnapshot(row),
      });
      return { id: row.id, periods: await syncReportingPeriods(tx) };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ date: ["exception_exists"] });
    throw error;
  }
}

// The date stays (a different date is a different exception: delete and add); kind, name and document change,
// guarded by the version the form was opened with.
export async function updateCalendarException(actor: Actor, exceptionId: string, input: unknown): Promise<CalendarChangeResult> {
  authorize(actor, "reference:manage");
  const data = parseInput(calendarExceptionUpdateSchema, input);
  return db.$transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await tx.calendarException.findUnique({ where: { id: exceptionId } });
    if (!before) throw new NotFoundError();
    if (before.version !== data.version) throw new ConflictError(undefined, { version: before.version });
    const after = await tx.calendarException.update({
      where: { id: exceptionId },
      data: {
        kind: data.kind,
        nameVi: data.nameVi,
        documentVi: data.documentVi,
        sourceUrl: data.sourceUrl ?? null,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      entity: "CalendarException",
      entityId: exceptionId,
      action: "update",
      before: exceptionSnapshot(before),
      after: exceptionSnapshot(after),
    });
    return { periods: await syncReportingPeriods(tx) };
  }, TRANSACTION_OPTIONS);
}

export async function deleteCalendarException(actor: Actor, exceptionId: string): Promise<CalendarChangeResult> {
  authorize(actor, "reference:manage");
  return db.$transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await tx.calendarException.findUnique({ where: { id: exceptionId } });
    if (!before) throw new NotFoundError();
    await tx.calendarException.delete({ where: { id: exceptionId } });
    await recordAudit(tx, actor, {
      entity: "CalendarException",
      entityId: exceptionId,
      action: "delete",
      before: exceptionSnapshot(before),
      after: null,
    });
    return { periods: await syncReportingPeriods(tx) };
  }, TRANSACTION_OPTIONS);
}
