"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { formId, formText } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { MAX_ATTACHMENT_BYTES } from "@/lib/server/services/attachments";
import { recordExternalReport } from "@/lib/server/services/external-reports";

// The scanned copy is optional: an empty file input sends an empty File.
const externalReportForm = z.object({
  periodId: formId,
  documentNumber: formText(200),
  documentDate: formText(40),
  signerName: formText(400),
  sentOn: formText(40),
  file: z
    .instanceof(File, { error: "invalid_type" })
    .refine((file) => file.size <= MAX_ATTACHMENT_BYTES, { error: "attachment_too_large" })
    .optional(),
});

// An editor records a report the organization sent outside the portal (on paper).
export async function recordExternalReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "recordExternalReport",
    schema: externalReportForm,
    errors: "reports.errors",
    keepValues: ["periodId", "documentNumber", "documentDate", "signerName", "sentOn"],
    async run({ actor, input: { file, ...fields }, t }) {
      const bytes = file && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
      await recordExternalReport(
        actor,
        { ...fields, organizationId: actor.user.organizationId },
        { file: bytes && file ? { name: file.name, bytes } : undefined },
      );
      revalidatePath("/reports");
      revalidatePath("/compliance");
      return { message: t("reports.external.recorded") };
    },
  });
}
