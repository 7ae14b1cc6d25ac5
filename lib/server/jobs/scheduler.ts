import "server-only";
import { readServerEnv } from "../env";
import { runReminderCycle } from "./reminders";

// The first run waits a little so that starting the server is not slowed by it.
const FIRST_RUN_DELAY_MS = 30_000;

type SchedulerState = { timer?: NodeJS.Timeout; firstRun?: NodeJS.Timeout; isRunning: boolean };
// One scheduler per process, even when `next dev` re-evaluates modules.
const globalForScheduler = globalThis as unknown as { reminderScheduler?: SchedulerState };

function log(message: string, error?: unknown) {
  const line = `[reminders] ${message}`;
  if (error) console.error(line, error instanceof Error ? (error.stack ?? error.message) : error);
  else console.log(line);
}

async function tick(state: SchedulerState): Promise<void> {
  // A slow run (e.g. an SMTP server timing out) is not overtaken by the next tick of this process.
  if (state.isRunning) return;
  state.isRunning = true;
  try {
    const result = await runReminderCycle({ now: new Date() });
    const { reminders, delivery } = result;
    if (result.skipped) log("another instance holds the lock; skipped creating reminders");
    if (reminders.due || reminders.overdue || delivery.sent || delivery.failed) {
      log(
        `created ${reminders.due} due-soon and ${reminders.overdue} overdue reminders; e-mail ${delivery.mode}: ${delivery.sent} sent, ${delivery.failed} failed, ${delivery.pending} pending`,
      );
    }
  } catch (error) {
    // Logged and retried at the next tick: reminders never take the server down.
    log("run failed", error);
  } finally {
    state.isRunning = false;
  }
}

// Starts the reminder job every REMINDER_INTERVAL_MINUTES. Returns a function that stops it.
export function startReminderScheduler(): () => void {
  const env = readServerEnv();
  if (env.DISABLE_SCHEDULER) {
    log("scheduler disabled (DISABLE_SCHEDULER=true)");
    return () => undefined;
  }
  const existing = globalForScheduler.reminderScheduler;
  if (existing) return () => stopReminderScheduler();
  const state: SchedulerState = { isRunning: false };
  globalForScheduler.reminderScheduler = state;
  const intervalMs = env.REMINDER_INTERVAL_MINUTES * 60_000;
  // unref: the timers alone never keep the process alive.
  state.firstRun = setTimeout(() => void tick(state), Math.min(FIRST_RUN_DELAY_MS, intervalMs));
  state.firstRun.unref();
  state.timer = setInterval(() => void tick(state), intervalMs);
  state.timer.unref();
  log(`scheduler started: every ${env.REMINDER_INTERVAL_MINUTES} min, due-soon ${env.REMINDER_DAYS_BEFORE} days before deadlines`);
  return () => stopReminderScheduler();
}

export function stopReminderScheduler(): void {
  const state = globalForScheduler.reminderScheduler;
  if (!state) return;
  clearTimeout(state.firstRun);
  clearInterval(state.timer);
  globalForScheduler.reminderScheduler = undefined;
}
