"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";

// Revocation is destructive: it asks for confirmation in a native dialog (keyboard accessible, Esc cancels).
// A refusal (e.g. the token was already removed) shows next to the button.
export function RevokeTokenButton({ tokenId, name, action }: { tokenId: string; name: string; action: FormAction }) {
  const t = useTranslations("account");
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <>
      <button
        type="button"
        disabled={isPending}
        onClick={() => dialog.current?.showModal()}
        className="rounded border border-cb-vermillion px-2 py-1 text-sm text-red-900 disabled:opacity-60"
      >
        {t("revoke")}
      </button>
      {state.status === "error" && (
        <p role="alert" className="mt-1 text-sm text-red-900">
          {state.message}
        </p>
      )}
      <dialog ref={dialog} aria-labelledby={`revoke-${tokenId}`} className="m-auto max-w-sm rounded-lg p-4 shadow-xl backdrop:bg-black/40">
        <p id={`revoke-${tokenId}`} className="mb-4">
          {t("revokeConfirm", { name })}
        </p>
        <form action={formAction} onSubmit={() => dialog.current?.close()} className="flex justify-end gap-2">
          <input type="hidden" name="tokenId" value={tokenId} />
          <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-slate-400 px-3 py-1.5">
            {t("cancel")}
          </button>
          <button type="submit" className="rounded bg-cb-vermillion px-3 py-1.5 font-semibold text-black">
            {t("confirm")}
          </button>
        </form>
      </dialog>
    </>
  );
}
