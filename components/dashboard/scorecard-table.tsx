import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgressValue } from "@/components/tasks/task-status";
import { Cell, RowHeaderCell } from "@/components/ui/table";
import { rateBandOf } from "@/lib/domain/dashboard-rollups";
import type { ScorecardSort, SortDirection } from "@/lib/domain/dashboard-filters";
import type { Scorecard } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { formatPeriod, formatRate } from "@/lib/domain/dashboard-format";
import { BAND_STYLES, PlanStateBadge } from "./status-badges";

const COLUMNS: { sort: ScorecardSort; numeric?: boolean }[] = [
  { sort: "name" },
  { sort: "kind" },
  { sort: "region" },
  { sort: "plan" },
  { sort: "tasks", numeric: true },
  { sort: "complete", numeric: true },
  { sort: "overdue", numeric: true },
  { sort: "lastReport" },
  { sort: "timeliness", numeric: true },
];

function RateCell({ rate, locale }: { rate: number | null; locale: "vi" | "en" }) {
  const band = BAND_STYLES[rateBandOf(rate)];
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      <span aria-hidden="true" className={`rounded border px-1 font-mono text-[10px] leading-4 ${band.className}`}>
        {band.symbol}
      </span>
      <span className="tabular-nums">{formatRate(rate, locale)}</span>
    </span>
  );
}

// Organization scorecards. Every column header is a link that sorts by it (the URL keeps the sort, so a
// sorted view can be shared); aria-sort tells screen readers the current order.
export async function ScorecardTable({
  rows,
  sort,
  dir,
  hrefForSort,
  caption,
  pdfHref,
}: {
  rows: Scorecard[];
  sort: ScorecardSort;
  dir: SortDirection;
  hrefForSort: (sort: ScorecardSort, dir: SortDirection) => string;
  caption: string;
  pdfHref: (organizationId: string) => string;
}) {
  const t = await getTranslations("dashboard.scorecards");
  const tk = await getTranslations("organizations.kind");
  const tr = await getTranslations("organizations.region");
  const treport = await getTranslations("dashboard.reportStatus");
  const locale = toLocale(await getLocale());
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="table-frame">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const isCurrent = column.sort === sort;
              const nextDir: SortDirection = isCurrent ? (dir === "asc" ? "desc" : "asc") : column.numeric ? "desc" : "asc";
              return (
                <th
                  key={column.sort}
                  scope="col"
                  aria-sort={isCurrent ? (dir === "asc" ? "ascending" : "descending") : undefined}
                  className={`border-b border-slate-200 bg-slate-100 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-700 ${column.numeric ? "text-right" : ""}`}
                >
                  <Link
                    href={hrefForSort(column.sort, nextDir)}
                    className="inline-flex items-center gap-1 text-slate-800 underline-offset-2 hover:underline"
                    data-testid={`sort-${column.sort}`}
                  >
                    {t(`columns.${column.sort}`)}
                    <span aria-hidden="true">{isCurrent ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
                    <span className="sr-only">{isCurrent ? t(dir === "asc" ? "sortedAscending" : "sortedDescending") : t("sortBy")}</span>
                  </Link>
                </th>
              );
            })}
            <th
              scope="col"
              className="border-b border-slate-200 bg-slate-100 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-700"
            >
              {t("columns.brief")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = pickLocalized(locale, row.organization.nameVi, row.organization.nameEn);
            return (
              <tr
                key={row.organization.id}
                id={`org-${row.organization.code}`}
                className="target:bg-cb-yellow/30"
                data-testid={`scorecard-${row.organization.code}`}
              >
                <RowHeaderCell>
                  {row.planId ? (
                    <Link href={`/plans/${row.planId}`} className="text-link">
                      {name}
                    </Link>
                  ) : (
                    name
                  )}
                  <span className="code-line">{row.organization.code}</span>
                </RowHeaderCell>
                <Cell>{tk(row.organization.kind as "PROVINCE")}</Cell>
                <Cell>{row.organization.region ? tr(row.organization.region as "MEKONG_DELTA") : "—"}</Cell>
                <Cell>
                  <PlanStateBadge state={row.planState} />
                </Cell>
                <Cell className="text-right tabular-nums">{row.tasks}</Cell>
                <Cell className="text-right">
                  <RateCell rate={row.completionRate} locale={locale} />
                  {row.averageProgress !== null && (
                    <span className="mt-1 block text-xs text-slate-600">
                      {t("averageProgress")} <ProgressValue progress={Math.round(row.averageProgress)} />
                    </span>
                  )}
                </Cell>
                <Cell className="text-right tabular-nums">{row.overdue > 0 ? <span>{`⚠ ${row.overdue}`}</span> : 0}</Cell>
                <Cell>
                  {row.lastReport ? (
                    <span className="block">
                      <Link href={`/reports/${row.lastReport.id}`} className="block text-link">
                        {formatPeriod(row.lastReport, locale)}
                      </Link>
                      <span className="text-xs text-slate-700">{treport(row.lastReport.status)}</span>
                    </span>
                  ) : (
                    <span className="text-slate-600">{t("noReport")}</span>
                  )}
                </Cell>
                <Cell className="text-right">
                  <RateCell rate={row.timeliness} locale={locale} />
                  <span className="mt-1 block text-xs text-slate-600">
                    {t("onTimeOf", { onTime: row.onTimeReports, due: row.dueReports })}
                  </span>
                </Cell>
                <Cell>
                  <a href={pdfHref(row.organization.id)} className="whitespace-nowrap text-link">
                    {t("pdf")}
                    <span className="sr-only">{` — ${name}`}</span>
                  </a>
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
