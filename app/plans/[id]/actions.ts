"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ValidationError } from "@/lib/domain/errors";
import { requireActor } from "@/lib/server/guards";
import { MAX_ATTACHMENT_BYTES } from "@/lib/server/services/attachments";
import { returnPlanToDrafter, revisePlan, sendPlan, submitPlan } from "@/lib/server/services/plans";
import { failureState, readForm, readId, type PlanFormState } from "../action-state";

function revalidatePlan(planId: string) {
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  revalidatePath("/review");
  revalidatePath("/workspace");
  revalidatePath("/dashboard");
}

// The officer submits the plan to the unit leader.
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

// The unit leader returns the plan to the officer.
export async function returnPlanAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const planId = readId(formData, "planId");
  const values = readForm(formData, ["version", "comment"]);
  try {
    const actor = await requireActor();
    await returnPlanToDrafter(actor, planId, values);
  } catch (error) {
    const t = await getTranslations("plans.errors");
    return failureState(error, values, { invalidState: t("cannotReturn") });
  }
  revalidatePlan(planId);
  redirect(`/plans/${planId}?notice=returnedToDrafter`);
}

// The unit leader sends the plan to MOFA with its issuing document and, optionally, the signed copy.
export async function sendPlanAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const planId = readId(formData, "planId");
  const values = readForm(formData, ["version", "documentNumber", "documentDate", "signerName"]);
  const file = formData.get("signedCopy");
  try {
    const actor = await requireActor();
    const signedCopy = file instanceof File && file.size > 0 ? file : null;
    if (signedCopy && signedCopy.size > MAX_ATTACHMENT_BYTES) throw new ValidationError({ file: ["attachment_too_large"] });
    await sendPlan(actor, planId, values, signedCopy ? { name: signedCopy.name, bytes: new Uint8Array(await signedCopy.arrayBuffer()) } : null);
  } catch (error) {
    const t = await getTranslations("plans.errors");
    return failureState(error, values, { invalidState: t("cannotSend") });
  }
  revalidatePlan(planId);
  redirect(`/plans/${planId}?notice=sent`);
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
