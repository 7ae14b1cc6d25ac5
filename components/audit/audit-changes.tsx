import { useTranslations } from "next-intl";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { AuditChangeDto } from "@/lib/dto/audit";

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

// A recorded value in words: dates as dd/MM/yyyy, booleans as yes/no, known codes by their label.
function useDescribeValue() {
  const t = useTranslations("audit");
  return (value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("emptyValue");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "string") {
      if (CALENDAR_DATE.test(value)) return formatDate(value);
      if (TIMESTAMP.test(value)) return formatDateTime(value);
      if (/^[A-Z][A-Z_]+$/.test(value) && t.has(`values.${value}`)) return t(`values.${value}`);
      return value;
    }
    if (typeof value === "number") return String(value);
    if (Array.isArray(value))
      return value.length ? value.map((item) => (typeof item === "string" ? item : JSON.stringify(item))).join(", ") : t("emptyValue");
    return JSON.stringify(value);
  };
}

// The changed fields of one entry, as "field: before → after".
export function AuditChanges({ changes }: { changes: AuditChangeDto[] }) {
  const t = useTranslations("audit");
  const describe = useDescribeValue();
  if (changes.length === 0) return <span className="text-slate-600">{t("noFieldChanges")}</span>;
  return (
    <ul className="space-y-1">
      {changes.map((change) => (
        <li key={change.field} className="break-words">
          <span className="font-medium">{t.has(`fields.${change.field}`) ? t(`fields.${change.field}`) : change.field}</span>
          {": "}
          <span className="sr-only">{t("before")} </span>
          <del className="text-slate-600 decoration-slate-400">{describe(change.before)}</del>
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> {t("after")} </span>
          <ins className="font-medium text-slate-900 no-underline">{describe(change.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

export function useAuditLabels() {
  const t = useTranslations("audit");
  return {
    action: (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action),
    entity: (entity: string) => (t.has(`entities.${entity}`) ? t(`entities.${entity}`) : entity),
    actor: (email: string | null) => email ?? t("system"),
  };
}
