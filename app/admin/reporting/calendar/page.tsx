import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CalendarExceptionDelete } from "@/components/reporting-config/calendar-exception-delete";
import { CalendarExceptionForm } from "@/components/reporting-config/calendar-exception-form";
import { ReportingNav } from "@/components/reporting-config/reporting-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { vietnamCalendarDay } from "@/lib/domain/report-obligations";
import { formatDate } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listWorkingCalendar } from "@/lib/server/services/reporting-config";
import { createCalendarExceptionAction, deleteCalendarExceptionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportingConfig");
  return { title: t("calendar.heading") };
}

function firstValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

// The Government's yearly day swaps and extra days off, and the compensatory days the Labour Code gives, for one
// year: what the reporting deadlines count as working days besides the weekends and the holidays.
export default async function WorkingCalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const user = await requireUser({ returnTo: "/admin/reporting/calendar" });
  requirePagePermission(user, "reference:manage");
  const t = await getTranslations("reportingConfig");
  const ta = await getTranslations("admin");
  const params = await searchParams;
  const yearParam = firstValue(params.year);
  const deleted = firstValue(params.deleted);
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : vietnamCalendarDay(new Date()).getUTCFullYear();
  const calendar = await listWorkingCalendar(user, { year });
  return (
    <div className="space-y-6">
      <nav aria-label={ta("breadcrumb")} className="text-sm">
        <Link href="/admin" className="text-cb-blue underline underline-offset-2">
          {ta("home.title")}
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href="/admin/reporting" className="text-cb-blue underline underline-offset-2">
          {t("title")}
        </Link>
      </nav>
      <PageHeading title={t("calendar.heading")} description={<p>{t("calendar.intro")}</p>}>
        <ReportingNav current="calendar" />
      </PageHeading>
      {/^\d+$/.test(deleted) && (
        <p role="status" className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950">
          {t("calendar.deleted")} {t("periodsRecalculated", { count: Number(deleted) })}
        </p>
      )}
      <Card as="section">
        <h2 className="mb-3 text-lg font-semibold">{t("calendar.addHeading")}</h2>
        <CalendarExceptionForm action={createCalendarExceptionAction} />
      </Card>
      <section aria-labelledby="exception-list-heading" className="space-y-3">
        <h2 id="exception-list-heading" className="text-lg font-semibold">
          {t("calendar.tableCaption", { year })}
        </h2>
        <nav aria-label={t("holidays.yearFilter")}>
          <ul className="flex flex-wrap gap-1 text-sm">
            {calendar.years.map((y) => (
              <li key={y}>
                <Link
                  href={`/admin/reporting/calendar?year=${y}`}
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
          </ul>
        </nav>
        {calendar.exceptions.length === 0 ? (
          <EmptyState title={t("calendar.emptyTitle")}>{t("calendar.emptyBody")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-sm" data-testid="calendar-exception-table">
              <caption className="sr-only">{t("calendar.tableCaption", { year })}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="p-2">
                    {t("calendar.date")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("calendar.kind")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("calendar.nameVi")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("calendar.document")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("calendar.actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {calendar.exceptions.map((exception) => (
                  <tr key={exception.id} className="border-b border-slate-200 align-top" data-testid={`exception-${exception.date}`}>
                    <td className="p-2 whitespace-nowrap">{formatDate(exception.date)}</td>
                    <td className="p-2">{t(`calendar.kinds.${exception.kind}`)}</td>
                    <td className="p-2">{exception.nameVi}</td>
                    <td className="p-2">
                      {exception.sourceUrl ? (
                        <a
                          href={exception.sourceUrl}
                          rel="noopener noreferrer"
                          target="_blank"
                          className="text-cb-blue underline underline-offset-2"
                        >
                          {exception.documentVi}
                        </a>
                      ) : (
                        exception.documentVi
                      )}
                    </td>
                    <td className="p-2">
                      <CalendarExceptionDelete
                        exception={exception}
                        dateLabel={formatDate(exception.date)}
                        action={deleteCalendarExceptionAction}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="text-base font-semibold">{t("calendar.compensatoryHeading")}</h3>
        <p className="text-sm text-slate-700">{t("calendar.compensatoryIntro")}</p>
        <p className="text-sm" data-testid="compensatory-days">
          {calendar.compensatoryDays.length
            ? calendar.compensatoryDays.map((day) => formatDate(day)).join(", ")
            : t("calendar.noCompensatory")}
        </p>
      </section>
    </div>
  );
}
