"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import type { ImportFormState } from "@/components/plans/plan-import-state";
import { DomainError, ForbiddenError, InvalidStateError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/i18n/config";
import { translateValidationCode } from "@/lib/i18n/validation";
import { requireActor } from "@/lib/server/guards";
import { importTasksFromSpreadsheet } from "@/lib/server/services/plan-import";
import { MAX_SPREADSHEET_BYTES } from "@/lib/server/spreadsheets/read-task-sheet";
import { formText } from "@/lib/schemas/form-data";

// A report of thousands of cells helps nobody read it; the first ones show what is wrong.
const MAX_REPORT_ROWS = 300;

export async function importTasksAction(_state: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("files.errors");
  const planId = formText(formData, "planId");
  const file = formData.get("file");
  try {
    const actor = await requireActor();
    if (!(file instanceof File) || file.size === 0) throw new ValidationError({ file: ["file_required"] });
    if (file.size > MAX_SPREADSHEET_BYTES) throw new ValidationError({ file: ["spreadsheet_too_large"] });
    const result = await importTasksFromSpreadsheet(actor, planId, new Uint8Array(await file.arrayBuffer()));
    if (result.status === "imported") {
      revalidatePath(`/plans/${planId}`);
      return { status: "imported", count: result.count };
    }
    return {
      status: "invalid",
      reportTotal: result.errors.length,
      report: result.errors.slice(0, MAX_REPORT_ROWS).map((e) => ({ row: e.row, column: e.column, reason: translateValidationCode(e.code, locale), value: e.value })),
    };
  } catch (error) {
    if (error instanceof ValidationError) {
      const code = error.fieldErrors.file?.[0] ?? Object.values(error.fieldErrors)[0]?.[0] ?? "generic";
      return { status: "error", message: translateValidationCode(code, locale) };
    }
    if (error instanceof InvalidStateError) return { status: "error", message: t("locked") };
    if (error instanceof UnauthenticatedError) return { status: "error", message: t("unauthenticated") };
    if (error instanceof ForbiddenError) return { status: "error", message: t("forbidden") };
    if (error instanceof NotFoundError) return { status: "error", message: t("notFound") };
    if (error instanceof DomainError) return { status: "error", message: t("generic") };
    throw error;
  }
}
