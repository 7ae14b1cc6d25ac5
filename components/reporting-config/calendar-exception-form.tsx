"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import { FormField, FormMessage, inputClass, primaryButtonClass, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";

// A day swap or extra day off the Government set for a year, with the document that set it.
export function CalendarExceptionForm({ action }: { action: FormAction }) {
  const t = useTranslations("reportingConfig.calendar");
  const tf = useTranslations("admin.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const value = (name: string) => textValue(state.values, name, "");
  const error = useFieldError(state.fieldErrors);
  const required = { isRequired: true, requiredLabel: tf("required") };
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="calendar-exception-form">
      <div className="grid gap-4 md:grid-cols-[12rem_14rem_1fr]">
        <TextField
          id="exception-date"
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
        <FormField id="exception-kind" label={t("kind")} error={error("kind")} {...required}>
          {(a11y) => (
            <select {...a11y} name="kind" required defaultValue={textValue(state.values, "kind", "WORKING_DAY")} className={inputClass}>
              <option value="WORKING_DAY">{t("kinds.WORKING_DAY")}</option>
              <option value="DAY_OFF">{t("kinds.DAY_OFF")}</option>
            </select>
          )}
        </FormField>
        <TextField
          id="exception-name"
          name="nameVi"
          label={t("nameVi")}
          error={error("nameVi")}
          {...required}
          lang="vi"
          maxLength={200}
          defaultValue={value("nameVi")}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id="exception-document"
          name="documentVi"
          label={t("document")}
          hint={t("documentHint")}
          error={error("documentVi")}
          {...required}
          lang="vi"
          maxLength={300}
          defaultValue={value("documentVi")}
        />
        <TextField
          id="exception-source"
          name="sourceUrl"
          type="url"
          label={t("sourceUrl")}
          error={error("sourceUrl")}
          maxLength={500}
          defaultValue={value("sourceUrl")}
        />
      </div>
      <button type="submit" disabled={isPending} className={primaryButtonClass}>
        {isPending ? tf("saving") : t("add")}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
