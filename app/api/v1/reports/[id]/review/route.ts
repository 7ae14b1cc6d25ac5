import { apiRoute, readJson } from "@/lib/server/http/api";
import { getReportDetail } from "@/lib/server/queries/reports";
import { reviewReport } from "@/lib/server/services/reports";

// {"decision":"accept"|"return","comment":"…","reasons":[{"section":"limitations","reason":"…"},{"taskId":"…","reason":"…"}],"version":3}
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await reviewReport(actor, params.id, await readJson(request));
  return getReportDetail(actor, params.id);
});
