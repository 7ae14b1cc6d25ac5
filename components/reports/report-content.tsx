import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ProgressValue, TaskStatusBadge } from "@/components/tasks/task-status";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { REPORT_SECTIONS, type ReportSection } from "@/lib/domain/report-rules";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, pickLocalized } from "@/lib/i18n/format";
import type { ReportIndicatorView, ReportTaskRowView } from "./types";
import { linkClass } from "@/components/ui/text-link";

// Pieces of a report shown read-only: by the report page once locked, by the form for the parts a returned
// report keeps closed, and by the review form (which adds a reason box next to each section and task).

export function ReadOnlyText({ text, testId }: { text: string | null; testId?: string }) {
  const t = useTranslations("reports");
  if (!text?.trim())
    return (
      <p className="text-slate-600 italic" data-testid={testId}>
        {t("notProvided")}
      </p>
    );
  return (
    <div className="whitespace-pre-line break-words rounded border border-slate-200 bg-slate-50 p-3 text-slate-900" data-testid={testId}>
      {text}
    </div>
  );
}

// The reviewer's reason for returning a part: next to that part, in words, with a symbol and a strong border.
export function ReturnReasonNote({ reason, id }: { reason: string; id?: string }) {
  const t = useTranslations("reports.detail");
  return (
    <div
      id={id}
      role="note"
      className="rounded border-2 border-cb-vermillion bg-red-50 p-3 text-sm text-red-950"
      data-testid="return-reason"
    >
      <p className="font-semibold">
        <span aria-hidden="true">↩ </span>
        {t("returnReason")}
      </p>
      <p className="mt-1 whitespace-pre-line break-words">{reason}</p>
    </div>
  );
}

export function EvidenceText({ evidence }: { evidence: string | null }) {
  if (!evidence?.trim()) return <span className="text-slate-600">—</span>;
  if (/^https?:\/\/\S+$/i.test(evidence.trim())) {
    return (
      <a href={evidence.trim()} rel="noopener noreferrer" target="_blank" className={`${linkClass} break-all`}>
        {evidence.trim()}
      </a>
    );
  }
  return <span className="whitespace-pre-line break-words">{evidence}</span>;
}

export function TaskIdentity({ row, anchorId }: { row: ReportTaskRowView; anchorId?: string }) {
  const t = useTranslations("reports.detail");
  const locale = toLocale(useLocale());
  return (
    <div id={anchorId} tabIndex={anchorId ? -1 : undefined} className="space-y-0.5">
      <p>
        <span className="font-mono text-xs font-semibold text-slate-700">{row.code}</span>{" "}
        <span className="font-medium">{pickLocalized(locale, row.titleVi, row.titleEn)}</span>
      </p>
      <p className="text-xs text-slate-700">{t("plan", { title: row.plan.title })}</p>
      {row.dueDate && <p className="text-xs text-slate-700">{t("dueDate", { date: formatDate(row.dueDate) })}</p>}
    </div>
  );
}

export function SectionsReadOnly({
  sections,
  sectionReasons = {},
  renderExtra,
}: {
  sections: Record<ReportSection, string | null>;
  sectionReasons?: Partial<Record<ReportSection, string>>;
  renderExtra?: (section: ReportSection) => ReactNode;
}) {
  const t = useTranslations("reports");
  return (
    <div className="space-y-5">
      {REPORT_SECTIONS.map((section, index) => (
        <section key={section} aria-labelledby={`section-heading-${section}`} className="space-y-2" data-testid={`section-${section}`}>
          <h3 id={`section-heading-${section}`} className="text-lg font-semibold">
            {index + 1}. {t(`sections.${section}`)}
          </h3>
          {sectionReasons[section] && <ReturnReasonNote reason={sectionReasons[section]} />}
          <ReadOnlyText text={sections[section]} />
          {renderExtra?.(section)}
        </section>
      ))}
    </div>
  );
}

export function TaskRowsReadOnly({
  rows,
  extraColumn,
}: {
  rows: ReportTaskRowView[];
  extraColumn?: { header: string; render: (row: ReportTaskRowView) => ReactNode };
}) {
  const t = useTranslations("reports");
  if (rows.length === 0) return <p className="text-slate-700">{t("detail.noTasks")}</p>;
  return (
    <DataTable caption={t("detail.tasksCaption")} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell className="min-w-64">{t("taskFields.task")}</HeaderCell>
          <HeaderCell>{t("taskFields.status")}</HeaderCell>
          <HeaderCell>{t("taskFields.progress")}</HeaderCell>
          <HeaderCell className="min-w-64">{t("taskFields.resultAchieved")}</HeaderCell>
          <HeaderCell className="min-w-40">{t("taskFields.evidence")}</HeaderCell>
          {extraColumn && <HeaderCell className="min-w-64">{extraColumn.header}</HeaderCell>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.taskId} data-testid="report-task-row" data-task-code={row.code}>
            <RowHeaderCell className="font-normal">
              <TaskIdentity row={row} />
              {row.returnReason && (
                <div className="mt-2">
                  <ReturnReasonNote reason={row.returnReason} />
                </div>
              )}
            </RowHeaderCell>
            <Cell>
              <TaskStatusBadge status={row.status} />
            </Cell>
            <Cell>
              <ProgressValue progress={row.progress} />
            </Cell>
            <Cell className="whitespace-pre-line break-words">
              {row.resultAchieved?.trim() ? row.resultAchieved : <span className="text-slate-600 italic">{t("notProvided")}</span>}
            </Cell>
            <Cell>
              <EvidenceText evidence={row.evidence} />
            </Cell>
            {extraColumn && <Cell>{extraColumn.render(row)}</Cell>}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function IndicatorsReadOnly({ indicators }: { indicators: ReportIndicatorView[] }) {
  const t = useTranslations("reports.detail");
  const locale = toLocale(useLocale());
  if (indicators.length === 0) return <p className="text-slate-700">{t("noIndicators")}</p>;
  return (
    <DataTable caption={t("indicatorsCaption")} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell className="min-w-64">{t("indicator")}</HeaderCell>
          <HeaderCell>{t("unit")}</HeaderCell>
          <HeaderCell className="text-right">{t("value")}</HeaderCell>
          <HeaderCell className="min-w-48">{t("note")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => (
          <tr key={indicator.code} data-testid="report-indicator-row">
            <RowHeaderCell className="font-normal">
              <span className="font-mono text-xs font-semibold text-slate-700">{indicator.code}</span>{" "}
              {pickLocalized(locale, indicator.nameVi, indicator.nameEn)}
            </RowHeaderCell>
            <Cell>{pickLocalized(locale, indicator.unitVi, indicator.unitEn)}</Cell>
            <Cell className="text-right tabular-nums">{indicator.value === null ? "—" : formatNumber(indicator.value, locale, 4)}</Cell>
            <Cell className="whitespace-pre-line break-words">{indicator.note ?? ""}</Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
