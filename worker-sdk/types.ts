// Public types shared by the client, functions and the engine: triggers, the handler context and
// the step tools user code receives. Event shapes and their typing by schema live in event-types.ts.

import type { Publish } from "./realtime/publish.ts";
import type {
  EventDataOf,
  EventName,
  EventSchemas,
  FunctionFailedEvent,
  ReceivedEvent,
  SendableEvent,
  UntypedData,
} from "./event-types.ts";
import type { TetherFunction } from "./function.ts";
import type { Logger } from "./logger.ts";
import type { DateInput, DurationInput, TimeInput } from "./time-string.ts";

export type { EventPayload, ReceivedEvent } from "./event-types.ts";

/** Triggers a run for every matching event. */
export interface EventTrigger<TName extends string = string> {
  /** Event name; "app/*" matches every name starting with "app/". */
  event: TName;
  /** CEL expression the event must satisfy. */
  if?: string;
}

/** Triggers a run on a cron schedule. */
export interface CronTrigger {
  cron: string;
  /** Random delay window, e.g. "30s". */
  jitter?: string;
}

export type FunctionTrigger<TName extends string = string> = EventTrigger<TName> | CronTrigger;

/** Options accepted by step tools in place of a plain id. */
export interface StepOptions {
  /** Stable id; memoisation is keyed on it. */
  id: string;
  /** Display name. @default the id */
  name?: string;
}

export type StepOptionsOrId = string | StepOptions;

/**
 * Options of `step.waitForEvent`. `match: "data.id"` is shorthand for
 * `if: "event.data.id == async.data.id"` (`event` = this run's trigger, `async` = the awaited event).
 */
export type WaitForEventOptions<TName extends string = string> = {
  /** Name of the event to wait for. */
  event: TName;
  /** How long to wait (ms, "1h", Temporal.Duration) or until when (Date, Temporal.Instant); `null` after it. */
  timeout: TimeInput;
} & ({ match: string; if?: never } | { if?: string; match?: never });

/** A function to invoke: a TetherFunction, or the composite id `"<appId>-<fnId>"` of any function. */
export type InvokeTarget = TetherFunction<unknown, unknown> | string;

type InvokeDataFor<T> = T extends TetherFunction<unknown, infer TData> ? TData : UntypedData;
type InvokeResultFor<T> = T extends TetherFunction<infer TResult, unknown> ? TResult : unknown;

/** Options of `step.invoke`. */
export interface InvokeOptions<TTarget extends InvokeTarget = InvokeTarget> {
  function: TTarget;
  /** `data` of the invoked run's `inngest/function.invoked` event. @default {} */
  data?: InvokeDataFor<TTarget>;
  /** Event schema version. @default none */
  v?: string;
  /** How long to wait for the result; the step then throws. @default the server's (1 year) */
  timeout?: TimeInput;
}

/**
 * What a running `step.run` function gets after its input arguments (also `currentStep()` inside
 * it). Progress travels over the worker's socket when the server asked for it (connect, Tether
 * server); elsewhere `progress` and `stream` do nothing.
 */
export interface StepContext {
  /** The step's id as written in code (`<id>:<n>` for the n-th repeat). */
  readonly id: string;
  /** The hashed id the server knows the step by. */
  readonly hashedId: string;
  /**
   * Aborted when this step's result is no longer wanted: the server refused a checkpoint of this
   * request (e.g. said it is stale), so the result would be discarded. Long steps may stop early.
   */
  readonly signal: AbortSignal;
  /**
   * Replaces the step's progress value (any JSON value). Updates are sent at most every 50 ms per
   * step; the last value wins. The final value is sent when the step ends.
   */
  progress(data: unknown): void;
  /** Appends a text chunk to the step's progress; chunks within 50 ms are sent together. */
  stream(chunk: string): void;
  /** Publishes a realtime message, as the function context's `publish` (never suppressed here: the step is running). */
  publish: Publish;
}

/** Durable step tools. Each step's result is stored; replays return the stored value. */
export interface StepTools<TSchemas extends EventSchemas = {}> {
  /**
   * Runs `fn` once and stores its JSON result. On later executions the stored result is returned
   * without calling `fn`. Extra arguments are passed to `fn` and recorded as the step input; `fn`
   * gets a StepContext after them (`fn(...input, stepContext)`) for progress reporting.
   */
  run<TArgs extends unknown[], TFn extends (...args: [...TArgs, StepContext]) => unknown>(
    idOrOptions: StepOptionsOrId,
    fn: TFn,
    ...input: TArgs
  ): Promise<Awaited<ReturnType<TFn>>>;

  /** Pauses the run for `duration` (ms, "30s", "1.5h", "1h30m", Temporal.Duration; below 1 s rounds up to 1 s). */
  sleep(idOrOptions: StepOptionsOrId, duration: DurationInput): Promise<void>;

  /** Pauses the run until `until` (Date, ISO-8601 string, Temporal.Instant or ZonedDateTime). */
  sleepUntil(idOrOptions: StepOptionsOrId, until: DateInput): Promise<void>;

  /** Waits for a matching event received after this step is reached; `null` when `timeout` passes first. */
  waitForEvent<TName extends EventName<TSchemas>>(
    idOrOptions: StepOptionsOrId,
    options: WaitForEventOptions<TName>,
  ): Promise<ReceivedEvent<EventDataOf<TSchemas, TName>, TName> | null>;

  /**
   * Runs another function and resolves with its return value. If it fails, times out or cannot be
   * started, this step throws a StepError, which fails the run for good unless caught.
   */
  invoke<TTarget extends InvokeTarget>(
    idOrOptions: StepOptionsOrId,
    options: InvokeOptions<TTarget>,
  ): Promise<InvokeResultFor<TTarget>>;

  /** Sends events exactly once per run (memoised); resolves with their ids in order. */
  sendEvent(
    idOrOptions: StepOptionsOrId,
    events: SendableEvent<TSchemas> | SendableEvent<TSchemas>[],
  ): Promise<{ ids: string[] }>;
}

/** What a function handler receives. */
export interface FunctionContext<TEvent = ReceivedEvent, TSchemas extends EventSchemas = {}> {
  /** The first triggering event. */
  event: TEvent;
  /** All triggering events (one unless batching). */
  events: TEvent[];
  step: StepTools<TSchemas>;
  runId: string;
  /** Zero-based attempt number of this request. */
  attempt: number;
  /** Total attempts allowed for this request, when the executor says. */
  maxAttempts?: number;
  /** Logger that stays quiet while memoised steps are replayed. */
  logger: Logger;
  /**
   * Publishes a realtime message over the worker's socket (connect only; elsewhere it throws a
   * PublishError `PUBLISH_UNAVAILABLE`). Not memoised: code replayed before the first new step
   * does not publish again (the promise resolves `false`). See realtime/publish.ts.
   */
  publish: Publish;
}

export type FunctionHandler<TResult = unknown, TEvent = ReceivedEvent, TSchemas extends EventSchemas = {}> = (
  ctx: FunctionContext<TEvent, TSchemas>,
) => TResult | Promise<TResult>;

/**
 * What an `onFailure` handler receives: `event` is the `inngest/function.failed` event (the failed
 * run's trigger is `event.data.event`, its id `event.data.run_id`), `runId` is the failure
 * handler's own run, and `error` is rebuilt from `event.data.error` (custom classes become Error).
 */
export type FailureContext<TEvent = ReceivedEvent, TSchemas extends EventSchemas = {}> = FunctionContext<
  FunctionFailedEvent<TEvent>,
  TSchemas
> & { error: Error };

export type FailureHandler<TEvent = ReceivedEvent, TSchemas extends EventSchemas = {}> = (
  ctx: FailureContext<TEvent, TSchemas>,
) => unknown;
