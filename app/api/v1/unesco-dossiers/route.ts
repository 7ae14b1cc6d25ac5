import { unescoDossierListQuerySchema } from "@/lib/schemas/unesco-dossiers";
import { apiRoute, jsonCreated, readJson } from "@/lib/server/http/api";
import { getUnescoDossier, listUnescoDossiers } from "@/lib/server/queries/unesco-dossiers";
import { createUnescoDossier } from "@/lib/server/services/unesco-dossiers";
import { parseInput } from "@/lib/server/validation";

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseInput(unescoDossierListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const dossiers = await listUnescoDossiers(actor, query, new Date());
  return { dossiers, total: dossiers.length };
});

export const POST = apiRoute(async ({ request, actor }) => {
  const { id } = await createUnescoDossier(actor, await readJson(request));
  return jsonCreated(await getUnescoDossier(actor, id, new Date()), `/api/v1/unesco-dossiers/${id}`);
});
