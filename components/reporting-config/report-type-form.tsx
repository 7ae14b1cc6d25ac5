"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { FormField, FormMessage, inputClass, TextField } from "@/components/ui/form-field";

type Action = FormAction;

export type ReportTypeView = {
  id: string;
  code: string;
  periodKind: string;
  deadlineWorkingDays: number;
  deadlineRule: string;
  deadlineDay: number | null;
  deadlineMonth: number | null;
  basisVi: string | null;
  basisSourceUrl: string | null;
  outlineVi: string | null;
  adHocCutoffStart: string | null;
  adHocCutoffEnd: string | null;
  adHocDeadline: string | null;
  isActive: boolean;
};

const RULES = ["WORKING_DAYS_AFTER_CUTOFF", "DAY_OF_LAST_MONTH", "FIXED_DATE"] as const;

// dd/mm/yyyy as the date inputs take it.
function asTyped(iso: string | null): string {
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "";
}

// The deadline rule of one report type (a portal setting, not law), the document that asks for the report, and
// whether the type is in use; ad-hoc types also carry their request's cut-off, deadline and outline.
export function ReportTypeForm({ reportType, action }: { reportType: ReportTypeView; action: Action }) {
  const t = useTranslations("reportingConfig.types");
  const tf = useTranslations("admin.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? {
    deadlineWorkingDays: String(reportType.deadlineWorkingDays),
    isActive: reportType.isActive ? "on" : "",
    deadlineRule: reportType.deadlineRule,
    deadlineDay: reportType.deadlineDay == null ? "" : String(reportType.deadlineDay),
    deadlineMonth: reportType.deadlineMonth == null ? "" : String(reportType.deadlineMonth),
    basisVi: reportType.basisVi ?? "",
    basisSourceUrl: reportType.basisSourceUrl ?? "",
    outlineVi: reportType.outlineVi ?? "",
    adHocCutoffStart: asTyped(reportType.adHocCutoffStart),
    adHocCutoffEnd: asTyped(reportType.adHocCutoffEnd),
    adHocDeadline: asTyped(reportType.adHocDeadline),
  };
  const idPrefix = `report-type-${reportType.code.toLowerCase()}`;
  const error = (field: string) => state.fieldErrors?.[field]?.[0];
  const isAdHoc = reportType.periodKind === "AD_HOC";
  return (
    <form action={formAction} noValidate className="space-y-3" data-testid={`report-type-form-${reportType.code}`}>
      <input type="hidden" name="reportTypeId" value={reportType.id} />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,20rem)_1fr] sm:items-start">
        <FormField
          id={`${idPrefix}-days`}
          label={t("workingDays")}
          hint={t("workingDaysHint")}
          error={error("deadlineWorkingDays")}
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
      {!isAdHoc && (
        <div className="grid gap-4 sm:grid-cols-[minmax(0,24rem)_8rem_8rem]">
          <FormField id={`${idPrefix}-rule`} label={t("deadlineRule")} error={error("deadlineRule")}>
            {(a11y) => (
              <select {...a11y} name="deadlineRule" defaultValue={values.deadlineRule} className={inputClass}>
                {RULES.map((rule) => (
                  <option key={rule} value={rule}>
                    {t(`rules.${rule}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <TextField
            id={`${idPrefix}-day`}
            label={t("deadlineDay")}
            error={error("deadlineDay")}
            name="deadlineDay"
            type="number"
            inputMode="numeric"
            min={1}
            max={31}
            step={1}
            defaultValue={values.deadlineDay}
          />
          <TextField
            id={`${idPrefix}-month`}
            label={t("deadlineMonth")}
            error={error("deadlineMonth")}
            name="deadlineMonth"
            type="number"
            inputMode="numeric"
            min={1}
            max={12}
            step={1}
            defaultValue={values.deadlineMonth}
          />
        </div>
      )}
      {isAdHoc && (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t("adHocHint")}</p>
          <div className="grid gap-4 sm:grid-cols-3">
            {(["adHocCutoffStart", "adHocCutoffEnd", "adHocDeadline"] as const).map((field) => (
              <TextField
                key={field}
                id={`${idPrefix}-${field}`}
                label={t(field)}
                error={error(field)}
                name={field}
                inputMode="numeric"
                placeholder="dd/mm/yyyy"
                maxLength={10}
                defaultValue={values[field]}
              />
            ))}
          </div>
          <FormField id={`${idPrefix}-outline`} label={t("outlineVi")} error={error("outlineVi")}>
            {(a11y) => (
              <textarea
                {...a11y}
                name="outlineVi"
                lang="vi"
                rows={4}
                maxLength={10000}
                defaultValue={values.outlineVi}
                className={inputClass}
              />
            )}
          </FormField>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${idPrefix}-basis`}
          label={t("basisVi")}
          hint={t("basisHint")}
          error={error("basisVi")}
          name="basisVi"
          lang="vi"
          maxLength={500}
          defaultValue={values.basisVi}
        />
        <TextField
          id={`${idPrefix}-basis-url`}
          label={t("basisSourceUrl")}
          error={error("basisSourceUrl")}
          name="basisSourceUrl"
          type="url"
          maxLength={500}
          defaultValue={values.basisSourceUrl}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {isPending ? tf("saving") : t("save")}
        </button>
      </div>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
