"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/server/guards";
import { createPlan } from "@/lib/server/services/plans";
import { failureState, readForm, type PlanFormState } from "../action-state";

const PLAN_FIELDS = ["title", "titleEn", "periodStart", "periodEnd", "documentNumber", "documentDate"] as const;

export async function createPlanAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const values = readForm(formData, PLAN_FIELDS);
  let planId: string;
  try {
    const actor = await requireActor();
    planId = (await createPlan(actor, values)).id;
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/plans");
  revalidatePath("/workspace");
  redirect(`/plans/${planId}?notice=created`);
}
