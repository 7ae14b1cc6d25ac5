import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { OrganizationAdminFilters } from "@/components/admin/organization-admin-filters";
import { OrganizationAdminTable } from "@/components/admin/organization-admin-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listAdminOrganizations, parseAdminOrganizationQuery, type AdminOrganizationQuery } from "@/lib/server/queries/admin-organizations";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("organizations.title") };
}

function hrefFor(query: AdminOrganizationQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.kind) params.set("kind", query.kind);
  if (query.status) params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/organizations?${search}` : "/admin/organizations";
}

export default async function AdminOrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const user = await requireUser({ returnTo: "/admin/organizations" });
  requirePagePermission(user, "organization:manage");
  const t = await getTranslations("admin");
  const query = parseAdminOrganizationQuery(await searchParams);
  const result = await listAdminOrganizations(user, query);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{t("home.title")}</TextLink>
      </nav>
      <PageHeading title={t("organizations.title")} description={<p>{t("organizations.intro")}</p>}>
        <p>
          <Link
            href="/admin/organizations/new"
            className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
            data-testid="new-organization-link"
          >
            {t("organizations.new")}
          </Link>
        </p>
      </PageHeading>
      <OrganizationAdminFilters q={query.q} kind={query.kind} status={query.status} />
      <p aria-live="polite" className="text-sm text-slate-700">
        {t("organizations.resultCount", { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <EmptyState title={t("organizations.emptyTitle")}>{t("organizations.emptyBody")}</EmptyState>
      ) : (
        <OrganizationAdminTable
          rows={result.rows}
          caption={t("organizations.tableCaption", { page: result.page, pageCount: result.pageCount })}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => hrefFor(query, page)}
        labels={{
          navigation: t("pagination.organizations"),
          previous: t("pagination.previous"),
          next: t("pagination.next"),
          page: (page) => t("pagination.page", { page }),
        }}
      />
    </div>
  );
}
