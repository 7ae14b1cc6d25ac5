import { planListQuerySchema } from "@/lib/schemas/api";
import { apiRoute } from "@/lib/server/http/api";
import { listPlans } from "@/lib/server/queries/plans";
import { parseInput } from "@/lib/server/validation";

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseInput(planListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return listPlans(actor, { status: query.status, organizationId: query.organizationId, take: query.limit, skip: query.offset });
});
