// A step the user's code reached during this execution: its identity, memoised state, the code to
// run (for "run code" steps) and the deferred the user's `await` is waiting on.

import type { StepContext } from "../types.ts";
import type { MemoEntry } from "./execution-request.ts";
import type { OpCodeName, OpUserland, OutgoingOp } from "./ops.ts";

/** What a step tool reports when user code calls it. */
export interface StepDescriptor {
  /** User-facing id, before collision handling. */
  id: string;
  /** Op reported when the step is new (e.g. StepPlanned for `step.run`). */
  op: OpCodeName;
  /** Legacy `name` field; some ops carry data in it (sleep duration, awaited event). Absent for invokes. */
  name?: string;
  displayName: string;
  opts?: Record<string, unknown>;
  /** Code the SDK runs for this step, if it is a "run code" step. */
  handler?: (...args: unknown[]) => unknown;
  /** Arguments for `handler`, recorded as `opts.input`. */
  input?: unknown[];
  /** Checks a memoised non-null result before user code gets it; a rejection fails the step. */
  validateResult?: (data: unknown) => Promise<void>;
}

export interface FoundStep {
  hashedId: string;
  /** Final user id, with `:n` for repeats. */
  id: string;
  userland: OpUserland;
  op: OpCodeName;
  name?: string;
  displayName: string;
  opts: Record<string, unknown>;
  /** Runs the step's code with its (possibly replayed) input, then the StepContext. */
  run?: (stepContext: StepContext) => unknown;
  validateResult?: (data: unknown) => Promise<void>;
  memo?: MemoEntry;
  /** The executor holds something for this id (result or edited input). */
  hasState: boolean;
  /** The executor holds this step's result: replay it instead of running. */
  fulfilled: boolean;
  /** Its memoised result has been handed to user code. */
  handled: boolean;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

/** The op reported for a step that is found but not run. */
export function plannedOp(step: FoundStep): OutgoingOp {
  return {
    displayName: step.displayName,
    op: step.op,
    id: step.hashedId,
    ...(step.name !== undefined ? { name: step.name } : {}),
    opts: step.opts,
    userland: step.userland,
    data: null,
  };
}
