"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { ActionState, FormValues } from "@/lib/schemas/action-state";
import { createCalendarFeedForm, revokeCalendarFeedForm, type CalendarFeedResult } from "@/lib/schemas/world-map";
import { runAction } from "@/lib/server/action";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/server/services/calendar-feeds";

// The subscription URL is shown once, in this answer; only its hash is stored.
export async function createCalendarFeedAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState<FormValues, CalendarFeedResult>> {
  return runAction(formData, {
    name: "createCalendarFeed",
    schema: createCalendarFeedForm,
    async run({ actor, input, t }) {
      const organizationId = input.scope === "own" ? actor.user.organizationId : null;
      const { token } = await createCalendarFeed(actor, organizationId);
      const host = (await headers()).get("host") ?? "localhost";
      revalidatePath("/timeline");
      return { status: "success", message: t("timeline.feeds.created"), data: { url: `https://${host}/feeds/${token}.ics` } };
    },
  });
}

export async function revokeCalendarFeedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "revokeCalendarFeed",
    schema: revokeCalendarFeedForm,
    async run({ actor, input, t }) {
      await revokeCalendarFeed(actor, input.feedId);
      revalidatePath("/timeline");
      return { status: "success", message: t("timeline.feeds.revoked") };
    },
  });
}
