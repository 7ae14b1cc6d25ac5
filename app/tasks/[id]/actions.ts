"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { formId, formText } from "@/lib/schemas/form-fields";
import { progressForm, taskDeleteForm } from "@/lib/schemas/plan-forms";
import { runAction } from "@/lib/server/action";
import { getTask } from "@/lib/server/queries/plans";
import { addTaskContribution, deleteTask, logTaskProgress } from "@/lib/server/services/plans";

const contributionForm = z.object({ taskId: formId, note: formText(4_000) });

// A coordinating organization notes its own contribution to the task.
export async function contributeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "contributeToTask",
    schema: contributionForm,
    errors: "plans.errors",
    async run({ actor, input: { taskId, note } }) {
      await addTaskContribution(actor, taskId, { note });
      revalidatePath(`/tasks/${taskId}`);
      redirect(`/tasks/${taskId}?notice=contributed`);
    },
  });
}

// The form keeps what was typed and takes the newer version, so a deliberate second save goes through.
export async function logProgressAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "logProgress",
    schema: progressForm,
    errors: "plans.errors",
    messages: { conflict: "plans.errors.progressConflict", invalid_state: "plans.errors.progressNotAllowed" },
    async run({ actor, input: { taskId, ...progress } }) {
      const { task } = await logTaskProgress(actor, taskId, progress);
      revalidatePath(`/tasks/${taskId}`);
      revalidatePath(`/plans/${task.planId}`);
      redirect(`/tasks/${taskId}?notice=progressLogged`);
    },
  });
}

export async function deleteTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "deleteTask",
    schema: taskDeleteForm,
    errors: "plans.errors",
    messages: { conflict: "plans.errors.deleteConflict", invalid_state: "plans.errors.cannotDelete" },
    async run({ actor, input: { taskId, version } }) {
      const planId = (await getTask(actor, taskId)).plan.id;
      await deleteTask(actor, taskId, Number(version));
      revalidatePath(`/plans/${planId}`);
      revalidatePath("/plans");
      redirect(`/plans/${planId}?notice=taskDeleted`);
    },
  });
}
