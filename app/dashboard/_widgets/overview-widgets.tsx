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
type WidgetProps = { user: SessionUser; filters: DashboardFilters; now: Date };

export async function HeadlineIndicatorsWidget({ user, filters, now }: WidgetProps) {
  return <IndicatorOverviewPanel data={await getHeadlineIndicators(user, filters, now)} />;
}

export async function TaskCompletionWidget({ user, filters, now }: WidgetProps) {
  return <TaskCompletionPanel data={await getTaskCompletion(user, filters, now)} />;
}

export async function DeliveryOutcomeWidget({ user, filters, now }: WidgetProps) {
  return <DeliveryOutcomePanel data={await getDeliveryOutcomeFlags(user, filters, now)} />;
}

export async function ComplianceWidget({ user, filters, now }: WidgetProps) {
  return <CompliancePanel data={await getReportingCompliance(user, filters, now)} />;
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
  const data = await listOverdueTasks(user, filters, now, { limit: 20 });
  return <OverduePanel data={data} exportHref={withSearch("/dashboard/export.xlsx", dashboardSearch(filters, { table: "overdue" }))} />;
}

export async function BreakthroughWidget({ user, filters, now }: WidgetProps) {
  return <BreakthroughPanel data={await getBreakthroughs(user, filters, now)} />;
}
