import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { periodLabel, type PeriodKind } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { formatPercent, pickLocalized } from "@/lib/i18n/format";
import { COMPLIANCE_STYLES, type ComplianceCellStatus } from "./compliance-symbols";

export type ComplianceMatrixView = {
  periods: { id: string; kind: PeriodKind; year: number; number: number }[];
  rows: {
    organization: { id: string; code: string; nameVi: string; nameEn: string | null; kind: string };
    cells: { periodId: string; status: ComplianceCellStatus; reportId: string | null }[];
    timeliness: number | null;
  }[];
};

const stickyHead = "sticky top-0 z-20 border-b border-slate-300 bg-slate-100 px-2 py-2 text-xs font-semibold text-slate-800";

// Organizations × periods. Each cell is a word and a symbol (colour only repeats them) and links to the report
// when there is one; the last column is the organization's timeliness rate over the periods already due.
// Headers stay in view while scrolling: years and periods on top, organization names on the left.
export function ComplianceMatrix({ view, caption }: { view: ComplianceMatrixView; caption: string }) {
  const t = useTranslations("reports");
  const tk = useTranslations("organizations.kind");
  const locale = toLocale(useLocale());
  const years = [...new Set(view.periods.map((p) => p.year))];
  const isAnnual = view.periods.every((p) => p.kind === "ANNUAL");
  const shortLabel = (p: ComplianceMatrixView["periods"][number]) => t("periodShort", { kind: p.kind, n: p.number });
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      data-testid="compliance-matrix"
    >
      <table className="w-full border-separate border-spacing-0 text-left text-sm">
        <caption className="px-4 py-3 text-left font-semibold text-slate-800">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={isAnnual ? 1 : 2} className={`${stickyHead} left-0 z-30 min-w-56`}>
              {t("complianceView.organization")}
            </th>
            {isAnnual
              ? view.periods.map((p) => (
                  <th key={p.id} scope="col" className={`${stickyHead} text-center`}>
                    {p.year}
                  </th>
                ))
              : years.map((year) => (
                  <th
                    key={year}
                    scope="colgroup"
                    colSpan={view.periods.filter((p) => p.year === year).length}
                    className={`${stickyHead} border-l text-center`}
                  >
                    {year}
                  </th>
                ))}
            <th scope="col" rowSpan={isAnnual ? 1 : 2} className={`${stickyHead} border-l text-right`}>
              {t("complianceView.timeliness")}
            </th>
          </tr>
          {!isAnnual && (
            <tr>
              {view.periods.map((p) => (
                <th
                  key={p.id}
                  scope="col"
                  title={periodLabel(p, locale)}
                  className={`${stickyHead} top-9 text-center font-medium ${p.number === 1 ? "border-l" : ""}`}
                >
                  {shortLabel(p)}
                </th>
              ))}
            </tr>
          )}
        </thead>
        <tbody>
          {view.rows.map((row) => {
            const organization = pickLocalized(locale, row.organization.nameVi, row.organization.nameEn);
            return (
              <tr key={row.organization.id} data-testid="compliance-row" data-organization={row.organization.code}>
                <th
                  scope="row"
                  className="sticky left-0 z-10 border-b border-slate-100 bg-white px-2 py-1.5 align-top font-medium text-slate-900"
                >
                  {organization}
                  <span className="block text-xs font-normal text-slate-700">
                    {tk.has(row.organization.kind) ? tk(row.organization.kind) : row.organization.kind}
                  </span>
                </th>
                {row.cells.map((cell, index) => {
                  const period = view.periods[index]!;
                  const style = COMPLIANCE_STYLES[cell.status];
                  const content = (
                    <>
                      <span aria-hidden="true" className="mr-0.5 font-bold">
                        {style.symbol}
                      </span>
                      {t(`compliance.${cell.status}`)}
                    </>
                  );
                  const label = t("complianceView.cellLabel", {
                    organization,
                    period: periodLabel(period, locale),
                    status: t(`compliance.${cell.status}`),
                  });
                  return (
                    <td
                      key={cell.periodId}
                      data-status={cell.status}
                      className={`border-b border-slate-100 px-1 py-1 align-top ${period.number === 1 && !isAnnual ? "border-l" : ""}`}
                    >
                      {cell.reportId ? (
                        <Link
                          href={`/reports/${cell.reportId}`}
                          aria-label={`${label} — ${t("complianceView.openReport")}`}
                          className={`block min-w-[5.5rem] whitespace-nowrap rounded border px-1.5 py-1 text-xs font-medium text-slate-900 underline underline-offset-2 hover:outline hover:outline-2 hover:outline-cb-blue ${style.className}`}
                        >
                          {content}
                        </Link>
                      ) : (
                        <span
                          className={`block min-w-[5.5rem] whitespace-nowrap rounded border px-1.5 py-1 text-xs text-slate-900 ${style.className}`}
                        >
                          {content}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="border-b border-l border-slate-100 px-2 py-1.5 text-right align-top font-semibold tabular-nums">
                  {row.timeliness === null ? t("complianceView.noRate") : formatPercent(row.timeliness * 100, locale)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
