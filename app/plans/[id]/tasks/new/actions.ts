"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { TASK_FIELD_MESSAGES, taskCreateForm } from "@/lib/schemas/plan-forms";
import { runAction } from "@/lib/server/action";
import { createTask } from "@/lib/server/services/plans";

export async function createTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "createTask",
    schema: taskCreateForm,
    errors: "plans.errors",
    messages: { invalid_state: "plans.errors.planLocked" },
    fieldMessages: TASK_FIELD_MESSAGES,
    async run({ actor, input: { planId, ...task } }) {
      await createTask(actor, planId, task);
      revalidatePath(`/plans/${planId}`);
      revalidatePath("/plans");
      redirect(`/plans/${planId}?notice=taskCreated`);
    },
  });
}
