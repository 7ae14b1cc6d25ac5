"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { failureState, readForm, readId, type PlanFormState } from "@/app/plans/action-state";
import { requireActor } from "@/lib/server/guards";
import { getTask } from "@/lib/server/queries/plans";
import { deleteTask, logTaskProgress } from "@/lib/server/services/plans";

const PROGRESS_FIELDS = ["status", "progress", "note", "evidenceUrl", "version"] as const;

export async function logProgressAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const values = readForm(formData, PROGRESS_FIELDS);
  const taskId = readId(formData, "taskId");
  let planId: string;
  try {
    const actor = await requireActor();
    planId = (await logTaskProgress(actor, taskId, values)).task.planId;
  } catch (error) {
    const t = await getTranslations("plans.errors");
    // The form keeps what was typed and takes the newer version, so a deliberate second save goes through.
    return failureState(error, values, { conflict: t("progressConflict"), invalidState: t("progressNotAllowed") });
  }
  revalidatePath(`/tasks/${taskId}`);
  revalidatePath(`/plans/${planId}`);
  redirect(`/tasks/${taskId}?notice=progressLogged`);
}

export async function deleteTaskAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const taskId = readId(formData, "taskId");
  const version = Number(readId(formData, "version"));
  let planId: string;
  try {
    const actor = await requireActor();
    planId = (await getTask(actor, taskId)).plan.id;
    await deleteTask(actor, taskId, version);
  } catch (error) {
    const t = await getTranslations("plans.errors");
    return failureState(error, {}, { conflict: t("deleteConflict"), invalidState: t("cannotDelete") });
  }
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  redirect(`/plans/${planId}?notice=taskDeleted`);
}
