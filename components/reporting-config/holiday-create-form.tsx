"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import { FormMessage, primaryButtonClass, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";

export function HolidayCreateForm({ action }: { action: FormAction }) {
  const t = useTranslations("reportingConfig.holidays");
  const tf = useTranslations("admin.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const value = (name: string) => textValue(state.values, name, "");
  const error = useFieldError(state.fieldErrors);
  const required = { isRequired: true, requiredLabel: tf("required") };
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="holiday-create-form">
      <div className="grid gap-4 md:grid-cols-[12rem_1fr_1fr]">
        <TextField
          id="holiday-date"
          name="date"
          label={t("date")}
          hint={t("dateHint")}
          error={error("date")}
          {...required}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          maxLength={10}
          defaultValue={value("date")}
        />
        <TextField
          id="holiday-name-vi"
          name="nameVi"
          label={t("nameVi")}
          error={error("nameVi")}
          {...required}
          lang="vi"
          maxLength={200}
          defaultValue={value("nameVi")}
        />
        <TextField
          id="holiday-name-en"
          name="nameEn"
          label={t("nameEn")}
          error={error("nameEn")}
          {...required}
          lang="en"
          maxLength={200}
          defaultValue={value("nameEn")}
        />
      </div>
      <button type="submit" disabled={isPending} className={primaryButtonClass}>
        {isPending ? tf("saving") : t("add")}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
