// Public types shared by the client, functions and the engine: events, triggers, the handler
// context and the step tools user code receives.

import type { Logger } from "./logger.ts";

/** An event as sent to and received from the server. */
export interface EventPayload<TData = Record<string, unknown>> {
  /** Event name, e.g. "app/user.created". */
  name: string;
  /** Event data. @default {} */
  data?: TData;
  /** Idempotency id; the server generates one when absent. */
  id?: string;
  /** Unix milliseconds. @default the time of sending */
  ts?: number;
  /** Optional schema version. */
  v?: string;
  [key: string]: unknown;
}

/** An event as the function receives it: `data` is always present. */
export interface ReceivedEvent<TData = Record<string, unknown>> extends EventPayload<TData> {
  data: TData;
}

/** Triggers a run for every matching event. */
export interface EventTrigger {
  event: string;
  /** CEL expression the event must satisfy. */
  if?: string;
}

/** Triggers a run on a cron schedule. */
export interface CronTrigger {
  cron: string;
  /** Random delay window, e.g. "30s". */
  jitter?: string;
}

export type FunctionTrigger = EventTrigger | CronTrigger;

/** Options accepted by `step.run` in place of a plain id. */
export interface StepOptions {
  /** Stable id; memoisation is keyed on it. */
  id: string;
  /** Display name. @default the id */
  name?: string;
}

export type StepOptionsOrId = string | StepOptions;

/** Durable step tools. Each step's result is stored; replays return the stored value. */
export interface StepTools {
  /**
   * Runs `fn` once and stores its JSON result. On later executions the stored result is returned
   * without calling `fn`. Extra arguments are passed to `fn` and recorded as the step input.
   */
  run<TArgs extends unknown[], TResult>(
    idOrOptions: StepOptionsOrId,
    fn: (...args: TArgs) => TResult | Promise<TResult>,
    ...input: TArgs
  ): Promise<Awaited<TResult>>;
}

/** What a function handler receives. */
export interface FunctionContext {
  /** The first triggering event. */
  event: ReceivedEvent;
  /** All triggering events (one unless batching). */
  events: ReceivedEvent[];
  step: StepTools;
  runId: string;
  /** Zero-based attempt number of this request. */
  attempt: number;
  /** Total attempts allowed for this request, when the executor says. */
  maxAttempts?: number;
  /** Logger that stays quiet while memoised steps are replayed. */
  logger: Logger;
}

export type FunctionHandler<TResult = unknown> = (ctx: FunctionContext) => TResult | Promise<TResult>;
