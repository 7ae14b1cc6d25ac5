"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { mapReviewFieldErrors, readReviewReasons } from "@/lib/domain/report-form";
import type { ActionState } from "@/lib/schemas/action-state";
import { reportReviewForm, reportValidationMessage } from "@/lib/schemas/report-forms";
import { runAction } from "@/lib/server/action";
import { reviewReport } from "@/lib/server/services/reports";

// The Steering Committee accepts or returns; reasons come from the boxes `reason:section:<name>` and
// `reason:task:<taskId>` (empty boxes are no reason).
export async function reviewReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "reviewReport",
    schema: reportReviewForm,
    errors: "reports.errors",
    messages: { invalid_state: "reports.errors.notAwaitingReview", conflict: "reports.errors.conflictReview" },
    fieldMessages: { return_needs_reason: "reports.review.returnNeedsReason" },
    validationMessage: reportValidationMessage,
    async run({ actor, input, failure }) {
      const reportId = input.reportId ?? "";
      const decision = input.decision ?? "";
      const { reasons, fieldOf } = readReviewReasons(Object.entries(input));
      try {
        await reviewReport(actor, reportId, { decision, comment: input.comment ?? "", reasons, version: input.version });
      } catch (error) {
        return failure(error, { fieldNames: (fieldErrors) => mapReviewFieldErrors(fieldErrors, fieldOf) });
      }
      revalidatePath(`/reports/${reportId}`);
      revalidatePath("/reports");
      revalidatePath("/reports/review");
      revalidatePath("/compliance");
      redirect(`/reports/${reportId}?notice=${decision === "accept" ? "accepted" : "returned"}`);
    },
  });
}
