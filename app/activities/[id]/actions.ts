"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { activityEditForm, activityLinkForm } from "@/lib/schemas/activity-forms";
import { formFile, formId } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { addActivityEvidenceFile, addActivityEvidenceLink, FIELDS_NOT_ON_FORM, updateActivity } from "@/lib/server/services/activities";
import { MAX_ATTACHMENT_BYTES } from "@/lib/server/services/attachments";

const evidenceFileForm = z.object({ activityId: formId, file: formFile(MAX_ATTACHMENT_BYTES, "attachment_too_large") });

// The lead's editors change the core fields; a stale version answers the conflict sentence with the input kept and
// the current version, so that saving again deliberately replaces what someone else saved.
export async function updateActivityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "updateActivity",
    schema: activityEditForm,
    errors: "activities.errors",
    messages: { conflict: "activities.edit.conflict" },
    async run({ actor, input: { activityId, ...fields } }) {
      await updateActivity(actor, activityId, fields, { keep: FIELDS_NOT_ON_FORM });
      revalidatePath("/activities");
      revalidatePath(`/activities/${activityId}`);
      redirect(`/activities/${activityId}?notice=updated`);
    },
  });
}

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

// A file of evidence (PDF, DOCX or XLSX by content, as plan attachments); the file's problem is the message.
export async function addEvidenceFileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "addActivityEvidenceFile",
    schema: evidenceFileForm,
    errors: "activities.errors",
    fieldNames: (fieldErrors) => ({ _form: fieldErrors.file ?? Object.values(fieldErrors).flat() }),
    async run({ actor, input: { activityId, file }, t }) {
      const created = await addActivityEvidenceFile(actor, activityId, {
        name: file.name,
        read: async () => new Uint8Array(await file.arrayBuffer()),
      });
      revalidatePath(`/activities/${activityId}`);
      return { message: t("files.attachments.uploaded", { name: created.fileName ?? file.name }) };
    },
  });
}
