import { planListQuerySchema } from "@/lib/schemas/api";
import { apiRoute, jsonCreated, readJson } from "@/lib/server/http/api";
import { getPlan, listPlans } from "@/lib/server/queries/plans";
import { createPlan } from "@/lib/server/services/plans";
import { parseInput } from "@/lib/server/validation";

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseInput(planListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return listPlans(actor, { status: query.status, organizationId: query.organizationId, take: query.limit, skip: query.offset });
});

export const POST = apiRoute(async ({ request, actor }) => {
  const plan = await createPlan(actor, await readJson(request));
  return jsonCreated(await getPlan(actor, plan.id), `/api/v1/plans/${plan.id}`);
});
