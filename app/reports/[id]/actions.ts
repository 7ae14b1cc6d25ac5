"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ReportResult } from "@/components/reports/form-state";
import { ValidationError } from "@/lib/domain/errors";
import { mapReportFieldErrors, readReportForm } from "@/lib/domain/report-form";
import type { ActionState, FormValues } from "@/lib/schemas/action-state";
import { reportForm, reportValidationMessage } from "@/lib/schemas/report-forms";
import { runAction } from "@/lib/server/action";
import { saveReportDraft, submitReport } from "@/lib/server/services/reports";

function revalidateReport(reportId: string) {
  revalidatePath(`/reports/${reportId}`);
  revalidatePath("/reports");
  revalidatePath("/reports/review");
  revalidatePath("/compliance");
}

// "Lưu nháp" saves the parts the form sent; "Gửi báo cáo" saves them and then submits, so what was typed is
// what is submitted. A submission refused for completeness keeps the saved draft and returns the new version.
export async function saveReportAction(
  _prev: ActionState<FormValues, ReportResult>,
  formData: FormData,
): Promise<ActionState<FormValues, ReportResult>> {
  return runAction<typeof reportForm, ReportResult>(formData, {
    name: "saveReport",
    schema: reportForm,
    errors: "reports.errors",
    validationMessage: reportValidationMessage,
    async run({ actor, input: entries, locale, failure }) {
      const reportId = entries.reportId ?? "";
      const intent = entries.intent === "submit" ? "submit" : "save";
      const { input, problems } = readReportForm(Object.entries(entries), locale);
      // Every answer carries the version the form must send next: the new one after a save, else the one it sent.
      const sentVersion = /^\d+$/.test(input.version) ? Number(input.version) : undefined;
      if (Object.keys(problems).length) return failure(new ValidationError(problems), { state: { version: sentVersion } });
      const fieldNames = (fieldErrors: Record<string, string[]>) => mapReportFieldErrors(fieldErrors, input);
      let version: number;
      try {
        ({ version } = await saveReportDraft(actor, reportId, input));
      } catch (error) {
        return failure(error, { fieldNames, state: { version: sentVersion } });
      }
      if (intent === "submit") {
        try {
          await submitReport(actor, reportId, { version });
        } catch (error) {
          // No revalidation here: refreshing the page would rebuild the form and drop the errors shown next to it.
          return failure(error, { fieldNames, state: { version, data: { isSaved: true } } });
        }
      }
      revalidateReport(reportId);
      redirect(`/reports/${reportId}?notice=${intent === "submit" ? "submitted" : "saved"}`);
    },
  });
}
