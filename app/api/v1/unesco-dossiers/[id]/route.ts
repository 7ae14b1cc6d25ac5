import { apiRoute } from "@/lib/server/http/api";
import { getUnescoDossier } from "@/lib/server/queries/unesco-dossiers";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getUnescoDossier(actor, params.id, new Date()));
