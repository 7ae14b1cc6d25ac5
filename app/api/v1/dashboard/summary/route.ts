import { dashboardSummaryQuerySchema } from "@/lib/schemas/dashboard";
import { apiRoute } from "@/lib/server/http/api";
import { getDashboardSummaryJson } from "@/lib/server/queries/dashboard";
import { parseInput } from "@/lib/server/validation";

// The numbers of the /dashboard overview for the same filters: ?year=&period=&orgKind=&region=&taskGroup=
// (Steering Committee and administrators). The overdue list is capped at 20 like the page; its total is exact.
// Plan coverage comes in the page's bounded form (lib/domain/coverage-summary.ts) unless ?coverage=full.
// The body is the cached JSON of the roll-ups, already encoded (see getDashboardSummaryJson): nothing is re-serialised.
export const GET = apiRoute(async ({ request, actor }) => {
  const { coverage, ...filters } = parseInput(dashboardSummaryQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const body = await getDashboardSummaryJson(actor, filters, new Date(), { coverage });
  return new Response(body, {
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
});
