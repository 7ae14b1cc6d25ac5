import { apiRoute, readJson } from "@/lib/server/http/api";
import { getReportDetail } from "@/lib/server/queries/reports";
import { saveReportDraft } from "@/lib/server/services/reports";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getReportDetail(actor, params.id));

// Saves the draft (or the reopened parts of a returned report); the body carries the `version` it was based on.
export const PUT = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await saveReportDraft(actor, params.id, await readJson(request));
  return getReportDetail(actor, params.id);
});
