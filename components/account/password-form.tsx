"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/schemas/action-state";
import { useFieldError } from "@/components/ui/use-field-error";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

export function PasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(action, {});
  const fieldError = useFieldError(state.fieldErrors);
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      {state.message && (
        <p role="alert" className="rounded border border-cb-vermillion bg-red-50 p-3 text-sm">
          {state.message}
        </p>
      )}
      {FIELDS.map(({ name, autoComplete }) => {
        const error = fieldError(name);
        return (
          <div key={name} className="space-y-1">
            <label htmlFor={name} className="block font-medium">
              {t(name)}
            </label>
            <input
              id={name}
              name={name}
              type="password"
              autoComplete={autoComplete}
              required
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${name}-error` : undefined}
              className="w-full rounded border border-slate-400 px-3 py-2"
            />
            {error && (
              <p id={`${name}-error`} className="text-sm text-red-800" aria-live="polite">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <p className="text-sm text-slate-600">{t("passwordNote")}</p>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
