import { apiRoute, readJson } from "@/lib/server/http/api";
import { getUnescoDossier } from "@/lib/server/queries/unesco-dossiers";
import { advanceUnescoStage } from "@/lib/server/services/unesco-dossiers";

// The body carries the `version` it was based on; a stale version answers 409.
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await advanceUnescoStage(actor, params.id, await readJson(request));
  return getUnescoDossier(actor, params.id, new Date());
});
