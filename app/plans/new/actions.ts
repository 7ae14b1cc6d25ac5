"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { planForm } from "@/lib/schemas/plan-forms";
import { runAction } from "@/lib/server/action";
import { createPlan } from "@/lib/server/services/plans";

export async function createPlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "createPlan",
    schema: planForm,
    errors: "plans.errors",
    async run({ actor, input }) {
      const { id } = await createPlan(actor, input);
      revalidatePath("/plans");
      revalidatePath("/workspace");
      redirect(`/plans/${id}?notice=created`);
    },
  });
}
