"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TASK_LIST_FIELDS, TASK_TEXT_FIELDS } from "@/components/tasks/task-form-values";
import { requireActor } from "@/lib/server/guards";
import { createTask } from "@/lib/server/services/plans";
import { failureState, readForm, readId, type PlanFormState } from "../../../action-state";

export async function createTaskAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const values = readForm(formData, TASK_TEXT_FIELDS, TASK_LIST_FIELDS);
  const planId = readId(formData, "planId");
  try {
    const actor = await requireActor();
    await createTask(actor, planId, values);
  } catch (error) {
    const t = await getTranslations("plans.errors");
    return failureState(error, values, { invalidState: t("planLocked") });
  }
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  redirect(`/plans/${planId}?notice=taskCreated`);
}
