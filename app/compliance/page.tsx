import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ComplianceFilters } from "@/components/compliance/compliance-filters";
import { ComplianceLegend } from "@/components/compliance/compliance-legend";
import { ComplianceMatrix } from "@/components/compliance/compliance-matrix";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { scopeOf } from "@/lib/domain/policy";
import { complianceSearch, organizationKindsOf, parseComplianceQuery } from "@/lib/domain/report-compliance-filters";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getCompliance } from "@/lib/server/queries/reports";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.complianceView");
  return { title: t("metaTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

// Who reported on time: the Steering Committee and administrators see every organization that owes reports;
// organization staff see their own row (the query scopes it).
export default async function CompliancePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const user = await requireUser({ returnTo: "/compliance" });
  requirePagePermission(user, "report:read");
  const t = await getTranslations("reports");
  const query = parseComplianceQuery(await searchParams);
  const view = await getCompliance(user, {
    kind: query.kind,
    fromYear: query.fromYear,
    toYear: query.toYear,
    organizationKinds: organizationKindsOf(query),
    region: query.region,
  });
  const seesAll = scopeOf(user, "report:read") === "all";
  const search = complianceSearch(query);
  const caption = t("complianceView.caption", { kind: t(`periodKind.${query.kind}`), from: query.fromYear, to: query.toYear });
  return (
    <div className="space-y-6">
      <PageHeading title={t("complianceView.title")} description={<p>{t("complianceView.intro")}</p>}>
        {!seesAll && <p className="text-sm font-medium text-slate-800">{t("complianceView.ownOnly")}</p>}
      </PageHeading>
      <ComplianceFilters query={query} showOrganizationFilters={seesAll} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite" className="text-sm text-slate-700" data-testid="compliance-count">
          {t("complianceView.count", { count: view.rows.length })}
        </p>
        <a
          href={`/compliance/export.xlsx${search ? `?${search}` : ""}`}
          download
          className="inline-block rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:border-brand"
          data-testid="compliance-export"
        >
          {t("complianceView.export")}
        </a>
      </div>
      <ComplianceLegend />
      {view.periods.length === 0 ? (
        <EmptyState title={t("complianceView.noPeriods")} />
      ) : view.rows.length === 0 ? (
        <EmptyState title={t("complianceView.emptyTitle")}>{t("complianceView.emptyBody")}</EmptyState>
      ) : (
        <ComplianceMatrix view={view} caption={caption} />
      )}
    </div>
  );
}
