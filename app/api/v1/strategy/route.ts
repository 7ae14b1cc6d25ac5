import { apiRoute } from "@/lib/server/http/api";
import { getStrategyForApi } from "@/lib/server/queries/reference-api";

export const GET = apiRoute(async ({ actor }) => getStrategyForApi(actor));
