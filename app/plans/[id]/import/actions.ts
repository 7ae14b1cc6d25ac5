"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ImportResult } from "@/components/plans/plan-import-state";
import { translateValidationCode } from "@/lib/i18n/validation";
import type { ActionState, FormValues } from "@/lib/schemas/action-state";
import { formFile, formId } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { importTasksFromSpreadsheet } from "@/lib/server/services/plan-import";
import { MAX_SPREADSHEET_BYTES } from "@/lib/server/spreadsheets/read-task-sheet";

// A report of thousands of cells helps nobody read it; the first ones show what is wrong.
const MAX_REPORT_ROWS = 300;

const importForm = z.object({ planId: formId, file: formFile(MAX_SPREADSHEET_BYTES, "spreadsheet_too_large") });

export async function importTasksAction(
  _prev: ActionState<FormValues, ImportResult>,
  formData: FormData,
): Promise<ActionState<FormValues, ImportResult>> {
  return runAction<typeof importForm, ImportResult>(formData, {
    name: "importTasks",
    schema: importForm,
    errors: "files.errors",
    messages: { invalid_state: "files.errors.locked" },
    fieldNames: (fieldErrors) => ({ _form: fieldErrors.file ?? Object.values(fieldErrors).flat() }),
    async run({ actor, input: { planId, file }, locale, t }) {
      const result = await importTasksFromSpreadsheet(actor, planId, new Uint8Array(await file.arrayBuffer()));
      if (result.status === "imported") {
        revalidatePath(`/plans/${planId}`);
        return { message: t("files.import.imported", { count: result.count }), data: { imported: result.count } };
      }
      return {
        status: "error",
        kind: "validation",
        message: t("files.import.invalid", { count: result.errors.length }),
        data: {
          reportTotal: result.errors.length,
          report: result.errors
            .slice(0, MAX_REPORT_ROWS)
            .map((e) => ({ row: e.row, column: e.column, reason: translateValidationCode(e.code, locale), value: e.value })),
        },
      };
    },
  });
}
