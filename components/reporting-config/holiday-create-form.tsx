"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import { FormMessage, primaryButtonClass, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";
import { DatedEntryFields } from "./dated-entry-fields";

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
        <DatedEntryFields
          ids={{ date: "holiday-date", name: "holiday-name-vi" }}
          labels={{ date: t("date"), dateHint: t("dateHint"), name: t("nameVi") }}
          state={state}
          requiredLabel={tf("required")}
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
