import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { FieldChangeView, ReportDiffView } from "./types";
import { textOf } from "@/lib/domain/text-of";

function useDescribe() {
  const t = useTranslations("reports");
  const ts = useTranslations("plans.taskStatus");
  const locale = toLocale(useLocale());
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("emptyValue");
    if (field === "status" && typeof value === "string" && ts.has(value)) return ts(value);
    if (field === "progress" && typeof value === "number") return `${value}%`;
    if (field === "value" && typeof value === "number") return formatNumber(value, locale, 4);
    return textOf(value);
  };
}

function useLabel() {
  const t = useTranslations("reports");
  return (field: string): string => {
    if (t.has(`sections.${field}`)) return t(`sections.${field}`);
    if (t.has(`taskFields.${field}`)) return t(`taskFields.${field}`);
    if (t.has(`diff.${field}`)) return t(`diff.${field}`);
    return field;
  };
}

function ChangeList({ changes }: { changes: Record<string, FieldChangeView> }) {
  const t = useTranslations("reports.diff");
  const describe = useDescribe();
  const label = useLabel();
  return (
    <ul className="space-y-2 text-sm">
      {Object.entries(changes).map(([field, change]) => (
        <li key={field} className="break-words">
          <p className="font-medium">{label(field)}</p>
          <div className="grid gap-1 sm:grid-cols-2">
            <p className="whitespace-pre-line rounded border border-slate-200 bg-slate-50 p-2">
              <span className="block text-xs font-semibold uppercase text-slate-700">{t("before")}</span>
              <del className="text-slate-700 decoration-slate-400">{describe(field, change.before)}</del>
            </p>
            <p className="whitespace-pre-line rounded border border-cb-blue/40 bg-sky-50 p-2">
              <span className="block text-xs font-semibold uppercase text-slate-700">{t("after")}</span>
              <ins className="font-medium text-slate-900 no-underline">{describe(field, change.after)}</ins>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}

// What changed between the two latest submissions: sections before → after, task rows, indicator values.
export function ReportDiff({ diff }: { diff: ReportDiffView }) {
  const t = useTranslations("reports.diff");
  const isEmpty = Object.keys(diff.sections).length === 0 && diff.taskRows.length === 0 && diff.indicatorValues.length === 0;
  return (
    <div className="space-y-4" data-testid="report-diff">
      <p className="text-sm text-slate-700">{t("comparing", { from: diff.from, to: diff.to })}</p>
      {isEmpty && <p className="font-medium">{t("none")}</p>}
      {Object.keys(diff.sections).length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("sections")}</h3>
          <ChangeList changes={diff.sections} />
        </div>
      )}
      {diff.taskRows.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("taskRows")}</h3>
          {diff.taskRows.map((row) => (
            <div key={row.code} className="space-y-1 border-l-2 border-slate-200 pl-3">
              <h4 className="text-sm font-semibold">{t("task", { code: row.code })}</h4>
              <ChangeList changes={row.changes} />
            </div>
          ))}
        </div>
      )}
      {diff.indicatorValues.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("indicatorValues")}</h3>
          {diff.indicatorValues.map((row) => (
            <div key={row.indicatorCode} className="space-y-1 border-l-2 border-slate-200 pl-3">
              <h4 className="text-sm font-semibold">{t("indicator", { code: row.indicatorCode })}</h4>
              <ChangeList changes={row.changes} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
