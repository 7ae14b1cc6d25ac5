"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { reportOpenSchema } from "@/lib/schemas/reports";
import { runAction } from "@/lib/server/action";
import { openReport } from "@/lib/server/services/reports";

// "Lập báo cáo" / "Tiếp tục": opens (creating on first use) the organization's report for the period.
export async function openReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "openReport",
    schema: reportOpenSchema,
    errors: "reports.errors",
    async run({ actor, input: { periodId } }) {
      const opened = await openReport(actor, periodId);
      if (opened.created) {
        revalidatePath("/reports");
        revalidatePath("/compliance");
      }
      redirect(`/reports/${opened.id}${opened.created ? "?notice=opened" : ""}`);
    },
  });
}
