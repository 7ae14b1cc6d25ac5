"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { reportOpenSchema } from "@/lib/schemas/reports";
import { requireActor } from "@/lib/server/guards";
import { openReport } from "@/lib/server/services/reports";
import { parseInput } from "@/lib/server/validation";
import { reportFailureState, type ReportFormState } from "./action-state";

// "Lập báo cáo" / "Tiếp tục": opens (creating on first use) the organization's report for the period.
export async function openReportAction(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const periodId = formData.get("periodId");
  let opened: { id: string; created: boolean };
  try {
    const actor = await requireActor();
    const input = parseInput(reportOpenSchema, { periodId: typeof periodId === "string" ? periodId : "" });
    opened = await openReport(actor, input.periodId);
  } catch (error) {
    return reportFailureState(error, {});
  }
  if (opened.created) {
    revalidatePath("/reports");
    revalidatePath("/compliance");
  }
  redirect(`/reports/${opened.id}${opened.created ? "?notice=opened" : ""}`);
}
