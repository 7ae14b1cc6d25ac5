import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

export const inputClass = "w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700";
export const primaryButtonClass = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
export const secondaryButtonClass = "inline-block rounded border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:border-brand";

export type FieldA11y = { id: string; "aria-invalid": boolean; "aria-describedby"?: string };

// Where a code means something more precise for one field than the shared sentence.
const FIELD_OVERRIDES: Record<string, string> = {
  "code.code_taken": "taskCodeTaken",
  "code.invalid_code": "taskInvalidCode",
};

// Validation codes → sentences in the user's language; unknown codes fall back to "invalid value".
export function useFieldError(fieldErrors: Record<string, string[]> | undefined) {
  const tv = useTranslations("validation");
  const t = useTranslations("plans.validation");
  return (field: string): string | undefined => {
    const code = fieldErrors?.[field]?.[0];
    if (!code) return undefined;
    const override = FIELD_OVERRIDES[`${field}.${code}`];
    if (override) return t(override);
    return tv.has(code) ? tv(code) : tv("invalid_value");
  };
}

// A labelled control with its hint and its error next to it; the control receives the ids tying them together.
// Required controls carry the `required` attribute (announced by screen readers); the asterisk is for the eye.
export function FormField({
  id,
  label,
  error,
  hint,
  isRequired = false,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  isRequired?: boolean;
  children: (a11y: FieldA11y) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {isRequired && (
          <span className="ml-1 text-red-800" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

export function FieldErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm text-red-800" aria-live="polite">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

export function FormMessage({ status, message }: { status?: "success" | "error"; message?: string }) {
  return (
    <div aria-live="polite">
      {message &&
        (status === "success" ? (
          <p role="status" className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950">
            {message}
          </p>
        ) : (
          <p role="alert" className="rounded border border-cb-vermillion bg-red-50 p-3 text-sm text-red-900" data-testid="form-error">
            {message}
          </p>
        ))}
    </div>
  );
}
