import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { withSearch } from "@/lib/domain/dashboard-filters";

export type DashboardView = "overview" | "scorecards" | "map";

const VIEWS: { view: DashboardView; path: string }[] = [
  { view: "overview", path: "/dashboard" },
  { view: "scorecards", path: "/dashboard/organizations" },
  { view: "map", path: "/dashboard/map" },
];

// Sub-navigation of the dashboard pages; the filters travel with the links so a view stays comparable.
export async function DashboardNav({ current, search }: { current: DashboardView; search: string }) {
  const t = await getTranslations("dashboard.nav");
  return (
    <nav aria-label={t("label")} className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {VIEWS.map(({ view, path }) => (
          <li key={view}>
            <Link
              href={withSearch(path, search)}
              aria-current={view === current ? "page" : undefined}
              className={
                view === current
                  ? "inline-block rounded-t border border-b-white border-slate-200 bg-white px-4 py-2 font-semibold text-brand"
                  : "inline-block rounded-t px-4 py-2 text-cb-blue underline-offset-2 hover:underline"
              }
            >
              {t(view)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
