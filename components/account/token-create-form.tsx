"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction, FormValues } from "@/lib/schemas/action-state";

export function TokenCreateForm({ action }: { action: FormAction<FormValues, { token?: string }> }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(action, {});
  const error = state.fieldErrors?.name?.[0];
  return (
    <div className="space-y-3">
      {state.data?.token && (
        <div role="status" className="rounded border border-cb-green bg-emerald-50 p-3">
          <p className="font-medium">{t("tokenCreated")}</p>
          <code data-testid="new-token" className="mt-1 block break-all rounded bg-white p-2 text-sm">
            {state.data?.token}
          </code>
        </div>
      )}
      <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
        <div className="space-y-1">
          <label htmlFor="token-name" className="block font-medium">
            {t("tokenName")}
          </label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={100}
            defaultValue={state.values?.name}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? "token-name-error" : undefined}
            className="rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
          {t("createToken")}
        </button>
        {error && (
          <p id="token-name-error" className="w-full text-sm text-red-800">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
