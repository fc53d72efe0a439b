// Running one step's code (docs/execution-protocol.md §2.3): the user function gets its input and a
// StepContext (progress over the request's socket channel, if any), and its outcome becomes the
// op the request reports — StepRun, or StepError/StepFailed when it threw.

import type { Publish } from "../realtime/publish.ts";
import { serializeError } from "../serialize-error.ts";
import type { Clock } from "./clock.ts";
import type { FoundStep } from "./found-step.ts";
import { OpCode, type OutgoingOp } from "./ops.ts";
import type { Retriability } from "./retriability.ts";
import { DEFAULT_PROGRESS_INTERVAL_MS, type SocketChannel } from "./socket-channel.ts";
import { createStepContext, runInStep, StepProgress } from "./step-context.ts";

/** A step that ran: its op and, when it threw, how it may be retried. */
export type RanStep = { ok: true; op: OutgoingOp } | { ok: false; op: OutgoingOp; retriable: Retriability };

export interface RunStepDeps {
  now(): number;
  clock: Clock;
  /** Where progress goes; absent = progress calls do nothing. */
  channel?: SocketChannel;
  /** Handed to the step as `stepContext.publish`. */
  publish: Publish;
  /** Handed to the step as `stepContext.signal`. */
  signal: AbortSignal;
  retriability(error: unknown): Retriability;
}

export async function runStep(step: FoundStep, deps: RunStepDeps): Promise<RanStep> {
  const base: OutgoingOp = {
    id: step.hashedId,
    op: OpCode.StepRun,
    ...(step.name !== undefined ? { name: step.name } : {}),
    opts: step.opts,
    displayName: step.displayName,
    userland: step.userland,
  };
  const channel = deps.channel;
  const progress = new StepProgress({
    send: channel ? (data, append) => channel.sendProgress(step.hashedId, data, append) : undefined,
    intervalMs: channel?.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS,
    clock: deps.clock,
  });
  const stepContext = createStepContext(step, progress, deps.signal, deps.publish);
  const startedAt = deps.now();
  let outcome: { ok: true; data: unknown } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, data: await runInStep(stepContext, () => step.run!(stepContext)) };
  } catch (error) {
    outcome = { ok: false, error };
  } finally {
    // The last progress value goes out before the step's result.
    progress.end();
  }
  const endedAt = deps.now();
  const timing = { a: startedAt * 1_000_000, b: (endedAt - startedAt) * 1_000_000 };
  if (outcome.ok) {
    return { ok: true, op: { ...base, data: outcome.data === undefined ? null : outcome.data, timing } };
  }
  const retriable = deps.retriability(outcome.error);
  const error = serializeError(outcome.error);
  // Logged by the logger middleware (middleware/logger.ts) through the run's onError hooks.
  const final = retriable === false;
  const failedData = { __serialized: true, name: error.name, message: error.message, stack: "" };
  const op: OutgoingOp = {
    ...base,
    op: final ? OpCode.StepFailed : OpCode.StepError,
    error,
    timing,
    data: final ? failedData : null,
  };
  return { ok: false, op, retriable };
}
