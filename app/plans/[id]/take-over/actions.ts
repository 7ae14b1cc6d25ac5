"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { formId } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { takeOverTasks } from "@/lib/server/services/task-takeover";

const takeOverForm = z.object({ fromPlanId: formId, toPlanId: formId });

// A successor's editor takes over the open tasks of a predecessor's plan into one of its own plans.
export async function takeOverTasksAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "takeOverTasks",
    schema: takeOverForm,
    errors: "plans.errors",
    async run({ actor, input }) {
      const result = await takeOverTasks(actor, input);
      revalidatePath(`/plans/${input.fromPlanId}`);
      revalidatePath(`/plans/${input.toPlanId}`);
      redirect(`/plans/${encodeURIComponent(input.toPlanId)}?notice=tasksTakenOver&taken=${result.count}`);
    },
  });
}
