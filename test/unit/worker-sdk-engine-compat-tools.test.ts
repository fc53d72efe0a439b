// step.sleep / sleepUntil / waitForEvent / invoke / sendEvent and onFailure handlers: the same
// request JSON through the official inngest v4 engine and Tether's must give the same reply (ops,
// hashed ids, names, opts, data, errors, no-retry) and send the same event requests.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { hashStepId as h } from "../../worker-sdk/index.ts";
import { officialRunner, requestBody, tetherRunner, type FixtureFunction } from "./worker-sdk-official-harness.ts";

/** Temporal stand-ins: both SDKs recognise Temporal objects by their toStringTag only. */
const temporalDuration = { [Symbol.toStringTag]: "Temporal.Duration", total: () => 2 * 3_600_000 + 5_000 } as never;
const temporalInstant = { [Symbol.toStringTag]: "Temporal.Instant", toString: () => "2031-02-03T04:05:06Z" } as never;

const fixtures: FixtureFunction[] = [
  { id: "target", handler: async () => "target result" },
  {
    id: "sleeps",
    handler: async ({ step }) => {
      const a = await step.sleep("ms-string", "1.5h");
      await step.sleep({ id: "number", name: "Ninety seconds" }, 90_000);
      await step.sleep("sub-second", 500);
      await step.sleep("zero", 0);
      await step.sleep("days", "2 days");
      await step.sleep("temporal", temporalDuration);
      await step.sleepUntil("date", new Date(Date.UTC(2030, 0, 1)));
      await step.sleepUntil({ id: "iso", name: "Until ISO" }, "2030-06-01T10:00:00+02:00");
      await step.sleepUntil("instant", temporalInstant);
      return { a };
    },
  },
  {
    id: "sleep-then-run",
    handler: async ({ step }) => {
      await step.sleep("nap", "30s");
      return step.run("after", () => "woke");
    },
  },
  {
    id: "sleep-bad-date",
    handler: async ({ step }) => step.sleepUntil("bad", "not a date"),
  },
  {
    id: "wait-match",
    handler: async ({ step }) => step.waitForEvent("wait", { event: "app/done", timeout: "1h", match: "data.id" }),
  },
  {
    id: "wait-if",
    handler: async ({ step }) => {
      const got = await step.waitForEvent({ id: "wait", name: "Wait for approval" }, {
        event: "app/approved",
        timeout: 3_600_000 * 24 * 8,
        if: "async.data.ok == true",
      });
      return got === null ? "timed out" : got;
    },
  },
  {
    id: "wait-until-date",
    handler: async ({ step }) => step.waitForEvent("wait", { event: "app/x", timeout: new Date(Date.UTC(2030, 0, 1)) }),
  },
  {
    id: "wait-and-run-parallel",
    handler: async ({ step }) =>
      Promise.all([step.waitForEvent("wait", { event: "app/x", timeout: "5m" }), step.run("work", () => 1)]),
  },
  {
    id: "invoke-fn",
    handler: async ({ step }, kit) => step.invoke("call", { function: kit.fn("target"), data: { a: 1 }, timeout: 60_000 }),
  },
  {
    id: "invoke-ref",
    handler: async ({ step }, kit) => step.invoke({ id: "call", name: "Call other" }, { function: kit.ref("other", "fn"), v: "2024-01-01", timeout: "1h" }),
  },
  {
    id: "invoke-catch",
    handler: async ({ step }, kit) => {
      try {
        return await step.invoke("call", { function: kit.fn("target"), timeout: new Date(Date.UTC(2030, 0, 1)) });
      } catch (err) {
        const e = err as Error;
        return { caught: e.name, message: e.message, isError: e instanceof Error };
      }
    },
  },
  {
    id: "invoke-bad",
    handler: async ({ step }) => step.invoke("call", { function: 42 as never }),
  },
  {
    id: "send-one",
    handler: async ({ step }) => step.sendEvent("send", { name: "app/one", data: { x: 1 } }),
  },
  {
    id: "send-many",
    handler: async ({ step }) => {
      const sent = await step.sendEvent({ id: "fan-out", name: "Fan out" }, [
        { name: "app/a", data: { i: 1 }, id: "dedupe-1" },
        { name: "app/b" },
      ]);
      return { sent };
    },
  },
  {
    id: "send-none",
    handler: async ({ step }) => step.sendEvent("send", []),
  },
  {
    id: "send-parallel",
    handler: async ({ step }) =>
      Promise.all([step.sendEvent("s1", { name: "app/p", data: { n: 1 } }), step.sendEvent("s2", { name: "app/p", data: { n: 2 } })]),
  },
  {
    id: "with-failure-handler",
    handler: async () => {
      throw new Error("main failed");
    },
    onFailure: async ({ error, event, step, runId }) => {
      const data = event.data as { function_id: string; run_id: string; event: { name: string } };
      const note = await step.run("note", () => `noted ${data.run_id}`);
      return {
        name: error.name,
        message: error.message,
        isError: error instanceof Error,
        isTypeError: error instanceof TypeError,
        stack: error.stack,
        cause: (error as { cause?: unknown }).cause instanceof Error,
        fn: data.function_id,
        original: data.event.name,
        runId,
        note,
      };
    },
  },
];

const official = officialRunner(fixtures);
const tether = tetherRunner(fixtures);

interface Case {
  name: string;
  fn: string;
  body: unknown;
  stepId?: string;
  /** Compare only status and no-retry (the error text necessarily differs). */
  outcomeOnly?: boolean;
}

const sleepIds = ["ms-string", "number", "sub-second", "zero", "days", "temporal", "date", "iso", "instant"];
const memoNull = (ids: string[]) => ({ steps: Object.fromEntries(ids.map((id) => [h(id), null])), stack: ids.map(h) });
const awaited = { name: "app/done", data: { id: 7 }, id: "01JEVT", ts: 1700000001000, user: {} };
const awaitedX = { ...awaited, name: "app/x" };
const invokeTimeout = {
  error: {
    name: "InngestInvokeTimeoutError",
    message: "Timed out waiting for invoked function to complete",
    error: "InngestInvokeTimeoutError: Timed out waiting for invoked function to complete",
  },
};
const failedEvent = (error: unknown) => ({
  eventName: "inngest/function.failed",
  data: {
    function_id: "compat-app-with-failure-handler",
    run_id: "01JFAILEDRUN0000000000000",
    error,
    event: { name: "compat/test", data: {}, id: "evt-0", ts: 1 },
  },
});

const cases: Case[] = [
  // Sleep: duration/date in `name`, memoised null resolves.
  ...sleepIds.map((_, index) => ({
    name: `sleep #${index + 1} is reported with its time string or date`,
    fn: "sleeps",
    body: requestBody(memoNull(sleepIds.slice(0, index))),
  })),
  { name: "all sleeps over: the function returns (sleep resolves null)", fn: "sleeps", body: requestBody(memoNull(sleepIds)) },
  { name: "sleep then a run step: the step runs inline", fn: "sleep-then-run", body: requestBody(memoNull(["nap"])) },
  { name: "sleepUntil with an invalid date fails the function", fn: "sleep-bad-date", body: requestBody({}) },
  // WaitForEvent: event in `name`, opts.timeout and opts.if; memoised event or null.
  { name: "waitForEvent with match", fn: "wait-match", body: requestBody({}) },
  { name: "waitForEvent resolves with the memoised event", fn: "wait-match", body: requestBody({ steps: { [h("wait")]: awaited }, stack: [h("wait")] }) },
  { name: "waitForEvent with if and a display name", fn: "wait-if", body: requestBody({}) },
  { name: "waitForEvent timed out resolves null", fn: "wait-if", body: requestBody(memoNull(["wait"])) },
  { name: "waitForEvent with a Date timeout", fn: "wait-until-date", body: requestBody({}) },
  { name: "waitForEvent in parallel with a run step: both planned", fn: "wait-and-run-parallel", body: requestBody({}) },
  {
    name: "parallel wait and run: the requested run step runs alone",
    fn: "wait-and-run-parallel",
    body: requestBody({ disableImmediateExecution: true }),
    stepId: h("work"),
  },
  {
    name: "parallel wait and run: both memoised",
    fn: "wait-and-run-parallel",
    body: requestBody({ steps: { [h("work")]: { data: 1 }, [h("wait")]: awaitedX }, stack: [h("work"), h("wait")] }),
  },
  // InvokeFunction: function_id, payload, timeout; {data} resolves, {error} throws.
  { name: "invoke a function instance", fn: "invoke-fn", body: requestBody({}) },
  { name: "invoke another app's function by reference", fn: "invoke-ref", body: requestBody({}) },
  { name: "invoke resolves with the memoised data", fn: "invoke-fn", body: requestBody({ steps: { [h("call")]: { data: { r: 2 } } }, stack: [h("call")] }) },
  { name: "invoke resolving null", fn: "invoke-fn", body: requestBody({ steps: { [h("call")]: { data: null } }, stack: [h("call")] }) },
  { name: "invoke timeout error uncaught fails the run for good", fn: "invoke-fn", body: requestBody({ steps: { [h("call")]: invokeTimeout }, stack: [h("call")] }) },
  { name: "invoke with a Date timeout", fn: "invoke-catch", body: requestBody({}) },
  { name: "invoke error caught by the function", fn: "invoke-catch", body: requestBody({ steps: { [h("call")]: invokeTimeout }, stack: [h("call")] }) },
  { name: "invoke with an invalid target fails the function", fn: "invoke-bad", body: requestBody({}), outcomeOnly: true },
  // sendEvent: a run-code step that POSTs to /e/{key} and memoises {ids}.
  { name: "sendEvent runs inline and sends once", fn: "send-one", body: requestBody({}) },
  { name: "sendEvent memoised: nothing is sent again", fn: "send-one", body: requestBody({ steps: { [h("send")]: { data: { ids: ["x"] } } }, stack: [h("send")] }) },
  { name: "sendEvent with several events and a display name", fn: "send-many", body: requestBody({}) },
  { name: "sendEvent with no events", fn: "send-none", body: requestBody({}) },
  { name: "parallel sendEvent steps are planned", fn: "send-parallel", body: requestBody({}) },
  { name: "a requested sendEvent step runs", fn: "send-parallel", body: requestBody({ disableImmediateExecution: true }), stepId: h("s2") },
  // onFailure companion: error rehydrated from event.data.error, own step tools and run id.
  { name: "the main function fails", fn: "with-failure-handler", body: requestBody({ attempt: 3, maxAttempts: 4 }) },
  {
    name: "failure handler: first step runs",
    fn: "with-failure-handler-failure",
    body: requestBody(failedEvent({ name: "TypeError", message: "bad type", stack: "TypeError: bad type\n    at x" })),
  },
  {
    name: "failure handler gets the rehydrated error",
    fn: "with-failure-handler-failure",
    body: requestBody({
      ...failedEvent({ name: "TypeError", message: "bad type", stack: "TypeError: bad type\n    at x", cause: { name: "Error", message: "root" } }),
      steps: { [h("note")]: { data: "noted" } },
      stack: [h("note")],
    }),
  },
  {
    name: "failure handler with a custom error class and no stack",
    fn: "with-failure-handler-failure",
    body: requestBody({ ...failedEvent({ name: "MyError", message: "custom" }), steps: { [h("note")]: { data: "n" } }, stack: [h("note")] }),
  },
  {
    name: "failure handler with a malformed error",
    fn: "with-failure-handler-failure",
    body: requestBody({ ...failedEvent("just a string"), steps: { [h("note")]: { data: "n" } }, stack: [h("note")] }),
  },
  {
    name: "failure handler with a Go-style error (error field, no message)",
    fn: "with-failure-handler-failure",
    body: requestBody({ ...failedEvent({ error: "invalid status code: 500" }), steps: { [h("note")]: { data: "n" } }, stack: [h("note")] }),
  },
];

describe("worker-sdk step tools and onFailure match the official inngest v4 engine", () => {
  for (const c of cases) {
    test(c.name, async () => {
      const [expected, actual] = await Promise.all([official(c.fn, c.body, c.stepId), tether(c.fn, c.body, c.stepId)]);
      if (c.outcomeOnly) {
        assert.deepEqual({ status: actual.status, noRetry: actual.noRetry }, { status: expected.status, noRetry: expected.noRetry });
      } else {
        assert.deepEqual(actual, expected);
      }
    });
  }
});
