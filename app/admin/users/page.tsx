import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { UserFilters } from "@/components/admin/user-filters";
import { UserTable } from "@/components/admin/user-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listUsers, parseUserListQuery, type UserListQuery } from "@/lib/server/queries/users";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("users.title") };
}

function hrefFor(query: UserListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.role) params.set("role", query.role);
  if (query.status) params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/users?${search}` : "/admin/users";
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await requireUser({ returnTo: "/admin/users" });
  requirePagePermission(user, "user:manage");
  const t = await getTranslations("admin");
  const query = parseUserListQuery(await searchParams);
  const result = await listUsers(user, query);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{t("home.title")}</TextLink>
      </nav>
      <PageHeading title={t("users.title")} description={<p>{t("users.intro")}</p>}>
        <p>
          <Link
            href="/admin/users/new"
            className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
            data-testid="new-user-link"
          >
            {t("users.new")}
          </Link>
        </p>
      </PageHeading>
      <UserFilters q={query.q} role={query.role} status={query.status} />
      <p aria-live="polite" className="text-sm text-slate-700">
        {t("users.resultCount", { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <EmptyState title={t("users.emptyTitle")}>{t("users.emptyBody")}</EmptyState>
      ) : (
        <UserTable rows={result.rows} caption={t("users.tableCaption", { page: result.page, pageCount: result.pageCount })} />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => hrefFor(query, page)}
        labels={{
          navigation: t("pagination.users"),
          previous: t("pagination.previous"),
          next: t("pagination.next"),
          page: (page) => t("pagination.page", { page }),
        }}
      />
    </div>
  );
}
