import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { ACTIVITY_COUNT_INDICATORS, ALL_TASK_GROUPS, countFor } from "@/lib/domain/activity-counts";
import { TASK_GROUP_CODES } from "@/lib/schemas/plans";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { countActivityIndicators } from "@/lib/server/queries/activities";

const FIRST_YEAR = 2022; // the Strategy's first full year (issued 30/11/2021)

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.indicators");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

// The count indicators from the register, by year (and one task group if chosen); every number links to the list of
// activities behind it.
export default async function ActivityCountsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const user = await requireUser({ returnTo: "/activities/counts" });
  requirePagePermission(user, "dashboard:read");
  const t = await getTranslations("activities.indicators");
  const raw = (await searchParams).taskGroup;
  const requested = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 8).toUpperCase() ?? "";
  const taskGroup = (TASK_GROUP_CODES as readonly string[]).includes(requested) ? requested : ALL_TASK_GROUPS;
  const lastYear = Math.max(new Date().getUTCFullYear(), FIRST_YEAR);
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const counts = await countActivityIndicators(user, { from: FIRST_YEAR, to: lastYear });
  const hrefFor = (indicator: string, year: number) =>
    `/activities?${new URLSearchParams({ indicator, year: String(year), ...(taskGroup === ALL_TASK_GROUPS ? {} : { taskGroup }) }).toString()}`;
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("portalDefinition")}</p>} />
      <nav className="flex flex-wrap gap-2 text-sm" aria-label={t("taskGroup")}>
        {[ALL_TASK_GROUPS, ...TASK_GROUP_CODES].map((code) => (
          <Link
            key={code}
            href={code === ALL_TASK_GROUPS ? "/activities/counts" : `/activities/counts?taskGroup=${code}`}
            aria-current={code === taskGroup ? "page" : undefined}
            className={`rounded border px-3 py-1 ${code === taskGroup ? "border-brand bg-brand text-white" : "border-slate-300 text-cb-blue"}`}
          >
            {code === ALL_TASK_GROUPS ? t("all") : code}
          </Link>
        ))}
      </nav>
      <div role="region" aria-label={t("title")} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 shadow-sm">
        <table className="min-w-full text-sm" data-testid="activity-counts">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("indicator")}
              </th>
              {years.map((year) => (
                <th key={year} scope="col" className="px-3 py-2 text-right">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ACTIVITY_COUNT_INDICATORS.map((indicator) => (
              <tr key={indicator} className="border-t border-slate-200" data-testid={`count-${indicator}`}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {t(indicator)}
                  {indicator === "UNESCO_SUPPORTED" && <span className="block text-xs font-normal text-slate-600">{t("unescoNote")}</span>}
                </th>
                {years.map((year) => {
                  const value = countFor(counts, indicator, year, taskGroup);
                  return (
                    <td key={year} className="px-3 py-2 text-right tabular-nums">
                      <Link
                        href={hrefFor(indicator, year)}
                        className="text-cb-blue underline"
                        aria-label={t("openList", { count: value, indicator: t(indicator), year })}
                      >
                        {value.toLocaleString("vi-VN")}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
