import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { ProgressValue, TaskStatusBadge, type TaskStatusValue } from "@/components/tasks/task-status";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatVnd, pickLocalized } from "@/lib/i18n/format";
import { taskGroupLabel } from "@/lib/i18n/glossary";
import { TextLink } from "@/components/ui/text-link";

export type PlanTaskRow = {
  id: string;
  code: string;
  titleVi: string;
  titleEn: string | null;
  taskGroupCode: string | null;
  leadOrganizationName: string | null;
  leadUnitName: string | null;
  startDate: string | null;
  dueDate: string | null;
  budgetVnd: string | null;
  status: TaskStatusValue;
  progress: number;
  isBreakthrough: boolean;
  breakthroughPhase: string | null;
};

export type TaskGroupLabel = { code: string; verbVi: string; nameVi: string; nameEn: string };
export type TaskCommentView = {
  id: string;
  taskId: string | null;
  body: string;
  createdAt: string;
  submissionNumber: number | null;
  authorName: string | null;
};

export function taskGroupLabelOf(groups: TaskGroupLabel[], code: string | null, locale: "vi" | "en"): string {
  if (!code) return "";
  const group = groups.find((g) => g.code === code);
  if (!group) return code;
  return taskGroupLabel(code, locale === "en" ? group.nameEn : group.verbVi, locale);
}

// The tasks of a plan. `extraColumn` adds a column after the title (the review form's comment boxes).
export function PlanTaskTable({
  tasks,
  taskGroups,
  comments = [],
  caption,
  extraColumn,
}: {
  tasks: PlanTaskRow[];
  taskGroups: TaskGroupLabel[];
  comments?: TaskCommentView[];
  caption: string;
  extraColumn?: { header: string; render: (task: PlanTaskRow) => ReactNode };
}) {
  const t = useTranslations("plans");
  const locale = toLocale(useLocale());
  const total = tasks.reduce((sum, task) => sum + (task.budgetVnd ? BigInt(task.budgetVnd) : 0n), 0n);
  return (
    <DataTable caption={caption} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell>{t("taskFields.code")}</HeaderCell>
          <HeaderCell className="min-w-72">{t("taskFields.title")}</HeaderCell>
          {extraColumn && <HeaderCell className="min-w-72">{extraColumn.header}</HeaderCell>}
          <HeaderCell className="min-w-40">{t("taskFields.taskGroup")}</HeaderCell>
          <HeaderCell className="min-w-40">{t("taskFields.lead")}</HeaderCell>
          <HeaderCell>{t("taskFields.dates")}</HeaderCell>
          <HeaderCell className="text-right">{t("taskFields.budget")}</HeaderCell>
          <HeaderCell>{t("taskFields.status")}</HeaderCell>
          <HeaderCell>{t("taskFields.progress")}</HeaderCell>
          <HeaderCell>{t("taskFields.breakthrough")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const taskComments = comments.filter((c) => c.taskId === task.id);
          return (
            <tr key={task.id} data-testid="task-row">
              <th
                scope="row"
                className="whitespace-nowrap border-b border-slate-100 px-3 py-2 align-top font-mono text-xs font-medium text-slate-900"
              >
                {task.code}
              </th>
              <Cell>
                <TextLink href={`/tasks/${task.id}`}>{pickLocalized(locale, task.titleVi, task.titleEn)}</TextLink>
                {taskComments.length > 0 && (
                  <div
                    className="mt-2 rounded border-l-4 border-cb-orange bg-amber-50 p-2 text-xs text-amber-950"
                    data-testid="task-review-comments"
                  >
                    <p className="font-semibold">{t("review.taskCommentsHeading")}</p>
                    <ul className="mt-1 space-y-1">
                      {taskComments.map((comment) => (
                        <li key={comment.id}>
                          <span className="whitespace-pre-line">{comment.body}</span>{" "}
                          <span className="text-amber-900">
                            ({comment.submissionNumber ? `${t("review.submissionShort", { number: comment.submissionNumber })}, ` : ""}
                            {formatDateTime(comment.createdAt)})
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </Cell>
              {extraColumn && <Cell className="relative">{extraColumn.render(task)}</Cell>}
              <Cell>{taskGroupLabelOf(taskGroups, task.taskGroupCode, locale) || t("emptyValue")}</Cell>
              <Cell>
                {task.leadOrganizationName ?? (task.leadUnitName ? null : t("emptyValue"))}
                {task.leadUnitName && <span className="block text-xs text-slate-700">{task.leadUnitName}</span>}
              </Cell>
              {/* `relative` keeps the screen-reader-only text inside the table's scroll region. */}
              <Cell className="relative whitespace-nowrap">
                {task.startDate || task.dueDate ? (
                  <>
                    {formatDate(task.startDate) || t("emptyValue")}
                    <span aria-hidden="true"> – </span>
                    <span className="sr-only"> {t("to")} </span>
                    {formatDate(task.dueDate) || t("emptyValue")}
                  </>
                ) : (
                  t("emptyValue")
                )}
              </Cell>
              <Cell className="whitespace-nowrap text-right tabular-nums">
                {task.budgetVnd ? formatVnd(task.budgetVnd, locale) : t("emptyValue")}
              </Cell>
              <Cell>
                <TaskStatusBadge status={task.status} />
              </Cell>
              <Cell>
                <ProgressValue progress={task.progress} />
              </Cell>
              <Cell>
                {task.isBreakthrough ? (
                  <span className="whitespace-nowrap font-medium">
                    <span aria-hidden="true">★ </span>
                    {t("taskFields.breakthroughYes")}
                    {task.breakthroughPhase && <span className="block text-xs font-normal text-slate-700">{task.breakthroughPhase}</span>}
                  </span>
                ) : (
                  <span className="text-slate-600">{t("no")}</span>
                )}
              </Cell>
            </tr>
          );
        })}
      </tbody>
      {total > 0n && (
        <tfoot>
          <tr className="bg-slate-50">
            <th scope="row" colSpan={extraColumn ? 6 : 5} className="px-3 py-2 text-right font-semibold text-slate-900">
              {t("taskFields.budgetTotal")}
            </th>
            <td className="whitespace-nowrap px-3 py-2 text-right font-semibold tabular-nums">{formatVnd(total, locale)}</td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      )}
    </DataTable>
  );
}
