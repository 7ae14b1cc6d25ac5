// Runs once when the server starts: a wrong environment stops it with a clear sentence; the TCP peer address is
// stamped on every request (lib/server/socket-address.ts, for the rate limiter and the audit trail); then the
// reminder scheduler starts (Node.js runtime only, never while `next build` loads the app, not when
// DISABLE_SCHEDULER=true).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { readServerEnv } = await import("./lib/server/env");
    const env = readServerEnv();
    const { installSocketAddressHeader } = await import("./lib/server/socket-address");
    installSocketAddressHeader();
    if (process.env.NEXT_PHASE === "phase-production-build" || env.DISABLE_SCHEDULER) return;
    try {
      const { startReminderScheduler } = await import("./lib/server/jobs/scheduler");
      startReminderScheduler();
    } catch (error) {
      console.error("[reminders] the scheduler could not start; reminders can still be run from /admin/outbox", error);
    }
  }
}
