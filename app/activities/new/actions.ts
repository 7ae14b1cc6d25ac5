"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { activityForm, activityIdForm } from "@/lib/schemas/activity-forms";
import { runAction } from "@/lib/server/action";
import { createActivity, joinActivity } from "@/lib/server/services/activities";

// A likely duplicate answers a conflict whose `current.duplicates` the form lists, with "join" and "confirm new".
export async function createActivityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "createActivity",
    schema: activityForm,
    errors: "activities.errors",
    messages: { conflict: "activities.new.duplicatesTitle" },
    async run({ actor, input }) {
      const { id } = await createActivity(actor, { ...input, confirmNew: input.confirmNew === "1" });
      revalidatePath("/activities");
      redirect(`/activities/${id}`);
    },
  });
}

export async function joinActivityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "joinActivity",
    schema: activityIdForm,
    errors: "activities.errors",
    async run({ actor, input }) {
      await joinActivity(actor, input.activityId);
      revalidatePath("/activities");
      redirect(`/activities/${input.activityId}`);
    },
  });
}
