// What every server action returns to its form (the one action shape; the server side is lib/server/action.ts).
// Client-safe: forms import it, and it imports nothing. Messages and field errors arrive already in the user's
// language (translated on the server, at one edge), so a form shows them as they are.

// The input as typed: a text control's value, or a list for multi-valued controls (checkbox lists).
export type FormValues = Record<string, string | string[]>;

// Why an action was refused: the expected errors of lib/domain/errors.ts, a database outage, or anything else
// ("unexpected": logged on the server with the request id that the message quotes).
export type ActionErrorKind =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "invalid_state"
  | "too_large"
  | "rate_limited"
  | "domain"
  | "unavailable"
  | "unexpected";

export type ActionState<V extends FormValues = FormValues, D = unknown> = {
  // Absent before the first submission.
  status?: "success" | "error";
  kind?: ActionErrorKind;
  message?: string;
  // Sentences keyed by the form's field names; `_form` errors become `message`.
  fieldErrors?: Record<string, string[]>;
  values?: V;
  // On a concurrent edit (409): what someone else saved meanwhile, if the service says.
  current?: Record<string, unknown>;
  // The version the form must send next (optimistic concurrency): after a save the new one, after a conflict the
  // current one, so that saving again deliberately replaces the newer values.
  version?: number;
  // Shown with an unexpected error ("Mã lỗi: …"), and in the server log next to the error.
  requestId?: string;
  // What a particular action returns besides its message (a new token, a temporary password, an import report).
  data?: D;
};

export type FormAction<V extends FormValues = FormValues, D = unknown> = (
  state: ActionState<V, D>,
  formData: FormData,
) => Promise<ActionState<V, D>>;

export function textValue(values: FormValues | undefined, field: string, fallback = ""): string {
  const value = values?.[field];
  return typeof value === "string" ? value : fallback;
}

export function listValue(values: FormValues | undefined, field: string, fallback: readonly string[] = []): string[] {
  const value = values?.[field];
  return Array.isArray(value) ? value : [...fallback];
}
