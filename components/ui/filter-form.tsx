import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export const filterLabelClass = "block text-sm font-medium text-slate-800";
export const filterInputClass = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

// A GET form: the filters live in the URL, work without JavaScript and can be bookmarked. The fields stand in a
// row (`row`), or the caller lays them out itself (`stack`: a grid, lists of suggestions). `hasHint`: a field in
// the row has a hint line under it, so the other controls sit level with its input rather than with the hint.
export function FilterForm({
  action,
  label,
  isFiltered,
  applyLabel,
  layout = "row",
  hasHint = false,
  testId,
  children,
}: {
  action: string;
  label: string;
  isFiltered: boolean;
  applyLabel?: string;
  layout?: "row" | "stack";
  hasHint?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const t = useTranslations("ui.filters");
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className={`${layout === "row" ? "flex flex-wrap items-end gap-3" : "space-y-3"} rounded-lg border border-slate-200 bg-white p-4 shadow-sm`}
      data-testid={testId}
    >
      {children}
      <div className={`flex gap-2 ${hasHint ? "pb-5" : ""}`}>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {applyLabel ?? t("apply")}
        </button>
        {isFiltered && (
          <Link href={action} className="rounded border border-slate-300 px-4 py-2 text-slate-800 hover:border-brand">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}

const SELECT_WIDTH = {
  auto: { field: undefined, select: "" },
  wide: { field: "min-w-64", select: "w-full" },
  grow: { field: "min-w-64 flex-1", select: "w-full" },
};

// A choice among fixed values; `hasAllOption` adds the empty value ("all") first. The options are the children
// (so a caller may group them).
export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  hasAllOption = true,
  width = "auto",
  isBesideHint = false,
  children,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  hasAllOption?: boolean;
  width?: keyof typeof SELECT_WIDTH;
  isBesideHint?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("ui.filters");
  return (
    <div className={[SELECT_WIDTH[width].field, isBesideHint ? "pb-5" : null].filter(Boolean).join(" ") || undefined}>
      <label htmlFor={id} className={filterLabelClass}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className={`mt-1 rounded border border-slate-400 bg-white px-3 py-2 ${SELECT_WIDTH[width].select}`}
      >
        {hasAllOption && <option value="">{t("all")}</option>}
        {children}
      </select>
    </div>
  );
}

// Free-text search (`q`), with a hint under it when given.
export function FilterSearch({ id, label, defaultValue, hint }: { id: string; label: string; defaultValue: string; hint?: string }) {
  return (
    <div className="min-w-64 flex-1">
      <label htmlFor={id} className={filterLabelClass}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={100}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}
