"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { DomainError, ForbiddenError, UnauthenticatedError } from "@/lib/domain/errors";
import { requireActor } from "@/lib/server/guards";
import { runRemindersNow } from "@/lib/server/jobs/reminders";

export type RunRemindersState = { status?: "success" | "error"; message?: string };

export async function runRemindersAction(_prev: RunRemindersState): Promise<RunRemindersState> {
  const t = await getTranslations("reportingConfig.outbox");
  try {
    const actor = await requireActor();
    const result = await runRemindersNow(actor);
    revalidatePath("/admin/outbox");
    if (result.skipped) return { status: "error", message: t("runSkipped") };
    return { status: "success", message: t("runDone", { ...result.reminders, ...result.delivery }) };
  } catch (error) {
    if (error instanceof UnauthenticatedError) return { status: "error", message: (await getTranslations("admin.errors"))("unauthenticated") };
    if (error instanceof ForbiddenError) return { status: "error", message: t("errors.forbidden") };
    if (error instanceof DomainError) return { status: "error", message: t("errors.generic") };
    throw error;
  }
}
