"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, primaryButtonClass, SelectField, TextAreaField, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";
import type { UnescoStage } from "@/lib/domain/unesco-pipeline";
import type { FormAction } from "@/lib/schemas/action-state";

export function AdvanceStageForm({
  action,
  dossierId,
  version,
  nextStages,
  today,
}: {
  action: FormAction;
  dossierId: string;
  version: number;
  nextStages: readonly UnescoStage[];
  today: string;
}) {
  const t = useTranslations("unesco.advance");
  const ts = useTranslations("unesco.stages");
  const tf = useTranslations("admin.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? {};
  const error = useFieldError(state.fieldErrors);
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="unesco-advance-form">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="version" value={typeof values.version === "string" ? values.version : String(version)} />
      <div className="grid gap-4 md:grid-cols-[1fr_12rem]">
        <SelectField
          id="unesco-stage"
          name="stage"
          label={t("stage")}
          error={error("stage")}
          isRequired
          requiredLabel={tf("required")}
          defaultValue={typeof values.stage === "string" ? values.stage : (nextStages[0] ?? "")}
          options={nextStages.map((s) => ({ value: s, label: ts(s) }))}
        />
        <TextField
          id="unesco-occurred-on"
          label={t("occurredOn")}
          error={error("occurredOn")}
          isRequired
          requiredLabel={tf("required")}
          name="occurredOn"
          type="date"
          required
          maxLength={10}
          defaultValue={typeof values.occurredOn === "string" ? values.occurredOn : today}
        />
      </div>
      <TextAreaField
        id="unesco-note"
        name="note"
        label={t("note")}
        error={error("note")}
        maxLength={1000}
        rows={2}
        defaultValue={typeof values.note === "string" ? values.note : ""}
      />
      <button type="submit" disabled={isPending} className={primaryButtonClass}>
        {isPending ? tf("saving") : t("submit")}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
