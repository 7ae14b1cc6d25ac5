"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { formFile, formId } from "@/lib/schemas/form-fields";
import { advanceUnescoStageForm } from "@/lib/schemas/unesco-dossiers";
import { runAction } from "@/lib/server/action";
import { MAX_ATTACHMENT_BYTES } from "@/lib/server/services/attachments";
import { addUnescoDocument, advanceUnescoStage } from "@/lib/server/services/unesco-dossiers";

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

const uploadDocumentForm = z.object({ dossierId: formId, file: formFile(MAX_ATTACHMENT_BYTES, "attachment_too_large") });

// Server actions receive the file whole (the body limit in next.config.ts allows an attachment's 20 MB); the
// service authorizes against the loaded dossier before it inspects the bytes.
export async function uploadUnescoDocumentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "uploadUnescoDocument",
    schema: uploadDocumentForm,
    errors: "files.errors",
    fieldNames: (fieldErrors) => ({ _form: fieldErrors.file ?? Object.values(fieldErrors).flat() }),
    async run({ actor, input: { dossierId, file }, t }) {
      const created = await addUnescoDocument(actor, dossierId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      revalidatePath(`/unesco/${dossierId}`);
      return { message: t("files.attachments.uploaded", { name: created.fileName }) };
    },
  });
}
