import { BreakthroughPanel } from "@/components/dashboard/breakthrough-panel";
import { CompliancePanel } from "@/components/dashboard/compliance-panel";
import { CoveragePanel } from "@/components/dashboard/coverage-panel";
import { DeliveryOutcomePanel } from "@/components/dashboard/delivery-outcome-panel";
import { IndicatorOverviewPanel } from "@/components/dashboard/indicator-overview";
import { OverduePanel } from "@/components/dashboard/overdue-panel";
import { TaskCompletionPanel } from "@/components/dashboard/task-completion-panel";
import { dashboardSearch, pickDashboardFilters, withSearch, type DashboardFilters } from "@/lib/domain/dashboard-filters";
import type { SessionUser } from "@/lib/server/auth/session";
import {
  getBreakthroughs,
  getDeliveryOutcomeFlags,
  getHeadlineIndicators,
  getPlanCoverage,
  getReportingCompliance,
  getTaskCompletion,
  listOverdueTasks,
} from "@/lib/server/queries/dashboard";

// Each widget fetches its own roll-up, so each streams into its own Suspense boundary as soon as it is ready.
// `showTables`: the overview's tables view (`?tables=1`), where the charts' data tables and the breakthrough
// list are in the page; by default they are one link away, so that the overview stays small (issue 16).
type WidgetProps = { user: SessionUser; filters: DashboardFilters; now: Date; showTables: boolean };

function tablesHref(filters: DashboardFilters, showTables: boolean, id: string): string | null {
  return showTables ? null : `${withSearch("/dashboard", dashboardSearch(filters, { tables: 1 }))}#${id}`;
}

export async function HeadlineIndicatorsWidget({ user, filters, now, showTables }: WidgetProps) {
  return (
    <IndicatorOverviewPanel
      data={await getHeadlineIndicators(user, filters, now)}
      tablesHref={tablesHref(filters, showTables, "indicators")}
    />
  );
}

export async function TaskCompletionWidget({ user, filters, now, showTables }: WidgetProps) {
  return (
    <TaskCompletionPanel data={await getTaskCompletion(user, filters, now)} tablesHref={tablesHref(filters, showTables, "completion")} />
  );
}

export async function DeliveryOutcomeWidget({ user, filters, now }: WidgetProps) {
  return <DeliveryOutcomePanel data={await getDeliveryOutcomeFlags(user, filters, now)} />;
}

export async function ComplianceWidget({ user, filters, now, showTables }: WidgetProps) {
  return (
    <CompliancePanel data={await getReportingCompliance(user, filters, now)} tablesHref={tablesHref(filters, showTables, "compliance")} />
  );
}

export async function CoverageWidget({ user, filters, now }: WidgetProps) {
  const data = await getPlanCoverage(user, filters, now);
  const scorecardsHref = withSearch(
    "/dashboard/organizations",
    dashboardSearch(pickDashboardFilters({ ...filters, period: undefined }), { sort: "plan", dir: "desc" }),
  );
  return (
    <CoveragePanel
      data={data}
      scorecardsHref={scorecardsHref}
      matrixHref={withSearch("/dashboard/export.xlsx", dashboardSearch(filters, { table: "coverageMatrix" }))}
    />
  );
}

export async function OverdueWidget({ user, filters, now }: WidgetProps) {
  const data = await listOverdueTasks(user, filters, now, { limit: 10 });
  return <OverduePanel data={data} exportHref={withSearch("/dashboard/export.xlsx", dashboardSearch(filters, { table: "overdue" }))} />;
}

export async function BreakthroughWidget({ user, filters, now, showTables }: WidgetProps) {
  return (
    <BreakthroughPanel data={await getBreakthroughs(user, filters, now)} tablesHref={tablesHref(filters, showTables, "breakthroughs")} />
  );
}
