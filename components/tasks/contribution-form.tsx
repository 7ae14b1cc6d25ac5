"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage, inputClass, primaryButtonClass } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { textValue, type FormAction } from "@/lib/schemas/action-state";

// A coordinating organization's note of its own part in another organization's task.
export function ContributionForm({ action, taskId }: { action: FormAction; taskId: string }) {
  const t = useTranslations("plans.contributions");
  const [state, formAction, isPending] = useActionState(action, {});
  const messageRef = useFocusOnError(state);
  const fieldError = useFieldError(state.fieldErrors);
  return (
    <form action={formAction} noValidate className="space-y-3" data-testid="contribution-form">
      <input type="hidden" name="taskId" value={taskId} />
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        <FormMessage status={state.status} message={state.message} />
      </div>
      <FormField id="contribution-note" label={t("note")} error={fieldError("note")} isRequired>
        {(a11y) => (
          <textarea
            {...a11y}
            name="note"
            required
            maxLength={2_000}
            rows={3}
            defaultValue={textValue(state.values, "note")}
            className={inputClass}
          />
        )}
      </FormField>
      <button type="submit" className={primaryButtonClass} disabled={isPending} data-testid="contribution-submit">
        {isPending ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
