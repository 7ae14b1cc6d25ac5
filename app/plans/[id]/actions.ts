"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { formId, formText } from "@/lib/schemas/form-fields";
import { planIdForm } from "@/lib/schemas/plan-forms";
import { runAction } from "@/lib/server/action";
import { MAX_ATTACHMENT_BYTES } from "@/lib/server/services/attachments";
import { returnPlanToDrafter, revisePlan, sendPlan, submitPlan } from "@/lib/server/services/plans";

function revalidatePlan(planId: string) {
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  revalidatePath("/review");
  revalidatePath("/workspace");
  revalidatePath("/dashboard");
}

const returnForm = z.object({ planId: formId, version: formText(20), comment: formText(10_000) });

// The signed copy is optional: an empty file control sends an empty file, which means "none" (formFile would
// refuse it as missing).
const optionalFile = z.union([
  z.instanceof(File).refine((file) => file.size <= MAX_ATTACHMENT_BYTES, { error: "attachment_too_large" }),
  z.literal(""),
]);

const sendForm = z.object({
  planId: formId,
  version: formText(20),
  documentNumber: formText(200),
  documentDate: formText(40),
  signerName: formText(400),
  signedCopy: optionalFile,
});

// The officer (or the leader) submits the plan to the unit leader.
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

// The unit leader returns the plan to its drafter.
export async function returnPlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "returnPlan",
    schema: returnForm,
    errors: "plans.errors",
    messages: { invalid_state: "plans.errors.cannotReturn" },
    async run({ actor, input: { planId, ...input } }) {
      await returnPlanToDrafter(actor, planId, input);
      revalidatePlan(planId);
      redirect(`/plans/${planId}?notice=returnedToDrafter`);
    },
  });
}

// The unit leader sends the plan to MOFA with its issuing document and, optionally, the signed copy.
export async function sendPlanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "sendPlan",
    schema: sendForm,
    errors: "plans.errors",
    messages: { invalid_state: "plans.errors.cannotSend" },
    keepValues: ["documentNumber", "documentDate", "signerName"],
    async run({ actor, input: { planId, signedCopy, ...input } }) {
      const file =
        signedCopy instanceof File && signedCopy.size > 0
          ? { name: signedCopy.name, bytes: new Uint8Array(await signedCopy.arrayBuffer()) }
          : null;
      await sendPlan(actor, planId, input, file);
      revalidatePlan(planId);
      redirect(`/plans/${planId}?notice=sent`);
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
