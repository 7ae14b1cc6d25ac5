import { formatDateTime } from "@/lib/i18n/format";
import { dashboardFiltersSchema } from "@/lib/schemas/dashboard";
import { describeFilters, dashboardTranslator } from "@/lib/server/dashboard-export/describe-filters";
import { BRIEF_LIMITS, renderDashboardBrief } from "@/lib/server/pdf/dashboard-brief";
import { getDashboardSummary } from "@/lib/server/queries/dashboard";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";
import { parseInput } from "@/lib/server/validation";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The overview as a PDF brief for Steering Committee meetings, with the same filters as the page.
export const GET = downloadRoute<Record<string, never>>(async ({ request, user, locale }) => {
  const filters = parseInput(dashboardFiltersSchema, Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const summary = await getDashboardSummary(user, filters, now, { overdueLimit: BRIEF_LIMITS.overdue });
  const [t, filtersText] = await Promise.all([dashboardTranslator(locale), describeFilters(filters, locale)]);
  const bytes = await renderDashboardBrief({ summary, t, locale, filtersText, generatedAt: formatDateTime(now) });
  return fileResponse(bytes, { fileName: `tong-quan-ngvh-${summary.asOf.today}.pdf`, contentType: "application/pdf" });
});
