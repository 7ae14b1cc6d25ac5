"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { planIdForm } from "@/lib/schemas/plan-forms";
import { runAction } from "@/lib/server/action";
import { revisePlan, submitPlan } from "@/lib/server/services/plans";

function revalidatePlan(planId: string) {
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  revalidatePath("/review");
  revalidatePath("/workspace");
  revalidatePath("/dashboard");
}

export async function submitPlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "submitPlan",
    schema: planIdForm,
    errors: "plans.errors",
    messages: { invalid_state: "plans.errors.cannotSubmit" },
    async run({ actor, input: { planId } }) {
      await submitPlan(actor, planId);
      revalidatePlan(planId);
      redirect(`/plans/${planId}?notice=submitted`);
    },
  });
}

export async function revisePlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "revisePlan",
    schema: planIdForm,
    errors: "plans.errors",
    messages: { invalid_state: "plans.errors.cannotRevise" },
    async run({ actor, input: { planId } }) {
      await revisePlan(actor, planId);
      revalidatePlan(planId);
      redirect(`/plans/${planId}?notice=revised`);
    },
  });
}
