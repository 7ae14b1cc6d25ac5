import { getLocale, getTranslations } from "next-intl/server";
import { RateBarChart } from "@/components/charts/rate-bar-chart";
import { StatusStackChart } from "@/components/charts/status-stack-chart";
import type { TaskCompletion } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { CompletionTable } from "./completion-table";
import { formatAverage, formatCount, formatRate } from "@/lib/domain/dashboard-format";
import { DataTableDetails, Stat } from "./widget";
import { objectiveLabel, taskGroupLabel } from "@/lib/i18n/glossary";

// Task completion by specific objective (stacked statuses) and by task group (% complete).
// `tablesHref`: where the data tables are (the overview's tables view); null when this page is that view.
export async function TaskCompletionPanel({ data, tablesHref }: { data: TaskCompletion; tablesHref: string | null }) {
  const t = await getTranslations("dashboard.completion");
  const tStatus = await getTranslations("plans.taskStatus");
  const tGroup = await getTranslations("dashboard.taskGroups");
  // "Nhóm nhiệm vụ 1 (Thúc đẩy)": the glossary's label with the group's verb, as the filters show it.
  const groupLabel = (code: string) => (tGroup.has(code) ? tGroup(code) : taskGroupLabel(code, null, locale));
  const locale = toLocale(await getLocale());
  const total = { ...data.total, code: null, titleVi: "", titleEn: "" };
  const stackSummary = t("objectiveChartSummary", {
    rows: data.byObjective
      .map(
        (row) =>
          `${objectiveLabel(row.code ?? "", locale)}: ${row.total} (${tStatus("COMPLETED")} ${row.counts.COMPLETED}, ${tStatus("IN_PROGRESS")} ${row.counts.IN_PROGRESS}, ${tStatus("DELAYED")} ${row.counts.DELAYED})`,
      )
      .join("; "),
  });
  const groupSummary = t("groupChartSummary", {
    rows: data.byTaskGroup
      .map((row) => `${row.code ? groupLabel(row.code) : t("noGroup")}: ${formatRate(row.completionRate, locale)}`)
      .join("; "),
  });
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label={t("stats.tasks")} value={formatCount(data.total.total, locale)} testId="stat-tasks" />
        <Stat
          label={t("stats.complete")}
          value={formatRate(data.total.completionRate, locale)}
          hint={t("stats.completeHint")}
          testId="stat-complete"
        />
        <Stat label={t("stats.averageProgress")} value={formatAverage(data.total.averageProgress, locale)} testId="stat-progress" />
        <Stat label={t("stats.overdue")} value={formatCount(data.total.overdue, locale)} testId="stat-overdue" />
      </dl>
      <div className="grid gap-6 xl:grid-cols-2">
        <section aria-labelledby="completion-objective-heading" className="space-y-2">
          <h3 id="completion-objective-heading" className="font-semibold text-slate-900">
            {t("byObjective")}
          </h3>
          <StatusStackChart
            rows={data.byObjective.map((row) => ({ label: objectiveLabel(row.code ?? "", locale), ...row.counts }))}
            summary={stackSummary}
            testId="objective-status-chart"
          />
          <DataTableDetails open={tablesHref === null} deferredHref={tablesHref ?? undefined}>
            <CompletionTable
              caption={t("byObjective")}
              rows={data.byObjective}
              firstColumn={t("columns.objective")}
              linkObjectives
              total={total}
              testId="completion-objective"
            />
          </DataTableDetails>
        </section>
        <section aria-labelledby="completion-group-heading" className="space-y-2">
          <h3 id="completion-group-heading" className="font-semibold text-slate-900">
            {t("byTaskGroup")}
          </h3>
          <RateBarChart
            data={data.byTaskGroup.map((row) => ({
              label: row.code ? groupLabel(row.code) : t("noGroup"),
              value: row.completionRate === null ? null : row.completionRate * 100,
            }))}
            summary={groupSummary}
            testId="group-completion-chart"
          />
          <DataTableDetails open={tablesHref === null} deferredHref={tablesHref ?? undefined}>
            <CompletionTable
              caption={t("byTaskGroup")}
              rows={data.byTaskGroup}
              firstColumn={t("columns.taskGroup")}
              total={total}
              testId="completion-group"
            />
          </DataTableDetails>
        </section>
      </div>
    </div>
  );
}
