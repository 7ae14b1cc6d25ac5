import { apiRoute } from "@/lib/server/http/api";
import { getPlan } from "@/lib/server/queries/plans";
import { submitPlan } from "@/lib/server/services/plans";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await submitPlan(actor, params.id);
  return getPlan(actor, params.id);
});
