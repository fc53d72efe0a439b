// The same request JSON through the official inngest v4 engine and Tether's engine must produce
// the same reply: status, op names, hashed ids, data, errors, no-retry and retry-after.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { NonRetriableError, RetryAfterError, hashStepId } from "../../worker-sdk/index.ts";
import { officialRunner, requestBody, tetherRunner, type FixtureFunction } from "./worker-sdk-official-harness.ts";

const h = hashStepId;

const fixtures: FixtureFunction[] = [
  {
    id: "sequential",
    handler: async ({ step }) => {
      const a = await step.run("first", () => 1);
      const b = await step.run("second", async () => a + 1);
      return { a, b };
    },
  },
  {
    id: "parallel",
    handler: async ({ step }) => {
      const a = await step.run("first", () => 1);
      const [b, c] = await Promise.all([step.run("p1", () => 2), step.run("p2", () => 3)]);
      return { a, b, c };
    },
  },
  { id: "step-throws", handler: async ({ step }) => step.run("boom", () => { throw new Error("bad"); }) },
  { id: "step-non-retriable", handler: async ({ step }) => step.run("boom", () => { throw new NonRetriableError("nope"); }) },
  { id: "step-retry-after-ms", handler: async ({ step }) => step.run("boom", () => { throw new RetryAfterError("later", 1500); }) },
  {
    id: "step-retry-after-date",
    handler: async ({ step }) => step.run("boom", () => { throw new RetryAfterError("later", new Date(Date.UTC(2030, 0, 1))); }),
  },
  { id: "step-throws-string", handler: async ({ step }) => step.run("boom", () => { throw "plain string"; }) },
  { id: "fn-throws", handler: async () => { throw new TypeError("fn bad"); } },
  { id: "fn-non-retriable", handler: async () => { throw new NonRetriableError("fn nope"); } },
  { id: "fn-retry-after", handler: async () => { throw new RetryAfterError("fn later", "30s"); } },
  { id: "fn-throws-object", handler: async () => { throw { reason: "odd" }; } },
  {
    id: "catches-step-error",
    handler: async ({ step }) => {
      try {
        await step.run("boom", () => 1);
        return "unreachable";
      } catch (err) {
        const e = err as Error;
        return { name: e.name, message: e.message, isError: e instanceof Error };
      }
    },
  },
  {
    id: "repeated-ids",
    handler: async ({ step }) => {
      const values = [await step.run("s", () => 1), await step.run("s", () => 2), await step.run("s", () => 3)];
      return values;
    },
  },
  { id: "returns-undefined-step", handler: async ({ step }) => { await step.run("nothing", () => undefined); } },
  { id: "named-step", handler: async ({ step }) => step.run({ id: "x", name: "Nice X" }, () => "ok") },
  { id: "step-input", handler: async ({ step }) => step.run("add", (a: number, b: number) => a + b, 2, 3) },
  { id: "no-steps", handler: async ({ event }) => ({ got: event.data }) },
  { id: "no-return", handler: async () => undefined },
  {
    id: "race",
    handler: async ({ step }) => Promise.race([step.run("fast", () => "fast"), step.run("slow", () => "slow")]),
  },
  {
    id: "sequential-then-parallel-uneven",
    handler: async ({ step }) => {
      const [x, y] = await Promise.all([
        step.run("a", () => "a"),
        (async () => {
          const b1 = await step.run("b1", () => "b1");
          return step.run("b2", () => `${b1}+b2`);
        })(),
      ]);
      return { x, y };
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
}

const memoErr = { error: { name: "Error", message: "bad", stack: "Error: bad\n    at somewhere" } };

const cases: Case[] = [
  { name: "new step runs inline", fn: "sequential", body: requestBody({}) },
  { name: "second step after first is memoised", fn: "sequential", body: requestBody({ steps: { [h("first")]: { data: 1 } }, stack: [h("first")] }) },
  {
    name: "memoised replay to completion",
    fn: "sequential",
    body: requestBody({ steps: { [h("first")]: { data: 1 }, [h("second")]: { data: 2 } }, stack: [h("first"), h("second")] }),
  },
  { name: "parallel steps are planned", fn: "parallel", body: requestBody({ steps: { [h("first")]: { data: 1 } }, stack: [h("first")] }) },
  {
    name: "requested step runs alone",
    fn: "parallel",
    body: requestBody({ steps: { [h("first")]: { data: 1 } }, stack: [h("first")], disableImmediateExecution: true }),
    stepId: h("p2"),
  },
  {
    name: "remaining parallel step planned when immediate execution is disabled",
    fn: "parallel",
    body: requestBody({
      steps: { [h("first")]: { data: 1 }, [h("p2")]: { data: 3 } },
      stack: [h("first"), h("p2")],
      disableImmediateExecution: true,
    }),
  },
  {
    name: "parallel results replay in stack order",
    fn: "parallel",
    body: requestBody({
      steps: { [h("first")]: { data: 1 }, [h("p1")]: { data: 2 }, [h("p2")]: { data: 3 } },
      stack: [h("first"), h("p2"), h("p1")],
    }),
  },
  { name: "step error is retriable before the last attempt", fn: "step-throws", body: requestBody({ attempt: 0, maxAttempts: 4 }) },
  { name: "step error on the last attempt fails the step", fn: "step-throws", body: requestBody({ attempt: 3, maxAttempts: 4 }) },
  { name: "uncaught memoised step error is final", fn: "step-throws", body: requestBody({ steps: { [h("boom")]: memoErr }, stack: [h("boom")] }) },
  { name: "NonRetriableError in a step fails it", fn: "step-non-retriable", body: requestBody({}) },
  { name: "RetryAfterError(ms) in a step", fn: "step-retry-after-ms", body: requestBody({}) },
  { name: "RetryAfterError(Date) in a step", fn: "step-retry-after-date", body: requestBody({}) },
  { name: "non-Error thrown from a step", fn: "step-throws-string", body: requestBody({}) },
  { name: "function throw is a retriable ERROR", fn: "fn-throws", body: requestBody({}) },
  { name: "function throw on the last attempt is final", fn: "fn-throws", body: requestBody({ attempt: 3, maxAttempts: 4 }) },
  { name: "NonRetriableError outside steps", fn: "fn-non-retriable", body: requestBody({}) },
  { name: "RetryAfterError outside steps", fn: "fn-retry-after", body: requestBody({}) },
  { name: "non-Error object thrown from the function", fn: "fn-throws-object", body: requestBody({}) },
  { name: "caught memoised step error", fn: "catches-step-error", body: requestBody({ steps: { [h("boom")]: memoErr }, stack: [h("boom")] }) },
  { name: "repeated id gets :1", fn: "repeated-ids", body: requestBody({ steps: { [h("s")]: { data: 1 } }, stack: [h("s")] }) },
  {
    name: "repeated id gets :2",
    fn: "repeated-ids",
    body: requestBody({ steps: { [h("s")]: { data: 1 }, [h("s:1")]: { data: 2 } }, stack: [h("s"), h("s:1")] }),
  },
  {
    name: "repeated ids replay to completion",
    fn: "repeated-ids",
    body: requestBody({
      steps: { [h("s")]: { data: 1 }, [h("s:1")]: { data: 2 }, [h("s:2")]: { data: 3 } },
      stack: [h("s"), h("s:1"), h("s:2")],
    }),
  },
  { name: "step returning undefined gives null", fn: "returns-undefined-step", body: requestBody({}) },
  { name: "step with a display name", fn: "named-step", body: requestBody({}) },
  { name: "step input is recorded", fn: "step-input", body: requestBody({}) },
  { name: "function without steps", fn: "no-steps", body: requestBody({ data: { x: 1 } }) },
  { name: "function returning undefined", fn: "no-return", body: requestBody({}) },
  { name: "race discovery plans both", fn: "race", body: requestBody({}) },
  { name: "race winner memoised reports the loser", fn: "race", body: requestBody({ steps: { [h("fast")]: { data: "fast" } }, stack: [h("fast")] }) },
  { name: "uneven parallel branches discovery", fn: "sequential-then-parallel-uneven", body: requestBody({}) },
  {
    name: "uneven parallel branches after a and b1",
    fn: "sequential-then-parallel-uneven",
    body: requestBody({
      steps: { [h("a")]: { data: "a" }, [h("b1")]: { data: "b1" } },
      stack: [h("b1"), h("a")],
      disableImmediateExecution: true,
    }),
  },
  { name: "memoised null data (raw value)", fn: "sequential", body: requestBody({ steps: { [h("first")]: null }, stack: [h("first")] }) },
];

describe("worker-sdk engine matches the official inngest v4 engine", () => {
  for (const c of cases) {
    test(c.name, async () => {
      const [expected, actual] = await Promise.all([official(c.fn, c.body, c.stepId), tether(c.fn, c.body, c.stepId)]);
      assert.deepEqual(actual, expected);
    });
  }
});
