import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { HolidayCreateForm } from "@/components/reporting-config/holiday-create-form";
import { HolidayTable } from "@/components/reporting-config/holiday-table";
import { ReportingNav } from "@/components/reporting-config/reporting-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { vietnamCalendarDay } from "@/lib/domain/report-obligations";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listPublicHolidays } from "@/lib/server/services/reporting-config";
import { createHolidayAction, deleteHolidayAction, renameHolidayAction } from "../actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportingConfig");
  return { title: t("holidays.heading") };
}

function firstValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await requireUser({ returnTo: "/admin/reporting/holidays" });
  requirePagePermission(user, "reference:manage");
  const t = await getTranslations("reportingConfig");
  const ta = await getTranslations("admin");
  const params = await searchParams;
  const yearParam = firstValue(params.year);
  const deleted = firstValue(params.deleted);
  // Default: the current year (Vietnam time); "all" lists every year.
  const year =
    yearParam === "all" ? undefined : /^\d{4}$/.test(yearParam) ? Number(yearParam) : vietnamCalendarDay(new Date()).getUTCFullYear();
  const { holidays, years } = await listPublicHolidays(user, { year });
  const yearLinks = [...new Set([...years, ...(year ? [year] : [])])].sort((a, b) => a - b);
  return (
    <div className="space-y-6">
      <nav aria-label={ta("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{ta("home.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href="/admin/reporting">{t("title")}</TextLink>
      </nav>
      <PageHeading title={t("holidays.heading")} description={<p>{t("holidays.intro")}</p>}>
        <ReportingNav current="holidays" />
      </PageHeading>
      <p role="note" className="rounded border-2 border-cb-orange bg-amber-50 p-3 text-sm text-amber-950">
        {t("holidays.adjustWarning")}
      </p>
      {/^\d+$/.test(deleted) && (
        <p role="status" className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950">
          {t("holidays.deleted")} {t("periodsRecalculated", { count: Number(deleted) })}
        </p>
      )}
      <Card as="section">
        <h2 className="mb-3 text-lg font-semibold">{t("holidays.addHeading")}</h2>
        <HolidayCreateForm action={createHolidayAction} />
      </Card>
      <section aria-labelledby="holiday-list-heading" className="space-y-3">
        <h2 id="holiday-list-heading" className="text-lg font-semibold">
          {year ? t("holidays.tableCaption", { year }) : t("holidays.tableCaptionAll")}
        </h2>
        <nav aria-label={t("holidays.yearFilter")}>
          <ul className="flex flex-wrap gap-1 text-sm">
            {yearLinks.map((y) => (
              <li key={y}>
                <Link
                  href={`/admin/reporting/holidays?year=${y}`}
                  aria-current={y === year ? "page" : undefined}
                  className={
                    y === year
                      ? "inline-block rounded border border-brand bg-brand px-2.5 py-1 font-semibold text-white"
                      : "inline-block rounded border border-slate-300 bg-white px-2.5 py-1 text-cb-blue hover:border-brand"
                  }
                >
                  {y}
                </Link>
              </li>
            ))}
            <li>
              <Link
                href="/admin/reporting/holidays?year=all"
                aria-current={year === undefined ? "page" : undefined}
                className={
                  year === undefined
                    ? "inline-block rounded border border-brand bg-brand px-2.5 py-1 font-semibold text-white"
                    : "inline-block rounded border border-slate-300 bg-white px-2.5 py-1 text-cb-blue hover:border-brand"
                }
              >
                {t("holidays.allYears")}
              </Link>
            </li>
          </ul>
        </nav>
        <p aria-live="polite" className="text-sm text-slate-700">
          {t("holidays.count", { count: holidays.length })}
        </p>
        {holidays.length === 0 ? (
          <EmptyState title={t("holidays.emptyTitle")}>{t("holidays.emptyBody")}</EmptyState>
        ) : (
          <HolidayTable
            holidays={holidays}
            caption={year ? t("holidays.tableCaption", { year }) : t("holidays.tableCaptionAll")}
            renameAction={renameHolidayAction}
            deleteAction={deleteHolidayAction}
          />
        )}
      </section>
    </div>
  );
}
