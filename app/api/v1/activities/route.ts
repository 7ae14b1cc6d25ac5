import { apiRoute, jsonCreated, readJson } from "@/lib/server/http/api";
import { getActivity, listActivities } from "@/lib/server/queries/activities";
import { createActivity } from "@/lib/server/services/activities";

export const GET = apiRoute(async ({ request, actor }) => listActivities(actor, Object.fromEntries(new URL(request.url).searchParams)));

// 409 "likely_duplicates" lists the activities this one probably is: join one (POST …/{id}/join) or resend with
// confirmNew: true.
export const POST = apiRoute(async ({ request, actor }) => {
  const activity = await createActivity(actor, await readJson(request));
  return jsonCreated(await getActivity(actor, activity.id), `/api/v1/activities/${activity.id}`);
});
