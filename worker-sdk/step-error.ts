// StepError: what a step call rejects with when its memoised result is an error (the step failed
// for good). Carries the original name, message and stack; the step's user-facing id is `stepId`.

import { deserializeError, parseJsonError } from "./serialize-error.ts";

/** A step that exhausted its retries (or threw NonRetriableError), replayed from memoised state. */
export class StepError extends Error {
  /** The user-facing id of the failed step (with `:n` suffix for repeated ids). */
  readonly stepId: string;
  override cause?: unknown;

  constructor(stepId: string, error: unknown) {
    const parsed = parseJsonError(error);
    super(parsed.message);
    this.name = parsed.name;
    this.stepId = stepId;
    this.stack = parsed.stack ?? undefined;
    this.cause = parsed.cause ? deserializeError(parsed.cause, true) : undefined;
  }
}
