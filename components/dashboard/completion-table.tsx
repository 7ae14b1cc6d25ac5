import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { TASK_STATUSES } from "@/lib/domain/dashboard-rollups";
import type { CompletionRow } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { formatAverage, formatRate } from "@/lib/domain/dashboard-format";
import { objectiveLabel, taskGroupLabel } from "@/lib/i18n/glossary";

// Task counts by status, overdue, % complete and average progress per row (objective, task group or phase).
export async function CompletionTable({
  caption,
  rows,
  firstColumn,
  linkObjectives = false,
  total,
  testId,
}: {
  caption: string;
  rows: CompletionRow[];
  firstColumn: string;
  linkObjectives?: boolean;
  total?: CompletionRow;
  testId?: string;
}) {
  const t = await getTranslations("dashboard.completion");
  const tStatus = await getTranslations("plans.taskStatus");
  const locale = toLocale(await getLocale());
  const label = (row: CompletionRow) =>
    row.code
      ? `${row.code.startsWith("TG") ? taskGroupLabel(row.code, null, locale) : objectiveLabel(row.code, locale)}${row.titleVi ? `: ${pickLocalized(locale, row.titleVi, row.titleEn)}` : ""}`
      : t("noGroup");
  const renderRow = (row: CompletionRow, isTotal = false) => (
    <tr
      key={row.code ?? (isTotal ? "total" : "none")}
      className={isTotal ? "bg-slate-50 font-semibold" : undefined}
      data-testid={testId ? `${testId}-${row.code ?? (isTotal ? "total" : "none")}` : undefined}
    >
      <RowHeaderCell>
        {linkObjectives && row.code && !isTotal ? (
          <Link href={`/objectives/${encodeURIComponent(row.code)}`} className="text-link">
            {label(row)}
          </Link>
        ) : isTotal ? (
          t("total")
        ) : (
          label(row)
        )}
      </RowHeaderCell>
      <Cell className="text-right tabular-nums">{row.total}</Cell>
      {TASK_STATUSES.map((status) => (
        <Cell key={status} className="text-right tabular-nums">
          {row.counts[status]}
        </Cell>
      ))}
      <Cell className="text-right tabular-nums">{row.overdue}</Cell>
      <Cell className="text-right tabular-nums">{formatRate(row.completionRate, locale)}</Cell>
      <Cell className="text-right tabular-nums">{formatAverage(row.averageProgress, locale)}</Cell>
    </tr>
  );
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <HeaderCell>{firstColumn}</HeaderCell>
          <HeaderCell className="text-right">{t("columns.total")}</HeaderCell>
          {TASK_STATUSES.map((status) => (
            <HeaderCell key={status} className="text-right">
              {tStatus(status)}
            </HeaderCell>
          ))}
          <HeaderCell className="text-right">{t("columns.overdue")}</HeaderCell>
          <HeaderCell className="text-right">{t("columns.complete")}</HeaderCell>
          <HeaderCell className="text-right">{t("columns.averageProgress")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => renderRow(row))}
        {total && renderRow(total, true)}
      </tbody>
    </DataTable>
  );
}
