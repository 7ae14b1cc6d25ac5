import { useLocale, useTranslations } from "next-intl";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, formatPercent } from "@/lib/i18n/format";
import { TaskStatusBadge, type TaskStatusValue } from "./task-status";
import { linkClass } from "@/components/ui/text-link";

export type TaskUpdateView = {
  id: string;
  status: TaskStatusValue;
  progress: number;
  note: string | null;
  evidenceUrl: string | null;
  createdAt: string;
  authorName: string | null;
  reportId: string | null;
};

// Evidence links are shown only when they are web addresses (the schema accepts nothing else, but older rows
// and imports are not trusted blindly).
function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

// The progress history of a task, newest first.
export function TaskUpdates({ updates }: { updates: TaskUpdateView[] }) {
  const t = useTranslations("plans.progress");
  const locale = toLocale(useLocale());
  if (updates.length === 0) return <p className="text-sm text-slate-700">{t("historyEmpty")}</p>;
  return (
    <DataTable caption={t("historyCaption")} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell>{t("at")}</HeaderCell>
          <HeaderCell>{t("by")}</HeaderCell>
          <HeaderCell>{t("status")}</HeaderCell>
          <HeaderCell className="text-right">{t("percent")}</HeaderCell>
          <HeaderCell className="min-w-64">{t("note")}</HeaderCell>
          <HeaderCell>{t("evidence")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {updates.map((update) => {
          const href = update.evidenceUrl ? safeUrl(update.evidenceUrl) : null;
          return (
            <tr key={update.id} data-testid="task-update-row">
              <th scope="row" className="whitespace-nowrap border-b border-slate-100 px-3 py-2 align-top font-medium">
                <time dateTime={update.createdAt}>{formatDateTime(update.createdAt)}</time>
              </th>
              <Cell>
                {update.authorName ?? t("system")}
                {update.reportId && <span className="block text-xs text-slate-700">{t("fromReport")}</span>}
              </Cell>
              <Cell>
                <TaskStatusBadge status={update.status} />
              </Cell>
              <Cell className="text-right tabular-nums">{formatPercent(update.progress, locale)}</Cell>
              <Cell className="whitespace-pre-line">{update.note ?? t("none")}</Cell>
              <Cell className="relative">
                {href ? (
                  <a href={href} title={href} rel="noopener noreferrer" target="_blank" className={`${linkClass} break-all`}>
                    {new URL(href).hostname}
                    <span className="sr-only"> ({t("opensNewWindow")})</span>
                  </a>
                ) : (
                  (update.evidenceUrl ?? t("none"))
                )}
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
