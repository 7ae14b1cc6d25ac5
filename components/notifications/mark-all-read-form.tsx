"use client";

import { useActionState } from "react";
import { refreshHeaderStatus } from "@/components/layout/header-status";
import { useTranslations } from "next-intl";
import type { ActionState, FormAction } from "@/lib/schemas/action-state";
import { FormMessage } from "@/components/ui/form-field";

export function MarkAllReadForm({ action }: { action: FormAction }) {
  const t = useTranslations("notifications");
  // The header's unread count is fetched by the browser: ask for it again once the server has marked them (here,
  // not in an effect: the page's new render removes this form when nothing is left unread).
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(async (previous, formData) => {
    const next = await action(previous, formData);
    if (next.status === "success") refreshHeaderStatus();
    return next;
  }, {});
  return (
    <form action={formAction} className="space-y-2">
      <button
        type="submit"
        disabled={isPending}
        data-testid="mark-all-read"
        className="rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-brand disabled:opacity-60"
      >
        {isPending ? t("working") : t("markAllRead")}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
