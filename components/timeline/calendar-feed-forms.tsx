"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, inputClass } from "@/components/ui/form-field";
import type { FormAction, FormValues } from "@/lib/schemas/action-state";

export function CreateFeedForm({ action }: { action: FormAction<FormValues, { url: string }> }) {
  const t = useTranslations("timeline.feeds");
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" data-testid="calendar-feed-form">
      <fieldset className="space-y-1">
        <legend className="font-medium text-slate-900">{t("scope")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="scope" value="own" defaultChecked /> {t("scopeOwn")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="scope" value="all" /> {t("scopeAll")}
        </label>
      </fieldset>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {t("create")}
      </button>
      <FormMessage status={state.status} message={state.message} />
      {state.data?.url ? (
        <div className="space-y-1">
          <label htmlFor="calendar-feed-url" className="block text-sm font-medium text-slate-900">
            {t("urlLabel")}
          </label>
          <input id="calendar-feed-url" readOnly value={state.data.url} className={inputClass} data-testid="calendar-feed-url" />
        </div>
      ) : null}
    </form>
  );
}

export function RevokeFeedForm({ action, feedId, label }: { action: FormAction; feedId: string; label: string }) {
  const t = useTranslations("timeline.feeds");
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="feedId" value={feedId} />
      <button
        type="submit"
        disabled={isPending}
        aria-label={t("revokeLabel", { feed: label })}
        className="rounded border border-slate-400 px-2 py-1 text-sm hover:border-brand"
      >
        {t("revoke")}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
