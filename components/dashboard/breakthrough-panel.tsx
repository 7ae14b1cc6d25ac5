import { getLocale, getTranslations } from "next-intl/server";
import { StatusStackChart } from "@/components/charts/status-stack-chart";
import { EmptyState } from "@/components/ui/empty-state";
import type { Breakthroughs } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { CompletionTable } from "./completion-table";
import { formatRate } from "@/lib/domain/dashboard-format";
import { TaskListTable } from "./task-list-table";
import { DataTableDetails } from "./widget";

// At most this many initiatives are listed in the page: each row is ≈ 1.5 KB of HTML and again as much in
// the RSC payload, and the counts by phase above already cover all of them.
const LISTED = 20;

// Breakthrough initiatives by phase, counted by status; the first initiatives behind a disclosure.
// `tablesHref`: where the data tables and the list are (the overview's tables view); null when this page is
// that view.
export async function BreakthroughPanel({ data, tablesHref }: { data: Breakthroughs; tablesHref: string | null }) {
  const t = await getTranslations("dashboard.breakthroughs");
  const locale = toLocale(await getLocale());
  if (data.total.total === 0) return <EmptyState title={t("empty")} />;
  const phaseLabel = (phase: string | null) => phase ?? t("noPhase");
  const rows = data.byPhase.map((p) => ({ ...p, code: phaseLabel(p.phase), titleVi: "", titleEn: "" }));
  const listed = data.tasks.slice(0, LISTED);
  const summary = t("chartSummary", {
    rows: data.byPhase.map((p) => `${phaseLabel(p.phase)}: ${p.total} (${formatRate(p.completionRate, locale)})`).join("; "),
  });
  return (
    <div className="space-y-3">
      <StatusStackChart
        rows={data.byPhase.map((p) => ({ label: phaseLabel(p.phase), ...p.counts }))}
        summary={summary}
        testId="breakthrough-chart"
      />
      <DataTableDetails open={tablesHref === null} deferredHref={tablesHref ?? undefined}>
        <CompletionTable
          caption={t("tableCaption")}
          rows={rows}
          firstColumn={t("phase")}
          total={{ ...data.total, code: null, titleVi: "", titleEn: "" }}
        />
      </DataTableDetails>
      {tablesHref === null ? (
        <details className="rounded border border-slate-200 px-3 py-2" open>
          <summary className="cursor-pointer text-sm font-medium text-cb-blue underline underline-offset-2">
            {t("showTasks", { shown: listed.length, total: data.total.total })}
          </summary>
          <div className="mt-3">
            <TaskListTable
              caption={t("tasksCaption")}
              tasks={listed}
              extraColumn={{ header: t("phase"), render: (task) => phaseLabel(task.phase) }}
            />
          </div>
        </details>
      ) : (
        <p className="text-sm">
          <a href={tablesHref} className="text-link font-medium">
            {t("showTasks", { shown: listed.length, total: data.total.total })}
          </a>
        </p>
      )}
    </div>
  );
}
