"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage, inputClass, primaryButtonClass, secondaryButtonClass, TextField } from "@/components/ui/form-field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { useFieldError } from "@/components/ui/use-field-error";
import { textValue, type FormAction } from "@/lib/schemas/action-state";

export function JoinActivityButton({ action, activityId }: { action: FormAction; activityId: string }) {
  const t = useTranslations("activities");
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="activityId" value={activityId} />
      <FormMessage status={state.status} message={state.message} />
      <button type="submit" disabled={isPending} className={secondaryButtonClass} data-testid="activity-join">
        {t("detail.join")}
      </button>
    </form>
  );
}

export function EvidenceLinkForm({ action, activityId }: { action: FormAction; activityId: string }) {
  const t = useTranslations("activities");
  const [state, formAction, isPending] = useActionState(action, {});
  const fieldError = useFieldError(state.fieldErrors);
  return (
    <form
      action={formAction}
      onSubmit={submitWithoutReset(formAction)}
      noValidate
      className="max-w-xl space-y-3"
      data-testid="activity-evidence-form"
    >
      <input type="hidden" name="activityId" value={activityId} />
      <FormMessage status={state.status} message={state.message} />
      <TextField
        id="evidence-url"
        label={t("detail.url")}
        error={fieldError("url")}
        isRequired
        name="url"
        type="url"
        maxLength={1000}
        defaultValue={textValue(state.values, "url")}
      />
      <FormField id="evidence-label" label={t("detail.label")} error={fieldError("label")}>
        {(a11y) => <input {...a11y} name="label" maxLength={300} defaultValue={textValue(state.values, "label")} className={inputClass} />}
      </FormField>
      <button type="submit" disabled={isPending} className={primaryButtonClass}>
        {t("detail.addLink")}
      </button>
    </form>
  );
}

// A file of evidence; its type is checked by content on the server (PDF, DOCX or XLSX, at most 20 MB).
export function EvidenceFileForm({ action, activityId }: { action: FormAction; activityId: string }) {
  const t = useTranslations("activities.detail");
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="max-w-xl space-y-3" data-testid="activity-evidence-file-form">
      <input type="hidden" name="activityId" value={activityId} />
      <FormMessage status={state.status} message={state.message} />
      <FormField id="evidence-file" label={t("file")} hint={t("fileHelp")}>
        {(a11y) => (
          <input
            {...a11y}
            type="file"
            name="file"
            required
            accept=".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block max-w-full text-sm"
          />
        )}
      </FormField>
      <button type="submit" disabled={isPending} className={primaryButtonClass}>
        {isPending ? t("uploading") : t("upload")}
      </button>
    </form>
  );
}
