// TestEngine: runs one function in a unit test, without a server. It plays the executor
// (fake-executor.ts) against the SDK's real engine — the code that answers the gateway's requests —
// so replay, memoisation, step ids, retries and parallelism behave as in production, while mocked
// steps replace the code they name, sleeps move a test clock instead of waiting, and sent events
// are recorded (docs/testing.md).

import { randomUUID } from "node:crypto";
import { ConfigError } from "../errors.ts";
import type { EventPayload, ReceivedEvent } from "../event-types.ts";
import { silentLogger, type Logger } from "../logger.ts";
import type { RunnableFunction } from "../runnable-function.ts";
import { executeFunction } from "../engine/execute.ts";
import { parseExecutionRequest } from "../engine/execution-request.ts";
import { systemClock, type Clock } from "../engine/clock.ts";
import type { SocketChannel } from "../engine/socket-channel.ts";
import { FakeExecutor, type RunEnd } from "./fake-executor.ts";
import { mockedFunction, type StepMock } from "./mocked-function.ts";
import { recordingChannel, type PublishedMessage } from "./recording-channel.ts";
import { TestEventApi } from "./test-event-api.ts";
import { TestRun } from "./test-run.ts";

/** The server's default when a function sets no `retries` (docs/testing.md). */
export const DEFAULT_TEST_RETRIES = 4;

/** Most requests one execute() answers before it gives up on a function that never ends. @default */
export const DEFAULT_MAX_REQUESTS = 1_000;

/** An event the run receives; `id`, `ts` and `data` get defaults. */
export interface TestEvent {
  name: string;
  data?: Record<string, unknown>;
  /** @default "test-event-<n>" */
  id?: string;
  /** Milliseconds since the epoch. @default the test clock's start */
  ts?: number;
  user?: Record<string, unknown>;
  v?: string;
}

export interface TestEngineOptions {
  /** The function under test (what `tether.createFunction()` returned). */
  function: RunnableFunction;
  /** The events that triggered the run; the first is `event`. @default [{ name: "test/event" }] */
  events?: TestEvent[];
  /** Mocked steps by the id written in code. */
  steps?: StepMock[];
  /** Where the test clock starts. @default the current time */
  now?: Date | number;
  /** Retries after the first attempt. @default the function's `retries`, else 4 */
  retries?: number;
  /** The SDK's logger (user code gets its replay-aware child). @default silent */
  logger?: Logger;
  /** @default 1000 */
  maxRequests?: number;
  /** @default a random id */
  runId?: string;
  /**
   * The event API the app's client sends to (`new Tether({ fetch: eventApi.fetch })`): events sent
   * with `tether.send()` during the run are listed in `run.events`, and `step.sendEvent` goes to it
   * too. @default a new one per execute(), seeing only `step.sendEvent`
   */
  eventApi?: TestEventApi;
}

/** What one execute() may change from the engine's options. */
export type ExecuteOptions = Omit<TestEngineOptions, "function">;

function retriesOf(fn: RunnableFunction): number | undefined {
  const retries = (fn as { options?: { retries?: unknown } }).options?.retries;
  return typeof retries === "number" ? retries : undefined;
}

function receivedEvents(events: TestEvent[] | undefined, nowMs: number): ReceivedEvent[] {
  const list: TestEvent[] = events && events.length > 0 ? events : [{ name: "test/event" }];
  return list.map((event, i) => ({
    id: `test-event-${i}`,
    ts: nowMs,
    user: {},
    ...event,
    data: event.data ?? {},
  }));
}

export class TestEngine {
  readonly #options: TestEngineOptions;

  constructor(options: TestEngineOptions) {
    if (!options?.function || typeof options.function.handler !== "function") {
      throw new ConfigError("TestEngine needs { function }: what tether.createFunction() returned");
    }
    this.#options = options;
  }

  /** Runs the function from its first request until it completes or fails for good. */
  execute(overrides: ExecuteOptions = {}): Promise<TestRun> {
    return this.#execute(overrides, undefined);
  }

  /**
   * Runs the function until the step `stepId` (the id in code) has finished, and stops there:
   * `status` is "Running" and `run.step(stepId)` holds the step. A run that ends first is returned
   * as it ended (`run.step(stepId)` then throws).
   */
  executeStep(stepId: string, overrides: ExecuteOptions = {}): Promise<TestRun> {
    if (typeof stepId !== "string" || stepId.length === 0) {
      return Promise.reject(new ConfigError("executeStep needs the id of a step"));
    }
    return this.#execute(overrides, stepId);
  }

  async #execute(overrides: ExecuteOptions, until: string | undefined): Promise<TestRun> {
    const options = { ...this.#options, ...overrides };
    const startMs = options.now === undefined ? Date.now() : new Date(options.now).getTime();
    if (!Number.isFinite(startMs)) throw new ConfigError(`TestEngine: now must be a Date or milliseconds, got ${String(options.now)}`);
    const sent: EventPayload[] = [];
    const published: PublishedMessage[] = [];
    const eventApi = options.eventApi ?? new TestEventApi();
    const mocks = new Map((options.steps ?? []).map((mock) => [mock.id, mock]));
    const fn = mockedFunction(options.function, mocks, async (events) => eventApi.record(events));
    const executor = new FakeExecutor({
      runId: options.runId ?? randomUUID(),
      events: receivedEvents(options.events, startMs),
      maxAttempts: (options.retries ?? retriesOf(options.function) ?? DEFAULT_TEST_RETRIES) + 1,
      startMs,
      mocks,
    });
    const detach = eventApi.attach(sent);
    let outcome: { end: RunEnd; requests: number };
    try {
      outcome = await this.#drive(fn, executor, { ...options, channel: recordingChannel(published), until });
    } finally {
      detach();
    }
    const { end, requests } = outcome;
    return new TestRun({
      ...end,
      steps: executor.taken,
      events: sent,
      published,
      state: executor.state,
      requests,
      attempts: executor.attempts,
      now: new Date(executor.nowMs),
    });
  }

  async #drive(
    fn: RunnableFunction,
    executor: FakeExecutor,
    options: ExecuteOptions & { channel: SocketChannel; until: string | undefined },
  ): Promise<{ end: RunEnd; requests: number }> {
    const clock: Clock = { ...systemClock, now: () => executor.nowMs };
    const maxRequests = options.maxRequests ?? DEFAULT_MAX_REQUESTS;
    for (let requests = 1; requests <= maxRequests; requests++) {
      const job = executor.nextJob();
      if (!job) break;
      const request = parseExecutionRequest(executor.requestBody(job));
      const reply = await executeFunction({ fn, request, stepId: job.stepId, logger: options.logger ?? silentLogger, clock, channel: options.channel });
      const end = await executor.apply(job, reply);
      if (end) return { end, requests };
      if (options.until !== undefined && executor.taken.some((step) => step.id === options.until)) {
        return { end: { status: "Running" }, requests };
      }
    }
    throw new ConfigError(`the function did not finish within ${maxRequests} requests (maxRequests)`);
  }
}
