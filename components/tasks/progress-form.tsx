"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormField, FormMessage, inputClass, primaryButtonClass, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { toLocale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/i18n/format";
import { TASK_STATUSES } from "@/lib/domain/enums";

// Logging progress between reports. It carries the version of the task it was based on: if someone else logged
// progress meanwhile, nothing is overwritten; the newer values are shown, what was typed stays, and the form
// takes the newer version so that saving again is a deliberate choice.
export function ProgressForm({
  action,
  taskId,
  version,
  initialStatus,
  initialProgress,
}: {
  action: FormAction;
  taskId: string;
  version: number;
  initialStatus: string;
  initialProgress: number;
}) {
  const t = useTranslations("plans");
  const locale = toLocale(useLocale());
  const [state, formAction, isPending] = useActionState(action, {});
  const messageRef = useFocusOnError(state);
  const fieldError = useFieldError(state.fieldErrors);
  const value = (field: string, fallback = "") => textValue(state.values, field, fallback);
  const current = state.current;
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-4" data-testid="progress-form">
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={state.version ?? version} />
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {current ? (
          <div
            role="alert"
            className="space-y-1 rounded border-2 border-cb-orange bg-amber-50 p-4 text-amber-950"
            data-testid="progress-conflict"
          >
            <p className="font-semibold">{state.message}</p>
            <p>
              {t("progress.conflictCurrent", {
                status: t(`taskStatus.${String(current.status)}`),
                progress: formatPercent(Number(current.progress), locale),
              })}
            </p>
            <p className="text-sm">{t("progress.conflictHelp")}</p>
          </div>
        ) : (
          <FormMessage status={state.status} message={state.message} />
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="progress-status" label={t("taskFields.status")} error={fieldError("status")} isRequired>
          {(a11y) => (
            <select {...a11y} name="status" required defaultValue={value("status", initialStatus)} className={inputClass}>
              {TASK_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`taskStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TextField
          id="progress-percent"
          label={t("taskFields.progressPercent")}
          error={fieldError("progress")}
          hint={t("taskForm.progressHint")}
          isRequired
          name="progress"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          required
          defaultValue={value("progress", String(initialProgress))}
        />
      </div>
      <FormField id="progress-note" label={t("progress.note")} error={fieldError("note")} hint={t("progress.noteHint")}>
        {(a11y) => (
          <textarea {...a11y} name="note" lang="vi" rows={3} maxLength={2000} defaultValue={value("note")} className={inputClass} />
        )}
      </FormField>
      <TextField
        id="progress-evidence"
        label={t("progress.evidenceUrl")}
        error={fieldError("evidenceUrl")}
        hint={t("progress.evidenceHint")}
        name="evidenceUrl"
        type="url"
        inputMode="url"
        maxLength={1000}
        placeholder="https://"
        defaultValue={value("evidenceUrl")}
      />
      <button type="submit" disabled={isPending} className={primaryButtonClass} data-testid="progress-save">
        {isPending ? t("form.saving") : t("progress.save")}
      </button>
    </form>
  );
}
