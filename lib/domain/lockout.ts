// Brute-force protection: after 5 failed sign-ins for one account within 15 minutes, further attempts for that
// account are refused for 15 minutes from the fifth failure. Attempts are counted per e-mail as typed (lower-
// cased), whether or not an account exists, so a refusal never reveals which addresses exist.
export const LOCKOUT_MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_DURATION_MS = 15 * 60 * 1000;

export type Attempt = { at: Date; succeeded: boolean };

// `attempts` may be in any order; only failures after the latest success count.
export function lockedUntil(attempts: readonly Attempt[], now: Date): Date | null {
  const sorted = [...attempts].sort((a, b) => a.at.getTime() - b.at.getTime());
  const lastSuccess = sorted.findLastIndex((a) => a.succeeded);
  const failures = sorted.slice(lastSuccess + 1).map((a) => a.at.getTime());
  let until: number | null = null;
  for (let i = LOCKOUT_MAX_FAILURES - 1; i < failures.length; i++) {
    const first = failures[i - (LOCKOUT_MAX_FAILURES - 1)]!;
    const fifth = failures[i]!;
    if (fifth - first <= LOCKOUT_WINDOW_MS) until = Math.max(until ?? 0, fifth + LOCKOUT_DURATION_MS);
  }
  return until !== null && until > now.getTime() ? new Date(until) : null;
}

// How far back the server must load attempts to decide.
export const LOCKOUT_LOOKBACK_MS = LOCKOUT_WINDOW_MS + LOCKOUT_DURATION_MS;
