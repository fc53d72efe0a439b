// Retry backoff for failed steps (docs/semantics.md §10): 15s, 30s, 1m, 2m, 5m, 10m, 20m, 40m, 1h, 2h
// (then 2h), plus 0–30 s of jitter. A linear interval replaces the table when configured
// (Inngest's `--retry-interval`). Pure: randomness is injected.

const TABLE_MS = [15e3, 30e3, 60e3, 120e3, 300e3, 600e3, 1_200e3, 2_400e3, 3_600e3, 7_200e3];
export const DEFAULT_RETRY_JITTER_MS = 30_000;

export interface BackoffOptions {
  /** Linear interval in ms instead of the table (no jitter). */
  retryIntervalMs?: number;
  random?: () => number;
}

/** Delay before retry number `attempt` (0 = after the first failure). */
export function retryBackoffMs(attempt: number, opts: BackoffOptions = {}): number {
  if (opts.retryIntervalMs !== undefined && opts.retryIntervalMs > 0) return opts.retryIntervalMs;
  const base = TABLE_MS[Math.min(Math.max(attempt, 0), TABLE_MS.length - 1)];
  return base + Math.floor((opts.random ?? Math.random)() * DEFAULT_RETRY_JITTER_MS);
}

/** The exponential back-off of retry loops: one function, kept in the worker SDK (worker-sdk/backoff.ts). */
export { type ExponentialBackoff, exponentialBackoffMs } from "../../worker-sdk/backoff.ts";

/** Clamp a Retry-After value to [1 s, 24 h] from now (docs/execution-protocol.md §1.4.1). */
export function parseRetryAfter(value: string | undefined | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  let at: number;
  if (value.length <= 7 && /^\d+$/.test(value.trim())) at = nowMs + Number(value.trim()) * 1000;
  else {
    at = Date.parse(value);
    if (Number.isNaN(at)) return undefined;
  }
  return Math.min(Math.max(at, nowMs + 1000), nowMs + 86_400_000);
}
