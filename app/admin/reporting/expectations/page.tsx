import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ExpectationFilters } from "@/components/reporting-config/expectation-filters";
import { ExpectationMatrixForm } from "@/components/reporting-config/expectation-matrix-form";
import { ReportingNav } from "@/components/reporting-config/reporting-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { toLocale } from "@/lib/i18n/config";
import { expectationFilterSchema, type ExpectationFilter } from "@/lib/schemas/reporting-config";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listExpectationMatrix } from "@/lib/server/services/reporting-config";
import { updateExpectationsAction } from "../actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportingConfig");
  return { title: t("expectations.heading") };
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function hrefFor(filter: ExpectationFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.region) params.set("region", filter.region);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/reporting/expectations?${search}` : "/admin/reporting/expectations";
}

export default async function ExpectationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await requireUser({ returnTo: "/admin/reporting/expectations" });
  requirePagePermission(user, "reference:manage");
  const t = await getTranslations("reportingConfig");
  const ta = await getTranslations("admin");
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const filter = expectationFilterSchema.parse({
    q: firstValue(params.q),
    kind: firstValue(params.kind) || undefined,
    region: firstValue(params.region) || undefined,
    page: firstValue(params.page),
  });
  const matrix = await listExpectationMatrix(user, filter);
  return (
    <div className="space-y-6">
      <nav aria-label={ta("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{ta("home.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href="/admin/reporting">{t("title")}</TextLink>
      </nav>
      <PageHeading title={t("expectations.heading")} description={<p>{t("expectations.intro")}</p>}>
        <ReportingNav current="expectations" />
      </PageHeading>
      <ExpectationFilters q={filter.q ?? ""} kind={filter.kind ?? null} region={filter.region ?? null} />
      <p aria-live="polite" className="text-sm text-slate-700">
        {t("expectations.resultCount", { count: matrix.total })}
      </p>
      {matrix.rows.length === 0 ? (
        <EmptyState title={t("expectations.emptyTitle")}>{t("expectations.emptyBody")}</EmptyState>
      ) : (
        <ExpectationMatrixForm
          rows={matrix.rows}
          reportTypes={matrix.reportTypes}
          caption={t("expectations.tableCaption", { page: matrix.page, pageCount: matrix.pageCount })}
          locale={locale}
          action={updateExpectationsAction}
        />
      )}
      <Pagination
        page={matrix.page}
        pageCount={matrix.pageCount}
        hrefForPage={(page) => hrefFor(filter, page)}
        labels={{
          navigation: t("expectations.pagination"),
          previous: ta("pagination.previous"),
          next: ta("pagination.next"),
          page: (page) => ta("pagination.page", { page }),
        }}
      />
    </div>
  );
}
