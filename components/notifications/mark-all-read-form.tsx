"use client";

import { useActionState, useEffect } from "react";
import { refreshHeaderStatus } from "@/components/layout/header-status";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { FormMessage } from "@/components/ui/form-field";

export function MarkAllReadForm({ action }: { action: FormAction }) {
  const t = useTranslations("notifications");
  const [state, formAction, isPending] = useActionState(action, {});
  // The header's unread count is fetched by the browser: ask it again once the server has marked them.
  useEffect(() => {
    if (state.status === "success") refreshHeaderStatus();
  }, [state]);
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
