// Options of `tether.createFunction()`: identity, triggers, retries, the onFailure handler, cancel
// rules and flow control. Flow-control values are passed to the server verbatim, exactly as the
// official SDK does (execution-protocol.md §3.3); the zod schema below only rejects values the
// server would refuse at sync, so mistakes surface as a ConfigError at startup instead.

import { z } from "zod";
import { checkpointingSchema, type CheckpointingSetting } from "./checkpoint-options.ts";
import type { EventName, EventSchemas, HandlerEvent, TriggerEventName } from "./event-types.ts";
import type { TimeInput } from "./time-string.ts";
import type { FailureHandler, FunctionTrigger } from "./types.ts";

/** Most retries a function may ask for (server limit). */
export const MAX_RETRIES = 20;
/** Most triggers per function (server limit). */
export const MAX_TRIGGERS = 10;
/** Most cancel rules per function (server limit, semantics.md §12). */
export const MAX_CANCEL_RULES = 5;

/** One concurrency limit (semantics.md §2). */
export interface ConcurrencyOption {
  /** Steps allowed to run at once; 0 means the account maximum. */
  limit: number;
  /** CEL expression; each value gets its own limit. @default none (one limit) */
  key?: string;
  /** What the limit is shared across; `env` and `account` need a `key`. @default "fn" */
  scope?: "fn" | "env" | "account";
}

/** Cancels a running run when a matching event arrives (semantics.md §12). */
export interface CancelOn<TName extends string = string> {
  /** Name of the cancelling event. */
  event: TName;
  /** CEL expression; `event` is the run's trigger, `async` the cancelling event. Not with `match`. */
  if?: string;
  /** Dotted field that must be equal in both events, e.g. "data.userId". Not with `if`. */
  match?: string;
  /** How long after the run starts the rule applies (duration or deadline). @default the server's (1 year) */
  timeout?: TimeInput;
}

/** Options for `tether.createFunction()`. */
export interface FunctionOptions<
  TSchemas extends EventSchemas = {},
  TTriggers extends readonly FunctionTrigger<TriggerEventName<TSchemas>>[] = readonly FunctionTrigger<TriggerEventName<TSchemas>>[],
> {
  /** Stable id, unique within the app. The server knows the function as `<appId>-<id>`. */
  id: string;
  /** Display name. @default the id */
  name?: string;
  /** Events and/or cron schedules that start a run (at most 10). */
  triggers: TTriggers;
  /** Retries per step and per function attempt (0–20). @default the server's default (4) */
  retries?: number;
  /**
   * Runs once the function has failed for good (never for cancellations), as a separate function
   * `<id>-failure` triggered by `inngest/function.failed`. @default none
   */
  onFailure?: FailureHandler<HandlerEvent<TSchemas, TTriggers>, TSchemas>;
  /** Events that cancel a running run (at most 5). @default none */
  cancelOn?: CancelOn<EventName<TSchemas>>[];
  /** Cancels runs that wait too long to start or take too long to finish ("10m", "1h"). @default none */
  timeouts?: { start?: string; finish?: string };
  /** Limits concurrently running steps: a number, one option, or two. @default unlimited */
  concurrency?: number | ConcurrencyOption | readonly [ConcurrencyOption] | readonly [ConcurrencyOption, ConcurrencyOption];
  /** Delays run starts beyond `limit` per `period` (queued, not dropped). @default none */
  throttle?: { limit: number; period: string; burst?: number; key?: string };
  /** Drops runs beyond `limit` per `period` (at most "24h"). @default none */
  rateLimit?: { limit: number; period: string; key?: string };
  /** Runs once after `period` without new events, with the last event. @default none */
  debounce?: { period: string; key?: string; timeout?: string };
  /** CEL expression: one run per value per 24 h. @default none */
  idempotency?: string;
  /** CEL expression `run` giving a priority in seconds (−600…600). @default none */
  priority?: { run?: string };
  /** Runs with up to `maxSize` events at once, waiting at most `timeout`. @default none */
  batchEvents?: { maxSize: number; timeout: string; key?: string; if?: string };
  /** At most one active run (per `key`): new runs are skipped or replace it. @default none */
  singleton?: { mode: "skip" | "cancel"; key?: string };
  /**
   * Overrides the app's `checkpointing` for this function (fields are merged with the app's);
   * `false` keeps one step per request. Not sent to the server.
   * @default the app's setting
   */
  checkpointing?: CheckpointingSetting;
}

/** Any `FunctionOptions`, whatever its type parameters: what the untyped parts of the SDK accept. */
export type ErasedFunctionOptions = Omit<FunctionOptions, "triggers" | "cancelOn" | "onFailure"> & {
  triggers: readonly FunctionTrigger[];
  cancelOn?: readonly CancelOn[];
  onFailure?: (ctx: never) => unknown;
};

const duration = z.string().min(1);
const concurrencyOption = z.strictObject({
  limit: z.number().int().min(0),
  key: z.string().min(1).optional(),
  scope: z.enum(["fn", "env", "account"]).optional(),
});

const triggerSchema = z.union([
  z.strictObject({ event: z.string().min(1), if: z.string().optional() }),
  z.strictObject({ cron: z.string().min(1), jitter: z.string().optional() }),
]);

const cancelSchema = z
  .strictObject({
    event: z.string().min(1),
    if: z.string().optional(),
    match: z.string().min(1).optional(),
    timeout: z.unknown().optional(),
  })
  .refine((rule) => rule.if === undefined || rule.match === undefined, "use either `if` or `match`, not both");

/** Validates options; the validated values are not used, the caller keeps the user's objects. */
export const functionOptionsSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  triggers: z.array(triggerSchema).max(MAX_TRIGGERS),
  retries: z.number().int().min(0).max(MAX_RETRIES).optional(),
  onFailure: z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", "must be a function").optional(),
  cancelOn: z.array(cancelSchema).max(MAX_CANCEL_RULES).optional(),
  timeouts: z.strictObject({ start: duration.optional(), finish: duration.optional() }).optional(),
  concurrency: z
    .union([z.number().int().min(0), concurrencyOption, z.array(concurrencyOption).min(1).max(2)])
    .optional(),
  throttle: z
    .strictObject({ limit: z.number().int().min(1), period: duration, burst: z.number().int().min(0).optional(), key: z.string().min(1).optional() })
    .optional(),
  rateLimit: z.strictObject({ limit: z.number().int().min(1), period: duration, key: z.string().min(1).optional() }).optional(),
  debounce: z.strictObject({ period: duration, key: z.string().min(1).optional(), timeout: duration.optional() }).optional(),
  idempotency: z.string().min(1).optional(),
  priority: z.strictObject({ run: z.string().min(1).optional() }).optional(),
  batchEvents: z
    .strictObject({ maxSize: z.number().int().min(1), timeout: duration, key: z.string().min(1).optional(), if: z.string().min(1).optional() })
    .optional(),
  singleton: z.strictObject({ mode: z.enum(["skip", "cancel"]), key: z.string().min(1).optional() }).optional(),
  checkpointing: checkpointingSchema.optional(),
});
