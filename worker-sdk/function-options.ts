// Options of `tether.createFunction()`: identity, triggers, retries, the onFailure handler, cancel
// rules and flow control. Flow-control values are passed to the server verbatim, exactly as the
// official SDK does (docs/execution-protocol.md §3.3); the zod schema below only rejects values the
// server would refuse at sync, so mistakes surface as a ConfigError at startup instead. The limits
// mirror the server's sync check (src/flow/config.ts, docs/semantics.md §2–8); they are restated here
// because this package imports nothing from the server. CEL keys are checked by the server only.

import { z } from "zod";
import { checkpointingSchema, type CheckpointingSetting } from "./checkpoint-options.ts";
import { parseDurationMs } from "./duration.ts";
import type { EventName, EventSchemas, HandlerEvent, TriggerEventName } from "./event-types.ts";
import type { TimeInput } from "./time-string.ts";
import type { FailureHandler, FunctionTrigger } from "./types.ts";
import type { Middleware } from "./middleware/types.ts";

/** Most retries a function may ask for (server limit). */
export const MAX_RETRIES = 20;
/** Most triggers per function (server limit). */
export const MAX_TRIGGERS = 10;
/** Most cancel rules per function (server limit, docs/semantics.md §12). */
export const MAX_CANCEL_RULES = 5;
/** Most concurrency limits per function (server limit, docs/semantics.md §2). */
export const MAX_CONCURRENCY_LIMITS = 2;
/** Largest `batchEvents.maxSize` (server limit, docs/semantics.md §6). */
export const MAX_BATCH_SIZE = 100;

/** One concurrency limit (docs/semantics.md §2). */
export interface ConcurrencyOption {
  /** Steps allowed to run at once; 0 means the account maximum. */
  limit: number;
  /** CEL expression; each value gets its own limit. @default none (one limit) */
  key?: string;
  /** What the limit is shared across; `env` and `account` need a `key`. @default "fn" */
  scope?: "fn" | "env" | "account";
}

/** Cancels a running run when a matching event arrives (docs/semantics.md §12). */
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
  /** Delays run starts beyond `limit` per `period` ("1s"–"7d"; queued, not dropped). @default none */
  throttle?: { limit: number; period: string; burst?: number; key?: string };
  /** Drops runs beyond `limit` per `period` (at most "24h"). @default none */
  rateLimit?: { limit: number; period: string; key?: string };
  /** Runs once after `period` ("1s"–"7d") without new events, with the last event; `timeout` at least "1s". @default none */
  debounce?: { period: string; key?: string; timeout?: string };
  /** CEL expression: one run per value per 24 h. @default none */
  idempotency?: string;
  /** CEL expression `run` giving a priority in seconds (−600…600). @default none */
  priority?: { run?: string };
  /**
   * Runs with up to `maxSize` (1–100) events at once, waiting at most `timeout` ("1s"–"60s"). Not
   * with `idempotency`, `rateLimit`, `cancelOn`, `priority`, `debounce` or `singleton`. @default none
   */
  batchEvents?: { maxSize: number; timeout: string; key?: string; if?: string };
  /** At most one active run (per `key`): new runs are skipped or replace it. @default none */
  singleton?: { mode: "skip" | "cancel"; key?: string };
  /**
   * Overrides the app's `checkpointing` for this function (fields are merged with the app's);
   * `false` keeps one step per request. Not sent to the server.
   * @default the app's setting
   */
  checkpointing?: CheckpointingSetting;
  /**
   * Middleware for this function only, run after (inside) the app's (docs/middleware.md). Not
   * sent to the server. @default none
   */
  middleware?: readonly Middleware[];
}

/** Any `FunctionOptions`, whatever its type parameters: what the untyped parts of the SDK accept. */
export type ErasedFunctionOptions = Omit<FunctionOptions, "triggers" | "cancelOn" | "onFailure"> & {
  triggers: readonly FunctionTrigger[];
  cancelOn?: readonly CancelOn[];
  onFailure?: (ctx: never) => unknown;
};

const duration = z.string().min(1);
const SECOND_MS = 1000;
const DAY_MS = 86_400_000;

/** A duration string between `minMs` and `maxMs` (server limits, docs/semantics.md §3–6). */
function durationBetween(minMs: number, maxMs: number, label: string) {
  return duration.refine((text) => {
    const ms = parseDurationMs(text);
    return ms !== undefined && ms >= minMs && ms <= maxMs;
  }, `must be a duration between ${label}`);
}

const concurrencyOption = z
  .strictObject({
    limit: z.number().int().min(0),
    key: z.string().min(1).optional(),
    scope: z.enum(["fn", "env", "account"]).optional(),
  })
  .refine((option) => (option.scope ?? "fn") === "fn" || option.key !== undefined, {
    message: "an `env` or `account` scope needs a `key`",
    path: ["key"],
  });

/** Two limits (other than 0, which is no limit) may not share both scope and key. */
const concurrencyList = z
  .array(concurrencyOption)
  .min(1)
  .max(MAX_CONCURRENCY_LIMITS)
  .refine((options) => {
    const seen = options.filter((o) => o.limit > 0).map((o) => `${o.scope ?? "fn"}\u0000${o.key?.trim() ?? ""}`);
    return new Set(seen).size === seen.length;
  }, "two limits with the same scope and key");

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

/** A middleware is an object with a name; its hooks are optional. */
export function isMiddleware(value: unknown): value is Middleware {
  return typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string";
}

/** A list of middleware, as the client and functions take it. */
export const middlewareListSchema = z.array(z.custom<Middleware>(isMiddleware, "must be a middleware (an object with a string `name`)"));

/** Validates options; the validated values are not used, the caller keeps the user's objects. */
export const functionOptionsSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  triggers: z.array(triggerSchema).max(MAX_TRIGGERS),
  retries: z.number().int().min(0).max(MAX_RETRIES).optional(),
  onFailure: z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", "must be a function").optional(),
  cancelOn: z.array(cancelSchema).max(MAX_CANCEL_RULES).optional(),
  timeouts: z.strictObject({ start: duration.optional(), finish: duration.optional() }).optional(),
  concurrency: z.union([z.number().int().min(0), concurrencyOption, concurrencyList]).optional(),
  throttle: z
    .strictObject({
      limit: z.number().int().min(1),
      period: durationBetween(SECOND_MS, 7 * DAY_MS, "1s and 7d"),
      burst: z.number().int().min(0).optional(),
      key: z.string().min(1).optional(),
    })
    .optional(),
  rateLimit: z
    .strictObject({ limit: z.number().int().min(1), period: durationBetween(SECOND_MS, DAY_MS, "1s and 24h"), key: z.string().min(1).optional() })
    .optional(),
  debounce: z
    .strictObject({
      period: durationBetween(SECOND_MS, 7 * DAY_MS, "1s and 7d"),
      key: z.string().min(1).optional(),
      timeout: durationBetween(SECOND_MS, Number.MAX_SAFE_INTEGER, "1s and any longer").optional(),
    })
    .optional(),
  idempotency: z.string().min(1).optional(),
  priority: z.strictObject({ run: z.string().min(1).optional() }).optional(),
  batchEvents: z
    .strictObject({
      maxSize: z.number().int().min(1).max(MAX_BATCH_SIZE),
      timeout: durationBetween(SECOND_MS, 60 * SECOND_MS, "1s and 60s"),
      key: z.string().min(1).optional(),
      if: z.string().min(1).optional(),
    })
    .optional(),
  singleton: z.strictObject({ mode: z.enum(["skip", "cancel"]), key: z.string().min(1).optional() }).optional(),
  checkpointing: checkpointingSchema.optional(),
  middleware: middlewareListSchema.optional(),
}).superRefine((options, ctx) => {
  // Batching cannot be combined with these (docs/semantics.md §5, §6, §8); the server refuses the sync.
  if (!options.batchEvents) return;
  const conflicts = [
    options.idempotency !== undefined && "idempotency",
    options.rateLimit !== undefined && "rateLimit",
    (options.cancelOn?.length ?? 0) > 0 && "cancelOn",
    options.priority?.run !== undefined && "priority",
    options.debounce !== undefined && "debounce",
    options.singleton !== undefined && "singleton",
  ].filter((name) => name !== false);
  if (conflicts.length) ctx.addIssue({ code: "custom", path: ["batchEvents"], message: `cannot be combined with ${conflicts.join(", ")}` });
});
