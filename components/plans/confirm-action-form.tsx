"use client";

import { useActionState, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { PlanFormAction } from "./form-state";

// A step that cannot be taken back (submitting for review, deleting) asks first, in a native modal dialog:
// focus stays inside, Esc cancels, focus returns to the opening button, and Cancel has the initial focus.
// A refusal (e.g. a plan without tasks) is shown next to the button.
export function ConfirmActionForm({
  action,
  hiddenFields,
  triggerLabel,
  pendingLabel,
  title,
  body,
  confirmLabel,
  tone = "primary",
  testId,
}: {
  action: PlanFormAction;
  hiddenFields: Record<string, string>;
  triggerLabel: string;
  pendingLabel: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  tone?: "primary" | "secondary" | "danger";
  testId?: string;
}) {
  const t = useTranslations("plans.form");
  const [state, formAction, isPending] = useActionState(action, {});
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const errorId = useId();
  const triggerClass = {
    primary: "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60",
    secondary: "rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:border-brand disabled:opacity-60",
    danger: "rounded border border-cb-vermillion bg-white px-4 py-2 font-medium text-red-900 hover:bg-red-50 disabled:opacity-60",
  }[tone];
  return (
    <div className="inline-flex flex-col gap-1">
      <button
        type="button"
        aria-haspopup="dialog"
        disabled={isPending}
        aria-describedby={state.message ? errorId : undefined}
        onClick={() => dialog.current?.showModal()}
        data-testid={testId ? `${testId}-open` : undefined}
        className={triggerClass}
      >
        {isPending ? pendingLabel : triggerLabel}
      </button>
      <div aria-live="polite">
        {state.message && (
          <p id={errorId} role="alert" className="max-w-md rounded border border-cb-vermillion bg-red-50 p-2 text-sm text-red-900" data-testid={testId ? `${testId}-error` : undefined}>
            {state.message}
          </p>
        )}
      </div>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-full max-w-md rounded-lg p-5 shadow-xl backdrop:bg-black/40"
        data-testid={testId ? `${testId}-dialog` : undefined}
      >
        <h2 id={titleId} className="mb-2 text-lg font-semibold">
          {title}
        </h2>
        <div id={bodyId} className="mb-4 space-y-2 text-sm text-slate-800">
          {body}
        </div>
        <form action={formAction} onSubmit={() => dialog.current?.close()} className="flex justify-end gap-2">
          {Object.entries(hiddenFields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded border border-slate-400 px-3 py-1.5">
            {t("cancel")}
          </button>
          <button
            type="submit"
            data-testid={testId ? `${testId}-confirm` : undefined}
            className={tone === "danger" ? "rounded bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-900" : "rounded bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark"}
          >
            {confirmLabel}
          </button>
        </form>
      </dialog>
    </div>
  );
}
