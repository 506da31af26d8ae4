// Pure rules for slowing down password guessing. Counting happens in lib/auth/credentials.ts from
// the LoginAttempt table, so the limits hold across server processes and restarts. Why they are
// shaped like this: docs/decisions/013-login-throttling-without-targeted-lockout.md.

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures for one e-mail from one client that cost nothing; after them each failure doubles the wait. */
export const FREE_FAILURES = 5;
export const FIRST_BACKOFF_MS = 30 * 1000;
/** One client, any e-mail addresses: guessing across many accounts. */
export const MAX_FAILURES_PER_IP = 30;
/** One e-mail, any clients: a guessing campaign spread over many addresses. */
export const MAX_FAILURES_PER_EMAIL = 100;

export type FailureCounts = {
  /**
   * Failures for this e-mail from this client since its last success, and when the latest was.
   * When the client's address is unknown (no trusted proxy), "this client" is everyone.
   */
  pair: { count: number; lastAt: Date | null };
  /** Failures from this client's address for any e-mail; 0 when the address is unknown. */
  forIp: number;
  /** Failures for this e-mail from any address. */
  forEmail: number;
};

/** The wait after `failures` consecutive failures: none for the first few, then doubling up to the window. */
export function backoffMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(THROTTLE_WINDOW_MS, FIRST_BACKOFF_MS * 2 ** (failures - FREE_FAILURES));
}

/** Milliseconds until this attempt may be made; 0 means now. */
export function loginWaitMs(counts: FailureCounts, now: Date): number {
  if (counts.forIp >= MAX_FAILURES_PER_IP || counts.forEmail >= MAX_FAILURES_PER_EMAIL) return THROTTLE_WINDOW_MS;
  if (!counts.pair.lastAt) return 0;
  return Math.max(0, counts.pair.lastAt.getTime() + backoffMs(counts.pair.count) - now.getTime());
}

export function isLoginThrottled(counts: FailureCounts, now: Date): boolean {
  return loginWaitMs(counts, now) > 0;
}
