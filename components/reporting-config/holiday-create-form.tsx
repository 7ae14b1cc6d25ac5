"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { FormField, FormMessage, inputClass } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";

type Action = FormAction;

export function HolidayCreateForm({ action }: { action: Action }) {
  const t = useTranslations("reportingConfig.holidays");
  const tf = useTranslations("admin.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? {};
  const error = useFieldError(state.fieldErrors);
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="holiday-create-form">
      <div className="grid gap-4 md:grid-cols-[12rem_1fr_1fr]">
        <FormField id="holiday-date" label={t("date")} hint={t("dateHint")} error={error("date")} isRequired requiredLabel={tf("required")}>
          {(a11y) => (
            <input
              {...a11y}
              name="date"
              inputMode="numeric"
              autoComplete="off"
              placeholder="dd/mm/yyyy"
              maxLength={10}
              required
              defaultValue={values.date ?? ""}
              className={inputClass}
            />
          )}
        </FormField>
        <FormField id="holiday-name-vi" label={t("nameVi")} error={error("nameVi")} isRequired requiredLabel={tf("required")}>
          {(a11y) => (
            <input
              {...a11y}
              name="nameVi"
              lang="vi"
              autoComplete="off"
              maxLength={200}
              required
              defaultValue={values.nameVi ?? ""}
              className={inputClass}
            />
          )}
        </FormField>
        <FormField id="holiday-name-en" label={t("nameEn")} error={error("nameEn")} isRequired requiredLabel={tf("required")}>
          {(a11y) => (
            <input
              {...a11y}
              name="nameEn"
              lang="en"
              autoComplete="off"
              maxLength={200}
              required
              defaultValue={values.nameEn ?? ""}
              className={inputClass}
            />
          )}
        </FormField>
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isPending ? tf("saving") : t("add")}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
