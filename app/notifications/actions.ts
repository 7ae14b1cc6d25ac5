"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/schemas/action-state";
import { formId } from "@/lib/schemas/form-fields";
import { runAction } from "@/lib/server/action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/services/notifications";

function revalidateNotifications() {
  // The unread count in the header appears on every page.
  revalidatePath("/", "layout");
}

export async function markAllReadAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "markAllNotificationsRead",
    schema: z.object({}),
    errors: "notifications.errors",
    async run({ actor, t }) {
      await markAllNotificationsRead(actor);
      revalidateNotifications();
      return { message: t("notifications.markedAllRead") };
    },
  });
}

export async function markReadAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "markNotificationRead",
    schema: z.object({ notificationId: formId }),
    errors: "notifications.errors",
    async run({ actor, input: { notificationId }, t }) {
      await markNotificationRead(actor, notificationId);
      revalidateNotifications();
      return { message: t("notifications.markedRead") };
    },
  });
}
