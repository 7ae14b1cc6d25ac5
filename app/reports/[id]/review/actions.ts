"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { mapReviewFieldErrors, readReviewReasons } from "@/lib/domain/report-form";
import type { Actor } from "@/lib/server/auth/session";
import { requireActor } from "@/lib/server/guards";
import { reviewReport } from "@/lib/server/services/reports";
import { reportFailureState, type ReportFormState } from "../../action-state";

// The Steering Committee accepts or returns; reasons come from the boxes `reason:section:<name>` and
// `reason:task:<taskId>` (empty boxes are no reason).
export async function reviewReportAction(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  // The session is checked before any field is read (see saveReportAction).
  let actor: Actor;
  try {
    actor = await requireActor();
  } catch (error) {
    return reportFailureState(error, {});
  }
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value;
  }
  const reportId = values.reportId ?? "";
  const decision = values.decision ?? "";
  const { reasons, fieldOf } = readReviewReasons(formData.entries());
  try {
    await reviewReport(actor, reportId, { decision, comment: values.comment ?? "", reasons, version: values.version });
  } catch (error) {
    const [t, tr] = await Promise.all([getTranslations("reports.errors"), getTranslations("reports.review")]);
    return reportFailureState(error, values, {
      mapFields: (fieldErrors) => mapReviewFieldErrors(fieldErrors, fieldOf),
      invalidState: t("notAwaitingReview"),
      conflict: t("conflictReview"),
      overrides: { return_needs_reason: tr("returnNeedsReason") },
    });
  }
  revalidatePath(`/reports/${reportId}`);
  revalidatePath("/reports");
  revalidatePath("/reports/review");
  revalidatePath("/compliance");
  redirect(`/reports/${reportId}?notice=${decision === "accept" ? "accepted" : "returned"}`);
}
