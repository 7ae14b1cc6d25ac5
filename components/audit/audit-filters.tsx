import { useTranslations } from "next-intl";
import { FilterForm, filterInputClass, filterLabelClass } from "@/components/ui/filter-form";

export type AuditFilterValues = { entity: string; entityId: string; actorEmail: string; action: string; from: string; to: string };

const KNOWN_ENTITIES = [
  "User",
  "Organization",
  "ApiToken",
  "ActionPlan",
  "PlanTask",
  "ProgressReport",
  "Indicator",
  "ReportType",
  "AppSetting",
];
const KNOWN_ACTIONS = [
  "create",
  "update",
  "delete",
  "sign-in",
  "deactivate",
  "reactivate",
  "reset-password",
  "force-sign-out",
  "change-password",
  "revoke",
  "submit",
  "approve",
  "return",
  "accept",
];

// Dates are dd/MM/yyyy, in Vietnam time, both days included.
export function AuditFilters({ values, invalid }: { values: AuditFilterValues; invalid: readonly string[] }) {
  const t = useTranslations("audit");
  const tv = useTranslations("validation");
  const isFiltered = Object.values(values).some(Boolean);
  const field = (
    name: keyof AuditFilterValues,
    options: { list?: string; type?: string; inputMode?: "numeric"; placeholder?: string; hint?: string } = {},
  ) => {
    const id = `audit-filter-${name}`;
    const isInvalid = invalid.includes(name);
    const describedBy = [options.hint ? `${id}-hint` : null, isInvalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
    return (
      <div>
        <label htmlFor={id} className={filterLabelClass}>
          {t(`filters.${name}`)}
        </label>
        <input
          id={id}
          name={name}
          type={options.type ?? "text"}
          list={options.list}
          inputMode={options.inputMode}
          placeholder={options.placeholder}
          autoComplete="off"
          defaultValue={values[name]}
          aria-invalid={isInvalid}
          aria-describedby={describedBy}
          className={filterInputClass}
        />
        {options.hint && (
          <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
            {options.hint}
          </p>
        )}
        {isInvalid && (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
            {tv("invalid_date")}
          </p>
        )}
      </div>
    );
  };
  return (
    <FilterForm action="/audit" label={t("filters.label")} isFiltered={isFiltered} layout="stack">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {field("entity", { list: "audit-entities" })}
        {field("entityId")}
        {field("actorEmail", { type: "search" })}
        {field("action", { list: "audit-actions" })}
        {field("from", { inputMode: "numeric", placeholder: "dd/mm/yyyy", hint: t("filters.dateHint") })}
        {field("to", { inputMode: "numeric", placeholder: "dd/mm/yyyy", hint: t("filters.dateHint") })}
      </div>
      <datalist id="audit-entities">
        {KNOWN_ENTITIES.map((entity) => (
          <option key={entity} value={entity} />
        ))}
      </datalist>
      <datalist id="audit-actions">
        {KNOWN_ACTIONS.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
    </FilterForm>
  );
}
