"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { formId, formList } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { confirmReportActivityAnnex } from "@/lib/server/services/activity-annex";

const annexForm = z.object({ reportId: formId, activityIds: formList(500, 64) });

// The editor confirms the activities of the period that belong in the report (the boxes left ticked).
export async function confirmActivityAnnexAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "confirmActivityAnnex",
    schema: annexForm,
    errors: "reports.errors",
    async run({ actor, input: { reportId, activityIds }, t }) {
      const { count } = await confirmReportActivityAnnex(actor, reportId, { activityIds });
      revalidatePath(`/reports/${reportId}`);
      return { message: t("activities.annex.confirmed", { count }) };
    },
  });
}
