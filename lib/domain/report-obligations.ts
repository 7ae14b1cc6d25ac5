// Who owes which periodic report, and when a reminder is due. Pure: no clock, no database.
//
// An organization owes a period when it existed on the period's data cut-off end: its validity interval
// (validFrom … validTo, both inclusive, either open) contains cutoffEnd. So the 52 provincial units absorbed on
// 01/07/2025 (validTo 30/06/2025) owe the periods up to H1 2025 (cut-off end 14/06/2025), and the merged units
// created on 01/07/2025 owe the periods from H2 2025 (cut-off end 14/12/2025) on.

export type OrganizationLifetime = { validFrom: Date | null; validTo: Date | null };
export type PeriodCutoff = { cutoffEnd: Date };

const DAY_MS = 86_400_000;

function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

export function existedOn(organization: OrganizationLifetime, day: Date): boolean {
  const d = dayNumber(day);
  if (organization.validFrom && dayNumber(organization.validFrom) > d) return false;
  if (organization.validTo && dayNumber(organization.validTo) < d) return false;
  return true;
}

export function owesPeriod(organization: OrganizationLifetime, period: PeriodCutoff): boolean {
  return existedOn(organization, period.cutoffEnd);
}

export function owedPeriods<P extends PeriodCutoff>(organization: OrganizationLifetime, periods: readonly P[]): P[] {
  return periods.filter((period) => owesPeriod(organization, period));
}

// The portal's users work on Vietnamese calendar days (UTC+7, no daylight saving time): at 23:30 UTC on 21/06
// it is already 22/06 in Hà Nội. Returns that day as a UTC-midnight calendar date, like @db.Date columns.
export const VIETNAM_UTC_OFFSET_HOURS = 7;

export function vietnamCalendarDay(now: Date): Date {
  const shifted = new Date(now.getTime() + VIETNAM_UTC_OFFSET_HOURS * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

// Whole calendar days from `from` to `to` (negative when `to` is earlier).
export function daysBetween(from: Date, to: Date): number {
  return dayNumber(to) - dayNumber(from);
}

export type ReminderKind = "due" | "overdue";

// Overdue reminders stop this many days after the deadline: an organization that ignored a report for two months
// is a matter for the Steering Committee, not for another automatic e-mail.
export const OVERDUE_REMINDER_WINDOW_DAYS = 60;

// Which reminder, if any, a report still unsent on `today` calls for. The deadline day itself still counts as
// in time (Decree 09/2019, Art. 13: reports are sent "no later than" the deadline).
export function reminderKindFor(
  deadline: Date,
  today: Date,
  daysBefore: number,
  overdueWindowDays = OVERDUE_REMINDER_WINDOW_DAYS,
): ReminderKind | null {
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft >= 0 && daysLeft <= daysBefore) return "due";
  if (daysLeft < 0 && -daysLeft <= overdueWindowDays) return "overdue";
  return null;
}

// The deadlines a reminder run must look at on `today`: from `overdueWindowDays` (default 60) days ago to
// `daysBefore` days ahead.
export function reminderDeadlineWindow(
  today: Date,
  daysBefore: number,
  overdueWindowDays = OVERDUE_REMINDER_WINDOW_DAYS,
): { from: Date; to: Date } {
  return {
    from: new Date(today.getTime() - overdueWindowDays * DAY_MS),
    to: new Date(today.getTime() + daysBefore * DAY_MS),
  };
}
