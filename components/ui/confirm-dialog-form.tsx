"use client";

import { useActionState, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";

type Tone = "primary" | "secondary" | "danger";

const TRIGGER_TONE: Record<Tone, string> = {
  primary: "bg-brand font-semibold text-white hover:bg-brand-dark",
  secondary: "border border-slate-500 bg-white font-medium text-slate-900 hover:border-brand",
  danger: "border border-cb-vermillion bg-white font-medium text-red-900 hover:bg-red-50",
};

// `xs` fits a table row, `sm` the compact admin controls, `md` the page's main buttons.
const TRIGGER_SIZE = { xs: "px-2 py-1 text-sm", sm: "px-3 py-1.5 text-sm", md: "px-4 py-2" };

type ConfirmDialogProps = {
  hiddenFields: Record<string, string>;
  triggerLabel: string;
  pendingLabel: string;
  // Which item the button acts on, for screen readers where several such buttons share a label (table rows).
  triggerContext?: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  tone: Tone;
  size?: keyof typeof TRIGGER_SIZE;
  testId?: string;
};

// A step that cannot be taken back asks first, in a native modal dialog: focus stays inside it, Esc cancels,
// focus returns to the button that opened it, and the safe choice (Cancel) has the initial focus. `error` is a
// refusal shown next to the button (e.g. a plan without tasks); callers that show their own outcome omit it.
export function ConfirmDialogForm({
  formAction,
  isPending,
  error,
  hiddenFields,
  triggerLabel,
  pendingLabel,
  triggerContext,
  title,
  body,
  confirmLabel,
  tone,
  size = "md",
  testId,
}: ConfirmDialogProps & { formAction: (formData: FormData) => void; isPending: boolean; error?: string }) {
  const t = useTranslations("ui.confirmDialog");
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const errorId = useId();
  return (
    <div className="inline-flex flex-col gap-1">
      <button
        type="button"
        aria-haspopup="dialog"
        disabled={isPending}
        aria-describedby={error ? errorId : undefined}
        onClick={() => dialog.current?.showModal()}
        data-testid={testId ? `${testId}-open` : undefined}
        className={`rounded ${TRIGGER_SIZE[size]} ${TRIGGER_TONE[tone]} disabled:opacity-60`}
      >
        {isPending ? pendingLabel : triggerLabel}
        {triggerContext && <span className="sr-only"> {triggerContext}</span>}
      </button>
      <div aria-live="polite">
        {error && (
          <p
            id={errorId}
            role="alert"
            className="max-w-md rounded border border-cb-vermillion bg-red-50 p-2 text-sm text-red-900"
            data-testid={testId ? `${testId}-error` : undefined}
          >
            {error}
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
            className={
              tone === "danger"
                ? "rounded bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-900"
                : "rounded bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark"
            }
          >
            {confirmLabel}
          </button>
        </form>
      </dialog>
    </div>
  );
}

// The same dialog bound to a server action of its own: the action's refusal is shown next to the button (on
// success the page revalidates and shows the outcome itself).
export function ConfirmActionForm({ action, ...props }: ConfirmDialogProps & { action: FormAction }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <ConfirmDialogForm
      formAction={formAction}
      isPending={isPending}
      error={state.status === "success" ? undefined : state.message}
      {...props}
    />
  );
}
