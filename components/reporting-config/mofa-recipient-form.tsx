"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import {
  MAX_RECIPIENT_SOURCES,
  MAX_SOURCES_TEXT,
  MOFA_RECIPIENT_CONFIDENCES,
  type MofaRecipientFormValues,
} from "@/lib/schemas/workflow-settings";
import { FormField, FormMessage, inputClass, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";

// The name of the body at MOFA that plans and reports are sent to, its sources and how sure the name is. After a
// save the state carries the new fingerprint; after a conflict, the one of the value saved meanwhile.
export function MofaRecipientForm({ action, initial }: { action: FormAction; initial: MofaRecipientFormValues }) {
  const t = useTranslations("reportingConfig.recipient");
  const tf = useTranslations("admin.form");
  const tc = useTranslations("common.confidence");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = { ...initial, ...(state.values as Partial<MofaRecipientFormValues> | undefined) };
  const conflict = state.current as MofaRecipientFormValues | undefined;
  const revision = conflict?.revision ?? values.revision;
  const error = useFieldError(state.fieldErrors);
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4" data-testid="mofa-recipient-form">
      <input type="hidden" name="revision" value={revision} />
      {conflict ? (
        <div role="alert" className="space-y-2 rounded border-2 border-cb-orange bg-amber-50 p-4 text-amber-950" data-testid="conflict">
          <p className="font-semibold">{state.message}</p>
          <p className="text-sm">
            {t("conflictCurrent")}: <span lang="vi">{conflict.nameVi}</span>
          </p>
        </div>
      ) : (
        <FormMessage status={state.status} message={state.message} />
      )}
      <TextField
        id="recipient-name-vi"
        label={t("nameVi")}
        hint={t("nameViHint")}
        error={error("nameVi")}
        isRequired
        requiredLabel={tf("required")}
        name="nameVi"
        lang="vi"
        maxLength={300}
        defaultValue={values.nameVi}
      />
      <TextField
        id="recipient-name-en"
        label={t("nameEn")}
        error={error("nameEn")}
        isRequired
        requiredLabel={tf("required")}
        name="nameEn"
        lang="en"
        maxLength={300}
        defaultValue={values.nameEn}
      />
      <FormField
        id="recipient-sources"
        label={t("sourceUrls")}
        hint={t("sourceUrlsHint", { max: MAX_RECIPIENT_SOURCES })}
        error={error("sourceUrls")}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            name="sourceUrls"
            rows={3}
            maxLength={MAX_SOURCES_TEXT}
            defaultValue={values.sourceUrls}
            className={inputClass}
          />
        )}
      </FormField>
      <FormField id="recipient-confidence" label={t("confidence")} hint={t("confidenceHint")} error={error("confidence")}>
        {(a11y) => (
          <select {...a11y} name="confidence" defaultValue={values.confidence} className={inputClass}>
            {MOFA_RECIPIENT_CONFIDENCES.map((level) => (
              <option key={level} value={level}>
                {tc(level)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isPending ? tf("saving") : conflict ? t("saveAnyway") : tf("save")}
      </button>
    </form>
  );
}
