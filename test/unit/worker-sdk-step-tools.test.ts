// step.sleep / sleepUntil / waitForEvent / invoke / sendEvent in Tether's engine, asserted
// literally: the op each reports, what each memoised shape (docs/execution-protocol.md §1.3.2) resolves
// to, argument errors, and onFailure companions reached through runExecutorRequest.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { executeFunction } from "../../worker-sdk/engine/execute.ts";
import { parseExecutionRequest } from "../../worker-sdk/engine/execution-request.ts";
import { runExecutorRequest } from "../../worker-sdk/engine/run-request.ts";
import { StepError, Tether, hashStepId as h, type FunctionHandler } from "../../worker-sdk/index.ts";
import { requestBody } from "./worker-sdk-official-harness.ts";

interface Sent {
  url: string;
  events: Array<Record<string, unknown>>;
}

function appWithFakeEventApi() {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const events = JSON.parse(String(init?.body)) as Array<Record<string, unknown>>;
    sent.push({ url: String(input), events });
    return new Response(JSON.stringify({ status: 200, ids: events.map((_, i) => `id-${i}`) }), { status: 200 });
  };
  const app = new Tether({ id: "tools-app", baseUrl: "http://events.test", eventKey: "key-1", fetch });
  return { app, sent };
}

const { app, sent } = appWithFakeEventApi();
let counter = 0;

async function run(handler: FunctionHandler, body: unknown, stepId?: string) {
  const fn = app.createFunction({ id: `fn-${++counter}`, triggers: [{ event: "e" }] }, handler);
  return executeFunction({ fn, request: parseExecutionRequest(body), stepId });
}

const memo = (entries: Record<string, unknown>) =>
  requestBody({ steps: Object.fromEntries(Object.entries(entries).map(([id, value]) => [h(id), value])), stack: Object.keys(entries).map(h) });

describe("worker-sdk step tools", () => {
  test("step.sleep reports a Sleep op with the time string in name and resolves with the memoised null", async () => {
    const handler: FunctionHandler = async ({ step }) => ({ slept: await step.sleep({ id: "nap", name: "Nap" }, "1h30m") });
    const first = await run(handler, requestBody({}));
    assert.deepEqual(first.body, [
      { displayName: "Nap", op: "Sleep", id: h("nap"), name: "1h30m", opts: {}, userland: { id: "nap" }, data: null },
    ]);
    assert.deepEqual((await run(handler, memo({ nap: null }))).body, { slept: null });
  });

  test("step.sleepUntil puts the ISO date in name", async () => {
    const result = await run(async ({ step }) => step.sleepUntil("until", "2030-01-01T00:00:00Z"), requestBody({}));
    assert.equal((result.body as Array<{ name: string }>)[0]!.name, "2030-01-01T00:00:00.000Z");
  });

  test("step.waitForEvent reports the event, timeout and match expression; resolves with the event or null", async () => {
    const handler: FunctionHandler = async ({ step }) => step.waitForEvent("wait", { event: "app/paid", timeout: "2d", match: "data.orderId" });
    assert.deepEqual((await run(handler, requestBody({}))).body, [
      {
        displayName: "wait",
        op: "WaitForEvent",
        id: h("wait"),
        name: "app/paid",
        opts: { timeout: "2d", if: "event.data.orderId == async.data.orderId" },
        userland: { id: "wait" },
        data: null,
      },
    ]);
    const event = { name: "app/paid", data: { orderId: 1 }, id: "01J", ts: 5 };
    assert.deepEqual((await run(handler, memo({ wait: event }))).body, event);
    assert.deepEqual(await run(handler, memo({ wait: null })), { status: "DONE", body: null, noRetry: false, requestVersion: 2 });
  });

  test("step.invoke reports function_id, payload and timeout; {data} resolves", async () => {
    const target = app.createFunction({ id: "target", triggers: [{ event: "t" }] }, async () => 42);
    const handler: FunctionHandler = async ({ step }) => step.invoke("call", { function: target, data: { n: 1 }, timeout: "10m" });
    assert.deepEqual((await run(handler, requestBody({}))).body, [
      {
        displayName: "call",
        op: "InvokeFunction",
        id: h("call"),
        opts: { payload: { data: { n: 1 } }, function_id: "tools-app-target", timeout: "10m" },
        userland: { id: "call" },
        data: null,
      },
    ]);
    assert.deepEqual((await run(handler, memo({ call: { data: 42 } }))).body, 42);
  });

  test("step.invoke by composite id; a memoised {error} throws StepError and fails the run for good", async () => {
    let caught: unknown;
    const handler: FunctionHandler = async ({ step }) => {
      try {
        return await step.invoke("call", { function: "other-app-fn" });
      } catch (err) {
        caught = err;
        throw err;
      }
    };
    const discovery = await run(handler, requestBody({}));
    assert.deepEqual((discovery.body as Array<{ opts: unknown }>)[0]!.opts, { payload: {}, function_id: "other-app-fn" });
    const error = { name: "InngestInvokeTimeoutError", message: "Timed out waiting for invoked function to complete" };
    const failed = await run(handler, memo({ call: { error } }));
    assert.ok(caught instanceof StepError, "the invoke step rejects with StepError");
    assert.equal((caught as StepError).name, "InngestInvokeTimeoutError");
    assert.equal((caught as StepError).stepId, "call");
    assert.equal(failed.status, "DONE");
    assert.equal(failed.noRetry, true);
  });

  test("step.sendEvent runs inline, POSTs once to /e/{key} and memoises {ids}", async () => {
    sent.length = 0;
    const handler: FunctionHandler = async ({ step }) => step.sendEvent("notify", [{ name: "app/a", data: { x: 1 } }, { name: "app/b" }]);
    const result = await run(handler, requestBody({}));
    const [op] = result.body as Array<Record<string, unknown>>;
    assert.deepEqual({ ...op, timing: undefined }, {
      id: h("notify"),
      op: "StepRun",
      name: "sendEvent",
      opts: { type: "step.sendEvent" },
      displayName: "notify",
      userland: { id: "notify" },
      data: { ids: ["id-0", "id-1"] },
      timing: undefined,
    });
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.url, "http://events.test/e/key-1");
    assert.deepEqual(sent[0]!.events.map((e) => [e.name, e.data]), [["app/a", { x: 1 }], ["app/b", {}]]);
    assert.deepEqual((await run(handler, memo({ notify: { data: { ids: ["a", "b"] } } }))).body, { ids: ["a", "b"] });
    assert.equal(sent.length, 1, "a memoised send is not repeated");
  });

  test("tools given bad arguments reject (never throw synchronously)", async () => {
    const bad: Array<[string, FunctionHandler]> = [
      ["sleep with an unknown duration", ({ step }) => step.sleep("s", "soon")],
      ["waitForEvent without a timeout", ({ step }) => step.waitForEvent("w", { event: "x" } as never)],
      ["waitForEvent without an event", ({ step }) => step.waitForEvent("w", { timeout: "1h" } as never)],
      ["invoke without a function", ({ step }) => step.invoke("i", {} as never)],
      ["invoke with array data", ({ step }) => step.invoke("i", { function: "a-b", data: [] as never })],
      ["a step without an id", ({ step }) => step.sleep("", 1000)],
    ];
    for (const [name, handler] of bad) {
      let returned: unknown;
      const result = await run((ctx) => {
        returned = handler(ctx);
        return returned;
      }, requestBody({}));
      assert.ok(returned instanceof Promise, `${name}: the tool returns a promise`);
      assert.equal(result.status, "ERROR", `${name}: the function fails`);
      assert.equal((result.body as { name: string }).name, "TypeError", `${name}: with a TypeError`);
    }
  });

  test("onFailure runs as <slug>-failure with the rehydrated error, the failed event and its own run id", async () => {
    let seen: { error?: Error; fnId?: unknown; runId?: string } = {};
    const fn = app.createFunction(
      {
        id: "charge",
        triggers: [{ event: "app/charge" }],
        onFailure: async ({ error, event, runId }) => {
          seen = { error, fnId: event.data.function_id, runId };
          return "handled";
        },
      },
      async () => null,
    );
    assert.equal(fn.failureFunction?.slug, "tools-app-charge-failure");
    const body = requestBody({
      eventName: "inngest/function.failed",
      data: { function_id: "tools-app-charge", run_id: "01JOLD", error: { name: "RangeError", message: "too big", stack: "RangeError: too big" }, event: {} },
    });
    const result = await runExecutorRequest({ functions: app.functions, functionSlug: "tools-app-charge-failure", payload: JSON.stringify(body) });
    assert.deepEqual(result.body, "handled");
    assert.ok(seen.error instanceof RangeError, "known error classes are restored");
    assert.equal(seen.error?.message, "too big");
    assert.equal(seen.fnId, "tools-app-charge");
    assert.equal(seen.runId, "01JRUNID000000000000000000");
    const missing = await runExecutorRequest({ functions: app.functions, functionSlug: "tools-app-nope-failure", payload: JSON.stringify(body) });
    assert.equal((missing.body as { name: string; code: string }).code, "FUNCTION_NOT_FOUND");
  });
});
