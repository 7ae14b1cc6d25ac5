import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { ConflictError, DomainError, ForbiddenError, InvalidStateError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/i18n/config";
import { translateValidationCode } from "@/lib/i18n/validation";
import type { PlanFormState } from "@/components/plans/form-state";

export type { PlanFormState };

// Text fields as typed, and the multi-valued ones (checkbox lists) as arrays.
export function readForm(formData: FormData, fields: readonly string[], listFields: readonly string[] = []): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  for (const field of listFields) values[field] = formData.getAll(field).filter((v): v is string => typeof v === "string");
  return values;
}

export function readId(formData: FormData, field: string): string {
  const value = formData.get(field);
  return typeof value === "string" ? value : "";
}

// Expected failures become a message in the user's language, with the input kept; field errors stay codes (the
// form translates them next to each field). Anything unexpected is rethrown to the route's error boundary.
// `invalidState` names what an InvalidStateError means for this action (the services' messages are English).
export async function failureState(error: unknown, values: PlanFormState["values"], options: { invalidState?: string; conflict?: string } = {}): Promise<PlanFormState> {
  const t = await getTranslations("plans.errors");
  if (error instanceof ValidationError) {
    const { _form: formCodes, ...fieldErrors } = error.fieldErrors;
    const locale = toLocale(await getLocale());
    return {
      status: "error",
      fieldErrors,
      message: formCodes?.[0] ? translateValidationCode(formCodes[0], locale) : translateValidationCode("generic", locale),
      values,
    };
  }
  if (error instanceof ConflictError) {
    const current = error.current && typeof error.current === "object" ? (error.current as Record<string, unknown>) : undefined;
    const version = typeof current?.version === "number" ? current.version : undefined;
    return { status: "error", message: options.conflict ?? t("conflict"), values, current, version };
  }
  if (error instanceof InvalidStateError) return { status: "error", message: options.invalidState ?? t("invalidState"), values };
  if (error instanceof UnauthenticatedError) return { status: "error", message: t("unauthenticated"), values };
  if (error instanceof ForbiddenError) return { status: "error", message: t("forbidden"), values };
  if (error instanceof NotFoundError) return { status: "error", message: t("notFound"), values };
  if (error instanceof DomainError) return { status: "error", message: t("generic"), values };
  throw error;
}
