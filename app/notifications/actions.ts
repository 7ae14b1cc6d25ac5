"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { UnauthenticatedError } from "@/lib/domain/errors";
import { requireActor } from "@/lib/server/guards";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/services/notifications";

export type NotificationActionState = { status?: "success" | "error"; message?: string };

async function failure(error: unknown): Promise<NotificationActionState> {
  const t = await getTranslations("notifications.errors");
  if (error instanceof UnauthenticatedError) return { status: "error", message: t("unauthenticated") };
  throw error;
}

function revalidateNotifications() {
  // The unread count in the header appears on every page.
  revalidatePath("/", "layout");
}

export async function markAllReadAction(_prev: NotificationActionState): Promise<NotificationActionState> {
  try {
    const actor = await requireActor();
    await markAllNotificationsRead(actor);
    revalidateNotifications();
    const t = await getTranslations("notifications");
    return { status: "success", message: t("markedAllRead") };
  } catch (error) {
    return failure(error);
  }
}

export async function markReadAction(_prev: NotificationActionState, formData: FormData): Promise<NotificationActionState> {
  const id = formData.get("notificationId");
  try {
    const actor = await requireActor();
    await markNotificationRead(actor, typeof id === "string" ? id : "");
    revalidateNotifications();
    const t = await getTranslations("notifications");
    return { status: "success", message: t("markedRead") };
  } catch (error) {
    return failure(error);
  }
}
