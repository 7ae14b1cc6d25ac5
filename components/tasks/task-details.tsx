import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { taskGroupLabelOf } from "@/components/plans/plan-task-table";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatVnd, pickLocalized } from "@/lib/i18n/format";
import type { TaskDto } from "@/lib/dto/tasks";
import { ProgressValue, TaskStatusBadge } from "./task-status";
import type { TaskFormOptions } from "./task-form";

// Everything recorded about a task, in words (codes are resolved to names with the reference lists).
export function TaskDetails({ task, options }: { task: TaskDto; options: TaskFormOptions }) {
  const t = useTranslations("plans");
  const locale = toLocale(useLocale());
  const empty = <span className="text-slate-600">{t("emptyValue")}</span>;
  const organizationName = (code: string) => {
    const organization = options.organizations.find((o) => o.code === code);
    return organization ? pickLocalized(locale, organization.nameVi, organization.nameEn) : code;
  };
  const rows: [string, ReactNode][] = [
    [t("taskFields.code"), <code key="code">{task.code}</code>],
    [t("taskFields.taskGroupCode"), taskGroupLabelOf(options.taskGroups, task.taskGroupCode, locale) || empty],
    [
      t("taskFields.objectiveCodes"),
      task.objectiveCodes.length ? (
        <ul key="objectives" className="space-y-1">
          {task.objectiveCodes.map((code) => {
            const objective = options.objectives.find((o) => o.code === code);
            return (
              <li key={code}>
                <span className="font-medium">{code}</span>
                {objective && <span className="text-slate-700"> — {pickLocalized(locale, objective.titleVi, objective.titleEn)}</span>}
              </li>
            );
          })}
        </ul>
      ) : (
        empty
      ),
    ],
    [
      t("taskFields.indicatorCodes"),
      task.indicatorCodes.length ? (
        <ul key="indicators" className="space-y-1">
          {task.indicatorCodes.map((code) => {
            const indicator = options.indicators.find((i) => i.code === code);
            return (
              <li key={code}>
                <span className="font-medium">{code}</span>
                {indicator && <span className="text-slate-700"> — {pickLocalized(locale, indicator.nameVi, indicator.nameEn)}</span>}
              </li>
            );
          })}
        </ul>
      ) : (
        empty
      ),
    ],
    [
      t("taskFields.leadOrganizationCode"),
      task.leadOrganizationCode ? organizationName(task.leadOrganizationCode) : (task.leadOrganizationName ?? empty),
    ],
    [t("taskFields.leadUnitName"), task.leadUnitName ?? empty],
    [t("taskFields.coordinatorCodes"), task.coordinatorCodes.length ? task.coordinatorCodes.map(organizationName).join("; ") : empty],
    [t("taskFields.startDate"), formatDate(task.startDate) || empty],
    [t("taskFields.dueDate"), formatDate(task.dueDate) || empty],
    [t("taskFields.budgetVnd"), task.budgetVnd ? formatVnd(task.budgetVnd, locale) : empty],
    [t("taskFields.fundingSource"), task.fundingSource ? t(`fundingSource.${task.fundingSource}`) : empty],
    [
      t("taskFields.expectedOutputs"),
      task.expectedOutputs ? (
        <span key="outputs" className="whitespace-pre-line">
          {task.expectedOutputs}
        </span>
      ) : (
        empty
      ),
    ],
    [
      t("taskFields.isBreakthrough"),
      task.isBreakthrough ? `${t("yes")}${task.breakthroughPhase ? ` — ${task.breakthroughPhase}` : ""}` : t("no"),
    ],
    [t("taskFields.status"), <TaskStatusBadge key="status" status={task.status} />],
    [t("taskFields.progress"), <ProgressValue key="progress" progress={task.progress} />],
    [
      t("taskFields.description"),
      task.description ? (
        <span key="description" className="whitespace-pre-line">
          {task.description}
        </span>
      ) : (
        empty
      ),
    ],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="task-details">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
