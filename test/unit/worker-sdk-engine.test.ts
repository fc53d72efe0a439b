// The execution engine's replies, asserted literally: op shapes, memoised replay, parallel
// planning, requested steps, error classification, retry-after, step-not-found, payload errors,
// `use_api` state loading and the replay-aware logger.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { executeFunction } from "../../worker-sdk/engine/execute.ts";
import { parseExecutionRequest, parseMemoEntry } from "../../worker-sdk/engine/execution-request.ts";
import { runExecutorRequest } from "../../worker-sdk/engine/run-request.ts";
import { NonRetriableError, RetryAfterError, Tether, hashStepId as h, type FunctionHandler, type Logger } from "../../worker-sdk/index.ts";
import { requestBody } from "./worker-sdk-official-harness.ts";

const app = new Tether({ id: "engine-app", baseUrl: "http://127.0.0.1:1" });
let counter = 0;
function fnOf(handler: FunctionHandler) {
  return app.createFunction({ id: `fn-${++counter}`, triggers: [{ event: "e" }] }, handler);
}
const clock = (() => {
  let t = 1_000;
  return () => (t += 5);
})();

async function run(handler: FunctionHandler, body: unknown, stepId?: string, extra: { logger?: Logger; stepNotFoundTimeoutMs?: number } = {}) {
  return executeFunction({ fn: fnOf(handler), request: parseExecutionRequest(body), stepId, now: clock, ...extra });
}

const twoSteps: FunctionHandler = async ({ step }) => {
  const a = await step.run("first", () => 1);
  const b = await step.run("second", async () => a + 1);
  return { a, b };
};

describe("worker-sdk engine", () => {
  test("a new step runs inline and is reported as StepRun", async () => {
    const result = await run(twoSteps, requestBody({}));
    assert.equal(result.status, "NOT_COMPLETED");
    assert.equal(result.noRetry, false);
    assert.equal(result.requestVersion, 2);
    const [op] = result.body as Array<Record<string, unknown>>;
    assert.deepEqual(op, {
      id: h("first"),
      op: "StepRun",
      name: "first",
      opts: {},
      displayName: "first",
      userland: { id: "first" },
      data: 1,
      timing: { a: (op!.timing as { a: number }).a, b: 5_000_000 },
    });
    assert.equal((op!.timing as { a: number }).a % 1_000_000, 0);
  });

  test("memoised steps replay to completion: DONE with the return value", async () => {
    const body = requestBody({ steps: { [h("first")]: { data: 1 }, [h("second")]: { data: 2 } }, stack: [h("first"), h("second")] });
    assert.deepEqual(await run(twoSteps, body), { status: "DONE", body: { a: 1, b: 2 }, noRetry: false, requestVersion: 2 });
  });

  test("returning undefined gives a null body", async () => {
    assert.deepEqual((await run(async () => undefined, requestBody({}))).body, null);
  });

  const parallel: FunctionHandler = async ({ step }) => {
    const [x, y, z] = await Promise.all([step.run("p1", () => 1), step.run("p2", () => 2), step.run("p3", () => 3)]);
    return x + y + z;
  };

  test("steps found together are planned, one StepPlanned each", async () => {
    const result = await run(parallel, requestBody({}));
    assert.equal(result.status, "NOT_COMPLETED");
    assert.deepEqual(result.body, ["p1", "p2", "p3"].map((id) => ({
      displayName: id,
      op: "StepPlanned",
      id: h(id),
      name: id,
      opts: {},
      userland: { id },
      data: null,
    })));
  });

  test("a requested step runs alone", async () => {
    const result = await run(parallel, requestBody({ disableImmediateExecution: true }), h("p2"));
    const ops = result.body as Array<Record<string, unknown>>;
    assert.deepEqual(ops.map((op) => [op.op, op.id, op.data]), [["StepRun", h("p2"), 2]]);
  });

  test("with immediate execution disabled even a lone new step is planned", async () => {
    const result = await run(twoSteps, requestBody({ disableImmediateExecution: true }));
    assert.deepEqual((result.body as Array<Record<string, unknown>>).map((op) => op.op), ["StepPlanned"]);
  });

  const throwing = (error: () => unknown): FunctionHandler => async ({ step }) => step.run("boom", () => { throw error(); });

  test("a step error before the last attempt is a retriable StepError", async () => {
    const result = await run(throwing(() => new Error("bad")), requestBody({ attempt: 1, maxAttempts: 4 }));
    const [op] = result.body as Array<Record<string, unknown>>;
    assert.equal(result.noRetry, false);
    assert.equal(op!.op, "StepError");
    assert.equal(op!.data, null);
    assert.deepEqual({ ...(op!.error as object), stack: undefined }, { name: "Error", message: "bad", stack: undefined, __serialized: true });
  });

  test("a step error on the last attempt is StepFailed with noRetry", async () => {
    const result = await run(throwing(() => new Error("bad")), requestBody({ attempt: 3, maxAttempts: 4 }));
    const [op] = result.body as Array<Record<string, unknown>>;
    assert.equal(result.noRetry, true);
    assert.equal(op!.op, "StepFailed");
    assert.deepEqual(op!.data, { __serialized: true, name: "Error", message: "bad", stack: "" });
  });

  test("NonRetriableError fails a step on the first attempt", async () => {
    const result = await run(throwing(() => new NonRetriableError("nope")), requestBody({ attempt: 0, maxAttempts: 4 }));
    assert.equal((result.body as Array<Record<string, unknown>>)[0]!.op, "StepFailed");
    assert.equal(result.noRetry, true);
  });

  test("RetryAfterError sets retryAfter in whole seconds or as a date", async () => {
    const seconds = await run(throwing(() => new RetryAfterError("later", 2_001)), requestBody({}));
    assert.equal((seconds.body as Array<Record<string, unknown>>)[0]!.op, "StepError");
    assert.equal(seconds.retryAfter, "3");
    const date = await run(async () => { throw new RetryAfterError("later", new Date(Date.UTC(2030, 0, 2))); }, requestBody({}));
    assert.deepEqual([date.status, date.retryAfter, date.noRetry], ["ERROR", "2030-01-02T00:00:00.000Z", false]);
  });

  test("a function throw is a retriable ERROR with the serialised error", async () => {
    const result = await run(async () => { throw new TypeError("fn bad"); }, requestBody({}));
    assert.equal(result.status, "ERROR");
    assert.equal(result.noRetry, false);
    assert.deepEqual({ ...(result.body as object), stack: "-" }, { name: "TypeError", message: "fn bad", stack: "-", __serialized: true });
  });

  test("NonRetriableError outside steps is DONE with noRetry", async () => {
    const result = await run(async () => { throw new NonRetriableError("fn nope"); }, requestBody({}));
    assert.deepEqual([result.status, result.noRetry], ["DONE", true]);
    assert.equal((result.body as { name: string }).name, "NonRetriableError");
  });

  test("an uncaught memoised step error is final: DONE with noRetry", async () => {
    const memo = { error: { name: "Error", message: "bad", stack: "Error: bad" } };
    const result = await run(throwing(() => new Error("never runs")), requestBody({ steps: { [h("boom")]: memo }, stack: [h("boom")] }));
    assert.deepEqual(JSON.parse(JSON.stringify(result)), {
      status: "DONE",
      body: { name: "Error", message: "bad", stack: "Error: bad", __serialized: true },
      noRetry: true,
      requestVersion: 2,
    });
  });

  test("a caught memoised step error lets the function continue", async () => {
    const memo = { error: { name: "Error", message: "bad" } };
    const handler: FunctionHandler = async ({ step }) => {
      try {
        await step.run("boom", () => 1);
      } catch (err) {
        return step.run("fallback", () => `recovered from ${(err as Error).message}`);
      }
    };
    const result = await run(handler, requestBody({ steps: { [h("boom")]: memo }, stack: [h("boom")] }));
    const [op] = result.body as Array<Record<string, unknown>>;
    assert.deepEqual([op!.op, op!.id, op!.data], ["StepRun", h("fallback"), "recovered from bad"]);
  });

  test("edited step input from a rerun replaces the arguments", async () => {
    const handler: FunctionHandler = async ({ step }) => step.run("add", (a: number, b: number) => a + b, 1, 1);
    const result = await run(handler, requestBody({ steps: { [h("add")]: { input: [20, 22] } }, stack: [] }));
    const [op] = result.body as Array<Record<string, unknown>>;
    assert.deepEqual([op!.op, op!.data, op!.opts], ["StepRun", 42, { input: [20, 22] }]);
  });

  test("a requested step that never appears ends with a retriable step-not-found ERROR", async () => {
    const result = await run(twoSteps, requestBody({ steps: { [h("first")]: { data: 1 } }, stack: [h("first")] }), h("missing"), {
      stepNotFoundTimeoutMs: 50,
    });
    assert.equal(result.status, "ERROR");
    assert.equal(result.noRetry, false);
    const body = result.body as { requestedStep: string; foundSteps: Array<{ id: string }>; totalFoundSteps: number };
    assert.equal(body.requestedStep, h("missing"));
    assert.deepEqual(body.foundSteps.map((s) => s.id), [h("second")]);
    assert.equal(body.totalFoundSteps, 1);
  });

  test("the user logger stays quiet while memoised steps replay", async () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: () => {},
      info: (_obj, msg) => lines.push(String(msg ?? _obj)),
      warn: () => {},
      error: () => {},
    };
    const handler: FunctionHandler = async ({ step, logger: log }) => {
      log.info({}, "before first");
      await step.run("first", () => 1);
      log.info({}, "after first");
      await step.run("second", () => 2);
    };
    await run(handler, requestBody({ steps: { [h("first")]: { data: 1 } }, stack: [h("first")] }), undefined, { logger });
    assert.deepEqual(lines, ["after first"]);
  });
});

describe("worker-sdk execution request parsing", () => {
  test("interprets memoised values by shape", () => {
    assert.deepEqual(parseMemoEntry({ data: 1 }), { kind: "data", data: 1 });
    assert.deepEqual(parseMemoEntry({ type: "data", data: null }), { kind: "data", data: null });
    assert.deepEqual(parseMemoEntry(null), { kind: "data", data: null });
    assert.deepEqual(parseMemoEntry({ name: "evt", data: {} }), { kind: "data", data: { name: "evt", data: {} } });
    assert.deepEqual(parseMemoEntry({ input: [1] }), { kind: "input", input: [1] });
    assert.deepEqual(parseMemoEntry({ error: { message: "m" } }), {
      kind: "error",
      error: { name: "Error", message: "m", stack: undefined },
    });
  });

  test("falls back to the stored ids when the stack is empty and defaults the context", () => {
    const request = parseExecutionRequest({ event: { name: "e" }, steps: { a: { data: 1 } }, version: -1 });
    assert.deepEqual(request.stack, ["a"]);
    assert.deepEqual([request.runId, request.attempt, request.disableImmediateExecution, request.events], ["", 0, false, []]);
    assert.deepEqual(request.event, { name: "e", data: {} });
  });

  test("rejects legacy version 0 and malformed bodies with PAYLOAD_INVALID", () => {
    for (const body of [{ event: {}, version: 0 }, { events: [] }, "text", { event: {}, ctx: { run_id: 5 } }]) {
      assert.throws(() => parseExecutionRequest(body), (err: unknown) => (err as { code?: string }).code === "PAYLOAD_INVALID");
    }
  });

  test("transport entry point turns bad input into a retriable internal ERROR", async () => {
    const fn = fnOf(twoSteps);
    const badJson = await runExecutorRequest({ functions: [fn], functionSlug: fn.slug, payload: "{nope" });
    assert.deepEqual([badJson.status, badJson.noRetry, (badJson.body as { type: string }).type], ["ERROR", false, "internal"]);
    const unknownFn = await runExecutorRequest({ functions: [fn], functionSlug: "engine-app-missing", payload: JSON.stringify(requestBody({})) });
    assert.equal(unknownFn.status, "ERROR");
    assert.equal((unknownFn.body as { code?: string }).code, "FUNCTION_NOT_FOUND");
    assert.match((unknownFn.body as { message: string }).message, /engine-app-missing/);
  });

  test("use_api requests load events and steps through the hook", async () => {
    const fn = fnOf(twoSteps);
    const trimmed = { event: { name: "e", data: {} }, events: [], steps: {}, ctx: { run_id: "run-9", use_api: true, stack: { stack: [h("first")], current: 1 } }, version: 2 };
    const loaded: string[] = [];
    const result = await runExecutorRequest({
      functions: [fn],
      functionSlug: fn.slug,
      payload: JSON.stringify(trimmed),
      loadRunState: async (runId) => {
        loaded.push(runId);
        return { events: [{ name: "e", data: {} }], steps: { [h("first")]: { data: 1 } } };
      },
    });
    assert.deepEqual(loaded, ["run-9"]);
    const [op] = result.body as Array<Record<string, unknown>>;
    assert.deepEqual([op!.op, op!.id, op!.data], ["StepRun", h("second"), 2]);
  });
});
