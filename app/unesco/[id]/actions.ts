"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/schemas/action-state";
import { advanceUnescoStageForm } from "@/lib/schemas/unesco-dossiers";
import { runAction } from "@/lib/server/action";
import { advanceUnescoStage } from "@/lib/server/services/unesco-dossiers";

export async function advanceUnescoStageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "advanceUnescoStage",
    schema: advanceUnescoStageForm,
    fieldMessages: { "stage.invalid_value": "unesco.errors.stageNotAllowed" },
    async run({ actor, input: { dossierId, ...rest }, values, t }) {
      const { version } = await advanceUnescoStage(actor, dossierId, rest);
      revalidatePath("/unesco");
      revalidatePath(`/unesco/${dossierId}`);
      return { message: t("unesco.advance.saved"), values: { ...values, note: "", version: String(version) } };
    },
  });
}
