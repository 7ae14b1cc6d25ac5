"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/schemas/action-state";
import { activityLinkForm } from "@/lib/schemas/activity-forms";
import { runAction } from "@/lib/server/action";
import { addActivityEvidenceLink } from "@/lib/server/services/activities";

export async function addEvidenceLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "addActivityEvidenceLink",
    schema: activityLinkForm,
    errors: "activities.errors",
    keepValues: ["url", "label"],
    async run({ actor, input, t }) {
      await addActivityEvidenceLink(actor, input.activityId, input);
      revalidatePath(`/activities/${input.activityId}`);
      return { message: t("activities.detail.save"), values: {} };
    },
  });
}
