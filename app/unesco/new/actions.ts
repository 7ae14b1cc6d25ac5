"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { splitSourceLines, unescoDossierForm } from "@/lib/schemas/unesco-dossiers";
import { runAction } from "@/lib/server/action";
import { createUnescoDossier } from "@/lib/server/services/unesco-dossiers";
import { DOSSIER_FORM_FAILURES } from "../dossier-form-failures";

export async function createUnescoDossierAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "createUnescoDossier",
    schema: unescoDossierForm,
    ...DOSSIER_FORM_FAILURES,
    async run({ actor, input: { dossierId: _id, version: _version, sourceUrls, ...fields } }) {
      const { id } = await createUnescoDossier(actor, { ...fields, sourceUrls: splitSourceLines(sourceUrls) });
      revalidatePath("/unesco");
      redirect(`/unesco/${id}?notice=created`);
    },
  });
}
