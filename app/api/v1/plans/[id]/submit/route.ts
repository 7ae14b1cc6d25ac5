import { apiRoute, readJson } from "@/lib/server/http/api";
import { getPlan } from "@/lib/server/queries/plans";
import { submitPlan } from "@/lib/server/services/plans";

// The officer submits the plan to the unit leader. {"version":3} (optional: refused with 409 if stale)
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await submitPlan(actor, params.id, await readJson(request));
  return getPlan(actor, params.id);
});
