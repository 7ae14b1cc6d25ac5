import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { DashboardFilterForm } from "@/components/dashboard/dashboard-filters";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { ExportLinks } from "@/components/dashboard/export-links";
import { FilterSummary } from "@/components/dashboard/filter-summary";
import { Widget, WidgetSkeleton } from "@/components/dashboard/widget";
import { WidgetErrorBoundary } from "@/components/dashboard/widget-error-boundary";
import { PageHeading } from "@/components/ui/page-heading";
import { dashboardSearch } from "@/lib/domain/dashboard-filters";
import { vietnamCalendarDay } from "@/lib/domain/report-obligations";
import { formatDate } from "@/lib/i18n/format";
import { parseDashboardFilters } from "@/lib/schemas/dashboard";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listDashboardPeriods } from "@/lib/server/queries/dashboard";
import {
  BreakthroughWidget,
  ComplianceWidget,
  CoverageWidget,
  DeliveryOutcomeWidget,
  HeadlineIndicatorsWidget,
  OverdueWidget,
  TaskCompletionWidget,
} from "./_widgets/overview-widgets";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.overview");
  return { title: t("metaTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

// The Steering Committee's overview. Filters are a GET form (the URL is the view, shareable as a link);
// every widget streams in its own Suspense boundary, inside its own error boundary (a widget whose roll-up
// fails says so in place, with a retry; the others render). No loading.tsx here: the page itself renders at once.
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const user = await requireUser({ returnTo: "/dashboard" });
  requirePagePermission(user, "dashboard:read");
  const params = await searchParams;
  const filters = parseDashboardFilters(params);
  const now = new Date();
  const t = await getTranslations("dashboard.overview");
  const tw = await getTranslations("dashboard.widgets");
  const search = dashboardSearch(filters);
  const periods = await listDashboardPeriods(user);
  // The charts' data tables and the breakthrough list only in the tables view (`?tables=1`): folded away, they
  // were most of the page's bytes, sent twice (HTML and RSC payload) to every viewer.
  const props = { user, filters, now, showTables: params.tables === "1" };
  const widget = (id: string, content: ReactNode, lines = 4) => (
    <Widget id={id} title={tw(`${id}.title`)} description={<p>{tw(`${id}.description`)}</p>}>
      <WidgetErrorBoundary message={tw("error", { name: tw(`${id}.title`) })} retry={tw("retry")}>
        <Suspense fallback={<WidgetSkeleton label={tw("loading", { name: tw(`${id}.title`) })} lines={lines} />}>{content}</Suspense>
      </WidgetErrorBoundary>
    </Widget>
  );
  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t("eyebrow")} title={t("title")} description={<p>{t("intro")}</p>}>
        <p className="text-sm text-slate-700">{t("asOf", { date: formatDate(vietnamCalendarDay(now)) })}</p>
      </PageHeading>
      <DashboardNav current="overview" search={search} />
      <DashboardFilterForm action="/dashboard" filters={filters} periods={periods} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <FilterSummary filters={filters} periods={periods} />
        <ExportLinks
          pdfHref={`/dashboard/export.pdf${search ? `?${search}` : ""}`}
          xlsxHref={`/dashboard/export.xlsx${search ? `?${search}` : ""}`}
        />
      </div>
      {widget("indicators", <HeadlineIndicatorsWidget {...props} />, 6)}
      {widget("completion", <TaskCompletionWidget {...props} />, 6)}
      {widget("flags", <DeliveryOutcomeWidget {...props} />)}
      <div className="grid gap-6 xl:grid-cols-2">
        {widget("compliance", <ComplianceWidget {...props} />, 6)}
        {widget("coverage", <CoverageWidget {...props} />, 6)}
      </div>
      {widget("overdue", <OverdueWidget {...props} />)}
      {widget("breakthroughs", <BreakthroughWidget {...props} />)}
      <p className="text-sm text-slate-700">{t("scopeNote")}</p>
    </div>
  );
}
