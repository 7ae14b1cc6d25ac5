import { apiRoute } from "@/lib/server/http/api";
import { listReportingPeriods } from "@/lib/server/queries/reports";
import { parseInput } from "@/lib/server/validation";
import { reportingPeriodQuerySchema } from "@/lib/schemas/reports";

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseInput(reportingPeriodQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return { periods: await listReportingPeriods(actor, query) };
});
