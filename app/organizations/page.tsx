import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { OrganizationFilters } from "@/components/organizations/organization-filters";
import { OrganizationTable } from "@/components/organizations/organization-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { listOrganizations, organizationKindFilters, parseOrganizationDirectoryQuery } from "@/lib/server/queries/organizations";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organizations");
  return { title: t("metaTitle") };
}

function buildDirectoryHref({ kind, q, page }: { kind: string | null; q: string; page?: number }): string {
  const params = new URLSearchParams();
  if (kind) params.set("kind", kind);
  if (q) params.set("q", q);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/organizations?${query}` : "/organizations";
}

export default async function OrganizationsPage({ searchParams }: Props) {
  await connection();
  const query = parseOrganizationDirectoryQuery(await searchParams);
  const t = await getTranslations("organizations");
  const result = await listOrganizations(null, query);

  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t("eyebrow")} title={t("title")} description={<p>{t("intro")}</p>} />
      <OrganizationFilters
        filters={organizationKindFilters}
        kind={query.kind}
        q={query.q}
        hrefForKind={(kind) => buildDirectoryHref({ kind, q: query.q })}
        clearSearchHref={buildDirectoryHref({ kind: query.kind, q: "" })}
      />
      <p className="text-sm font-medium text-slate-700" data-testid="organization-count">
        {query.q ? t("resultCountFor", { count: result.total, q: query.q }) : t("resultCount", { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <>
          <OrganizationTable caption={t("tableCaption", { page: result.page, pageCount: result.pageCount })} rows={result.rows} />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefForPage={(page) => buildDirectoryHref({ kind: query.kind, q: query.q, page })}
            labels={{
              navigation: t("pagination.label"),
              previous: t("pagination.previous"),
              next: t("pagination.next"),
              page: (page) => t("pagination.page", { page }),
            }}
          />
        </>
      )}
    </div>
  );
}
