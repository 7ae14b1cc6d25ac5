"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { runAction } from "@/lib/server/action";
import { runRemindersNow } from "@/lib/server/jobs/reminders";

// The button sends nothing but itself.
const runRemindersForm = z.object({});

export async function runRemindersAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "runReminders",
    schema: runRemindersForm,
    errors: "reportingConfig.outbox.errors",
    async run({ actor, t }) {
      const result = await runRemindersNow(actor);
      revalidatePath("/admin/outbox");
      if (result.skipped) return { status: "error", message: t("reportingConfig.outbox.runSkipped") };
      return { message: t("reportingConfig.outbox.runDone", { ...result.reminders, ...result.delivery }) };
    },
  });
}
