import "server-only";
import { diffRecords, type Changes } from "@/lib/domain/audit-diff";
import { NotFoundError } from "@/lib/domain/errors";
import { readableOrganizations } from "@/lib/domain/policy";
import { owesPeriod } from "@/lib/domain/report-obligations";
import {
  complianceStatus,
  editableParts,
  endOfDeadlineDay,
  REPORT_SECTIONS,
  timelinessRate,
  type ReportSection,
  type ReturnReason,
} from "@/lib/domain/report-rules";
import type { PeriodKind } from "@/lib/domain/reporting-calendar";
import { db } from "../db";
import { authorize } from "../guards";
import type { Actor, SessionUser } from "../auth/session";
import { lastReturnReasons } from "../services/reports";

type Viewer = SessionUser | Actor;
const userOf = (viewer: Viewer) => ("user" in viewer ? viewer.user : viewer);
const day = (d: Date) => d.toISOString().slice(0, 10);

export type PeriodDto = {
  id: string;
  kind: PeriodKind;
  year: number;
  number: number;
  cutoffStart: string;
  cutoffEnd: string;
  deadline: string;
  reportTypeCode: string;
};

function toPeriodDto(p: {
  id: string;
  kind: PeriodKind;
  year: number;
  number: number;
  cutoffStart: Date;
  cutoffEnd: Date;
  deadline: Date;
  reportType: { code: string };
}): PeriodDto {
  return {
    id: p.id,
    kind: p.kind,
    year: p.year,
    number: p.number,
    cutoffStart: day(p.cutoffStart),
    cutoffEnd: day(p.cutoffEnd),
    deadline: day(p.deadline),
    reportTypeCode: p.reportType.code,
  };
}

// Reporting periods of active report types (public reference data of the reporting regime).
export async function listReportingPeriods(viewer: Viewer, filters: { kind?: PeriodKind; year?: number } = {}) {
  authorize(viewer, "strategy:read");
  const rows = await db.reportingPeriod.findMany({
    where: {
      ...(filters.kind ? { kind: filters.kind } : {}),
      ...(filters.year ? { year: filters.year } : {}),
      reportType: { isActive: true },
    },
    include: { reportType: { select: { code: true } } },
    orderBy: [{ cutoffEnd: "asc" }, { kind: "asc" }],
  });
  return rows.map(toPeriodDto);
}

export type ReportSummaryDto = {
  id: string;
  organization: { id: string; code: string; nameVi: string; nameEn: string | null };
  period: PeriodDto;
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
  submissionNumber: number;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  compliance: ReturnType<typeof complianceStatus>;
  isDemo: boolean;
  version: number;
};

const summaryInclude = {
  organization: { select: { id: true, code: true, nameVi: true, nameEn: true } },
  period: { include: { reportType: { select: { code: true } } } },
} as const;

type SummaryRow = Awaited<ReturnType<typeof db.progressReport.findFirstOrThrow<{ include: typeof summaryInclude }>>>;

function toSummary(r: SummaryRow, now: Date): ReportSummaryDto {
  return {
    id: r.id,
    organization: r.organization,
    period: toPeriodDto(r.period),
    status: r.status,
    submissionNumber: r.submissionNumber,
    firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    compliance: complianceStatus({ deadline: r.period.deadline, firstSubmittedAt: r.firstSubmittedAt, status: r.status, now }),
    isDemo: r.isDemo,
    version: r.version,
  };
}

export async function listReports(
  viewer: Viewer,
  filters: { periodId?: string; organizationId?: string; status?: ReportSummaryDto["status"] } = {},
  now = new Date(),
) {
  const user = userOf(viewer);
  authorize(user, "report:read");
  const scope = readableOrganizations(user, "report:read");
  const rows = await db.progressReport.findMany({
    where: {
      ...(filters.periodId ? { periodId: filters.periodId } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      organizationId: scope
        ? { in: filters.organizationId ? scope.filter((id) => id === filters.organizationId) : [...scope] }
        : filters.organizationId,
    },
    include: summaryInclude,
    orderBy: [{ period: { cutoffEnd: "desc" } }, { organization: { code: "asc" } }],
    take: 500,
  });
  return rows.map((r) => toSummary(r, now));
}

// The Steering Committee's queue: submitted reports, oldest submission first.
export async function listReportReviewQueue(viewer: Viewer, now = new Date()) {
  authorize(viewer, "report:review");
  const rows = await db.progressReport.findMany({
    where: { status: "SUBMITTED" },
    include: summaryInclude,
    orderBy: { submittedAt: "asc" },
  });
  return rows.map((r) => ({
    ...toSummary(r, now),
    ageDays: r.submittedAt ? Math.floor((now.getTime() - r.submittedAt.getTime()) / 86_400_000) : 0,
  }));
}

type Snapshot = {
  documentNumber: string | null;
  sections: Record<ReportSection, string | null>;
  taskRows: { taskId: string; code: string; status: string; progress: number; resultAchieved: string | null; evidence: string | null }[];
  indicatorValues: { indicatorCode: string; value: number; note: string | null }[];
};

export type ReportVersionDiff = {
  from: number;
  to: number;
  sections: Changes;
  taskRows: { code: string; changes: Changes }[];
  indicatorValues: { indicatorCode: string; changes: Changes }[];
};

// The visible diff between the two latest submissions (a resubmission after a return).
export function diffSubmissions(before: Snapshot, after: Snapshot, from: number, to: number): ReportVersionDiff {
  const byKey = <T, K extends keyof T>(rows: T[], key: K) => new Map(rows.map((r) => [String(r[key]), r]));
  const beforeRows = byKey(before.taskRows, "code");
  const beforeValues = byKey(before.indicatorValues, "indicatorCode");
  return {
    from,
    to,
    sections: diffRecords(before.sections, after.sections),
    taskRows: after.taskRows
      .map((r) => ({ code: r.code, changes: diffRecords(beforeRows.get(r.code) ?? null, r) }))
      .map((r) => ({ ...r, changes: Object.fromEntries(Object.entries(r.changes).filter(([k]) => k !== "taskId")) }))
      .filter((r) => Object.keys(r.changes).length > 0),
    indicatorValues: after.indicatorValues
      .map((v) => ({ indicatorCode: v.indicatorCode, changes: diffRecords(beforeValues.get(v.indicatorCode) ?? null, v) }))
      .filter((v) => Object.keys(v.changes).length > 0),
  };
}

export async function getReportDetail(viewer: Viewer, reportId: string, now = new Date()) {
  const report = await db.progressReport.findUnique({
    where: { id: reportId },
    include: {
      ...summaryInclude,
      taskRows: {
        include: {
          task: {
            select: { id: true, code: true, titleVi: true, titleEn: true, dueDate: true, plan: { select: { id: true, title: true } } },
          },
        },
      },
      indicatorRows: { include: { indicator: { select: { code: true } } } },
      events: { orderBy: { at: "asc" } },
    },
  });
  if (!report) throw new NotFoundError();
  authorize(viewer, "report:read", report);
  const reportable = await db.indicator.findMany({
    where: { isReportable: true },
    select: { code: true, nameVi: true, nameEn: true, unitVi: true, unitEn: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  const values = new Map(report.indicatorRows.map((r) => [r.indicator.code, r]));
  const reasons: ReturnReason[] = report.status === "RETURNED" ? await lastReturnReasons(db, reportId) : [];
  const parts = editableParts(report.status, reasons);
  const actorIds = [...new Set(report.events.map((e) => e.actorId).filter((id): id is string => Boolean(id)))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  const submissions = report.events.filter((e) => e.type === "SUBMITTED");
  const [previous, latest] = submissions.slice(-2);
  return {
    report: toSummary(report, now),
    documentNumber: report.documentNumber,
    sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, report[s]])) as Record<ReportSection, string | null>,
    taskRows: report.taskRows
      .map((r) => ({
        taskId: r.taskId,
        code: r.task.code,
        titleVi: r.task.titleVi,
        titleEn: r.task.titleEn,
        dueDate: r.task.dueDate ? day(r.task.dueDate) : null,
        plan: r.task.plan,
        status: r.status,
        progress: r.progress,
        resultAchieved: r.resultAchieved,
        evidence: r.evidence,
        returnReason: r.returnReason,
        editable: parts.all || parts.taskIds.has(r.taskId),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    indicatorValues: reportable.map((i) => ({
      ...i,
      value: values.get(i.code)?.value.toNumber() ?? null,
      note: values.get(i.code)?.note ?? null,
    })),
    editable: { all: parts.all, sections: [...parts.sections], indicators: parts.indicators },
    returnReasons: reasons,
    events: report.events.map((e) => ({
      id: e.id,
      type: e.type,
      at: e.at.toISOString(),
      version: e.version,
      comment: e.comment,
      actorName: e.actorId ? (actors.get(e.actorId) ?? null) : null,
      reasons: (e.reasons as ReturnReason[] | null) ?? [],
    })),
    diff:
      previous && latest
        ? diffSubmissions(
            previous.snapshot as unknown as Snapshot,
            latest.snapshot as unknown as Snapshot,
            previous.version,
            latest.version,
          )
        : null,
  };
}

export type ReportDetail = Awaited<ReturnType<typeof getReportDetail>>;

// ───────────────────────── compliance ─────────────────────────

export type ComplianceFilters = { kind: PeriodKind; fromYear: number; toYear: number; organizationKinds?: string[]; region?: string };

// Organizations × periods: each cell on time / late / missing / returned / not due (or not owed), derived from
// the submission events against the deadline; plus each organization's timeliness rate over due periods.
export async function getCompliance(viewer: Viewer, filters: ComplianceFilters, now = new Date()) {
  const user = userOf(viewer);
  authorize(user, "report:read");
  const scope = readableOrganizations(user, "report:read");
  const periods = await db.reportingPeriod.findMany({
    where: { kind: filters.kind, year: { gte: filters.fromYear, lte: filters.toYear }, reportType: { isActive: true } },
    include: { reportType: { select: { code: true } } },
    orderBy: { cutoffEnd: "asc" },
  });
  const reportTypeIds = [...new Set(periods.map((p) => p.reportTypeId))];
  const organizations = await db.organization.findMany({
    where: {
      reportExpectations: { some: { reportTypeId: { in: reportTypeIds } } },
      ...(filters.organizationKinds?.length ? { kind: { in: filters.organizationKinds as never[] } } : {}),
      ...(filters.region ? { region: filters.region as never } : {}),
      ...(scope ? { id: { in: [...scope] } } : {}),
    },
    select: { id: true, code: true, nameVi: true, nameEn: true, kind: true, region: true, validFrom: true, validTo: true },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
  });
  const reports = await db.progressReport.findMany({
    where: { periodId: { in: periods.map((p) => p.id) }, organizationId: { in: organizations.map((o) => o.id) } },
    select: { id: true, organizationId: true, periodId: true, status: true, firstSubmittedAt: true },
  });
  const byCell = new Map(reports.map((r) => [`${r.organizationId}:${r.periodId}`, r]));
  // Reports sent outside the portal (lib/server/services/external-reports.ts) count as sent on their sending day.
  const external = await db.externalReportRecord.findMany({
    where: { periodId: { in: periods.map((p) => p.id) }, organizationId: { in: organizations.map((o) => o.id) } },
    select: { organizationId: true, periodId: true, sentOn: true },
  });
  const externalByCell = new Map(external.map((r) => [`${r.organizationId}:${r.periodId}`, r.sentOn]));
  const rows = organizations.map((o) => {
    const cells = periods.map((p) => {
      if (!owesPeriod(o, p)) return { periodId: p.id, status: "NOT_OWED" as const, reportId: null };
      const report = byCell.get(`${o.id}:${p.id}`);
      const sentOutside = report?.firstSubmittedAt ? null : (externalByCell.get(`${o.id}:${p.id}`) ?? null);
      const firstSubmittedAt = report?.firstSubmittedAt ?? sentOutside;
      const status = complianceStatus({
        deadline: p.deadline,
        firstSubmittedAt,
        status: sentOutside ? "SUBMITTED" : (report?.status ?? null),
        now,
      });
      const onTimeFirstSubmission = Boolean(firstSubmittedAt && firstSubmittedAt < endOfDeadlineDay(p.deadline));
      return { periodId: p.id, status, reportId: report?.id ?? null, onTimeFirstSubmission, sentOutsidePortal: Boolean(sentOutside) };
    });
    const owed = cells.flatMap((c) =>
      c.status === "NOT_OWED" ? [] : [{ status: c.status, onTimeFirstSubmission: c.onTimeFirstSubmission }],
    );
    return {
      organization: { id: o.id, code: o.code, nameVi: o.nameVi, nameEn: o.nameEn, kind: o.kind, region: o.region },
      cells,
      timeliness: timelinessRate(owed),
    };
  });
  return { periods: periods.map(toPeriodDto), rows };
}

export type ComplianceView = Awaited<ReturnType<typeof getCompliance>>;

// The periods an organization owes, with its report and status for each (the editor's reporting home).
export async function listOwnReportingPeriods(viewer: Viewer, now = new Date()) {
  const user = userOf(viewer);
  authorize(user, "report:read", { organizationId: user.organizationId });
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: user.organizationId },
    select: { validFrom: true, validTo: true, reportExpectations: { select: { reportTypeId: true } } },
  });
  const periods = await db.reportingPeriod.findMany({
    where: {
      reportTypeId: { in: organization.reportExpectations.map((e) => e.reportTypeId) },
      reportType: { isActive: true },
      cutoffStart: { lte: now },
    },
    include: { reportType: { select: { code: true } } },
    orderBy: { cutoffEnd: "desc" },
  });
  const reports = await db.progressReport.findMany({
    where: { organizationId: user.organizationId, periodId: { in: periods.map((p) => p.id) } },
    include: summaryInclude,
  });
  const byPeriod = new Map(reports.map((r) => [r.periodId, r]));
  // Reports sent outside the portal count as sent on their sending day.
  const external = await db.externalReportRecord.findMany({
    where: { organizationId: user.organizationId, periodId: { in: periods.map((p) => p.id) } },
    select: { periodId: true, sentOn: true },
  });
  const sentOutside = new Map(external.map((r) => [r.periodId, r.sentOn]));
  return periods
    .filter((p) => owesPeriod(organization, p))
    .map((p) => {
      const report = byPeriod.get(p.id);
      const outside = report?.firstSubmittedAt ? null : (sentOutside.get(p.id) ?? null);
      return {
        period: toPeriodDto(p),
        report: report ? toSummary(report, now) : null,
        compliance: complianceStatus({
          deadline: p.deadline,
          firstSubmittedAt: report?.firstSubmittedAt ?? outside,
          status: outside ? "SUBMITTED" : (report?.status ?? null),
          now,
        }),
        sentOutsidePortal: Boolean(outside),
      };
    });
}
