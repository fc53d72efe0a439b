// Whether an error thrown by a step or a function may be retried (docs/execution-protocol.md §2.6):
// `false` = final, a string = retry after that Retry-After value, `true` = retry normally.
// Errors are recognised by class or by `name`, so copies from another SDK instance behave the same.

import { StepError } from "../step-error.ts";
import { NonRetriableError, RetryAfterError } from "../user-errors.ts";

export type Retriability = boolean | string;

export interface RetriabilityContext {
  attempt: number;
  maxAttempts?: number;
  /** The StepError most recently thrown into user code from memoised state. */
  lastReplayedStepError?: StepError;
}

function errorName(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
}

export function retriability(error: unknown, ctx: RetriabilityContext): Retriability {
  if (ctx.maxAttempts && ctx.attempt >= ctx.maxAttempts - 1) return false;
  if (error instanceof NonRetriableError || errorName(error) === "NonRetriableError") return false;
  // A memoised step failure the function did not catch: retrying cannot change the outcome.
  if (error instanceof StepError && error === ctx.lastReplayedStepError) return false;
  if (error instanceof RetryAfterError || errorName(error) === "RetryAfterError") {
    const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
    return typeof retryAfter === "string" ? retryAfter : true;
  }
  return true;
}
