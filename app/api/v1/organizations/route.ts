import { organizationListQuerySchema } from "@/lib/schemas/api";
import { apiRoute } from "@/lib/server/http/api";
import { listOrganizationsForApi } from "@/lib/server/queries/reference-api";
import { parseInput } from "@/lib/server/validation";

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseInput(organizationListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return listOrganizationsForApi(actor, query);
});
