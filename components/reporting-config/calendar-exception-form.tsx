"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import { FormMessage, primaryButtonClass, SelectField, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";
import { DatedEntryFields } from "./dated-entry-fields";

const EXCEPTION_KINDS = ["WORKING_DAY", "DAY_OFF"] as const;

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
        <DatedEntryFields
          ids={{ date: "exception-date", name: "exception-name" }}
          labels={{ date: t("date"), dateHint: t("dateHint"), name: t("nameVi") }}
          state={state}
          requiredLabel={tf("required")}
          afterDate={
            <SelectField
              id="exception-kind"
              name="kind"
              label={t("kind")}
              error={error("kind")}
              {...required}
              defaultValue={textValue(state.values, "kind", "WORKING_DAY")}
              options={EXCEPTION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            />
          }
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
