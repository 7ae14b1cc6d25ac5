import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { OverdueTasks } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { formatCount } from "@/lib/domain/dashboard-format";
import { TaskListTable } from "./task-list-table";

export async function OverduePanel({ data, exportHref }: { data: OverdueTasks; exportHref: string }) {
  const t = await getTranslations("dashboard.overdue");
  const locale = toLocale(await getLocale());
  if (data.total === 0) return <EmptyState title={t("empty")} />;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-800" data-testid="overdue-count">
        {t("count", { count: data.total, shown: data.tasks.length, total: formatCount(data.total, locale) })}
        {data.total > data.tasks.length && (
          <>
            {" "}
            <a href={exportHref} className="text-link">
              {t("downloadAll")}
            </a>
          </>
        )}
      </p>
      <TaskListTable caption={t("tableCaption")} tasks={data.tasks} showDaysOverdue testId="overdue" />
    </div>
  );
}
