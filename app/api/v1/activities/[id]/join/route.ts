import { apiRoute } from "@/lib/server/http/api";
import { getActivity } from "@/lib/server/queries/activities";
import { joinActivity } from "@/lib/server/services/activities";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await joinActivity(actor, params.id);
  return getActivity(actor, params.id);
});
