import { authorize } from "@/lib/server/guards";
import { apiRoute } from "@/lib/server/http/api";
import { runRemindersNow } from "@/lib/server/jobs/reminders";

// Creates the reminders due today and delivers the outbox, as the scheduler does every few minutes.
export const POST = apiRoute(async ({ actor }) => {
  authorize(actor, "reminder:send");
  return runRemindersNow(actor);
});
