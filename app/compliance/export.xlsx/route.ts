import { getTranslations } from "next-intl/server";
import { COMPLIANCE_CELL_STATUSES, COMPLIANCE_STYLES } from "@/components/compliance/compliance-symbols";
import { FILE_KINDS } from "@/lib/domain/file-types";
import { complianceSearch, organizationKindsOf, parseComplianceQuery } from "@/lib/domain/report-compliance-filters";
import { formatDateTime } from "@/lib/i18n/format";
import { buildComplianceWorkbook } from "@/lib/server/documents/compliance-workbook";
import { getCompliance } from "@/lib/server/queries/reports";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The compliance matrix with the page's filters (same query string), in Vietnamese like the other workbooks.
export const GET = downloadRoute<Record<string, never>>(async ({ request, user }) => {
  const query = parseComplianceQuery(Object.fromEntries(new URL(request.url).searchParams));
  const view = await getCompliance(user, {
    kind: query.kind,
    fromYear: query.fromYear,
    toYear: query.toYear,
    organizationKinds: organizationKindsOf(query),
    region: query.region,
  });
  const [t, tr] = await Promise.all([
    getTranslations({ locale: "vi", namespace: "reports" }),
    getTranslations({ locale: "vi", namespace: "organizations.region" }),
  ]);
  const notes = [
    t("sheet.filters", { kind: t(`periodKind.${query.kind}`), from: query.fromYear, to: query.toYear }),
    ...(query.group ? [t("sheet.group", { group: t(`complianceView.groups.${query.group}`) })] : []),
    ...(query.region ? [t("sheet.region", { region: tr(query.region) })] : []),
    t("sheet.exportedAt", { time: formatDateTime(new Date()) }),
  ];
  const bytes = await buildComplianceWorkbook({
    labels: {
      sheetName: t("sheet.sheetName"),
      legendSheet: t("sheet.legendSheet"),
      title: t("sheet.title"),
      code: t("sheet.code"),
      organization: t("sheet.organization"),
      timeliness: t("sheet.timeliness"),
      symbol: t("sheet.symbol"),
      meaning: t("sheet.meaning"),
    },
    notes,
    years: [...new Set(view.periods.map((p) => p.year))],
    periods: view.periods.map((p) => ({
      year: p.year,
      label: p.kind === "ANNUAL" ? String(p.year) : t("periodShort", { kind: p.kind, n: p.number }),
    })),
    rows: view.rows.map((row) => ({
      code: row.organization.code,
      organization: row.organization.nameVi,
      cells: row.cells.map((c) => c.status),
      timeliness: row.timeliness,
    })),
    legend: COMPLIANCE_CELL_STATUSES.map((status) => ({
      status,
      symbol: COMPLIANCE_STYLES[status].symbol,
      label: t(`compliance.${status}`),
    })),
  });
  const suffix = complianceSearch(query) ? `-${query.kind.toLowerCase()}-${query.fromYear}-${query.toYear}` : "";
  return fileResponse(bytes, { fileName: `tinh-hinh-nop-bao-cao${suffix}.xlsx`, contentType: FILE_KINDS.xlsx.mimeType });
});
