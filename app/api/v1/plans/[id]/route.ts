import { apiRoute, readJson } from "@/lib/server/http/api";
import { getPlan } from "@/lib/server/queries/plans";
import { updatePlan } from "@/lib/server/services/plans";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getPlan(actor, params.id));

// The body carries the `version` it was based on; a stale version answers 409 with the current values.
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await updatePlan(actor, params.id, await readJson(request));
  return getPlan(actor, params.id);
});
