"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";

export type CheckboxOption = { value: string; label: string; detail?: string; group?: string };

// Vietnamese names are searched without diacritics too ("ha noi" finds "Hà Nội").
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

// A group of checkboxes, optionally with a filter box: plain native controls, so Tab/Space work as everywhere.
// Options hidden by the filter keep their state and are still submitted when checked.
export function CheckboxList({
  id,
  name,
  legend,
  options,
  defaultValues,
  hint,
  error,
  isSearchable = false,
}: {
  id: string;
  name: string;
  legend: string;
  options: CheckboxOption[];
  defaultValues: readonly string[];
  hint?: string;
  error?: string;
  isSearchable?: boolean;
}) {
  const t = useTranslations("plans.form");
  const [selected, setSelected] = useState<string[]>(() => options.filter((o) => defaultValues.includes(o.value)).map((o) => o.value));
  const [query, setQuery] = useState("");
  const summaryId = useId();
  const folded = fold(query.trim());
  const isVisible = (option: CheckboxOption) => !folded || fold(`${option.label} ${option.value} ${option.detail ?? ""}`).includes(folded);
  const visibleCount = options.filter(isVisible).length;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, summaryId].filter(Boolean).join(" ");
  const selectedLabels = options.filter((o) => selected.includes(o.value)).map((o) => o.label);
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy}
      data-invalid={Boolean(error) || undefined}
      className="space-y-2 rounded border border-slate-300 p-3 data-[invalid=true]:border-red-700"
      onChange={(event) => {
        const target: EventTarget = event.target;
        if (!(target instanceof HTMLInputElement) || target.type !== "checkbox" || target.name !== name) return;
        setSelected((current) => (target.checked ? [...new Set([...current, target.value])] : current.filter((v) => v !== target.value)));
      }}
    >
      <legend className="px-1 font-medium text-slate-900">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {isSearchable && (
        <div>
          <label htmlFor={`${id}-filter`} className="block text-sm text-slate-800">
            {t("filterLabel")}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Enter in the filter box must not submit the whole form.
              if (event.key === "Enter") event.preventDefault();
            }}
            aria-controls={`${id}-options`}
            className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-1.5 text-sm"
          />
          <p className="mt-1 text-xs text-slate-600" aria-live="polite">
            {folded ? t("filterResult", { count: visibleCount }) : ""}
          </p>
        </div>
      )}
      <div id={`${id}-options`} className={isSearchable ? "max-h-72 space-y-3 overflow-y-auto pr-1" : "space-y-3"}>
        {groups.map((group) => {
          const groupOptions = options.filter((o) => (o.group ?? "") === group);
          const isGroupVisible = groupOptions.some(isVisible);
          return (
            <div key={group || "all"} hidden={!isGroupVisible}>
              {group && <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{group}</p>}
              <ul className="space-y-1">
                {groupOptions.map((option) => {
                  const optionId = `${id}-${option.value}`;
                  return (
                    <li key={option.value} hidden={!isVisible(option)} className="flex items-start gap-2">
                      <input
                        id={optionId}
                        type="checkbox"
                        name={name}
                        value={option.value}
                        defaultChecked={defaultValues.includes(option.value)}
                        className="mt-1 h-4 w-4 shrink-0"
                      />
                      <label htmlFor={optionId} className="text-sm text-slate-900">
                        {option.label}
                        {option.detail && <span className="block text-xs text-slate-600">{option.detail}</span>}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
        {folded && visibleCount === 0 && <p className="text-sm text-slate-700">{t("filterNone")}</p>}
      </div>
      <p id={summaryId} className="text-xs text-slate-700">
        {selected.length === 0 ? t("selectedNone") : t("selected", { count: selected.length, names: selectedLabels.join("; ") })}
      </p>
    </fieldset>
  );
}
