import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatVnd } from "@/lib/i18n/format";
import { textOf } from "@/lib/domain/text-of";

type FieldChange = { before: unknown; after: unknown };
type TaskSnapshotView = { code: string } & Record<string, unknown>;

export type PlanChangesView = {
  latestNumber: number;
  approvedNumber: number | null;
  diff: {
    plan: Record<string, FieldChange>;
    added: TaskSnapshotView[];
    removed: TaskSnapshotView[];
    changed: { code: string; changes: Record<string, FieldChange> }[];
    isEmpty: boolean;
  };
};

const DATE_FIELDS = new Set(["documentDate", "startDate", "dueDate"]);

function useDescribe() {
  const t = useTranslations("plans");
  const locale = toLocale(useLocale());
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("emptyValue");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (Array.isArray(value)) return value.length ? value.map(String).join(", ") : t("emptyValue");
    const text = textOf(value);
    if (DATE_FIELDS.has(field)) return formatDate(text) || text;
    if (field === "budgetVnd" && /^\d+$/.test(text)) return formatVnd(text, locale);
    if (field === "fundingSource" && t.has(`fundingSource.${text}`)) return t(`fundingSource.${text}`);
    if (field === "status" && t.has(`taskStatus.${text}`)) return t(`taskStatus.${text}`);
    return text;
  };
}

function ChangeList({ changes, labelOf }: { changes: Record<string, FieldChange>; labelOf: (field: string) => string }) {
  const t = useTranslations("plans.changes");
  const describe = useDescribe();
  return (
    <ul className="space-y-1 text-sm">
      {Object.entries(changes).map(([field, change]) => (
        <li key={field} className="break-words">
          <span className="font-medium">{labelOf(field)}</span>
          {": "}
          <span className="sr-only">{t("before")} </span>
          <del className="text-slate-600 decoration-slate-400">{describe(field, change.before)}</del>
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> {t("after")} </span>
          <ins className="font-medium text-slate-900 no-underline">{describe(field, change.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

// "What changed since the approved version": plan fields, and tasks added, removed and changed (before → after).
export function PlanChanges({ changes }: { changes: PlanChangesView | null }) {
  const t = useTranslations("plans");
  const planLabel = (field: string) => (t.has(`planFields.${field}`) ? t(`planFields.${field}`) : field);
  const taskLabel = (field: string) => (t.has(`taskFields.${field}`) ? t(`taskFields.${field}`) : field);
  if (!changes) return <p className="text-sm text-slate-700">{t("changes.noSubmission")}</p>;
  if (changes.approvedNumber === null) {
    return (
      <p className="text-sm text-slate-700" data-testid="plan-changes-first">
        {t("changes.firstApproval", { number: changes.latestNumber })}
      </p>
    );
  }
  const { diff } = changes;
  return (
    <div className="space-y-4" data-testid="plan-changes">
      <p className="text-sm text-slate-700">{t("changes.comparing", { latest: changes.latestNumber, approved: changes.approvedNumber })}</p>
      {diff.isEmpty && <p className="font-medium">{t("changes.none")}</p>}
      {Object.keys(diff.plan).length > 0 && (
        <div>
          <h3 className="font-semibold">{t("changes.planFields")}</h3>
          <ChangeList changes={diff.plan} labelOf={planLabel} />
        </div>
      )}
      {diff.added.length > 0 && (
        <div>
          <h3 className="font-semibold">
            <span aria-hidden="true">+ </span>
            {t("changes.added", { count: diff.added.length })}
          </h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {diff.added.map((task) => (
              <li key={task.code}>
                <span className="font-mono text-xs">{task.code}</span> — {textOf(task.titleVi)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {diff.removed.length > 0 && (
        <div>
          <h3 className="font-semibold">
            <span aria-hidden="true">− </span>
            {t("changes.removed", { count: diff.removed.length })}
          </h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {diff.removed.map((task) => (
              <li key={task.code}>
                <span className="font-mono text-xs">{task.code}</span> — {textOf(task.titleVi)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {diff.changed.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">
            <span aria-hidden="true">✎ </span>
            {t("changes.changed", { count: diff.changed.length })}
          </h3>
          <ul className="space-y-3">
            {diff.changed.map((task) => (
              <li key={task.code} className="rounded border border-slate-200 p-3">
                <p className="mb-1 font-mono text-xs font-semibold">{task.code}</p>
                <ChangeList changes={task.changes} labelOf={taskLabel} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
