import { FILE_KINDS } from "@/lib/domain/file-types";
import { authorize } from "@/lib/server/guards";
import { loadReferenceLists } from "@/lib/server/spreadsheets/reference-lists";
import { buildTaskWorkbook } from "@/lib/server/spreadsheets/task-workbook";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The empty task workbook, its drop-down lists filled from today's reference data.
export const GET = downloadRoute(async ({ user }) => {
  authorize(user, "plan:create");
  const bytes = await buildTaskWorkbook({ lists: await loadReferenceLists() });
  return fileResponse(bytes, { fileName: "mau-nhap-nhiem-vu.xlsx", contentType: FILE_KINDS.xlsx.mimeType });
});
