"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { formFile, formId } from "@/lib/schemas/form-fields";
import { runAction, type FailureOptions } from "@/lib/server/action";
import { addPlanAttachment, MAX_ATTACHMENT_BYTES, removeAttachment } from "@/lib/server/services/attachments";

const uploadForm = z.object({ planId: formId, file: formFile(MAX_ATTACHMENT_BYTES, "attachment_too_large") });
const removeForm = z.object({ planId: formId, attachmentId: formId });

// The forms show one sentence: the file's problem is the message.
const FILE_FAILURES: FailureOptions = {
  errors: "files.errors",
  fieldNames: (fieldErrors) => ({ _form: fieldErrors.file ?? Object.values(fieldErrors).flat() }),
};

// Server actions receive the file whole; the body size limit (next.config.ts, experimental.serverActions)
// must allow 20 MB plus the multipart envelope.
export async function uploadAttachmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "uploadAttachment",
    schema: uploadForm,
    ...FILE_FAILURES,
    async run({ actor, input: { planId, file }, t }) {
      const created = await addPlanAttachment(actor, planId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      revalidatePath(`/plans/${planId}`);
      return { message: t("files.attachments.uploaded", { name: created.fileName }) };
    },
  });
}

export async function removeAttachmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "removeAttachment",
    schema: removeForm,
    ...FILE_FAILURES,
    async run({ actor, input: { planId, attachmentId }, t }) {
      await removeAttachment(actor, attachmentId);
      revalidatePath(`/plans/${planId}`);
      return { message: t("files.attachments.removed") };
    },
  });
}
