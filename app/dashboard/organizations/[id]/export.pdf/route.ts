import { getTranslations } from "next-intl/server";
import { formatDateTime, pickLocalized } from "@/lib/i18n/format";
import { dashboardFiltersSchema } from "@/lib/schemas/dashboard";
import { describeFilters, dashboardTranslator } from "@/lib/server/dashboard-export/describe-filters";
import { renderScorecardBrief } from "@/lib/server/pdf/dashboard-brief";
import { getOrganizationScorecard } from "@/lib/server/queries/dashboard";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";
import { parseInput } from "@/lib/server/validation";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// One organization's scorecard as a PDF brief (year and task group filters apply).
export const GET = downloadRoute<{ id: string }>(async ({ request, user, params, locale }) => {
  const { year, taskGroup } = parseInput(dashboardFiltersSchema, Object.fromEntries(new URL(request.url).searchParams));
  const filters = { year, taskGroup };
  const now = new Date();
  const brief = await getOrganizationScorecard(user, params.id, filters, now);
  const [t, filtersText, tk, tr] = await Promise.all([
    dashboardTranslator(locale),
    describeFilters(filters, locale),
    getTranslations({ locale, namespace: "organizations.kind" }),
    getTranslations({ locale, namespace: "organizations.region" }),
  ]);
  const organization = brief.scorecard.organization;
  const bytes = await renderScorecardBrief({
    brief,
    t,
    locale,
    filtersText,
    generatedAt: formatDateTime(now),
    organizationName: pickLocalized(locale, organization.nameVi, organization.nameEn),
    kindLabel: tk(organization.kind as never),
    regionLabel: organization.region ? tr(organization.region as never) : null,
  });
  return fileResponse(bytes, {
    fileName: `the-diem-${organization.code}-${now.toISOString().slice(0, 10)}.pdf`,
    contentType: "application/pdf",
  });
});
