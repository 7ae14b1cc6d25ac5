import { apiRoute, readJson } from "@/lib/server/http/api";
import { getActivity } from "@/lib/server/queries/activities";
import { updateActivity } from "@/lib/server/services/activities";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getActivity(actor, params.id));

// The body carries the `version` it was based on; a stale version answers 409 with the current values.
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await updateActivity(actor, params.id, await readJson(request));
  return getActivity(actor, params.id);
});
