"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { FormField, FormMessage, inputClass } from "@/components/ui/form-field";

type Action = FormAction;

// A day swap or extra day off the Government set for a year, with the document that set it.
export function CalendarExceptionForm({ action }: { action: Action }) {
  const t = useTranslations("reportingConfig.calendar");
  const tf = useTranslations("admin.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? {};
  const error = (field: string) => state.fieldErrors?.[field]?.[0];
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="calendar-exception-form">
      <div className="grid gap-4 md:grid-cols-[12rem_14rem_1fr]">
        <FormField
          id="exception-date"
          label={t("date")}
          hint={t("dateHint")}
          error={error("date")}
          isRequired
          requiredLabel={tf("required")}
        >
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
        <FormField id="exception-kind" label={t("kind")} error={error("kind")} isRequired requiredLabel={tf("required")}>
          {(a11y) => (
            <select {...a11y} name="kind" required defaultValue={values.kind ?? "WORKING_DAY"} className={inputClass}>
              <option value="WORKING_DAY">{t("kinds.WORKING_DAY")}</option>
              <option value="DAY_OFF">{t("kinds.DAY_OFF")}</option>
            </select>
          )}
        </FormField>
        <FormField id="exception-name" label={t("nameVi")} error={error("nameVi")} isRequired requiredLabel={tf("required")}>
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
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField
          id="exception-document"
          label={t("document")}
          hint={t("documentHint")}
          error={error("documentVi")}
          isRequired
          requiredLabel={tf("required")}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="documentVi"
              lang="vi"
              autoComplete="off"
              maxLength={300}
              required
              defaultValue={values.documentVi ?? ""}
              className={inputClass}
            />
          )}
        </FormField>
        <FormField id="exception-source" label={t("sourceUrl")} error={error("sourceUrl")}>
          {(a11y) => (
            <input
              {...a11y}
              name="sourceUrl"
              type="url"
              autoComplete="off"
              maxLength={500}
              defaultValue={values.sourceUrl ?? ""}
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
