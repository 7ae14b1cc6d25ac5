"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import { DateField, FormMessage, primaryButtonClass, secondaryButtonClass, TextAreaField, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { textOf } from "@/lib/domain/text-of";

export type PlanFormValues = {
  title: string;
  titleEn: string;
  periodStart: string;
  periodEnd: string;
  documentNumber: string;
  documentDate: string;
};

const FIELDS = ["title", "titleEn", "periodStart", "periodEnd", "documentNumber", "documentDate"] as const;

// What someone else saved, for comparison with what was typed (dates arrive as yyyy-MM-dd).
function currentText(field: (typeof FIELDS)[number], value: unknown): string {
  if (value === null || value === undefined) return "";
  if (field === "documentDate") return formatDate(textOf(value));
  return textOf(value);
}

// Creating a plan, or editing one with the version it was loaded with (optimistic concurrency).
export function PlanForm({
  action,
  initial,
  planId,
  version,
  cancelHref,
}: {
  action: FormAction;
  initial: PlanFormValues;
  planId?: string;
  version?: number;
  cancelHref: string;
}) {
  const t = useTranslations("plans");
  const [state, formAction, isPending] = useActionState(action, {});
  const messageRef = useFocusOnError(state);
  const fieldError = useFieldError(state.fieldErrors);
  const value = (field: (typeof FIELDS)[number]) => textValue(state.values, field, initial[field]);
  const currentVersion = state.version ?? version;
  const conflictFields = state.current
    ? FIELDS.filter((field) => currentText(field, state.current![field]).trim() !== value(field).trim())
    : [];
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="max-w-3xl space-y-5" data-testid="plan-form">
      {planId && <input type="hidden" name="planId" value={planId} />}
      {currentVersion !== undefined && <input type="hidden" name="version" value={currentVersion} />}
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {state.current ? (
          <div
            role="alert"
            className="space-y-2 rounded border-2 border-cb-orange bg-amber-50 p-4 text-amber-950"
            data-testid="plan-conflict"
          >
            <p className="font-semibold">{state.message}</p>
            <p className="text-sm">{t("conflict.help")}</p>
            {conflictFields.length > 0 && (
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                {conflictFields.map((field) => (
                  <div key={field} className="contents">
                    <dt className="font-medium">{t(`planFields.${field}`)}</dt>
                    <dd>{currentText(field, state.current![field]) || t("emptyValue")}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        ) : (
          <FormMessage status={state.status} message={state.message} />
        )}
      </div>
      <p className="text-sm text-slate-700">{t("form.requiredNote")}</p>
      <TextAreaField
        id="plan-title"
        label={t("planFields.title")}
        error={fieldError("title")}
        isRequired
        name="title"
        lang="vi"
        rows={2}
        maxLength={500}
        defaultValue={value("title")}
      />
      <TextAreaField
        id="plan-title-en"
        label={t("planFields.titleEn")}
        error={fieldError("titleEn")}
        name="titleEn"
        lang="en"
        rows={2}
        maxLength={500}
        defaultValue={value("titleEn")}
      />
      <fieldset className="space-y-2">
        <legend className="font-medium text-slate-900">{t("planFields.period")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="plan-period-start"
            label={t("planFields.periodStart")}
            error={fieldError("periodStart")}
            hint={t("form.yearHint")}
            isRequired
            name="periodStart"
            inputMode="numeric"
            maxLength={4}
            required
            defaultValue={value("periodStart")}
          />
          <TextField
            id="plan-period-end"
            label={t("planFields.periodEnd")}
            error={fieldError("periodEnd")}
            hint={t("form.yearHint")}
            isRequired
            name="periodEnd"
            inputMode="numeric"
            maxLength={4}
            required
            defaultValue={value("periodEnd")}
          />
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="plan-document-number"
          label={t("planFields.documentNumber")}
          error={fieldError("documentNumber")}
          hint={t("form.documentNumberHint")}
          name="documentNumber"
          maxLength={60}
          defaultValue={value("documentNumber")}
        />
        <DateField
          id="plan-document-date"
          label={t("planFields.documentDate")}
          error={fieldError("documentDate")}
          hint={t("form.dateHint")}
          name="documentDate"
          defaultValue={value("documentDate")}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={isPending} className={primaryButtonClass} data-testid="plan-save">
          {isPending ? t("form.saving") : planId ? t("form.save") : t("form.create")}
        </button>
        <Link href={cancelHref} className={secondaryButtonClass}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
