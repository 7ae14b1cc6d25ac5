import "server-only";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import type { ReportDetail } from "../queries/reports";
import { assembleReportDocumentModel, type DocumentIssuing, type ReportDocumentModel } from "./report-document-assembly";

// The issuer's kind, code and parent body (public directory facts) decide the issuing-body lines, the symbol and
// the signature block; a province's choice of issuing body (Organization.reportIssuer) decides which body issues.
async function loadIssuer(viewer: SessionUser, organizationId: string) {
  authorize(viewer, "organization:read");
  return db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { kind: true, code: true, nameVi: true, reportIssuer: true, parent: { select: { nameVi: true } } },
  });
}

// Who issues and who signs, from the report's data: the province's issuing body, and the unit leader who sent the
// report (the last sending of a report that stands sent); a draft or a report sent back leaves the name blank.
function issuingOf(detail: ReportDetail, reportIssuer: DocumentIssuing["provincialIssuer"] | null): DocumentIssuing {
  const sent = detail.report.status === "SUBMITTED" || detail.report.status === "ACCEPTED";
  const lastSending = sent ? detail.events.findLast((e) => e.type === "SUBMITTED") : undefined;
  return { provincialIssuer: reportIssuer ?? undefined, signer: { role: "HEAD", name: lastSending?.actorName ?? null } };
}

// The document that asks for reports of this type (an administrator's setting on the report type).
async function loadBasis(periodId: string): Promise<string | null> {
  const period = await db.reportingPeriod.findUnique({ where: { id: periodId }, select: { reportType: { select: { basisVi: true } } } });
  return period?.reportType.basisVi ?? null;
}

export async function buildReportDocumentModel(
  viewer: SessionUser,
  detail: ReportDetail,
  now = new Date(),
  issuing: DocumentIssuing = {},
): Promise<ReportDocumentModel> {
  const [t, { reportIssuer, ...issuer }, basisVi] = await Promise.all([
    getTranslations({ locale: "vi", namespace: "reports" }),
    loadIssuer(viewer, detail.report.organization.id),
    loadBasis(detail.report.period.id),
  ]);
  return assembleReportDocumentModel(t, issuer, { ...detail, basisVi }, now, { ...issuingOf(detail, reportIssuer), ...issuing });
}
