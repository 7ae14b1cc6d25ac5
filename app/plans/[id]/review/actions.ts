"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { TASK_COMMENT_PREFIX } from "@/components/plans/form-state";
import type { ActionState } from "@/lib/schemas/action-state";
import { formEntries } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { reviewPlan } from "@/lib/server/services/plans";

// The decision, the overall comment and one box per task (`taskComment:<taskId>`; empty boxes are no comment).
const reviewForm = formEntries(600, 10_000);

export async function reviewPlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "reviewPlan",
    schema: reviewForm,
    errors: "plans.errors",
    messages: { invalid_state: "plans.errors.notAwaitingReview" },
    async run({ actor, input, failure }) {
      const planId = input.planId ?? "";
      const decision = input.decision ?? "";
      const taskComments = Object.entries(input)
        .filter(([name, comment]) => name.startsWith(TASK_COMMENT_PREFIX) && comment.trim())
        .map(([name, comment]) => ({ taskId: name.slice(TASK_COMMENT_PREFIX.length), comment }));
      try {
        await reviewPlan(actor, planId, { decision, comment: input.comment ?? "", taskComments, version: input.version });
      } catch (error) {
        // Errors on "taskComments.3.comment" belong next to that task's comment box (zod also files them under
        // "taskComments", which no box shows).
        return failure(error, {
          fieldNames: (fieldErrors) =>
            Object.fromEntries(
              Object.entries(fieldErrors)
                .filter(([field]) => field !== "taskComments")
                .map(([field, codes]) => {
                  const match = /^taskComments\.(\d+)\.comment$/.exec(field);
                  const taskId = match ? taskComments[Number(match[1])]?.taskId : undefined;
                  return [taskId ? `${TASK_COMMENT_PREFIX}${taskId}` : field, codes];
                }),
            ),
        });
      }
      revalidatePath(`/plans/${planId}`);
      revalidatePath("/plans");
      revalidatePath("/review");
      revalidatePath("/dashboard");
      revalidatePath("/workspace");
      redirect(`/plans/${planId}?notice=${decision === "comment" ? "commented" : decision === "approve" ? "approved" : "recorded"}`);
    },
  });
}
