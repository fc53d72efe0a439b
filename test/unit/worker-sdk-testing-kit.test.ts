// The worker SDK's testing kit (worker-sdk/testing): one function run without a server through the
// SDK's real engine — mocked steps, sleeps that move the test clock, waitForEvent answered or timed
// out, invoke mocked, sendEvent recorded, retries of failing steps and functions, parallel steps.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  Encryptor,
  NonRetriableError,
  Tether,
  encryptionMiddleware,
  generateEncryptionKey,
  hashStepId,
  isEnvelope,
  type FunctionHandler,
  type Middleware,
} from "../../worker-sdk/index.ts";
import { TestEngine, TestEventApi } from "../../worker-sdk/testing/index.ts";
// The documented example's tests run with these, so the example cannot rot.
import "../../examples/testing-kit.test.ts";

const app = new Tether({ id: "kit-app", baseUrl: "http://127.0.0.1:1" });
let counter = 0;
function fnOf(handler: FunctionHandler, retries?: number) {
  const options = { id: `kit-fn-${++counter}`, triggers: [{ event: "kit/start" }], ...(retries !== undefined ? { retries } : {}) };
  return app.createFunction(options, handler);
}
const START = Date.parse("2026-01-01T00:00:00Z");

describe("worker-sdk testing kit", () => {
  test("runs a multi-step function with a mocked step; unmocked steps run their own code", async () => {
    let realFetches = 0;
    const fn = fnOf(async ({ event, step }) => {
      const user = await step.run("fetch", async () => {
        realFetches++;
        return { name: "real" };
      });
      const greeting = await step.run("greet", (name: string) => `hello ${name} from ${String(event.data.team)}`, user.name);
      return { greeting };
    });
    const engine = new TestEngine({ function: fn, events: [{ name: "kit/start", data: { team: "core" } }] });
    const run = await engine.execute({ steps: [{ id: "fetch", handler: () => ({ name: "mocked" }) }] });
    run.assertCompleted({ greeting: "hello mocked from core" });
    assert.equal(realFetches, 0);
    assert.deepEqual(run.steps.map((s) => [s.id, s.op]), [["fetch", "StepRun"], ["greet", "StepRun"]]);
    run.assertStepRan("fetch", { name: "mocked" });
    assert.equal(run.step("greet").hashedId, hashStepId("greet"));
    assert.deepEqual(run.state[hashStepId("fetch")], { data: { name: "mocked" } });
    // Without the mock the same engine runs the real code.
    const real = await engine.execute();
    real.assertStepRan("fetch", { name: "real" });
    assert.equal(realFetches, 1);
  });

  test("a mocked step gets the step's input; a function that never ends stops at maxRequests", async () => {
    const fn = fnOf(async ({ step }) => {
      const doubled = await step.run("double", (n: number) => n * 2, 21);
      for (let i = 0; ; i++) await step.run(`tick-${i}`, () => i);
      return doubled;
    });
    let got: unknown[] = [];
    const engine = new TestEngine({ function: fn, maxRequests: 5 });
    await assert.rejects(engine.execute({ steps: [{ id: "double", handler: (...args: unknown[]) => ((got = args.slice(0, 1)), 0) }] }), {
      code: "CONFIG_INVALID",
    });
    assert.deepEqual(got, [21]);
    await assert.rejects(engine.execute({ now: Number.NaN }), { code: "CONFIG_INVALID" });
    assert.throws(() => new TestEngine({} as never), { code: "CONFIG_INVALID" });
  });

  test("executeStep stops once the named step has finished, before any later step runs", async () => {
    let laterRan = false;
    const fn = fnOf(async ({ step }) => {
      const a = await step.run("first", () => "one");
      await step.sleep("wait", "5m");
      const b = await step.run("second", () => `${a}+two`);
      await step.run("third", () => (laterRan = true));
      return b;
    });
    const engine = new TestEngine({ function: fn });
    const run = await engine.executeStep("second");
    assert.equal(run.status, "Running");
    run.assertStepRan("second", "one+two");
    assert.equal(laterRan, false);
    assert.throws(() => run.assertCompleted(), assert.AssertionError);
    const never = await engine.executeStep("missing");
    never.assertCompleted("one+two");
    assert.throws(() => never.step("missing"), assert.AssertionError);
  });

  test("a sleep moves the test clock instead of waiting", async () => {
    const fn = fnOf(async ({ step }) => {
      await step.sleep("nap", "2h");
      await step.sleepUntil("alarm", new Date(START + 3 * 3_600_000));
      return "awake";
    });
    const run = await new TestEngine({ function: fn, now: START }).execute();
    run.assertCompleted("awake");
    assert.deepEqual(run.steps.map((s) => [s.id, s.op, s.name]), [
      ["nap", "Sleep", "2h"],
      ["alarm", "Sleep", new Date(START + 3 * 3_600_000).toISOString()],
    ]);
    assert.equal(run.now.getTime(), START + 3 * 3_600_000);
  });

  test("waitForEvent gets the mocked event, or null with the clock past its timeout", async () => {
    const fn = fnOf(async ({ step }) => {
      const approval = await step.waitForEvent("approval", { event: "kit/approved", timeout: "1d", match: "data.orderId" });
      return approval ? `approved by ${String(approval.data.by)}` : "timed out";
    });
    const engine = new TestEngine({ function: fn, now: START, events: [{ name: "kit/start", data: { orderId: "o1" } }] });
    let seen: unknown;
    const approved = await engine.execute({
      steps: [{ id: "approval", handler: (input: unknown) => ((seen = input), { data: { orderId: "o1", by: "ana" } }) }],
    });
    approved.assertCompleted("approved by ana");
    assert.deepEqual(seen, { event: "kit/approved", timeout: "1d", if: "event.data.orderId == async.data.orderId" });
    assert.equal(approved.step("approval").op, "WaitForEvent");
    const timedOut = await engine.execute({ steps: [{ id: "approval", handler: () => null }] });
    timedOut.assertCompleted("timed out");
    assert.equal(timedOut.now.getTime(), START + 86_400_000);
  });

  test("an unmocked waitForEvent fails execute() with a ConfigError naming the step", async () => {
    const fn = fnOf(async ({ step }) => step.waitForEvent("never", { event: "kit/x", timeout: "1h" }));
    await assert.rejects(new TestEngine({ function: fn }).execute(), (err: Error & { code?: string }) => {
      assert.equal(err.code, "CONFIG_INVALID");
      assert.match(err.message, /"never"/);
      return true;
    });
  });

  test("invoke returns the mocked result, and a throwing mock fails the step", async () => {
    const target = fnOf(async () => 0);
    const fn = fnOf(async ({ step }) => {
      const sum = await step.invoke("add", { function: target, data: { a: 2, b: 3 } });
      try {
        await step.invoke("broken", { function: "other-app-fn" });
        return { sum, broken: false };
      } catch (err) {
        return { sum, broken: (err as Error).message };
      }
    });
    const run = await new TestEngine({ function: fn }).execute({
      steps: [
        { id: "add", handler: ({ functionId, data }: { functionId: string; data: { a: number; b: number } }) => (assert.equal(functionId, target.slug), data.a + data.b) },
        { id: "broken", handler: () => { throw new Error("target failed"); } },
      ],
    });
    run.assertCompleted({ sum: 5, broken: "target failed" });
    assert.equal(run.step("add").op, "InvokeFunction");
    assert.equal((run.step("broken").error as { message: string }).message, "target failed");
  });

  test("step.sendEvent is recorded, once, with the ids handed back", async () => {
    const fn = fnOf(async ({ step }) => {
      const { ids } = await step.sendEvent("notify", [{ name: "kit/done", data: { n: 1 } }, { name: "kit/audit" }]);
      await step.run("after", () => "ok");
      return ids;
    });
    const run = await new TestEngine({ function: fn }).execute();
    run.assertCompleted(["test-sent-0", "test-sent-1"]);
    assert.deepEqual(run.events.map((e) => e.name), ["kit/done", "kit/audit"]);
    run.assertEventSent("kit/done", { n: 1 });
    assert.throws(() => run.assertEventSent("kit/done", { n: 2 }), assert.AssertionError);
    assert.throws(() => run.assertEventSent("kit/other"), assert.AssertionError);
  });

  test("events sent with tether.send() through a TestEventApi are listed with step.sendEvent's, in call order", async () => {
    const eventApi = new TestEventApi();
    const client = new Tether({ id: "kit-client-app", baseUrl: "http://127.0.0.1:1", fetch: eventApi.fetch });
    const fn = client.createFunction({ id: "sender", triggers: [{ event: "kit/start" }] }, async ({ step }) => {
      await step.run("announce", () => client.send({ name: "kit/first", data: { k: 1 } }));
      await step.sendEvent("follow-up", { name: "kit/second" });
      return "sent";
    });
    const run = await new TestEngine({ function: fn, eventApi }).execute();
    run.assertCompleted("sent");
    assert.deepEqual(run.events.map((e) => e.name), ["kit/first", "kit/second"]);
    run.assertEventSent("kit/first", { k: 1 });
    // A second run lists only its own events; the API keeps them all.
    const again = await new TestEngine({ function: fn, eventApi }).execute();
    assert.equal(again.events.length, 2);
    assert.equal(eventApi.events.length, 4);
    const bad = await eventApi.fetch("http://x/e/key", { method: "POST", body: "{}" });
    assert.equal(bad.status, 400);
    assert.equal((await eventApi.fetch("http://x/v1/runs", {})).status, 404);
  });

  test("realtime messages are recorded once: code replayed on later requests does not publish again", async () => {
    const fn = fnOf(async ({ step, publish }) => {
      await publish({ channel: "orders", topic: "status", data: { at: "start" } });
      await step.run("work", async ({ publish: inStep }: { publish: typeof publish }) => inStep({ channel: "orders", topic: "status", data: { at: "step" } }));
      await step.sleep("pause", "1m");
      return "done";
    });
    const run = await new TestEngine({ function: fn }).execute();
    run.assertCompleted("done");
    assert.deepEqual(run.published, [
      { channel: "orders", topic: "status", data: { at: "start" } },
      { channel: "orders", topic: "status", data: { at: "step" } },
    ]);
  });

  test("middleware runs under the kit: outputs pass transformOutput, sent events pass the app's and the function's transforms", async () => {
    const stamp = (tag: string): Middleware => ({
      name: tag,
      transformSentEvents: (events) => events.map((e) => ({ ...e, data: { ...e.data, via: [...((e.data?.via as string[]) ?? []), tag] } })),
    });
    const upper: Middleware = {
      name: "upper",
      onFunctionRun: () => ({
        transformOutput: ({ data }) => (typeof data === "string" ? { data: data.toUpperCase() } : undefined),
      }),
    };
    const client = new Tether({ id: "kit-mw-app", baseUrl: "http://127.0.0.1:1", middleware: [stamp("app")] });
    const fn = client.createFunction({ id: "mw", triggers: [{ event: "kit/start" }], middleware: [stamp("fn"), upper] }, async ({ step }) => {
      const word = await step.run("word", () => "quiet");
      await step.sendEvent("tell", { name: "kit/told", data: { word } });
      return `${word}!`;
    });
    const run = await new TestEngine({ function: fn }).execute();
    run.assertStepRan("word", "QUIET");
    run.assertCompleted("QUIET!");
    run.assertEventSent("kit/told", { word: "QUIET", via: ["fn", "app"] });
  });

  test("with the encryption middleware the state and the result are ciphertext while the function sees plaintext", async () => {
    const key = { id: "k1", key: generateEncryptionKey() };
    const client = new Tether({ id: "kit-enc-app", baseUrl: "http://127.0.0.1:1", middleware: [encryptionMiddleware({ key })] });
    const fn = client.createFunction({ id: "secret", triggers: [{ event: "kit/start" }] }, async ({ event, step }) => {
      const card = await step.run("card", () => ({ pan: String(event.data.pan) }));
      return step.run("mask", () => `****${card.pan.slice(-4)}`);
    });
    const run = await new TestEngine({ function: fn, events: [{ name: "kit/start", data: new Encryptor({ key }).encrypt({ pan: "4111111111111111" }) as never }] }).execute();
    assert.equal(run.status, "Completed");
    assert.ok(isEnvelope(run.result), "the function's output is stored encrypted");
    assert.ok(!JSON.stringify(run.state).includes("4111"), "no step output in the clear");
    assert.equal(new Encryptor({ key }).decrypt(run.result), "****1111");
  });

  test("a failing step is retried until it succeeds; a function error is retried, then fails the run", async () => {
    let calls = 0;
    const flaky = fnOf(async ({ step }) =>
      step.run("flaky", () => {
        if (++calls < 3) throw new Error(`attempt ${calls}`);
        return calls;
      }),
    );
    const ok = await new TestEngine({ function: flaky }).execute();
    ok.assertCompleted(3);
    assert.equal(ok.step("flaky").attempts, 3);

    let bodies = 0;
    const failing = fnOf(async ({ step }) => {
      await step.run("once", () => "memoised");
      bodies++;
      throw new Error("always");
    }, 2);
    const failed = await new TestEngine({ function: failing }).execute();
    failed.assertFailed({ name: "Error", message: "always" });
    assert.equal(failed.attempts, 3);
    assert.equal(bodies, 3);
    assert.equal(failed.step("once").attempts, 1);
    assert.throws(() => failed.assertCompleted(), assert.AssertionError);
  });

  test("a step out of retries, or NonRetriableError, fails for good with StepFailed", async () => {
    const fn = fnOf(async ({ step }) => {
      const tries = await step.run("hopeless", () => {
        throw new Error("down");
      }).catch((err: Error) => `caught ${err.name}`);
      await step.run("fatal", () => {
        throw new NonRetriableError("bad input");
      });
      return tries;
    }, 1);
    const run = await new TestEngine({ function: fn }).execute();
    assert.equal(run.step("hopeless").op, "StepFailed");
    assert.equal(run.step("hopeless").attempts, 2);
    assert.equal(run.step("fatal").attempts, 1);
    run.assertFailed({ name: "NonRetriableError" });
  });

  test("parallel steps are planned, each run in a request of its own, then the function goes on", async () => {
    const fn = fnOf(async ({ step }) => {
      const [a, b, c] = await Promise.all([step.run("a", () => 1), step.run("b", () => 2), step.run("c", () => 3)]);
      const d = await step.run("sum", () => a + b + c);
      return d;
    });
    const run = await new TestEngine({ function: fn }).execute({ steps: [{ id: "b", handler: () => 20 }] });
    run.assertCompleted(24);
    assert.deepEqual(run.steps.map((s) => s.id), ["a", "b", "c", "sum"]);
    // discovery (plans a, b, c) + one request each + discovery after them (plans sum) + sum + done.
    assert.equal(run.requests, 7);
    run.assertStepNotRan("d");
  });
});
