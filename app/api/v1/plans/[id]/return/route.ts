import { apiRoute, readJson } from "@/lib/server/http/api";
import { getPlan } from "@/lib/server/queries/plans";
import { returnPlanToDrafter } from "@/lib/server/services/plans";

// The unit leader returns the plan to its drafter. {"version":4,"comment":"…"}
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await returnPlanToDrafter(actor, params.id, await readJson(request));
  return getPlan(actor, params.id);
});
