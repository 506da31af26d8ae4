// Pure rule for slowing down password guessing. Counting happens in lib/auth/credentials.ts from
// the LoginAttempt table, so the limit holds across server processes and restarts.

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export type RecentFailures = { forEmail: number; forIp: number };

export function isLoginThrottled(failures: RecentFailures): boolean {
  return failures.forEmail >= MAX_FAILURES_PER_EMAIL || failures.forIp >= MAX_FAILURES_PER_IP;
}
