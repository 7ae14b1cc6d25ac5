"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { ValidationError } from "@/lib/domain/errors";
import { mapReportFieldErrors, readReportForm } from "@/lib/domain/report-form";
import { toLocale } from "@/lib/i18n/config";
import type { Actor } from "@/lib/server/auth/session";
import { requireActor } from "@/lib/server/guards";
import { saveReportDraft, submitReport } from "@/lib/server/services/reports";
import { reportFailureState, type ReportFormState } from "../action-state";

function revalidateReport(reportId: string) {
  revalidatePath(`/reports/${reportId}`);
  revalidatePath("/reports");
  revalidatePath("/reports/review");
  revalidatePath("/compliance");
}

// "Lưu nháp" saves the parts the form sent; "Gửi báo cáo" saves them and then submits, so what was typed is
// what is submitted. A submission refused for completeness keeps the saved draft and returns the new version.
export async function saveReportAction(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  // Who is asking comes first: the action id is in every editor's pages, and nothing of an anonymous body is read.
  let actor: Actor;
  try {
    actor = await requireActor();
  } catch (error) {
    return reportFailureState(error, {});
  }
  const reportIdValue = formData.get("reportId");
  const reportId = typeof reportIdValue === "string" ? reportIdValue : "";
  const intent = formData.get("intent") === "submit" ? "submit" : "save";
  const { input, values, problems } = readReportForm(formData.entries(), toLocale(await getLocale()));
  // Every answer carries the version the form must send next: the new one after a save, else the one it sent.
  const sentVersion = /^\d+$/.test(input.version) ? Number(input.version) : undefined;
  if (Object.keys(problems).length) return { ...(await reportFailureState(new ValidationError(problems), values)), version: sentVersion };
  const mapFields = (fieldErrors: Record<string, string[]>) => mapReportFieldErrors(fieldErrors, input);
  try {
    const { version } = await saveReportDraft(actor, reportId, input);
    if (intent === "submit") {
      try {
        await submitReport(actor, reportId, { version });
      } catch (error) {
        // No revalidation here: refreshing the page would rebuild the form and drop the errors shown next to it.
        return { ...(await reportFailureState(error, values, { mapFields })), version, isSaved: true };
      }
    }
  } catch (error) {
    return { ...(await reportFailureState(error, values, { mapFields })), version: sentVersion };
  }
  revalidateReport(reportId);
  redirect(`/reports/${reportId}?notice=${intent === "submit" ? "submitted" : "saved"}`);
}
