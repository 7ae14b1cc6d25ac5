"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { periodLabel, type PeriodKind } from "@/lib/domain/reporting-calendar";
import type { FormAction } from "@/lib/schemas/action-state";
import { FormField, FormMessage, inputClass } from "@/components/ui/form-field";

type Candidate = { periodId: string; kind: PeriodKind; year: number; number: number };

// Records a report the organization sent outside the portal (on paper) before using it: it then counts as sent
// on its sending day.
export function ExternalReportForm({ candidates, action }: { candidates: Candidate[]; action: FormAction }) {
  const t = useTranslations("reports.external");
  const locale = useLocale() === "en" ? "en" : "vi";
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? {};
  const error = (field: string) => state.fieldErrors?.[field]?.[0];
  const text = (name: string, max: number, placeholder?: string) =>
    function TextInput(a11y: Record<string, unknown>) {
      return (
        <input
          {...a11y}
          name={name}
          autoComplete="off"
          maxLength={max}
          placeholder={placeholder}
          defaultValue={typeof values[name] === "string" ? values[name] : ""}
          className={inputClass}
        />
      );
    };
  return (
    <form action={formAction} noValidate className="space-y-3" data-testid="external-report-form">
      <FormField id="external-period" label={t("period")} error={error("periodId")}>
        {(a11y) => (
          <select
            {...a11y}
            name="periodId"
            defaultValue={typeof values.periodId === "string" ? values.periodId : candidates[0]?.periodId}
            className={`${inputClass} max-w-md`}
          >
            {candidates.map((c) => (
              <option key={c.periodId} value={c.periodId}>
                {periodLabel(c, locale)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="grid gap-4 md:grid-cols-4">
        <FormField id="external-number" label={t("documentNumber")} error={error("documentNumber")}>
          {text("documentNumber", 60, "512/BC-UBND")}
        </FormField>
        <FormField id="external-date" label={t("documentDate")} error={error("documentDate")}>
          {text("documentDate", 10, "dd/mm/yyyy")}
        </FormField>
        <FormField id="external-signer" label={t("signerName")} error={error("signerName")}>
          {text("signerName", 200)}
        </FormField>
        <FormField id="external-sent" label={t("sentOn")} error={error("sentOn")}>
          {text("sentOn", 10, "dd/mm/yyyy")}
        </FormField>
      </div>
      <FormField id="external-file" label={t("file")} hint={t("fileHint")} error={error("file")}>
        {(a11y) => <input {...a11y} name="file" type="file" accept=".pdf,.docx,application/pdf" className="block text-sm" />}
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isPending ? t("working") : t("submit")}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
