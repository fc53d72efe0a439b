// Op codes and the outgoing op shape returned in NOT_COMPLETED replies (docs/execution-protocol.md
// §1.5–1.6). Names are wire facts; only the ones this SDK emits are listed.

export const OpCode = {
  /** A step was found but not run (parallelism or disabled immediate execution). */
  StepPlanned: "StepPlanned",
  /** A step ran and returned. */
  StepRun: "StepRun",
  /** A step threw and may be retried. */
  StepError: "StepError",
  /** A step threw for good (last attempt or NonRetriableError). */
  StepFailed: "StepFailed",
  /** `step.sleep` / `step.sleepUntil`: the duration or ISO date is in `name`. Memoised as `null`. */
  Sleep: "Sleep",
  /** `step.waitForEvent`: event name in `name`, `opts.timeout` and `opts.if`. Memoised as the event or `null`. */
  WaitForEvent: "WaitForEvent",
  /** `step.invoke`: `opts.function_id`, `opts.payload`, `opts.timeout`. Memoised as `{data}` or `{error}`. */
  InvokeFunction: "InvokeFunction",
  /** The function returned (checkpointing mode): `id` = sha1("complete"), `data` = the return value. */
  RunComplete: "RunComplete",
} as const;

export type OpCodeName = (typeof OpCode)[keyof typeof OpCode];

/** Go-compatible interval: start and duration, both in nanoseconds. */
export interface OpTiming {
  a: number;
  b: number;
}

export interface OpUserland {
  /** User-facing id as written in code. */
  id: string;
  /** Set for the n-th repeat of an id. */
  index?: number;
}

/** One element of a NOT_COMPLETED reply body. */
export interface OutgoingOp {
  id: string;
  op: OpCodeName;
  name?: string;
  displayName?: string;
  opts?: Record<string, unknown>;
  userland?: OpUserland;
  data?: unknown;
  error?: unknown;
  timing?: OpTiming;
}
