import { getTranslations } from "next-intl/server";
import { FILE_KINDS } from "@/lib/domain/file-types";
import { formatDateTime } from "@/lib/i18n/format";
import { dashboardExportQuerySchema, DASHBOARD_TABLES } from "@/lib/schemas/dashboard";
import { describeFilters, dashboardTranslator } from "@/lib/server/dashboard-export/describe-filters";
import { buildDashboardTables } from "@/lib/server/dashboard-export/tables";
import { buildDashboardWorkbook } from "@/lib/server/dashboard-export/workbook";
import { getDashboardSummary, listAllScorecards } from "@/lib/server/queries/dashboard";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";
import { parseInput } from "@/lib/server/validation";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Every dashboard table as a workbook, one sheet per table (?table=overdue,scorecards for some of them), with
// the page's filters; lists are complete here (the page shows the first rows only).
export const GET = downloadRoute<Record<string, never>>(async ({ request, user, locale }) => {
  const { table, sort, dir, ...filters } = parseInput(dashboardExportQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const wanted = new Set(table ?? DASHBOARD_TABLES);
  const now = new Date();
  const [summary, scorecards, t, filtersText, tk, tr] = await Promise.all([
    getDashboardSummary(user, filters, now, { overdueLimit: null }),
    wanted.has("scorecards") ? listAllScorecards(user, { ...filters, sort, dir }, now) : Promise.resolve([]),
    dashboardTranslator(locale),
    describeFilters(filters, locale),
    getTranslations({ locale, namespace: "organizations.kind" }),
    getTranslations({ locale, namespace: "organizations.region" }),
  ]);
  const tables = buildDashboardTables({
    summary,
    scorecards,
    t,
    locale,
    labels: { kind: (kind) => tk(kind as never), region: (region) => tr(region as never) },
  }).filter((sheet) => wanted.has(sheet.key));
  const bytes = await buildDashboardWorkbook({
    tables,
    aboutTitle: t("xlsx.sheets.about"),
    about: [
      { label: t("xlsx.about.title"), value: t("pdf.title") },
      { label: t("xlsx.about.filters"), value: filtersText },
      { label: t("xlsx.about.asOf"), value: formatDateTime(now) },
      { label: t("xlsx.about.scope"), value: t("overview.scopeNote") },
    ],
  });
  const suffix = table && table.length === 1 ? `-${table[0]}` : "";
  return fileResponse(bytes, { fileName: `tong-quan-ngvh${suffix}-${summary.asOf.today}.xlsx`, contentType: FILE_KINDS.xlsx.mimeType });
});
