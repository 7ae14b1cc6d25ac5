import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgressValue, TaskStatusBadge } from "@/components/tasks/task-status";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import type { TaskListItem } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, pickLocalized } from "@/lib/i18n/format";

// Tasks with their organization and plan: each links to the task (history) and the plan.
export async function TaskListTable<T extends TaskListItem>({
  caption,
  tasks,
  showDaysOverdue = false,
  extraColumn,
  testId,
}: {
  caption: string;
  tasks: T[];
  showDaysOverdue?: boolean;
  extraColumn?: { header: string; render: (task: T) => ReactNode };
  testId?: string;
}) {
  const t = await getTranslations("dashboard.tasks");
  const locale = toLocale(await getLocale());
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <HeaderCell>{t("columns.task")}</HeaderCell>
          <HeaderCell>{t("columns.organization")}</HeaderCell>
          <HeaderCell>{t("columns.due")}</HeaderCell>
          {showDaysOverdue && <HeaderCell className="text-right">{t("columns.daysOverdue")}</HeaderCell>}
          <HeaderCell>{t("columns.status")}</HeaderCell>
          <HeaderCell>{t("columns.progress")}</HeaderCell>
          {extraColumn && <HeaderCell>{extraColumn.header}</HeaderCell>}
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id} data-testid={testId ? `${testId}-${task.code}` : undefined}>
            <RowHeaderCell>
              <Link href={`/tasks/${task.id}`} className="text-link">
                {pickLocalized(locale, task.titleVi, task.titleEn)}
              </Link>
              <span className="sub-line">
                <span className="font-mono">{task.code}</span> ·{" "}
                <Link href={`/plans/${task.plan.id}`} className="text-link">
                  {task.plan.title}
                </Link>
              </span>
            </RowHeaderCell>
            <Cell>{pickLocalized(locale, task.organization.nameVi, task.organization.nameEn)}</Cell>
            <Cell className="whitespace-nowrap tabular-nums">{task.dueDate ? formatDate(task.dueDate) : t("noDueDate")}</Cell>
            {showDaysOverdue && <Cell className="text-right tabular-nums">{task.daysOverdue ?? "—"}</Cell>}
            <Cell>
              <TaskStatusBadge status={task.status} />
            </Cell>
            <Cell>
              <ProgressValue progress={task.progress} />
            </Cell>
            {extraColumn && <Cell>{extraColumn.render(task)}</Cell>}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
