import { apiRoute, readJson } from "@/lib/server/http/api";
import { getPlan } from "@/lib/server/queries/plans";
import { reviewPlan } from "@/lib/server/services/plans";

// {"decision":"record"|"approve"|"comment","comment":"…","taskComments":[{"taskId":"…","comment":"…"}],"version":5}
// "approve" only for MOFA units' plans, "record" for every other body's; the version is required (409 if stale).
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await reviewPlan(actor, params.id, await readJson(request));
  return getPlan(actor, params.id);
});
