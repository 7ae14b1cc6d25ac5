import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { formatAverage, formatPeriod, formatRate } from "@/lib/domain/dashboard-format";
import { ProgressStatusBadge } from "@/components/dashboard/status-badges";
import { TaskListTable } from "@/components/dashboard/task-list-table";
import { Stat } from "@/components/dashboard/widget";
import { Card } from "@/components/ui/card";
import { ConfidenceBadge } from "@/components/ui/confidence-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { SourceLinks } from "@/components/ui/source-links";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { DASHBOARD_ORGANIZATION_GROUP_KEYS, withSearch } from "@/lib/domain/dashboard-filters";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber, pickLocalized } from "@/lib/i18n/format";
import { parseObjectiveTasksQuery } from "@/lib/schemas/dashboard";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getObjectiveDetail } from "@/lib/server/queries/dashboard";
import { objectiveLabel, taskGroupLabel } from "@/lib/i18n/glossary";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const t = await getTranslations("dashboard.objective");
  return { title: t("metaTitle", { code: code.slice(0, 10) }) };
}

// Drill-down from an objective: its indicators and status, the tasks in force that serve it across
// organizations (→ task history → report rows), and the organizations involved (→ their plans).
// No loading.tsx on this route: it calls notFound(), and a streaming boundary would answer 404s with 200.
export default async function ObjectivePage({ params, searchParams }: Props) {
  await connection();
  const { code } = await params;
  const user = await requireUser({ returnTo: `/objectives/${encodeURIComponent(code)}` });
  requirePagePermission(user, "dashboard:read");
  const query = parseObjectiveTasksQuery(await searchParams);
  const detail = await getObjectiveDetail(user, code, query, new Date());
  if (!detail) notFound();
  const t = await getTranslations("dashboard.objective");
  const tg = await getTranslations("dashboard.groups");
  const tk = await getTranslations("organizations.kind");
  const tr = await getTranslations("dashboard.reportStatus");
  const locale = toLocale(await getLocale());
  const { objective } = detail;
  const title = pickLocalized(locale, objective.titleVi, objective.titleEn);
  const base = `/objectives/${encodeURIComponent(objective.code)}`;
  const hrefForPage = (page: number) => {
    const params = new URLSearchParams();
    if (query.orgKind) params.set("orgKind", query.orgKind);
    if (page > 1) params.set("page", String(page));
    return withSearch(base, params.toString());
  };
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/dashboard">{t("backToDashboard")}</TextLink>
        <span aria-hidden="true"> › </span>
        <span>{objectiveLabel(objective.code, locale)}</span>
      </nav>
      <PageHeading
        eyebrow={objectiveLabel(objective.code, locale)}
        title={title}
        description={
          <div className="space-y-1">
            {objective.taskGroup && (
              <p>
                {t("taskGroup", {
                  code: taskGroupLabel(objective.taskGroup.code, null, locale),
                  name: pickLocalized(locale, objective.taskGroup.nameVi, objective.taskGroup.nameEn),
                })}
              </p>
            )}
            <SourceLinks urls={objective.sourceUrls} />
          </div>
        }
      />

      <Card as="section" className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">{t("indicatorsHeading")}</h2>
        {detail.indicators.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noIndicators")}</p>
        ) : (
          <DataTable caption={t("indicatorsHeading")} isCaptionHidden>
            <thead>
              <tr>
                <HeaderCell>{t("columns.indicator")}</HeaderCell>
                <HeaderCell>{t("columns.latest")}</HeaderCell>
                <HeaderCell>{t("columns.target")}</HeaderCell>
                <HeaderCell>{t("columns.status")}</HeaderCell>
              </tr>
            </thead>
            <tbody>
              {detail.indicators.map((indicator) => (
                <tr key={indicator.code} data-testid={`objective-indicator-${indicator.code}`}>
                  <RowHeaderCell>
                    <TextLink href={`/indicators/${encodeURIComponent(indicator.code)}`}>
                      {pickLocalized(locale, indicator.nameVi, indicator.nameEn)}
                    </TextLink>
                  </RowHeaderCell>
                  <Cell>
                    {indicator.latest ? (
                      <span className="flex flex-wrap items-center gap-2">
                        <span className="tabular-nums">
                          {t("valueInYear", { value: formatNumber(indicator.latest.value, locale), year: indicator.latest.year })}
                        </span>
                        <ConfidenceBadge confidence={indicator.latest.confidence} />
                      </span>
                    ) : (
                      t("noValue")
                    )}
                  </Cell>
                  <Cell className="tabular-nums">
                    {indicator.targetValue !== null && indicator.targetYear !== null
                      ? t("valueInYear", { value: formatNumber(indicator.targetValue, locale), year: indicator.targetYear })
                      : t("noTarget")}
                  </Cell>
                  <Cell>
                    <span className="flex flex-wrap items-center gap-2">
                      <ProgressStatusBadge status={indicator.progress.status} />
                      <TextLink href={`/indicators/${encodeURIComponent(indicator.code)}#progress-method`} className="text-xs">
                        {t("howCalculated")}
                        <span className="sr-only">{` — ${indicator.code}`}</span>
                      </TextLink>
                    </span>
                  </Cell>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Card>

      <Card as="section" className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">{t("deliveryHeading")}</h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Stat label={t("stats.tasks")} value={detail.completion.total} testId="objective-task-count" />
          <Stat label={t("stats.complete")} value={formatRate(detail.completion.completionRate, locale)} />
          <Stat label={t("stats.averageProgress")} value={formatAverage(detail.completion.averageProgress, locale)} />
          <Stat label={t("stats.overdue")} value={detail.completion.overdue} />
        </dl>
        <section aria-labelledby="organizations-heading" className="space-y-2">
          <h3 id="organizations-heading" className="font-semibold text-slate-900">
            {t("organizationsHeading")}
          </h3>
          {detail.organizations.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noOrganizations")}</p>
          ) : (
            <DataTable caption={t("organizationsHeading")} isCaptionHidden>
              <thead>
                <tr>
                  <HeaderCell>{t("columns.organization")}</HeaderCell>
                  <HeaderCell>{t("columns.kind")}</HeaderCell>
                  <HeaderCell className="text-right">{t("columns.tasks")}</HeaderCell>
                  <HeaderCell className="text-right">{t("columns.complete")}</HeaderCell>
                  <HeaderCell className="text-right">{t("columns.overdue")}</HeaderCell>
                  <HeaderCell>{t("columns.plans")}</HeaderCell>
                </tr>
              </thead>
              <tbody>
                {detail.organizations.map((o) => (
                  <tr key={o.id}>
                    <RowHeaderCell>{pickLocalized(locale, o.nameVi, o.nameEn)}</RowHeaderCell>
                    <Cell>{tk(o.kind as "PROVINCE")}</Cell>
                    <Cell className="text-right tabular-nums">{o.total}</Cell>
                    <Cell className="text-right tabular-nums">{formatRate(o.completionRate, locale)}</Cell>
                    <Cell className="text-right tabular-nums">{o.overdue}</Cell>
                    <Cell>
                      <ul className="space-y-0.5">
                        {o.plans.map((plan) => (
                          <li key={plan.id}>
                            <TextLink href={`/plans/${plan.id}`}>{plan.title}</TextLink>
                          </li>
                        ))}
                      </ul>
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </section>
      </Card>

      <Card as="section" className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">{t("tasksHeading")}</h2>
        <p className="text-sm text-slate-700">{t("tasksIntro")}</p>
        <form method="get" action={base} role="search" aria-label={t("filterLabel")} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="objective-kind" className="block text-sm font-medium text-slate-800">
              {t("orgKind")}
            </label>
            <select
              id="objective-kind"
              name="orgKind"
              defaultValue={query.orgKind ?? ""}
              className="mt-1 rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t("allKinds")}</option>
              {DASHBOARD_ORGANIZATION_GROUP_KEYS.map((group) => (
                <option key={group} value={group}>
                  {tg(group)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {t("apply")}
          </button>
        </form>
        <p aria-live="polite" className="text-sm text-slate-700" data-testid="objective-task-total">
          {t("taskCount", { count: detail.total })}
        </p>
        {detail.tasks.length === 0 ? (
          <EmptyState title={t("noTasks")} />
        ) : (
          <TaskListTable
            caption={t("tasksCaption", { page: detail.page, pageCount: detail.pageCount })}
            tasks={detail.tasks}
            testId="objective-task"
            extraColumn={{
              header: t("columns.reports"),
              render: (task) =>
                task.reports.length === 0 ? (
                  <span className="text-slate-600">{t("noReports")}</span>
                ) : (
                  <ul className="space-y-0.5">
                    {task.reports.map((report) => (
                      <li key={report.id}>
                        <TextLink href={`/reports/${report.id}`} className="whitespace-nowrap">
                          {formatPeriod(report, locale)}
                        </TextLink>{" "}
                        <span className="text-xs text-slate-600">({tr(report.status as "DRAFT")})</span>
                      </li>
                    ))}
                  </ul>
                ),
            }}
          />
        )}
        <Pagination
          page={detail.page}
          pageCount={detail.pageCount}
          hrefForPage={hrefForPage}
          labels={{ navigation: t("pagination"), previous: t("previous"), next: t("next"), page: (page) => t("page", { page }) }}
        />
      </Card>
    </div>
  );
}
