import { apiRoute, readJson } from "@/lib/server/http/api";
import { getPlan } from "@/lib/server/queries/plans";
import { sendPlan } from "@/lib/server/services/plans";

// The unit leader sends the plan to MOFA. {"version":4,"documentNumber":"275/KH-UBND","documentDate":"2026-12-01","signerName":"…"}
// The signed copy (PDF) is attached through the plan page; the API records the sending without it.
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await sendPlan(actor, params.id, await readJson(request));
  return getPlan(actor, params.id);
});
