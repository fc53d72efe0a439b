// Middleware types (issue 15, point 2). A middleware is a named object whose optional hooks see a
// function run's input and output, each `step.run`, and the events an app sends. Order: hooks that
// carry data towards user code run in registration order (client middleware first, then the
// function's); hooks that carry data away from it run in reverse, so the first middleware is the
// outermost layer of the onion (docs/middleware.md, "Order").

import type { EventPayload } from "../event-types.ts";
import type { MemoEntry } from "../engine/execution-request.ts";
import type { Logger } from "../logger.ts";
import type { ReceivedEvent } from "../types.ts";

/** One memoised step as the executor sent it, by hashed id. Hooks may replace values, not ids. */
export type MemoizedStep = MemoEntry & { hashedId: string };

/** What user code is about to get for one request: the event(s), stored step results, extra ctx. */
export interface RunInput {
  event: ReceivedEvent;
  events: ReceivedEvent[];
  steps: MemoizedStep[];
  /** Fields merged into the handler's `ctx` (e.g. a client a middleware opened). */
  ctx: Record<string, unknown>;
}

/** A value leaving user code: a `step.run` result or the function's return value. */
export type RunOutput = { kind: "step"; stepId: string; data: unknown } | { kind: "function"; data: unknown };

/**
 * Where an error came from: a `step.run` (by user id) or the function itself; `final` when it will
 * not be retried.
 */
export type ErrorSource = { kind: "step"; stepId: string; final: boolean } | { kind: "function"; final: boolean };

/** The `step.run` a `wrapStep` hook is wrapped around. */
export interface StepInfo {
  /** User id, with `:n` for repeats. */
  id: string;
  hashedId: string;
  name: string;
}

/** Which request of which run the hooks of `onFunctionRun` belong to. */
export interface FunctionRunInfo {
  /** `<appId>-<fnId>`. */
  functionSlug: string;
  appId: string;
  runId: string;
  attempt: number;
  /** The SDK's logger for this request, bound to runId and functionId. */
  logger: Logger;
}

type MaybePromise<T> = T | Promise<T>;

/**
 * Hooks for one request of one run. Create them in `onFunctionRun`; state kept in its closure lives
 * for that request only (every request replays the run from the start).
 */
export interface FunctionRunHooks {
  /** Before user code runs: may replace the event(s), memoised step data or add ctx fields. */
  transformInput?(input: RunInput): MaybePromise<RunInput | void>;
  /** Memoisation is over: user code goes past every stored step (new code runs from here). */
  beforeExecution?(): void;
  /** The request has its outcome (sent once, when `beforeExecution` was sent). */
  afterExecution?(): void;
  /** Around the code of each new `step.run`; call `next()` exactly once and return its value. */
  wrapStep?(step: StepInfo, next: () => Promise<unknown>): Promise<unknown>;
  /** A step result or the function's result on its way to the server; return a replacement. */
  transformOutput?(output: RunOutput): MaybePromise<{ data: unknown } | void>;
  /** A `step.run` threw or the function failed (observe only; the failure proceeds as usual). */
  onError?(error: unknown, source: ErrorSource): void;
}

/** A Tether middleware: give it on the client (`new Tether({ middleware })`) or per function. */
export interface Middleware {
  /** Shown in errors raised by its hooks. */
  readonly name: string;
  /** Called once per request of a run; returns that request's hooks. */
  onFunctionRun?(info: FunctionRunInfo): MaybePromise<FunctionRunHooks | void>;
  /**
   * Events leaving the app (`tether.send()`, `step.sendEvent()`), after schema validation and
   * before they are POSTed; return the events to send instead.
   */
  transformSentEvents?(events: EventPayload[]): MaybePromise<EventPayload[] | void>;
}
