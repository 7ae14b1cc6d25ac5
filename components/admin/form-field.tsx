import type { ReactNode } from "react";

export const inputClass = "w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700";

export type FieldA11y = { id: string; "aria-invalid": boolean; "aria-describedby"?: string };

// A labelled field with its hint and error next to it; the control receives the ids that tie them together.
export function FormField({
  id,
  label,
  error,
  hint,
  isRequired = false,
  requiredLabel,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  isRequired?: boolean;
  requiredLabel?: string;
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
        {isRequired && requiredLabel && <span className="sr-only"> ({requiredLabel})</span>}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormMessage({ status, message, id }: { status?: "success" | "error"; message?: string; id?: string }) {
  return (
    <div aria-live="polite" id={id}>
      {message &&
        (status === "success" ? (
          <p role="status" className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950">
            {message}
          </p>
        ) : (
          <p role="alert" className="rounded border border-cb-vermillion bg-red-50 p-3 text-sm text-red-900">
            {message}
          </p>
        ))}
    </div>
  );
}
