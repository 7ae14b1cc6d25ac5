"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { TASK_FIELD_MESSAGES, taskEditForm } from "@/lib/schemas/plan-forms";
import { runAction } from "@/lib/server/action";
import { updateTask } from "@/lib/server/services/plans";

// What was typed stays; the returned version lets a second save deliberately replace the newer values.
export async function updateTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "updateTask",
    schema: taskEditForm,
    errors: "plans.errors",
    messages: { conflict: "plans.errors.taskConflict", invalid_state: "plans.errors.planLocked" },
    fieldMessages: TASK_FIELD_MESSAGES,
    async run({ actor, input: { taskId, ...task } }) {
      const { planId } = await updateTask(actor, taskId, task);
      revalidatePath(`/tasks/${taskId}`);
      revalidatePath(`/plans/${planId}`);
      redirect(`/tasks/${taskId}?notice=taskUpdated`);
    },
  });
}
