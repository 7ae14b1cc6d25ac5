"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { FormField, FormMessage, inputClass } from "@/components/ui/form-field";

type Action = FormAction;

export type ReportTypeView = { id: string; code: string; deadlineWorkingDays: number; isActive: boolean };

// The deadline rule of one report type: working days after the data cut-off (≥ 1, Decree 09 Art. 8(5)) and
// whether the type is in use.
export function ReportTypeForm({ reportType, action }: { reportType: ReportTypeView; action: Action }) {
  const t = useTranslations("reportingConfig.types");
  const tf = useTranslations("admin.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? { deadlineWorkingDays: String(reportType.deadlineWorkingDays), isActive: reportType.isActive ? "on" : "" };
  const idPrefix = `report-type-${reportType.code.toLowerCase()}`;
  return (
    <form action={formAction} noValidate className="space-y-3" data-testid={`report-type-form-${reportType.code}`}>
      <input type="hidden" name="reportTypeId" value={reportType.id} />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,20rem)_1fr] sm:items-start">
        <FormField
          id={`${idPrefix}-days`}
          label={t("workingDays")}
          hint={t("workingDaysHint")}
          error={state.fieldErrors?.deadlineWorkingDays?.[0]}
          isRequired
          requiredLabel={tf("required")}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="deadlineWorkingDays"
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              step={1}
              required
              defaultValue={values.deadlineWorkingDays}
              className={`${inputClass} max-w-32`}
            />
          )}
        </FormField>
        <div className="flex items-start gap-2 sm:pt-7">
          <input
            id={`${idPrefix}-active`}
            type="checkbox"
            name="isActive"
            defaultChecked={values.isActive === "on"}
            aria-describedby={`${idPrefix}-active-hint`}
            className="mt-1 h-4 w-4"
          />
          <div>
            <label htmlFor={`${idPrefix}-active`} className="font-medium">
              {t("isActive")}
            </label>
            <p id={`${idPrefix}-active-hint`} className="text-xs text-slate-600">
              {t("activeHint")}
            </p>
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {isPending ? tf("saving") : t("save")}
        </button>
      </div>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
