"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActivityImportResult } from "@/components/activities/activity-import-state";
import type { ActionState, FormValues } from "@/lib/schemas/action-state";
import { formFile } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { describeImportErrors, importActivitiesFromSpreadsheet } from "@/lib/server/services/activity-import";
import { MAX_SPREADSHEET_BYTES } from "@/lib/server/spreadsheets/read-task-sheet";

// A report of thousands of cells helps nobody read it; the first ones show what is wrong.
const MAX_REPORT_ROWS = 300;

const importForm = z.object({ file: formFile(MAX_SPREADSHEET_BYTES, "spreadsheet_too_large") });

export async function importActivitiesAction(
  _prev: ActionState<FormValues, ActivityImportResult>,
  formData: FormData,
): Promise<ActionState<FormValues, ActivityImportResult>> {
  return runAction<typeof importForm, ActivityImportResult>(formData, {
    name: "importActivities",
    schema: importForm,
    errors: "activities.errors",
    fieldNames: (fieldErrors) => ({ _form: fieldErrors.file ?? Object.values(fieldErrors).flat() }),
    async run({ actor, input: { file }, locale, t }) {
      const result = await importActivitiesFromSpreadsheet(actor, new Uint8Array(await file.arrayBuffer()));
      if (result.status === "imported") {
        revalidatePath("/activities");
        return { message: t("activities.import.imported", { count: result.count }), data: { imported: result.count } };
      }
      return {
        status: "error",
        kind: "validation",
        message: t("activities.import.invalid", { count: result.errors.length }),
        data: { reportTotal: result.errors.length, report: describeImportErrors(result.errors.slice(0, MAX_REPORT_ROWS), locale) },
      };
    },
  });
}
