"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { failureState, readForm, readId, type PlanFormState } from "@/app/plans/action-state";
import { TASK_LIST_FIELDS, TASK_TEXT_FIELDS } from "@/components/tasks/task-form-values";
import { requireActor } from "@/lib/server/guards";
import { updateTask } from "@/lib/server/services/plans";

export async function updateTaskAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const values = readForm(formData, [...TASK_TEXT_FIELDS, "version"], TASK_LIST_FIELDS);
  const taskId = readId(formData, "taskId");
  let planId: string;
  try {
    const actor = await requireActor();
    planId = (await updateTask(actor, taskId, values)).planId;
  } catch (error) {
    const t = await getTranslations("plans.errors");
    // What was typed stays; the returned version lets a second save deliberately replace the newer values.
    return failureState(error, values, { conflict: t("taskConflict"), invalidState: t("planLocked") });
  }
  revalidatePath(`/tasks/${taskId}`);
  revalidatePath(`/plans/${planId}`);
  redirect(`/tasks/${taskId}?notice=taskUpdated`);
}
