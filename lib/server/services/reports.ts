import "server-only";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { canLogProgress, PLAN_STATUSES_IN_FORCE } from "@/lib/domain/plan-workflow";
import { vietnamCalendarDay } from "@/lib/domain/report-obligations";
import {
  canEditSection,
  canEditTaskRow,
  completenessProblems,
  editableParts,
  nextReportStatus,
  REPORT_SECTIONS,
  reportPeriodProblem,
  yearlyContribution,
  type ReportSection,
  type ReturnReason,
} from "@/lib/domain/report-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reportDraftSchema, reportReviewSchema, reportSubmitSchema } from "@/lib/schemas/reports";
import { recordAudit } from "../audit";
import { db } from "../db";
import { authorize } from "../guards";
import { parseInput } from "../validation";
import type { Actor } from "../auth/session";
import { writeTaskProgress } from "./plans";

type Tx = Prisma.TransactionClient;

// Plans whose tasks a report covers: those in force (recorded or approved; a plan under revision keeps its
// recorded or approved version in force).
const REPORTABLE_PLAN_STATUSES = PLAN_STATUSES_IN_FORCE;

// A report may be opened and sent only for a period that has begun and that the organization owes.
async function assertPeriodOwed(
  tx: Tx,
  organizationId: string,
  period: { reportTypeId: string; cutoffStart: Date; cutoffEnd: Date },
  now: Date,
) {
  const organization = await tx.organization.findUnique({
    where: { id: organizationId },
    select: { validFrom: true, validTo: true, reportExpectations: { where: { reportTypeId: period.reportTypeId }, select: { id: true } } },
  });
  if (!organization) throw new NotFoundError();
  const problem = reportPeriodProblem({
    period,
    organization,
    expected: organization.reportExpectations.length > 0,
    today: vietnamCalendarDay(now),
  });
  if (problem === "period_in_future") throw new InvalidStateError("This reporting period has not begun yet.");
  if (problem === "period_not_owed") throw new InvalidStateError("This organization does not owe a report for this period.");
}

async function lockReport(tx: Tx, reportId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ProgressReport" WHERE id = ${reportId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError();
  return tx.progressReport.findUniqueOrThrow({
    where: { id: reportId },
    include: { taskRows: true, indicatorRows: { include: { indicator: { select: { code: true } } } }, period: true },
  });
}

type LockedReport = Awaited<ReturnType<typeof lockReport>>;

export async function lastReturnReasons(tx: Tx | typeof db, reportId: string): Promise<ReturnReason[]> {
  const event = await tx.reportEvent.findFirst({ where: { reportId, type: "RETURNED" }, orderBy: { at: "desc" } });
  return (event?.reasons as ReturnReason[] | null) ?? [];
}

function sectionsOf(report: Pick<LockedReport, ReportSection>) {
  return Object.fromEntries(REPORT_SECTIONS.map((s) => [s, report[s]])) as Record<ReportSection, string | null>;
}

function snapshotOf(report: LockedReport, taskCodes: Map<string, string>) {
  return {
    documentNumber: report.documentNumber,
    sections: sectionsOf(report),
    taskRows: report.taskRows
      .map((r) => ({
        taskId: r.taskId,
        code: taskCodes.get(r.taskId) ?? r.taskId,
        status: r.status,
        progress: r.progress,
        resultAchieved: r.resultAchieved,
        evidence: r.evidence,
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    indicatorValues: report.indicatorRows
      .map((r) => ({ indicatorCode: r.indicator.code, value: r.value.toNumber(), note: r.note }))
      .sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode)),
  };
}

// Opens (creating if needed) the organization's report for a period, prefilled with one row per task of its
// approved plans at their current status and progress.
export async function openReport(
  actor: Actor,
  periodId: string,
  organizationId = actor.user.organizationId,
  now = new Date(),
): Promise<{ id: string; created: boolean }> {
  authorize(actor, "report:update", { organizationId });
  return db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: periodId } });
    if (!period) throw new NotFoundError();
    await assertPeriodOwed(tx, organizationId, period, now);
    const existing = await tx.progressReport.findUnique({ where: { organizationId_periodId: { organizationId, periodId } } });
    if (existing) return { id: existing.id, created: false };
    // Serialises concurrent first opens of the same report (a double click) on the unique constraint.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report:${organizationId}:${periodId}`}))`;
    const again = await tx.progressReport.findUnique({ where: { organizationId_periodId: { organizationId, periodId } } });
    if (again) return { id: again.id, created: false };
    const tasks = await tx.planTask.findMany({
      where: { plan: { organizationId, status: { in: [...REPORTABLE_PLAN_STATUSES] } } },
      select: { id: true, status: true, progress: true },
      orderBy: [{ planId: "asc" }, { code: "asc" }],
    });
    const report = await tx.progressReport.create({
      data: {
        organizationId,
        periodId,
        taskRows: { create: tasks.map((t) => ({ taskId: t.id, status: t.status, progress: t.progress })) },
      },
    });
    await recordAudit(tx, actor, {
      entity: "ProgressReport",
      entityId: report.id,
      action: "create",
      after: { periodId, organizationId, taskRows: tasks.length },
    });
    return { id: report.id, created: true };
  });
}

// A report carries up to 2,000 task rows (lib/schemas/reports.ts), each saved, or on acceptance applied to its
// task with a history row and an audit entry, in one transaction: Prisma's default 5 s budget is too short
// for large reports on a busy server (tests/integration/mid-write-fault.test.ts measured it).
const LARGE_REPORT_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

// Saves a draft (or the reopened parts of a returned report). Absent parts stay as they are; a change to a
// locked part is refused. The save carries the version it was based on: a stale save is refused with a
// conflict and nothing is overwritten.
export async function saveReportDraft(actor: Actor, reportId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, reportId);
    authorize(actor, "report:update", report);
    const data = parseInput(reportDraftSchema, input);
    if (report.status !== "DRAFT" && report.status !== "RETURNED")
      throw new InvalidStateError("This report has been submitted and is locked.");
    if (report.version !== data.version) {
      throw new ConflictError("Someone else saved this report after you opened it.", {
        version: report.version,
        updatedAt: report.updatedAt.toISOString(),
      });
    }
    const parts = editableParts(report.status, await lastReturnReasons(tx, reportId));
    const locked: Record<string, string[]> = {};

    const sectionChanges: Partial<Record<ReportSection, string | null>> = {};
    for (const section of REPORT_SECTIONS) {
      const value = data.sections[section];
      if (value === undefined || value === report[section]) continue;
      if (!canEditSection(parts, section)) locked[`sections.${section}`] = ["part_locked"];
      else sectionChanges[section] = value;
    }
    if (data.documentNumber !== undefined && data.documentNumber !== report.documentNumber && !parts.all)
      locked.documentNumber = ["part_locked"];

    const rows = new Map(report.taskRows.map((r) => [r.taskId, r]));
    const rowChanges = [];
    for (const [index, row] of data.taskRows.entries()) {
      const current = rows.get(row.taskId);
      if (!current) {
        locked[`taskRows.${index}.taskId`] = ["unknown_task"];
        continue;
      }
      const changed =
        current.status !== row.status ||
        current.progress !== row.progress ||
        current.resultAchieved !== row.resultAchieved ||
        current.evidence !== row.evidence;
      if (!changed) continue;
      if (!canEditTaskRow(parts, row.taskId)) locked[`taskRows.${index}`] = ["part_locked"];
      else rowChanges.push({ id: current.id, ...row });
    }

    const indicatorCodes = [...new Set(data.indicatorValues.map((v) => v.indicatorCode.toUpperCase()))];
    const indicators = await tx.indicator.findMany({
      where: { code: { in: indicatorCodes }, isReportable: true },
      select: { id: true, code: true },
    });
    const indicatorIds = new Map(indicators.map((i) => [i.code.toUpperCase(), i.id]));
    const currentValues = new Map(report.indicatorRows.map((r) => [r.indicator.code.toUpperCase(), r]));
    const valueChanges = [];
    for (const [index, v] of data.indicatorValues.entries()) {
      const id = indicatorIds.get(v.indicatorCode.toUpperCase());
      if (!id) {
        locked[`indicatorValues.${index}.indicatorCode`] = ["unknown_indicator"];
        continue;
      }
      const current = currentValues.get(v.indicatorCode.toUpperCase());
      if (current && current.value.toNumber() === v.value && current.note === v.note) continue;
      if (!parts.all && !parts.indicators) locked[`indicatorValues.${index}`] = ["part_locked"];
      else valueChanges.push({ indicatorId: id, value: v.value, note: v.note });
    }
    if (Object.keys(locked).length) throw new ValidationError(locked);
    const documentNumberChanged = data.documentNumber !== undefined && data.documentNumber !== report.documentNumber && parts.all;
    // Nothing changed (the report page saves the form before submitting): no write, no new version, no audit
    // entry, so a colleague's concurrent save is not refused for a change nobody made.
    if (!Object.keys(sectionChanges).length && !rowChanges.length && !valueChanges.length && !documentNumberChanged)
      return { version: report.version };

    if (rowChanges.length) {
      // One statement for every changed row (a report has dozens of tasks; one UPDATE each cost a round trip each).
      await tx.$executeRaw`
        UPDATE "ReportTaskRow" AS r
           SET status = v.status::"TaskStatus", progress = v.progress, "resultAchieved" = v.result, evidence = v.evidence
          FROM unnest(${rowChanges.map((c) => c.id)}::text[], ${rowChanges.map((c) => c.status)}::text[], ${rowChanges.map((c) => c.progress)}::int[],
                      ${rowChanges.map((c) => c.resultAchieved)}::text[], ${rowChanges.map((c) => c.evidence)}::text[]) AS v(id, status, progress, result, evidence)
         WHERE r.id = v.id AND r."reportId" = ${reportId}`;
    }
    for (const v of valueChanges) {
      await tx.reportIndicatorValue.upsert({
        where: { reportId_indicatorId: { reportId, indicatorId: v.indicatorId } },
        create: { reportId, indicatorId: v.indicatorId, value: v.value, note: v.note },
        update: { value: v.value, note: v.note },
      });
    }
    const updated = await tx.progressReport.update({
      where: { id: reportId },
      data: { ...sectionChanges, ...(documentNumberChanged ? { documentNumber: data.documentNumber } : {}), version: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      entity: "ProgressReport",
      entityId: reportId,
      action: "save-draft",
      before: {
        ...Object.fromEntries(Object.keys(sectionChanges).map((k) => [k, report[k as ReportSection]])),
        ...(documentNumberChanged ? { documentNumber: report.documentNumber } : {}),
      },
      after: {
        ...sectionChanges,
        ...(documentNumberChanged ? { documentNumber: data.documentNumber } : {}),
        ...(rowChanges.length ? { taskRowsChanged: rowChanges.length } : {}),
        ...(valueChanges.length ? { indicatorValuesChanged: valueChanges.length } : {}),
      },
    });
    return { version: updated.version };
  }, LARGE_REPORT_TRANSACTION);
}

// Submits: every task addressed and every section filled, then the report locks. Each submission is a
// new version (a timestamped event with a snapshot), which gives the reviewer a visible diff.
export async function submitReport(actor: Actor, reportId: string, input: unknown, now = new Date()) {
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, reportId);
    authorize(actor, "report:submit", report);
    const { version } = parseInput(reportSubmitSchema, input);
    const next = nextReportStatus(report.status, "submit");
    if (!next) throw new InvalidStateError("This report has already been submitted.");
    if (report.version !== version)
      throw new ConflictError("Someone else saved this report after you opened it.", { version: report.version });
    await assertPeriodOwed(tx, report.organizationId, report.period, now);
    const problems = completenessProblems({ sections: sectionsOf(report), taskRows: report.taskRows });
    if (problems.length) {
      const fieldErrors: Record<string, string[]> = {};
      for (const p of problems) (fieldErrors[p.section ? `sections.${p.section}` : `taskRows.${p.taskId}`] ??= []).push(p.code);
      throw new ValidationError(fieldErrors);
    }
    const tasks = await tx.planTask.findMany({
      where: { id: { in: report.taskRows.map((r) => r.taskId) } },
      select: { id: true, code: true },
    });
    const submissionNumber = report.submissionNumber + 1;
    await tx.reportEvent.create({
      data: {
        reportId,
        type: "SUBMITTED",
        at: now,
        actorId: actor.user.id,
        version: submissionNumber,
        snapshot: snapshotOf(report, new Map(tasks.map((t) => [t.id, t.code]))),
      },
    });
    await tx.reportTaskRow.updateMany({ where: { reportId }, data: { returnReason: null } });
    const updated = await tx.progressReport.update({
      where: { id: reportId },
      data: {
        status: next,
        submissionNumber,
        submittedAt: now,
        firstSubmittedAt: report.firstSubmittedAt ?? now,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      entity: "ProgressReport",
      entityId: reportId,
      action: "submit",
      before: { status: report.status },
      after: { status: next, submission: submissionNumber },
    });
    return updated;
  });
}

// MOFA's department for cultural diplomacy receives the report ("Đã tiếp nhận"; decision code "accept"), or
// sends it back for completion ("Đề nghị bổ sung, hoàn thiện"; code "return") with reasons attached to sections
// or task rows. Receiving
// updates the tasks' current status (through the same write as progress logging) and the organization's
// yearly indicator contributions, in the same transaction.
export async function reviewReport(actor: Actor, reportId: string, input: unknown, now = new Date()) {
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, reportId);
    authorize(actor, "report:review", report);
    const review = parseInput(reportReviewSchema, input);
    const next = nextReportStatus(report.status, review.decision);
    if (!next) throw new InvalidStateError("Only a submitted report can be reviewed.");
    if (report.version !== review.version) throw new ConflictError("The report changed after you opened it.", { version: report.version });
    const rowIds = new Set(report.taskRows.map((r) => r.taskId));
    if (review.reasons.some((r) => r.taskId && !rowIds.has(r.taskId))) throw new ValidationError({ reasons: ["unknown_task"] });

    if (next === "RETURNED") {
      for (const reason of review.reasons.filter((r) => r.taskId)) {
        await tx.reportTaskRow.update({
          where: { reportId_taskId: { reportId, taskId: reason.taskId! } },
          data: { returnReason: reason.reason },
        });
      }
    } else {
      await applyAcceptedReport(tx, actor, report);
    }
    await tx.reportEvent.create({
      data: {
        reportId,
        type: next === "RETURNED" ? "RETURNED" : "ACCEPTED",
        at: now,
        actorId: actor.user.id,
        version: report.submissionNumber,
        comment: review.comment,
        reasons: review.reasons,
      },
    });
    const updated = await tx.progressReport.update({
      where: { id: reportId },
      data: { status: next, version: { increment: 1 }, ...(next === "ACCEPTED" ? { acceptedAt: now } : {}) },
    });
    await recordAudit(tx, actor, {
      entity: "ProgressReport",
      entityId: reportId,
      action: review.decision,
      before: { status: report.status },
      after: { status: next, comment: review.comment, reasons: review.reasons.length },
    });
    return updated;
  }, LARGE_REPORT_TRANSACTION);
}

async function applyAcceptedReport(tx: Tx, actor: Actor, report: LockedReport) {
  const tasks = await tx.planTask.findMany({
    where: { id: { in: report.taskRows.map((r) => r.taskId) } },
    include: { plan: { select: { status: true } } },
  });
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const row of report.taskRows) {
    const task = byId.get(row.taskId);
    if (!task || !canLogProgress(task.plan.status)) continue;
    if (task.status === row.status && task.progress === row.progress) continue;
    await tx.$queryRaw`SELECT id FROM "PlanTask" WHERE id = ${task.id} FOR UPDATE`;
    await writeTaskProgress(
      tx,
      actor,
      task,
      {
        status: row.status,
        progress: row.progress,
        note: row.resultAchieved,
        evidenceUrl: /^https?:\/\//i.test(row.evidence ?? "") ? row.evidence : null,
      },
      report.id,
    );
  }

  // Yearly contributions of this organization to summed indicators, recomputed from all its accepted reports
  // of the year (this one included), so a year is never counted twice.
  const year = report.period.year;
  for (const row of report.indicatorRows) {
    const accepted = await tx.reportIndicatorValue.findMany({
      where: {
        indicatorId: row.indicatorId,
        report: { organizationId: report.organizationId, period: { year }, OR: [{ status: "ACCEPTED" }, { id: report.id }] },
      },
      include: { report: { select: { period: { select: { kind: true } } } } },
    });
    const value = yearlyContribution(accepted.map((a) => ({ kind: a.report.period.kind, value: a.value.toNumber() })));
    if (value === null) continue;
    const existing = await tx.indicatorObservation.findFirst({
      where: { indicatorId: row.indicatorId, year, organizationId: report.organizationId },
    });
    const data = {
      value,
      reportId: report.id,
      sourceNote: `Báo cáo định kỳ đã được tiếp nhận / received progress report`,
      confidence: "CONFIRMED" as const,
    };
    if (existing) await tx.indicatorObservation.update({ where: { id: existing.id }, data });
    else
      await tx.indicatorObservation.create({
        data: { ...data, indicatorId: row.indicatorId, year, organizationId: report.organizationId },
      });
  }
}
