// Reconnect backoff: a fixed table (the official SDKs' 1 s … 300 s, docs/connect-protocol.md §3.8) plus
// symmetric jitter so a fleet of workers does not reconnect in lockstep. Pure; randomness injected.

/** Base delays by attempt index; the last value repeats forever. */
export const RECONNECT_BACKOFF_MS: readonly number[] = [
  1_000, 2_000, 5_000, 10_000, 20_000, 30_000, 60_000, 120_000, 300_000,
];

/** Share of the base delay that jitter may add or remove. */
export const DEFAULT_JITTER_RATIO = 0.2;

/**
 * Delay before reconnect attempt `attempt` (0 = first retry after a failure).
 * @param random returns a number in [0, 1); 0.5 gives exactly the table value.
 */
export function reconnectDelayMs(
  attempt: number,
  random: () => number = Math.random,
  jitterRatio: number = DEFAULT_JITTER_RATIO,
): number {
  const last = RECONNECT_BACKOFF_MS.length - 1;
  const index = Number.isFinite(attempt) ? Math.min(Math.max(Math.floor(attempt), 0), last) : 0;
  const base = RECONNECT_BACKOFF_MS[index] ?? RECONNECT_BACKOFF_MS[last]!;
  const offset = (random() * 2 - 1) * jitterRatio;
  return Math.max(0, Math.round(base * (1 + offset)));
}

export interface ExponentialBackoff {
  /** The first delay; each next one doubles. */
  baseMs: number;
  maxMs: number;
  /** Share of the delay that jitter may add or remove. @default 0 */
  jitterRatio?: number;
  /** Returns a number in [0, 1). @default Math.random */
  random?: () => number;
}

/**
 * Delay before retry number `attempt` (0 = after the first failure) of a retry loop:
 * `baseMs · 2^attempt`, capped at `maxMs`, then ± `jitterRatio` of it. The one exponential
 * back-off of Tether: the SDK's event sends and realtime reconnects use it, and the server
 * imports it from here (src/common/backoff.ts), this package importing nothing outside its folder.
 */
export function exponentialBackoffMs(attempt: number, o: ExponentialBackoff): number {
  const n = Number.isFinite(attempt) ? Math.min(Math.max(Math.floor(attempt), 0), 30) : 0;
  const delay = Math.min(o.maxMs, o.baseMs * 2 ** n);
  const offset = o.jitterRatio ? ((o.random ?? Math.random)() * 2 - 1) * o.jitterRatio : 0;
  return Math.max(0, Math.round(delay * (1 + offset)));
}
