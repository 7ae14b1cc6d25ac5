"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/server/guards";
import { revisePlan, submitPlan } from "@/lib/server/services/plans";
import { failureState, readId, type PlanFormState } from "../action-state";

function revalidatePlan(planId: string) {
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  revalidatePath("/review");
  revalidatePath("/workspace");
  revalidatePath("/dashboard");
}

export async function submitPlanAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const planId = readId(formData, "planId");
  try {
    const actor = await requireActor();
    await submitPlan(actor, planId);
  } catch (error) {
    const t = await getTranslations("plans.errors");
    return failureState(error, {}, { invalidState: t("cannotSubmit") });
  }
  revalidatePlan(planId);
  redirect(`/plans/${planId}?notice=submitted`);
}

export async function revisePlanAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const planId = readId(formData, "planId");
  try {
    const actor = await requireActor();
    await revisePlan(actor, planId);
  } catch (error) {
    const t = await getTranslations("plans.errors");
    return failureState(error, {}, { invalidState: t("cannotRevise") });
  }
  revalidatePlan(planId);
  redirect(`/plans/${planId}?notice=revised`);
}
