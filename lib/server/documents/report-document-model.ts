import "server-only";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import type { ReportDetail } from "../queries/reports";
import { assembleReportDocumentModel, type DocumentIssuing, type ReportDocumentModel } from "./report-document-assembly";

// The issuer's kind, code and parent body (public directory facts) decide the issuing-body lines, the symbol and
// the signature block.
async function loadIssuer(viewer: SessionUser, organizationId: string) {
  authorize(viewer, "organization:read");
  return db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { kind: true, code: true, nameVi: true, parent: { select: { nameVi: true } } } });
}

export async function buildReportDocumentModel(viewer: SessionUser, detail: ReportDetail, now = new Date(), issuing: DocumentIssuing = {}): Promise<ReportDocumentModel> {
  const [t, issuer] = await Promise.all([getTranslations({ locale: "vi", namespace: "reports" }), loadIssuer(viewer, detail.report.organization.id)]);
  return assembleReportDocumentModel(t, issuer, detail, now, issuing);
}

