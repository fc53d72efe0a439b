// Errors user code throws to steer retries. Names match the official SDK's, and the engine also
// recognises them by `name` so errors from another copy of the SDK behave the same.

import { parseDurationMs } from "./duration.ts";

/** Thrown from a function or step: stop now, do not retry. */
export class NonRetriableError extends Error {
  override readonly cause?: unknown;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = "NonRetriableError";
    this.cause = options?.cause;
  }
}

/**
 * Thrown from a function or step: retry, but not before `retryAfter`.
 * `retryAfter` is milliseconds, an `ms`-style string ("30s") or a Date. It is sent on the wire as
 * whole seconds (rounded up) or, for a Date, as an ISO-8601 timestamp.
 */
export class RetryAfterError extends Error {
  override readonly cause?: unknown;
  /** Wire form: whole seconds as a string, or an ISO-8601 date. */
  readonly retryAfter: string;

  constructor(message: string, retryAfter: number | string | Date, options?: { cause?: unknown }) {
    super(message);
    this.name = "RetryAfterError";
    this.cause = options?.cause;
    if (retryAfter instanceof Date) {
      this.retryAfter = retryAfter.toISOString();
    } else {
      const ms = typeof retryAfter === "string" ? parseDurationMs(retryAfter) : retryAfter;
      const seconds = ms === undefined ? Number.NaN : Math.ceil(ms / 1000);
      if (!Number.isFinite(seconds)) {
        throw new TypeError("retryAfter must be milliseconds, an ms-style string or a Date");
      }
      this.retryAfter = String(seconds);
    }
  }
}
