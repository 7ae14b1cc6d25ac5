import { apiRoute, readJson } from "@/lib/server/http/api";
import { getTask } from "@/lib/server/queries/plans";
import { updateTask } from "@/lib/server/services/plans";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => (await getTask(actor, params.id)).task);

// The body carries the `version` it was based on; a stale version answers 409 with the newer values.
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await updateTask(actor, params.id, await readJson(request));
  return (await getTask(actor, params.id)).task;
});
