"use client";

import { useActionState } from "react";
import { refreshHeaderStatus } from "@/components/layout/header-status";
import { useTranslations } from "next-intl";
import type { ActionState, FormAction } from "@/lib/schemas/action-state";

// Marks one notification read; the list re-renders with it marked, which is the confirmation.
export function MarkReadButton({ notificationId, title, action }: { notificationId: string; title: string; action: FormAction }) {
  const t = useTranslations("notifications");
  // The header's unread count is fetched by the browser: ask for it again once the server has marked them (here,
  // not in an effect: the page's new render removes this form when nothing is left unread).
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(async (previous, formData) => {
    const next = await action(previous, formData);
    if (next.status === "success") refreshHeaderStatus();
    return next;
  }, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-400 bg-white px-2.5 py-1 text-sm text-slate-900 hover:border-brand disabled:opacity-60"
      >
        {isPending ? t("working") : t("markRead")}
        <span className="sr-only">: {title}</span>
      </button>
      {state.status === "error" && (
        <p role="alert" className="mt-1 text-sm text-red-900">
          {state.message}
        </p>
      )}
    </form>
  );
}
