"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";

// "Lập báo cáo" / "Tiếp tục" as a form posting to the action (works without JavaScript); a refusal shows next to it.
export function OpenReportButton({
  action,
  periodId,
  label,
  accessibleLabel,
  isPrimary,
}: {
  action: FormAction;
  periodId: string;
  label: string;
  accessibleLabel: string;
  isPrimary: boolean;
}) {
  const t = useTranslations("reports.own");
  const [state, formAction, isPending] = useActionState(action, {});
  const errorId = `open-report-error-${periodId}`;
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="periodId" value={periodId} />
      <button
        type="submit"
        disabled={isPending}
        aria-label={accessibleLabel}
        aria-describedby={state.message ? errorId : undefined}
        className={
          isPrimary
            ? "whitespace-nowrap rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
            : "whitespace-nowrap rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-brand disabled:opacity-60"
        }
        data-testid="open-report"
      >
        {isPending ? t("opening") : label}
      </button>
      <span aria-live="polite">
        {state.message && (
          <span id={errorId} role="alert" className="block max-w-xs text-xs text-red-800">
            {state.message}
          </span>
        )}
      </span>
    </form>
  );
}
