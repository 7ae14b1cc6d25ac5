import { apiRoute, jsonCreated, readJson } from "@/lib/server/http/api";
import { getActivity } from "@/lib/server/queries/activities";
import { addActivityEvidenceLink } from "@/lib/server/services/activities";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await addActivityEvidenceLink(actor, params.id, await readJson(request));
  return jsonCreated(await getActivity(actor, params.id), `/api/v1/activities/${params.id}`);
});
