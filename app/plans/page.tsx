import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PlanFilters } from "@/components/plans/plan-filters";
import { PlanTable } from "@/components/plans/plan-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { PLAN_STATUSES } from "@/lib/domain/plan-workflow";
import { can, scopeOf } from "@/lib/domain/policy";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listPlanOrganizationOptions } from "@/lib/server/queries/plan-form-options";
import { listPlans } from "@/lib/server/queries/plans";

const PAGE_SIZE = 50;
const STATUSES: readonly string[] = PLAN_STATUSES;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans.list");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function parseQuery(params: SearchParams) {
  const status = first(params.status);
  const organizationId = first(params.organization).slice(0, 40);
  const page = Number.parseInt(first(params.page), 10);
  return {
    status: STATUSES.includes(status) ? (status as PlanStatus) : undefined,
    organizationId: organizationId || undefined,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

function hrefFor(query: ReturnType<typeof parseQuery>, page: number): string {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.organizationId) params.set("organization", query.organizationId);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/plans?${search}` : "/plans";
}

// Every plan the user may read: the Steering Committee and administrators see all organizations' (filterable),
// organization staff their own (and those of the units their organization succeeded).
export default async function PlansPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const user = await requireUser({ returnTo: "/plans" });
  requirePagePermission(user, "plan:read");
  const t = await getTranslations("plans.list");
  const query = parseQuery(await searchParams);
  const [organizations, firstPage] = await Promise.all([
    listPlanOrganizationOptions(user),
    listPlans(user, { status: query.status, organizationId: query.organizationId, take: PAGE_SIZE, skip: (query.page - 1) * PAGE_SIZE }),
  ]);
  const pageCount = Math.max(1, Math.ceil(firstPage.total / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  // A page number past the end (e.g. after filtering) shows the last page rather than an empty one.
  const { plans, total } =
    page === query.page
      ? firstPage
      : await listPlans(user, {
          status: query.status,
          organizationId: query.organizationId,
          take: PAGE_SIZE,
          skip: (page - 1) * PAGE_SIZE,
        });
  const isFiltered = Boolean(query.status || query.organizationId);
  const showOrganization = scopeOf(user, "plan:read") === "all" || user.readableOrganizationIds.length > 1;
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>}>
        {can(user, "plan:create") && (
          <p>
            <Link
              href="/plans/new"
              className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
              data-testid="new-plan-link"
            >
              {t("new")}
            </Link>
          </p>
        )}
      </PageHeading>
      <PlanFilters status={query.status ?? ""} organizationId={query.organizationId ?? ""} organizations={organizations} />
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="plan-count">
        {t("resultCount", { count: total })}
      </p>
      {plans.length === 0 ? (
        <EmptyState title={isFiltered ? t("emptyFilteredTitle") : t("emptyTitle")}>
          {isFiltered ? t("emptyFilteredBody") : can(user, "plan:create") ? t("emptyBodyCreate") : t("emptyBody")}
        </EmptyState>
      ) : (
        <div
          role="region"
          aria-label={t("tableCaption", { page, pageCount })}
          tabIndex={0}
          className="overflow-x-auto rounded-lg border border-slate-200 shadow-sm"
        >
          <PlanTable plans={plans} caption={t("tableCaption", { page, pageCount })} showOrganization={showOrganization} />
        </div>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefForPage={(p) => hrefFor(query, p)}
        labels={{ navigation: t("pagination"), previous: t("previous"), next: t("next"), page: (p) => t("page", { page: p }) }}
      />
    </div>
  );
}
