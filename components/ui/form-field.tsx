import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const inputClass = "w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700";
export const primaryButtonClass = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
export const secondaryButtonClass =
  "inline-block rounded border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:border-brand";

export type FieldA11y = { id: string; "aria-invalid": boolean; "aria-describedby"?: string };

// A labelled control with its hint and its error next to it; the control receives the ids tying them together.
// Required controls carry the `required` attribute (announced by screen readers); the asterisk is for the eye, and
// `requiredLabel`, where given, is also spoken after the label.
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
      <FieldErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

// What every labelled field takes besides its control's own attributes (TextField, SelectField, TextAreaField).
type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  isRequired?: boolean;
  requiredLabel?: string;
};

// Splits a field's props into FormField's and the control's: a required field's control carries `required`, and
// any extra class is added to the common one.
function splitFieldProps<P extends FieldProps & { required?: boolean; className?: string }>({
  id,
  label,
  hint,
  error,
  isRequired = false,
  requiredLabel,
  required,
  className,
  ...control
}: P) {
  return {
    field: { id, label, hint, error, isRequired, requiredLabel },
    control: { ...control, required: isRequired || required, className: className ? `${inputClass} ${className}` : inputClass },
  };
}

// The common field: a labelled single-line input; forms pass what was typed as `defaultValue` so a refusal keeps it.
export function TextField(props: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">) {
  const { field, control } = splitFieldProps(props);
  return <FormField {...field}>{(a11y) => <input {...a11y} autoComplete="off" {...control} />}</FormField>;
}

// A date typed as dd/mm/yyyy, the portal's way of entering dates in forms (the schemas parse it): a TextField with
// the numeric keyboard, the pattern as placeholder and room for exactly ten characters.
export function DateField(props: Omit<Parameters<typeof TextField>[0], "type" | "inputMode" | "placeholder" | "maxLength">) {
  return <TextField inputMode="numeric" placeholder="dd/mm/yyyy" maxLength={10} {...props} />;
}

// A labelled drop-down with TextField's conventions: `options` become the choices, after any `children` (an empty
// first choice, option groups); forms pass the chosen value as `defaultValue` so a refusal keeps it.
export function SelectField({
  options = [],
  children,
  ...props
}: FieldProps & {
  options?: readonly { value: string; label: string }[];
  children?: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "children">) {
  const { field, control } = splitFieldProps(props);
  return (
    <FormField {...field}>
      {(a11y) => (
        <select {...a11y} {...control}>
          {children}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

// A labelled multi-line input with TextField's conventions.
export function TextAreaField(props: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">) {
  const { field, control } = splitFieldProps(props);
  return <FormField {...field}>{(a11y) => <textarea {...a11y} {...control} />}</FormField>;
}

// The warning sign keeps an error recognisable without its colour.
export function FieldErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm text-red-800" aria-live="polite">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

// The outcome of a form: a status on success, an alert on refusal.
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
