"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { splitSourceLines, unescoDossierForm } from "@/lib/schemas/unesco-dossiers";
import { runAction } from "@/lib/server/action";
import { updateUnescoDossier } from "@/lib/server/services/unesco-dossiers";
import { DOSSIER_FORM_FAILURES } from "../../dossier-form-failures";

export async function updateUnescoDossierAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "updateUnescoDossier",
    schema: unescoDossierForm,
    ...DOSSIER_FORM_FAILURES,
    async run({ actor, input: { dossierId, stage: _stage, stageDate: _stageDate, sourceUrls, ...fields } }) {
      const id = dossierId ?? "";
      await updateUnescoDossier(actor, id, { ...fields, sourceUrls: splitSourceLines(sourceUrls) });
      revalidatePath("/unesco");
      revalidatePath(`/unesco/${id}`);
      redirect(`/unesco/${id}?notice=updated`);
    },
  });
}
