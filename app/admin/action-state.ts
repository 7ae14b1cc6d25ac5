import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/i18n/config";
import { translateFieldErrors, translateValidationCode } from "@/lib/i18n/validation";
import { formText } from "@/lib/schemas/form-data";

// What every administration form action returns: translated field errors and message, and the input as typed
// (React 19 resets uncontrolled inputs after a submission; the form puts these back as default values).
export type AdminFormState = {
  status?: "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, formText(formData, field)]));
}

// Expected failures become a message in the user's language; anything else is unexpected and rethrown (the
// route's error boundary answers generically and the server logs it).
export async function failureState(error: unknown, values?: Record<string, string>): Promise<AdminFormState> {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("admin.errors");
  if (error instanceof ValidationError) {
    const { _form: formCodes, ...fields } = error.fieldErrors;
    return {
      status: "error",
      fieldErrors: translateFieldErrors(fields, locale),
      message: formCodes?.[0] ? translateValidationCode(formCodes[0], locale) : translateValidationCode("generic", locale),
      values,
    };
  }
  if (error instanceof UnauthenticatedError) return { status: "error", message: t("unauthenticated"), values };
  if (error instanceof ForbiddenError) return { status: "error", message: t("forbidden"), values };
  if (error instanceof NotFoundError) return { status: "error", message: t("notFound"), values };
  if (error instanceof ConflictError) return { status: "error", message: t("conflict"), values };
  if (error instanceof DomainError) return { status: "error", message: t("generic"), values };
  throw error;
}
