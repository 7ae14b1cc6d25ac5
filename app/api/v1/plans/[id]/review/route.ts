import { apiRoute, readJson } from "@/lib/server/http/api";
import { getPlan } from "@/lib/server/queries/plans";
import { reviewPlan } from "@/lib/server/services/plans";

// {"decision":"approve"|"return","comment":"…","taskComments":[{"taskId":"…","comment":"…"}]}
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await reviewPlan(actor, params.id, await readJson(request));
  return getPlan(actor, params.id);
});
