"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import type { AttachmentFormState } from "@/components/plans/plan-attachment-state";
import { DomainError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/i18n/config";
import { translateValidationCode } from "@/lib/i18n/validation";
import { requireActor } from "@/lib/server/guards";
import { addPlanAttachment, MAX_ATTACHMENT_BYTES, removeAttachment } from "@/lib/server/services/attachments";
import { formText } from "@/lib/schemas/form-data";

async function failure(error: unknown): Promise<AttachmentFormState> {
  const t = await getTranslations("files.errors");
  if (error instanceof ValidationError) {
    const code = error.fieldErrors.file?.[0] ?? Object.values(error.fieldErrors)[0]?.[0] ?? "generic";
    return { status: "error", message: translateValidationCode(code, toLocale(await getLocale())) };
  }
  if (error instanceof UnauthenticatedError) return { status: "error", message: t("unauthenticated") };
  if (error instanceof ForbiddenError) return { status: "error", message: t("forbidden") };
  if (error instanceof NotFoundError) return { status: "error", message: t("notFound") };
  if (error instanceof DomainError) return { status: "error", message: t("generic") };
  throw error;
}

// Server actions receive the file whole; the body size limit (next.config.ts, experimental.serverActions)
// must allow 20 MB plus the multipart envelope.
export async function uploadAttachmentAction(_state: AttachmentFormState, formData: FormData): Promise<AttachmentFormState> {
  const planId = formText(formData, "planId");
  const file = formData.get("file");
  try {
    const actor = await requireActor();
    if (!(file instanceof File) || file.size === 0) throw new ValidationError({ file: ["file_required"] });
    if (file.size > MAX_ATTACHMENT_BYTES) throw new ValidationError({ file: ["attachment_too_large"] });
    const created = await addPlanAttachment(actor, planId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    revalidatePath(`/plans/${planId}`);
    const t = await getTranslations("files.attachments");
    return { status: "success", message: t("uploaded", { name: created.fileName }) };
  } catch (error) {
    return failure(error);
  }
}

export async function removeAttachmentAction(_state: AttachmentFormState, formData: FormData): Promise<AttachmentFormState> {
  const planId = formText(formData, "planId");
  try {
    const actor = await requireActor();
    await removeAttachment(actor, formText(formData, "attachmentId"));
    revalidatePath(`/plans/${planId}`);
    const t = await getTranslations("files.attachments");
    return { status: "success", message: t("removed") };
  } catch (error) {
    return failure(error);
  }
}
