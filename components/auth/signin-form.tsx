"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import { useFieldError } from "@/components/ui/use-field-error";

export function SignInForm({ action, callbackUrl }: { action: FormAction; callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(action, {});
  const fieldError = useFieldError(state.fieldErrors);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div aria-live="assertive" id="signin-error">
        {state.status === "error" && state.kind !== "validation" && state.message && (
          <p role="alert" className="rounded border border-cb-vermillion bg-red-50 p-3 text-sm text-red-900" data-testid="signin-error">
            {state.message}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={textValue(state.values, "email")}
          aria-invalid={Boolean(fieldError("email"))}
          aria-describedby={fieldError("email") ? "email-error" : undefined}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
        {fieldError("email") && (
          <p id="email-error" className="text-sm text-red-800">
            {fieldError("email")}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(fieldError("password"))}
          aria-describedby={fieldError("password") ? "password-error" : undefined}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
        {fieldError("password") && (
          <p id="password-error" className="text-sm text-red-800">
            {fieldError("password")}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
