import "server-only";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { owesPeriod, vietnamCalendarDay } from "@/lib/domain/report-obligations";
import { isoDay } from "@/lib/domain/reporting-calendar";
import { Prisma } from "@/lib/generated/prisma/client";
import { externalReportSchema } from "@/lib/schemas/external-reports";
import { recordAudit } from "../audit";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { getFileStorage, newStorageKey } from "../storage";
import { sha256Hex } from "../storage/sigv4";
import { parseInput } from "../validation";
import { checkUpload } from "./attachments";

// Reports an organization sent before it used the portal (on paper, or through another system): an editor records
// the document's number, date, signer and sending day, and may attach the scanned copy. The record counts as the
// report sent on that day in the "Tình hình gửi báo cáo" matrix (lib/server/queries/reports.ts), so 2022–2025
// stop showing as not sent when they were sent.

function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const text = error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ""}` : "";
  return /23505|unique constraint/i.test(text);
}

export async function recordExternalReport(
  actor: Actor,
  input: unknown,
  { file, now = new Date() }: { file?: { name: string; bytes: Uint8Array }; now?: Date } = {},
): Promise<{ id: string }> {
  // The role is checked before parsing; the organization named in the input, after.
  authorize(actor, "report:update");
  const data = parseInput(externalReportSchema, input);
  const organization = await db.organization.findUnique({
    where: { id: data.organizationId },
    select: { id: true, validFrom: true, validTo: true },
  });
  if (!organization) throw new NotFoundError();
  authorize(actor, "report:update", { organizationId: organization.id });
  const period = await db.reportingPeriod.findUnique({ where: { id: data.periodId } });
  if (!period) throw new NotFoundError();
  if (!owesPeriod(organization, period)) throw new ValidationError({ periodId: ["period_not_owed"] });
  if (data.sentOn > vietnamCalendarDay(now)) throw new ValidationError({ sentOn: ["invalid_date"] });
  const checked = file && file.bytes.byteLength > 0 ? await checkUpload(file) : null;

  const storage = getFileStorage();
  const key = checked ? newStorageKey() : null;
  if (checked && key && file) await storage.put(key, file.bytes, checked.mimeType);
  try {
    return await db.$transaction(async (tx) => {
      const sent = await tx.progressReport.findFirst({
        where: { organizationId: organization.id, periodId: period.id, firstSubmittedAt: { not: null } },
        select: { id: true },
      });
      if (sent) throw new ValidationError({ periodId: ["report_exists"] });
      const row = await tx.externalReportRecord.create({
        data: {
          organizationId: organization.id,
          periodId: period.id,
          documentNumber: data.documentNumber,
          documentDate: data.documentDate,
          signerName: data.signerName,
          sentOn: data.sentOn,
          fileName: checked?.fileName ?? null,
          mimeType: checked?.mimeType ?? null,
          sizeBytes: file && checked ? file.bytes.byteLength : null,
          sha256: file && checked ? sha256Hex(file.bytes) : null,
          storageKey: key,
          createdById: actor.user.id,
        },
      });
      await recordAudit(tx, actor, {
        entity: "ExternalReportRecord",
        entityId: row.id,
        action: "create",
        after: {
          organizationId: row.organizationId,
          periodId: row.periodId,
          documentNumber: row.documentNumber,
          documentDate: isoDay(row.documentDate),
          signerName: row.signerName,
          sentOn: isoDay(row.sentOn),
          fileName: row.fileName,
          sha256: row.sha256,
        },
      });
      return { id: row.id };
    });
  } catch (error) {
    if (key) await storage.delete(key).catch(() => undefined);
    if (isUniqueViolation(error)) throw new ValidationError({ periodId: ["report_exists"] });
    throw error;
  }
}

export type ExternalReportOptionsDto = {
  // Owed periods whose deadline has passed with no report sent through the portal and none recorded.
  candidates: Array<{ periodId: string; kind: Prisma.ReportingPeriodGetPayload<object>["kind"]; year: number; number: number }>;
  recorded: Array<{
    id: string;
    kind: Prisma.ReportingPeriodGetPayload<object>["kind"];
    year: number;
    number: number;
    documentNumber: string;
    documentDate: string;
    signerName: string;
    sentOn: string;
    fileName: string | null;
  }>;
};

export async function listExternalReportOptions(
  viewer: SessionUser,
  { now = new Date() }: { now?: Date } = {},
): Promise<ExternalReportOptionsDto> {
  authorize(viewer, "report:update", { organizationId: viewer.organizationId });
  const today = vietnamCalendarDay(now);
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: viewer.organizationId },
    select: { validFrom: true, validTo: true, reportExpectations: { select: { reportTypeId: true } } },
  });
  const [periods, sent, recorded] = await Promise.all([
    db.reportingPeriod.findMany({
      where: { reportTypeId: { in: organization.reportExpectations.map((e) => e.reportTypeId) }, deadline: { lt: today } },
      orderBy: { cutoffEnd: "asc" },
    }),
    db.progressReport.findMany({
      where: { organizationId: viewer.organizationId, firstSubmittedAt: { not: null } },
      select: { periodId: true },
    }),
    db.externalReportRecord.findMany({
      where: { organizationId: viewer.organizationId },
      include: { period: true },
      orderBy: { sentOn: "asc" },
    }),
  ]);
  const taken = new Set([...sent.map((r) => r.periodId), ...recorded.map((r) => r.periodId)]);
  return {
    candidates: periods
      .filter((p) => owesPeriod(organization, p) && !taken.has(p.id))
      .map((p) => ({ periodId: p.id, kind: p.kind, year: p.year, number: p.number })),
    recorded: recorded.map((r) => ({
      id: r.id,
      kind: r.period.kind,
      year: r.period.year,
      number: r.period.number,
      documentNumber: r.documentNumber,
      documentDate: isoDay(r.documentDate),
      signerName: r.signerName,
      sentOn: isoDay(r.sentOn),
      fileName: r.fileName,
    })),
  };
}
