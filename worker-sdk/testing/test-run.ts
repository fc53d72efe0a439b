// What one `TestEngine.execute()` returns: the function's output or error, the steps it took, the
// events it sent and its memoised state, with assertion helpers that throw node:assert errors, so
// they work under any test runner (docs/testing.md).

import assert from "node:assert/strict";
import { isDeepStrictEqual } from "node:util";
import type { EventPayload } from "../event-types.ts";
import type { SerializedError } from "../serialize-error.ts";
import type { OpCodeName } from "../engine/ops.ts";
import type { PublishedMessage } from "./recording-channel.ts";

/** One step the run finished, in completion order. */
export interface TakenStep {
  /** The id written in code, `<id>:<n>` for the n-th repeat. */
  id: string;
  /** The hashed id the server knows the step by. */
  hashedId: string;
  /** StepRun, StepFailed (or a StepError out of retries), Sleep, WaitForEvent or InvokeFunction. */
  op: OpCodeName;
  displayName?: string;
  /** Op details: the sleep's time, the awaited event's name, an invoke's `function_id`... */
  name?: string;
  opts?: Record<string, unknown>;
  /** What user code got back (absent when the step failed). */
  data?: unknown;
  /** The step's error, when it failed for good. */
  error?: unknown;
  /** Attempts the step took (1 = no retry). */
  attempts: number;
}

/** "Running": stopped by `executeStep()` after its step, before the function ended. */
export type TestRunStatus = "Completed" | "Failed" | "Running";

export interface TestRunInit {
  status: TestRunStatus;
  result?: unknown;
  error?: SerializedError;
  steps: TakenStep[];
  events: EventPayload[];
  published: PublishedMessage[];
  state: Record<string, unknown>;
  requests: number;
  attempts: number;
  now: Date;
}

export class TestRun implements TestRunInit {
  readonly status: TestRunStatus;
  /** The function's return value (Completed runs), after a JSON round trip as through the server. */
  readonly result?: unknown;
  /** The function's error as the server stores it (Failed runs). */
  readonly error?: SerializedError;
  /** Steps finished, in completion order. */
  readonly steps: TakenStep[];
  /** Events sent by `step.sendEvent`, in order. */
  readonly events: EventPayload[];
  /** Realtime messages published during the run (`publish()`), in order; replays publish nothing. */
  readonly published: PublishedMessage[];
  /** Memoised step results by hashed id, as the executor would send them in the next request. */
  readonly state: Record<string, unknown>;
  /** Requests the engine answered (the executor's calls to the SDK). */
  readonly requests: number;
  /** Attempts of the function body's last request (1 = it never threw a retriable error). */
  readonly attempts: number;
  /** The test clock at the end: moved forward by every sleep and timed-out wait. */
  readonly now: Date;

  constructor(init: TestRunInit) {
    this.status = init.status;
    if ("result" in init) this.result = init.result;
    if (init.error) this.error = init.error;
    this.steps = init.steps;
    this.events = init.events;
    this.published = init.published;
    this.state = init.state;
    this.requests = init.requests;
    this.attempts = init.attempts;
    this.now = init.now;
  }

  /** The finished step with this id (`"id:1"` for the second repeat); throws when there is none. */
  step(id: string): TakenStep {
    const step = this.steps.find((candidate) => candidate.id === id);
    assert.ok(step, `step "${id}" did not run; steps taken: ${JSON.stringify(this.steps.map((s) => s.id))}`);
    return step;
  }

  /** Asserts the run completed, with `expected` as its return value when given. */
  assertCompleted(expected?: unknown): void {
    const why = this.status === "Failed" ? `the run failed: ${this.error?.name}: ${this.error?.message}` : `the run is ${this.status}`;
    assert.equal(this.status, "Completed", why);
    if (arguments.length > 0) assert.deepEqual(this.result, expected);
  }

  /** Asserts the run failed, with an error matching `expected` (name, message...) when given. */
  assertFailed(expected?: Partial<SerializedError>): void {
    assert.equal(this.status, "Failed", `the run is ${this.status}`);
    if (expected) assertFields(this.error, expected);
  }

  /** Asserts the step ran and, when given, what it returned. */
  assertStepRan(id: string, expected?: unknown): void {
    const step = this.step(id);
    assert.equal(step.error, undefined, `step "${id}" failed`);
    if (arguments.length > 1) assert.deepEqual(step.data, expected);
  }

  /** Asserts no step with this id finished. */
  assertStepNotRan(id: string): void {
    assert.equal(this.steps.find((step) => step.id === id), undefined, `step "${id}" ran`);
  }

  /** Asserts an event with this name was sent and, when given, with this data. */
  assertEventSent(name: string, data?: Record<string, unknown>): void {
    const named = this.events.filter((event) => event.name === name);
    assert.ok(named.length > 0, `no "${name}" event was sent; sent: ${JSON.stringify(this.events.map((e) => e.name))}`);
    if (data === undefined) return;
    const same = named.some((event) => isDeepStrictEqual(event.data, data));
    assert.ok(same, `no "${name}" event had data ${JSON.stringify(data)}; sent: ${JSON.stringify(named.map((e) => e.data))}`);
  }
}

function assertFields(actual: unknown, expected: Partial<SerializedError>): void {
  const subject = (actual ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected)) assert.deepEqual(subject[key], value, `error.${key}`);
}
