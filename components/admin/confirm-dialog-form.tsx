"use client";

import { useId, useRef, type ReactNode } from "react";

// A destructive step asks first, in a native modal dialog: focus stays inside it, Esc cancels, focus returns to
// the button that opened it, and the safe choice (cancel) has the initial focus.
export function ConfirmDialogForm({
  formAction,
  isPending,
  hiddenFields,
  triggerLabel,
  pendingLabel,
  title,
  body,
  confirmLabel,
  cancelLabel,
  isDanger = true,
  testId,
}: {
  formAction: (formData: FormData) => void;
  isPending: boolean;
  hiddenFields: Record<string, string>;
  triggerLabel: string;
  pendingLabel: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  isDanger?: boolean;
  testId?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        disabled={isPending}
        onClick={() => dialog.current?.showModal()}
        data-testid={testId ? `${testId}-open` : undefined}
        className={
          isDanger
            ? "rounded border border-cb-vermillion bg-white px-3 py-1.5 text-sm font-medium text-red-900 hover:bg-red-50 disabled:opacity-60"
            : "rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-brand disabled:opacity-60"
        }
      >
        {isPending ? pendingLabel : triggerLabel}
      </button>
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
        <div id={bodyId} className="mb-4 text-sm text-slate-800">
          {body}
        </div>
        <form action={formAction} onSubmit={() => dialog.current?.close()} className="flex justify-end gap-2">
          {Object.entries(hiddenFields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded border border-slate-400 px-3 py-1.5">
            {cancelLabel}
          </button>
          <button
            type="submit"
            data-testid={testId ? `${testId}-confirm` : undefined}
            className={isDanger ? "rounded bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-900" : "rounded bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark"}
          >
            {confirmLabel}
          </button>
        </form>
      </dialog>
    </>
  );
}
