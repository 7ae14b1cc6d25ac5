"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { FormMessage } from "@/components/ui/form-field";

export function RunRemindersForm({ action }: { action: FormAction }) {
  const t = useTranslations("reportingConfig.outbox");
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <button
        type="submit"
        disabled={isPending}
        data-testid="run-reminders"
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isPending ? t("running") : t("run")}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
