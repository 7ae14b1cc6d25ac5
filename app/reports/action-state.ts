import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { ConflictError, DomainError, ForbiddenError, InvalidStateError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/i18n/config";
import { translateFieldErrors, translateValidationCode } from "@/lib/i18n/validation";
import type { ReportFormState } from "@/components/reports/form-state";

export type { ReportFormState };

// Expected failures become a message in the user's language with the input kept; `mapFields` turns the
// service's error keys into the form's field names first. Anything unexpected goes to the error boundary.
export async function reportFailureState(
  error: unknown,
  values: Record<string, string>,
  options: { mapFields?: (fieldErrors: Record<string, string[]>) => Record<string, string[]>; invalidState?: string; conflict?: string; overrides?: Record<string, string> } = {},
): Promise<ReportFormState> {
  const t = await getTranslations("reports.errors");
  if (error instanceof ValidationError) {
    const locale = toLocale(await getLocale());
    const mapped = options.mapFields ? options.mapFields(error.fieldErrors) : error.fieldErrors;
    const { _form: formCodes, ...fieldCodes } = mapped;
    const fieldErrors = translateFieldErrors(fieldCodes, locale);
    for (const [field, codes] of Object.entries(fieldCodes)) {
      const override = codes.map((code) => options.overrides?.[code]).find(Boolean);
      if (override) fieldErrors[field] = [override];
    }
    const codes = Object.values(fieldCodes).flat();
    const kind = codes.length > 0 && codes.every((c) => c === "section_required" || c === "task_row_incomplete") ? "incomplete" : "validation";
    const message = formCodes?.[0]
      ? translateValidationCode(formCodes[0], locale)
      : kind === "incomplete"
        ? t("incomplete")
        : codes.includes("part_locked")
          ? t("locked")
          : (codes.map((code) => options.overrides?.[code]).find(Boolean) ?? t("validation"));
    return { status: "error", kind, fieldErrors, message, values };
  }
  // Saving over someone else's newer save is never offered: the form keeps the text and offers a reload.
  if (error instanceof ConflictError) return { status: "error", kind: "conflict", message: options.conflict ?? t("conflict"), values };
  if (error instanceof InvalidStateError) return { status: "error", kind: "other", message: options.invalidState ?? t("invalidState"), values };
  if (error instanceof UnauthenticatedError) return { status: "error", kind: "other", message: t("unauthenticated"), values };
  if (error instanceof ForbiddenError) return { status: "error", kind: "other", message: t("forbidden"), values };
  if (error instanceof NotFoundError) return { status: "error", kind: "other", message: t("notFound"), values };
  if (error instanceof DomainError) return { status: "error", kind: "other", message: t("generic"), values };
  throw error;
}
