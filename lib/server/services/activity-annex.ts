import "server-only";
import { z } from "zod";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import type { ActivitySummaryDto } from "@/lib/schemas/activities";
import { recordAudit } from "../audit";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { listActivitiesHeldBy, listActivitiesByIds } from "../queries/activities";
import { parseInput } from "../validation";

// The activity annex of a periodic report: the register prefills the activities the reporting organization held
// in the report's period (lead or co-organizer); the editor confirms them — all, or the ones that belong in this
// report — and the confirmation is stored with the draft. It changes only while the report is open.

const annexInputSchema = z.object({
  activityIds: z.array(z.string().max(64, { error: "too_long" })).max(500, { error: "too_long" }),
});

const isOpen = (status: string) => status === "DRAFT" || status === "RETURNED";

async function loadReport(reportId: string) {
  const report = await db.progressReport.findUnique({
    where: { id: reportId },
    select: { organizationId: true, status: true, period: { select: { cutoffStart: true, cutoffEnd: true } } },
  });
  if (!report) throw new NotFoundError();
  return report;
}

export type ReportActivityAnnex = {
  // What the register proposes for the period (shown to the report's editors while the report is open).
  proposed: ActivitySummaryDto[];
  confirmed: { confirmedAt: string; activities: ActivitySummaryDto[] } | null;
};

export async function getReportActivityAnnex(viewer: Actor | SessionUser, reportId: string): Promise<ReportActivityAnnex> {
  const report = await loadReport(reportId);
  authorize(viewer, "report:read", report);
  const annex = await db.reportActivityAnnex.findUnique({
    where: { reportId },
    select: { confirmedAt: true, items: { select: { activityId: true } } },
  });
  const proposed = isOpen(report.status)
    ? await listActivitiesHeldBy(report.organizationId, { start: report.period.cutoffStart, end: report.period.cutoffEnd })
    : [];
  return {
    proposed,
    confirmed: annex
      ? { confirmedAt: annex.confirmedAt.toISOString(), activities: await listActivitiesByIds(annex.items.map((i) => i.activityId)) }
      : null,
  };
}

export async function confirmReportActivityAnnex(actor: Actor, reportId: string, input: unknown) {
  const current = await loadReport(reportId);
  authorize(actor, "report:update", current);
  const { activityIds } = parseInput(annexInputSchema, input);
  const chosen = [...new Set(activityIds)];
  return db.$transaction(async (tx) => {
    // The same row lock as saving and submitting the report: a confirmation cannot slip in after a submission.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ProgressReport" WHERE id = ${reportId} FOR UPDATE`;
    if (!locked.length) throw new NotFoundError();
    const report = await tx.progressReport.findUniqueOrThrow({
      where: { id: reportId },
      select: { organizationId: true, status: true, period: { select: { cutoffStart: true, cutoffEnd: true } } },
    });
    authorize(actor, "report:update", report);
    if (!isOpen(report.status)) throw new InvalidStateError("This report has been submitted and is locked.");
    const held = new Set(
      (await listActivitiesHeldBy(report.organizationId, { start: report.period.cutoffStart, end: report.period.cutoffEnd })).map(
        (a) => a.id,
      ),
    );
    if (chosen.some((id) => !held.has(id))) throw new ValidationError({ activityIds: ["activity_not_in_period"] });
    const before = await tx.reportActivityAnnexItem.findMany({ where: { reportId }, select: { activityId: true } });
    await tx.reportActivityAnnex.upsert({
      where: { reportId },
      create: { reportId, confirmedById: actor.user.id },
      update: { confirmedById: actor.user.id, confirmedAt: new Date() },
    });
    await tx.reportActivityAnnexItem.deleteMany({ where: { reportId } });
    await tx.reportActivityAnnexItem.createMany({ data: chosen.map((activityId) => ({ reportId, activityId })) });
    await recordAudit(tx, actor, {
      entity: "ProgressReport",
      entityId: reportId,
      action: "confirm-activity-annex",
      before: { activityIds: before.map((b) => b.activityId).sort() },
      after: { activityIds: [...chosen].sort() },
    });
    return { count: chosen.length };
  });
}
