import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { countShadeOf } from "@/lib/domain/dashboard-rollups";
import type { PlanCoverage } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { formatCount } from "@/lib/domain/dashboard-format";
import { PlanStateBadge } from "./status-badges";
import { Stat } from "./widget";

// Heat-map shades of a count (the number is always written; the shade only repeats it).
const SHADES = ["bg-white text-slate-600", "bg-cb-sky/25 text-slate-900", "bg-cb-sky/50 text-slate-900", "bg-cb-blue/70 text-white font-semibold"] as const;

export async function CoveragePanel({ data }: { data: PlanCoverage }) {
  const t = await getTranslations("dashboard.coverage");
  const locale = toLocale(await getLocale());
  const lacking = data.organizations.filter((o) => o.planState !== "APPROVED");
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Stat label={t("stats.organizations")} value={formatCount(data.totals.organizations, locale)} testId="coverage-organizations" />
        <Stat label={t("stats.approved")} value={formatCount(data.totals.approved, locale)} testId="coverage-approved" />
        <Stat label={t("stats.submitted")} value={formatCount(data.totals.submitted, locale)} />
        <Stat label={t("stats.inPreparation")} value={formatCount(data.totals.inPreparation, locale)} />
        <Stat label={t("stats.none")} value={formatCount(data.totals.none, locale)} testId="coverage-none" />
      </dl>

      <section aria-labelledby="unaddressed-heading" className="space-y-2">
        <h3 id="unaddressed-heading" className="font-semibold text-slate-900">
          {t("unaddressedHeading")}
        </h3>
        {data.unaddressedObjectives.length === 0 ? (
          <p className="text-sm text-slate-700">{t("allAddressed")}</p>
        ) : (
          <ul className="list-inside list-disc text-sm text-slate-900" data-testid="unaddressed-objectives">
            {data.unaddressedObjectives.map((o) => (
              <li key={o.code}>
                <span aria-hidden="true">⚠ </span>
                <Link href={`/objectives/${o.code}`} className="text-cb-blue underline underline-offset-2 hover:text-brand">
                  {`${o.code}: ${pickLocalized(locale, o.titleVi, o.titleEn)}`}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="matrix-heading" className="space-y-2">
        <h3 id="matrix-heading" className="font-semibold text-slate-900">
          {t("matrixHeading")}
        </h3>
        <p className="text-sm text-slate-700">{t("matrixIntro")}</p>
        {data.matrix.length === 0 ? (
          <EmptyState title={t("matrixEmpty")} />
        ) : (
          <DataTable caption={t("matrixCaption")} isCaptionHidden>
            <thead>
              <tr>
                <HeaderCell>{t("columns.organization")}</HeaderCell>
                {data.objectives.map((o) => (
                  <HeaderCell key={o.code} className="text-center">
                    <abbr title={pickLocalized(locale, o.titleVi, o.titleEn)} className="no-underline">
                      {o.code}
                    </abbr>
                  </HeaderCell>
                ))}
                <HeaderCell className="text-center">{t("columns.unlinked")}</HeaderCell>
                <HeaderCell className="text-right">{t("columns.total")}</HeaderCell>
              </tr>
            </thead>
            <tbody>
              {data.matrix.map((row) => (
                <tr key={row.organization.id} data-testid={`matrix-${row.organization.code}`}>
                  <RowHeaderCell>{pickLocalized(locale, row.organization.nameVi, row.organization.nameEn)}</RowHeaderCell>
                  {data.objectives.map((o) => {
                    const count = row.counts[o.code] ?? 0;
                    return (
                      <Cell key={o.code} className={`text-center tabular-nums ${SHADES[countShadeOf(count)]}`}>
                        {count === 0 ? <span aria-label={t("noTasks")}>0</span> : count}
                      </Cell>
                    );
                  })}
                  <Cell className="text-center tabular-nums">{row.unlinked > 0 ? <span>{`⚠ ${row.unlinked}`}</span> : 0}</Cell>
                  <Cell className="text-right tabular-nums">{row.total}</Cell>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <details className="rounded border border-slate-200 px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium text-cb-blue underline underline-offset-2">{t("lackingSummary", { count: lacking.length })}</summary>
        <div className="mt-3">
          {lacking.length === 0 ? (
            <p className="text-sm text-slate-700">{t("allCovered")}</p>
          ) : (
            <DataTable caption={t("lackingCaption")}>
              <thead>
                <tr>
                  <HeaderCell>{t("columns.organization")}</HeaderCell>
                  <HeaderCell>{t("columns.planState")}</HeaderCell>
                </tr>
              </thead>
              <tbody>
                {lacking.map((o) => (
                  <tr key={o.id}>
                    <RowHeaderCell>
                      {o.planId ? (
                        <Link href={`/plans/${o.planId}`} className="text-cb-blue underline underline-offset-2 hover:text-brand">
                          {pickLocalized(locale, o.nameVi, o.nameEn)}
                        </Link>
                      ) : (
                        pickLocalized(locale, o.nameVi, o.nameEn)
                      )}
                    </RowHeaderCell>
                    <Cell>
                      <PlanStateBadge state={o.planState} />
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </div>
      </details>
    </div>
  );
}
