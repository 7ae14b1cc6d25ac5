import { apiRoute, readJson } from "@/lib/server/http/api";
import { getReportDetail } from "@/lib/server/queries/reports";
import { submitReport } from "@/lib/server/services/reports";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await submitReport(actor, params.id, await readJson(request));
  return getReportDetail(actor, params.id);
});
