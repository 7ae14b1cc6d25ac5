"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/server/guards";
import { updatePlan } from "@/lib/server/services/plans";
import { failureState, readForm, readId, type PlanFormState } from "../../action-state";

const PLAN_FIELDS = ["title", "titleEn", "periodStart", "periodEnd", "documentNumber", "documentDate", "version"] as const;

export async function updatePlanAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const values = readForm(formData, PLAN_FIELDS);
  const planId = readId(formData, "planId");
  try {
    const actor = await requireActor();
    await updatePlan(actor, planId, values);
  } catch (error) {
    const t = await getTranslations("plans.errors");
    // What was typed stays in the form; the returned version lets a second save deliberately replace the newer one.
    return failureState(error, values, { conflict: t("planConflict"), invalidState: t("planLocked") });
  }
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  redirect(`/plans/${planId}?notice=updated`);
}
