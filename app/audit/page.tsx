import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listAuditEntries, parseAuditFilters, type AuditFilterInput } from "@/lib/server/queries/audit";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

function hrefFor(input: AuditFilterInput, page: number, invalid: readonly string[]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    if (value && !invalid.includes(key)) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/audit?${search}` : "/audit";
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await requireUser({ returnTo: "/audit" });
  requirePagePermission(user, "audit:read");
  const t = await getTranslations("audit");
  const { filters, input, invalid } = parseAuditFilters(await searchParams);
  const result = await listAuditEntries(user, filters);
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>} />
      <AuditFilters values={input} invalid={invalid} />
      <p aria-live="polite" className="text-sm text-slate-700">
        {t("resultCount", { count: result.total })}
      </p>
      {result.entries.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <AuditTable
          entries={result.entries}
          caption={t("tableCaption", { page: result.page, pageCount: result.pageCount })}
          hrefForEntity={(entity, entityId) => hrefFor({ entity, entityId, actorEmail: "", action: "", from: "", to: "" }, 1, [])}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => hrefFor(input, page, invalid)}
        labels={{
          navigation: t("pagination.label"),
          previous: t("pagination.previous"),
          next: t("pagination.next"),
          page: (page) => t("pagination.page", { page }),
        }}
      />
    </div>
  );
}
