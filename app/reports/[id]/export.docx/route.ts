import { FILE_KINDS } from "@/lib/domain/file-types";
import { buildReportDocumentModel } from "@/lib/server/documents/report-document-model";
import { buildReportDocx } from "@/lib/server/documents/report-docx";
import { reportFileName } from "@/lib/server/documents/report-file-name";
import { getReportDetail } from "@/lib/server/queries/reports";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The report as a Word document in the Vietnamese administrative layout; another organization's report is 404.
export const GET = downloadRoute<{ id: string }>(async ({ user, params }) => {
  const detail = await getReportDetail(user, params.id);
  const bytes = await buildReportDocx(await buildReportDocumentModel(user, detail));
  return fileResponse(bytes, { fileName: reportFileName(detail.report, "docx"), contentType: FILE_KINDS.docx.mimeType });
});
