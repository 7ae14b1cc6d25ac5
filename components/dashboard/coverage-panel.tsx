import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { summarizeCoverage } from "@/lib/domain/coverage-summary";
import { PLAN_STATES } from "@/lib/domain/dashboard-rollups";
import type { PlanCoverage } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { formatCount } from "@/lib/domain/dashboard-format";
import { PlanStateBadge } from "./status-badges";
import { Stat } from "./widget";

const BEHIND_LIMIT = 10;

// Plan coverage as a bounded summary: its size does not grow with the number of organizations (one row per
// kind of organization, one per specific objective, the ten furthest behind). The full list is the
// scorecards page (sorted by plan status, paginated); the full objective × organization matrix is in the
// .xlsx export.
export async function CoveragePanel({
  data,
  scorecardsHref,
  matrixHref,
}: {
  data: PlanCoverage;
  scorecardsHref: string;
  matrixHref: string;
}) {
  const t = await getTranslations("dashboard.coverage");
  const tk = await getTranslations("organizations.kind");
  const tp = await getTranslations("dashboard.planState");
  const locale = toLocale(await getLocale());
  const summary = summarizeCoverage(data, BEHIND_LIMIT);
  const count = (value: number) => formatCount(value, locale);
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Stat label={t("stats.organizations")} value={count(data.totals.organizations)} testId="coverage-organizations" />
        <Stat label={t("stats.approved")} value={count(data.totals.approved)} testId="coverage-approved" />
        <Stat label={t("stats.submitted")} value={count(data.totals.submitted)} />
        <Stat label={t("stats.inPreparation")} value={count(data.totals.inPreparation)} />
        <Stat label={t("stats.none")} value={count(data.totals.none)} testId="coverage-none" />
      </dl>

      <section aria-labelledby="unaddressed-heading" className="space-y-2">
        <h3 id="unaddressed-heading" className="font-semibold text-slate-900">
          {t("unaddressedHeading")}
        </h3>
        {summary.unaddressedObjectives.length === 0 ? (
          <p className="text-sm text-slate-700">{t("allAddressed")}</p>
        ) : (
          <ul className="list-inside list-disc text-sm text-slate-900" data-testid="unaddressed-objectives">
            {summary.unaddressedObjectives.map((o) => (
              <li key={o.code}>
                <span aria-hidden="true">⚠ </span>
                <Link href={`/objectives/${o.code}`} className="text-link">
                  {`${o.code}: ${pickLocalized(locale, o.titleVi, o.titleEn)}`}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {summary.groups.length > 0 && (
        <section aria-labelledby="coverage-groups-heading" className="space-y-2">
          <h3 id="coverage-groups-heading" className="font-semibold text-slate-900">
            {t("groupsHeading")}
          </h3>
          <DataTable caption={t("groupsCaption")} isCaptionHidden>
            <thead>
              <tr>
                <HeaderCell>{t("groupColumns.kind")}</HeaderCell>
                <HeaderCell className="text-right">{t("groupColumns.organizations")}</HeaderCell>
                {PLAN_STATES.map((state) => (
                  <HeaderCell key={state} className="text-right">
                    {tp(state)}
                  </HeaderCell>
                ))}
                <HeaderCell className="text-right">{t("groupColumns.withTasks")}</HeaderCell>
              </tr>
            </thead>
            <tbody>
              {summary.groups.map((group) => (
                <tr key={group.kind} data-testid={`coverage-group-${group.kind}`}>
                  <RowHeaderCell>{tk(group.kind as "PROVINCE")}</RowHeaderCell>
                  <Cell className="text-right tabular-nums">{count(group.organizations)}</Cell>
                  {PLAN_STATES.map((state) => (
                    <Cell key={state} className="text-right tabular-nums">
                      {count(group.byState[state])}
                    </Cell>
                  ))}
                  <Cell className="text-right tabular-nums">{count(group.withTasks)}</Cell>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      )}

      {summary.objectives.length > 0 && (
        <section aria-labelledby="coverage-objectives-heading" className="space-y-2">
          <h3 id="coverage-objectives-heading" className="font-semibold text-slate-900">
            {t("objectivesHeading")}
          </h3>
          <DataTable caption={t("objectivesCaption")} isCaptionHidden>
            <thead>
              <tr>
                <HeaderCell>{t("objectiveColumns.objective")}</HeaderCell>
                <HeaderCell className="text-right">{t("objectiveColumns.organizations")}</HeaderCell>
                <HeaderCell className="text-right">{t("objectiveColumns.tasks")}</HeaderCell>
              </tr>
            </thead>
            <tbody>
              {summary.objectives.map((o) => (
                <tr key={o.code} data-testid={`coverage-objective-${o.code}`}>
                  <RowHeaderCell>
                    <Link href={`/objectives/${o.code}`} className="text-link">
                      {`${o.code}: ${pickLocalized(locale, o.titleVi, o.titleEn)}`}
                    </Link>
                  </RowHeaderCell>
                  <Cell className="text-right tabular-nums">
                    {o.organizations === 0 ? <span>{`⚠ ${count(0)}`}</span> : count(o.organizations)}
                  </Cell>
                  <Cell className="text-right tabular-nums">{count(o.tasks)}</Cell>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      )}

      <section aria-labelledby="coverage-behind-heading" className="space-y-2">
        <h3 id="coverage-behind-heading" className="font-semibold text-slate-900">
          {t("behindHeading")}
        </h3>
        {summary.withoutApprovedPlan === 0 ? <p className="text-sm text-slate-700">{t("allCovered")}</p> : null}
        {summary.furthestBehind.length > 0 && (
          <>
            <p className="text-sm text-slate-700">
              {t("behindIntro", { shown: summary.furthestBehind.length, total: data.totals.organizations })}
            </p>
            <DataTable caption={t("behindCaption")} isCaptionHidden>
              <thead>
                <tr>
                  <HeaderCell>{t("columns.organization")}</HeaderCell>
                  <HeaderCell>{t("behindColumns.kind")}</HeaderCell>
                  <HeaderCell>{t("columns.planState")}</HeaderCell>
                  <HeaderCell className="text-right">{t("behindColumns.objectives")}</HeaderCell>
                  <HeaderCell className="text-right">{t("behindColumns.tasks")}</HeaderCell>
                </tr>
              </thead>
              <tbody>
                {summary.furthestBehind.map((o) => (
                  <tr key={o.id} data-testid={`coverage-behind-${o.code}`}>
                    <RowHeaderCell>
                      {o.planId ? (
                        <Link href={`/plans/${o.planId}`} className="text-link">
                          {pickLocalized(locale, o.nameVi, o.nameEn)}
                        </Link>
                      ) : (
                        pickLocalized(locale, o.nameVi, o.nameEn)
                      )}
                    </RowHeaderCell>
                    <Cell>{tk(o.kind as "PROVINCE")}</Cell>
                    <Cell>
                      <PlanStateBadge state={o.planState} />
                    </Cell>
                    <Cell className="text-right tabular-nums">
                      {t("objectivesOf", { count: o.objectivesAddressed, total: data.objectives.length })}
                    </Cell>
                    <Cell className="text-right tabular-nums">{count(o.tasks)}</Cell>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </>
        )}
        <p className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <Link href={scorecardsHref} className="font-medium text-link" data-testid="coverage-all-link">
            {t("allScorecards", { count: data.totals.organizations })}
            <span aria-hidden="true"> →</span>
          </Link>
          <a href={matrixHref} className="text-link">
            {t("matrixExport")}
          </a>
        </p>
      </section>
    </div>
  );
}
