import { FILE_KINDS } from "@/lib/domain/file-types";
import { authorize } from "@/lib/server/guards";
import { buildActivityWorkbook, loadActivityReferenceLists } from "@/lib/server/spreadsheets/activity-workbook";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The empty activity workbook, its drop-down lists filled from today's reference data.
export const GET = downloadRoute(async ({ user }) => {
  authorize(user, "activity:create", { organizationId: user.organizationId });
  const bytes = await buildActivityWorkbook(await loadActivityReferenceLists());
  return fileResponse(bytes, { fileName: "mau-nhap-hoat-dong.xlsx", contentType: FILE_KINDS.xlsx.mimeType });
});
