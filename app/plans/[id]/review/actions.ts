"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TASK_COMMENT_PREFIX } from "@/components/plans/form-state";
import { requireActor } from "@/lib/server/guards";
import { reviewPlan } from "@/lib/server/services/plans";
import { failureState, readId, type PlanFormState } from "../../action-state";

export async function reviewPlanAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const planId = readId(formData, "planId");
  const values: Record<string, string> = {};
  const taskComments: { taskId: string; comment: string }[] = [];
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    values[name] = value;
    if (name.startsWith(TASK_COMMENT_PREFIX) && value.trim()) taskComments.push({ taskId: name.slice(TASK_COMMENT_PREFIX.length), comment: value });
  }
  const decision = values.decision ?? "";
  try {
    const actor = await requireActor();
    await reviewPlan(actor, planId, { decision, comment: values.comment ?? "", taskComments, version: values.version });
  } catch (error) {
    const t = await getTranslations("plans.errors");
    const state = await failureState(error, values, { invalidState: t("notAwaitingReview") });
    // Errors on "taskComments.3.comment" belong next to that task's comment box.
    if (state.fieldErrors) {
      state.fieldErrors = Object.fromEntries(
        Object.entries(state.fieldErrors).map(([field, codes]) => {
          const match = /^taskComments\.(\d+)\.comment$/.exec(field);
          const taskId = match ? taskComments[Number(match[1])]?.taskId : undefined;
          return [taskId ? `${TASK_COMMENT_PREFIX}${taskId}` : field, codes];
        }),
      );
    }
    return state;
  }
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  revalidatePath("/review");
  revalidatePath("/dashboard");
  revalidatePath("/workspace");
  redirect(`/plans/${planId}?notice=${decision === "comment" ? "commented" : decision === "approve" ? "approved" : "recorded"}`);
}
