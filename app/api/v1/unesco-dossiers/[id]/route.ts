import { apiRoute, readJson } from "@/lib/server/http/api";
import { getUnescoDossier } from "@/lib/server/queries/unesco-dossiers";
import { updateUnescoDossier } from "@/lib/server/services/unesco-dossiers";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getUnescoDossier(actor, params.id, new Date()));

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await updateUnescoDossier(actor, params.id, await readJson(request));
  return getUnescoDossier(actor, params.id, new Date());
});
