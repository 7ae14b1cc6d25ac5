"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { planEditForm } from "@/lib/schemas/plan-forms";
import { runAction } from "@/lib/server/action";
import { updatePlan } from "@/lib/server/services/plans";

// What was typed stays in the form; the returned version lets a second save deliberately replace the newer one.
export async function updatePlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "updatePlan",
    schema: planEditForm,
    errors: "plans.errors",
    messages: { conflict: "plans.errors.planConflict", invalid_state: "plans.errors.planLocked" },
    async run({ actor, input: { planId, ...plan } }) {
      await updatePlan(actor, planId, plan);
      revalidatePath(`/plans/${planId}`);
      revalidatePath("/plans");
      redirect(`/plans/${planId}?notice=updated`);
    },
  });
}
