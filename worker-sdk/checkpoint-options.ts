// Checkpointing options (issue 6): how a request that asked for socket checkpointing
// (`ctx.tether_checkpoint`) runs `step.run` steps back to back and reports their results over the
// worker's socket, like the official SDK's async checkpointing (docs/execution-protocol.md §4.2).
// Set on the app (`new Tether({ checkpointing })`) and overridden per function; resolved once here.

import { z } from "zod";

/** Checkpoints are sent once this many finished steps are buffered. */
export const DEFAULT_CHECKPOINT_BUFFERED_STEPS = 10;
/** Largest `bufferedSteps` accepted. */
export const MAX_CHECKPOINT_BUFFERED_STEPS = 100;
/** A buffered step waits at most this long before it is sent. */
export const DEFAULT_CHECKPOINT_MAX_INTERVAL_MS = 50;
/** After this long a request stops running new steps inline (official SDK over connect: 5 min). */
export const DEFAULT_CHECKPOINT_MAX_RUNTIME_MS = 5 * 60_000;

/** How steps are checkpointed when the server asks for it. */
export interface CheckpointingOptions {
  /**
   * Finished steps sent together in one checkpoint. 1 sends every step on its own (most durable,
   * one socket message per step). At most 100.
   * @default 10
   */
  bufferedSteps?: number;
  /**
   * Longest time a finished step waits in the buffer before it is sent, so at most this much work
   * is lost if the worker dies. 0 = only `bufferedSteps` triggers a send.
   * @default 50
   */
  maxIntervalMs?: number;
  /**
   * After this long, the request stops running new steps inline and hands the next one back to
   * the server (`StepPlanned`), which then continues the run in a new request. 0 = no limit.
   * @default 300000 (5 minutes)
   */
  maxRuntimeMs?: number;
}

/** Validated checkpointing settings. */
export interface CheckpointingConfig {
  bufferedSteps: number;
  maxIntervalMs: number;
  maxRuntimeMs: number;
}

/** `true` (or absent) = defaults, `false` = never run steps back to back, or an object of options. */
export type CheckpointingSetting = boolean | CheckpointingOptions;

export const checkpointingSchema = z.union([
  z.boolean(),
  z.strictObject({
    bufferedSteps: z.number().int().min(1).max(MAX_CHECKPOINT_BUFFERED_STEPS).optional(),
    maxIntervalMs: z.number().int().min(0).optional(),
    maxRuntimeMs: z.number().int().min(0).optional(),
  }),
]);

/**
 * The setting in force: the function's over the app's over the defaults. Object fields are merged,
 * so a function can change one field and keep the app's others. Inputs are already validated.
 */
export function resolveCheckpointing(
  app: CheckpointingSetting | undefined,
  fn: CheckpointingSetting | undefined,
): CheckpointingConfig | false {
  if (fn === false || (fn === undefined && app === false)) return false;
  const fromApp = typeof app === "object" ? app : {};
  const fromFn = typeof fn === "object" ? fn : {};
  return {
    bufferedSteps: fromFn.bufferedSteps ?? fromApp.bufferedSteps ?? DEFAULT_CHECKPOINT_BUFFERED_STEPS,
    maxIntervalMs: fromFn.maxIntervalMs ?? fromApp.maxIntervalMs ?? DEFAULT_CHECKPOINT_MAX_INTERVAL_MS,
    maxRuntimeMs: fromFn.maxRuntimeMs ?? fromApp.maxRuntimeMs ?? DEFAULT_CHECKPOINT_MAX_RUNTIME_MS,
  };
}
