// GCRA (generic cell rate algorithm) for throttling and rate limiting (docs/semantics.md §3–4). The
// state is one number, the theoretical arrival time (TAT) of the next start: each start moves it
// on by the emission interval `period / limit`. Pure functions: the caller keeps the state in a
// flow document and writes it back with compare-and-set (src/flow/limits.ts).

export interface GcraState {
  /** Theoretical arrival time, ms since the epoch. */
  tat: number;
}

export interface GcraLimit {
  limit: number;
  periodMs: number;
}

const emission = (l: GcraLimit) => l.periodMs / Math.max(1, l.limit);

/**
 * Throttle: reserves the next start. Starts are spaced `period / limit` apart; `burst` extra
 * starts may go at once. The start is never refused, only placed later (`at`), and the
 * reservation is taken at once, so queued starts keep their order without retrying.
 */
export function reserveStart(s: GcraState | undefined, now: number, l: GcraLimit & { burst: number }): { at: number; next: GcraState } {
  const t = emission(l);
  const tat = Math.max(s?.tat ?? 0, now);
  return { at: Math.max(now, tat - l.burst * t), next: { tat: tat + t } };
}

/**
 * Rate limit: admits a start only if at most `limit` were admitted in the trailing period
 * (a burst of `limit` at once is allowed, then one per `period / limit`). A refused start
 * leaves the state unchanged.
 */
export function admitStart(s: GcraState | undefined, now: number, l: GcraLimit): { allowed: boolean; next: GcraState; retryAt: number } {
  const t = emission(l);
  const tat = Math.max(s?.tat ?? 0, now) + t;
  const allowAt = tat - l.periodMs;
  if (now < allowAt) return { allowed: false, next: { tat: s?.tat ?? 0 }, retryAt: allowAt };
  return { allowed: true, next: { tat }, retryAt: now };
}
