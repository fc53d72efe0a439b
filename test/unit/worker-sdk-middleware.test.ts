// Worker SDK middleware (issue 15, points 2 and 3): hook order (registration order on the way in,
// reverse on the way out; client middleware outside the function's), transformInput/Output and
// wrapStep through the engine, sent-event transforms, the logger middleware, and the encryption
// middleware's round trip, key rotation, missing keys and tampering.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { executeFunction } from "../../worker-sdk/engine/execute.ts";
import { parseExecutionRequest } from "../../worker-sdk/engine/execution-request.ts";
import {
  EncryptionError,
  Encryptor,
  Tether,
  encryptionMiddleware,
  generateEncryptionKey,
  hashStepId as h,
  isEnvelope,
  type FunctionHandler,
  type Logger,
  type Middleware,
} from "../../worker-sdk/index.ts";

let counter = 0;

function body(options: { steps?: Record<string, unknown>; stack?: string[]; data?: unknown; attempt?: number } = {}) {
  const event = { name: "mw/test", data: options.data ?? {}, id: "evt-1", ts: 1, user: {} };
  const stack = options.stack ?? [];
  return {
    event,
    events: [event],
    steps: options.steps ?? {},
    ctx: { run_id: "01JRUNID000000000000000000", attempt: options.attempt ?? 0, max_attempts: 4, stack: { stack, current: stack.length } },
    version: 2,
  };
}

/** A middleware that records every hook it hears as `<name>:<hook>`. */
function recorder(name: string, calls: string[]): Middleware {
  return {
    name,
    onFunctionRun: () => {
      calls.push(`${name}:onFunctionRun`);
      return {
        transformInput: () => void calls.push(`${name}:transformInput`),
        beforeExecution: () => void calls.push(`${name}:beforeExecution`),
        afterExecution: () => void calls.push(`${name}:afterExecution`),
        wrapStep: async (step, next) => {
          calls.push(`${name}:wrapStep>${step.id}`);
          const value = await next();
          calls.push(`${name}:wrapStep<${step.id}`);
          return value;
        },
        transformOutput: (output) => void calls.push(`${name}:transformOutput:${output.kind}`),
        onError: (_err, source) => void calls.push(`${name}:onError:${source.kind}`),
      };
    },
    transformSentEvents: (events) => void calls.push(`${name}:transformSentEvents:${JSON.stringify(events[0]?.data)}`),
  };
}

function appWith(middleware: Middleware[], fetchImpl?: typeof fetch) {
  return new Tether({ id: `mw-app-${++counter}`, baseUrl: "http://127.0.0.1:1", middleware, fetch: fetchImpl });
}

function run(app: Tether, handler: FunctionHandler, requestBody: unknown, fnMiddleware: Middleware[] = [], logger?: Logger) {
  const fn = app.createFunction({ id: `fn-${++counter}`, triggers: [{ event: "mw/test" }], middleware: fnMiddleware }, handler);
  return executeFunction({ fn, request: parseExecutionRequest(requestBody), logger });
}

const key = (id: string) => ({ id, key: generateEncryptionKey() });

describe("worker-sdk middleware order", () => {
  test("in: registration order, client before function; out: reverse; wrapStep nests the first outermost", async () => {
    const calls: string[] = [];
    const app = appWith([recorder("a", calls), recorder("b", calls)]);
    const result = await run(app, async ({ step }) => step.run("s", () => calls.push("step code")), body(), [recorder("c", calls)]);
    assert.equal(result.status, "NOT_COMPLETED");
    assert.deepEqual(calls, [
      "a:onFunctionRun", "b:onFunctionRun", "c:onFunctionRun",
      "a:transformInput", "b:transformInput", "c:transformInput",
      "a:beforeExecution", "b:beforeExecution", "c:beforeExecution",
      "a:wrapStep>s", "b:wrapStep>s", "c:wrapStep>s",
      "step code",
      "c:wrapStep<s", "b:wrapStep<s", "a:wrapStep<s",
      "c:transformOutput:step", "b:transformOutput:step", "a:transformOutput:step",
      "c:afterExecution", "b:afterExecution", "a:afterExecution",
    ]);
  });

  test("a function's result and error pass outward in reverse order; memoised replays are not re-executed", async () => {
    const calls: string[] = [];
    const app = appWith([recorder("a", calls), recorder("b", calls)]);
    const memo = body({ steps: { [h("s")]: { data: 1 } }, stack: [h("s")] });
    const done = await run(app, async ({ step }) => (await step.run("s", () => 99)) + 1, memo);
    assert.deepEqual(done.body, 2);
    assert.deepEqual(calls.filter((c) => c.includes("Output") || c.includes("wrapStep")), ["b:transformOutput:function", "a:transformOutput:function"]);
    calls.length = 0;
    const failed = await run(app, async () => { throw new Error("boom"); }, body());
    assert.equal(failed.status, "ERROR");
    assert.deepEqual(calls.filter((c) => c.includes("onError")), ["b:onError:function", "a:onError:function"]);
  });

  test("sent events pass the client's transformSentEvents last-registered first", async () => {
    const calls: string[] = [];
    const sent: unknown[] = [];
    const fetchImpl = (async (_url: unknown, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ ids: ["e1"], status: 200 }));
    }) as typeof fetch;
    const tagger: Middleware = { name: "tag", transformSentEvents: (events) => events.map((e) => ({ ...e, data: { ...e.data, tagged: true } })) };
    const app = appWith([recorder("a", calls), tagger], fetchImpl);
    await app.send({ name: "mw/sent", data: { n: 1 } });
    assert.deepEqual(calls, ['a:transformSentEvents:{"n":1,"tagged":true}'], "the later middleware ran first");
    assert.deepEqual((sent[0] as Array<{ data: unknown }>)[0]!.data, { n: 1, tagged: true });
  });

  test("step.sendEvent passes the function's transformSentEvents first, then the client's", async () => {
    const sent: unknown[] = [];
    const fetchImpl = (async (_url: unknown, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ ids: ["e1"], status: 200 }));
    }) as typeof fetch;
    const append = (name: string): Middleware => ({
      name,
      transformSentEvents: (events) => events.map((e) => ({ ...e, data: { path: [...((e.data?.path as string[] | undefined) ?? []), name] } })),
    });
    const result = await run(appWith([append("client")], fetchImpl), async ({ step }) => step.sendEvent("tell", { name: "mw/told", data: {} }), body(), [append("function")]);
    assert.equal(result.status, "NOT_COMPLETED");
    assert.deepEqual((sent[0] as Array<{ data: unknown }>)[0]!.data, { path: ["function", "client"] });
  });

  test("transformInput replaces event data and adds ctx fields; transformOutput replaces results", async () => {
    const mw: Middleware = {
      name: "shape",
      onFunctionRun: () => ({
        transformInput: (input) => ({ ...input, event: { ...input.event, data: { who: "middleware" } }, ctx: { greeting: "hi" } }),
        transformOutput: (output) => ({ data: { wrapped: output.data } }),
      }),
    };
    const result = await run(appWith([mw]), async (ctx) => `${(ctx as unknown as { greeting: string }).greeting} ${String(ctx.event.data.who)}`, body());
    assert.deepEqual(result.body, { wrapped: "hi middleware" });
  });

  test("the SDK's logger middleware reports a failed step at error level with its id; a throwing observer is only logged", async () => {
    const lines: Array<{ level: string; obj: unknown; msg?: string }> = [];
    const logger: Logger = {
      debug: (obj, msg) => lines.push({ level: "debug", obj, msg }),
      info: (obj, msg) => lines.push({ level: "info", obj, msg }),
      warn: (obj, msg) => lines.push({ level: "warn", obj, msg }),
      error: (obj, msg) => lines.push({ level: "error", obj, msg }),
    };
    const broken: Middleware = { name: "broken", onFunctionRun: () => ({ beforeExecution: () => { throw new Error("observer bug"); } }) };
    const result = await run(appWith([broken]), async ({ step }) => step.run("bad", () => { throw new Error("nope"); }), body(), [], logger);
    assert.equal(result.status, "NOT_COMPLETED");
    const failed = lines.find((line) => line.msg === "step failed");
    assert.equal(failed?.level, "error");
    assert.equal((failed?.obj as { stepId: string }).stepId, "bad");
    const ignored = lines.find((line) => line.msg === "middleware hook threw; ignored");
    assert.deepEqual([ignored?.level, (ignored?.obj as { middleware: string }).middleware], ["warn", "broken"]);
  });
});

describe("worker-sdk encryption middleware", () => {
  test("round trip: an envelope holds no plaintext and decrypts to the same value", () => {
    const encryptor = new Encryptor({ key: key("k1") });
    const value = { secret: "attack at dawn", n: [1, 2, 3] };
    const envelope = encryptor.encrypt(value);
    assert.equal(envelope.__ENCRYPTED__, true);
    assert.equal(envelope.kid, "k1");
    assert.ok(!JSON.stringify(envelope).includes("attack at dawn"));
    assert.deepEqual(encryptor.decrypt(envelope), value);
    assert.notEqual(encryptor.encrypt(value).iv, envelope.iv, "a fresh IV per value");
    assert.deepEqual(encryptor.decrypt({ plain: true }), { plain: true }, "values from before encryption pass through");
  });

  test("rotation: values under an old key decrypt with it listed in decryptionKeys; new values use the new key", () => {
    const old = key("2026-01");
    const next = key("2026-02");
    const before = new Encryptor({ key: old }).encrypt("old secret");
    const rotated = new Encryptor({ key: next, decryptionKeys: [old] });
    assert.equal(rotated.decrypt(before), "old secret");
    assert.equal(rotated.encrypt("x").kid, "2026-02");
    assert.throws(() => new Encryptor({ key: next }).decrypt(before), (err: unknown) => {
      assert.ok(err instanceof EncryptionError);
      assert.equal(err.code, "ENCRYPTION_KEY_MISSING");
      assert.equal(err.keyId, "2026-01");
      return true;
    });
  });

  test("an altered ciphertext or a different key under the same id fails with DECRYPTION_FAILED; bad keys are a ConfigError", () => {
    const encryptor = new Encryptor({ key: key("k") });
    const envelope = encryptor.encrypt({ a: 1 });
    const flipped = Buffer.from(envelope.data, "base64");
    flipped[0]! ^= 1;
    assert.throws(() => encryptor.decrypt({ ...envelope, data: flipped.toString("base64") }), { code: "DECRYPTION_FAILED" });
    assert.throws(() => new Encryptor({ key: key("k") }).decrypt(envelope), { code: "DECRYPTION_FAILED" });
    assert.throws(() => new Encryptor({ key: { id: "short", key: "c2hvcnQ=" } }), { code: "CONFIG_INVALID" });
  });

  test("through the engine: the function sees plaintext event and step data; step and function results leave encrypted", async () => {
    const k = key("k1");
    const encryptor = new Encryptor({ key: k });
    const app = appWith([encryptionMiddleware({ key: k })]);
    const seen: unknown[] = [];
    const handler: FunctionHandler = async ({ event, step }) => {
      seen.push(event.data);
      const first = await step.run("first", () => ({ card: "4111" }));
      seen.push(first);
      return step.run("second", () => `${first.card}-done`);
    };
    const eventData = encryptor.encrypt({ user: "ada" });
    const fresh = await run(app, handler, body({ data: eventData }));
    const [op] = fresh.body as Array<{ data: unknown }>;
    assert.ok(isEnvelope(op!.data), "the new step's result leaves as an envelope");
    assert.deepEqual(encryptor.decrypt(op!.data), { card: "4111" });

    const memo = body({ data: eventData, steps: { [h("first")]: { data: op!.data } }, stack: [h("first")] });
    const second = await run(app, handler, memo);
    assert.deepEqual(encryptor.decrypt((second.body as Array<{ data: unknown }>)[0]!.data), "4111-done");
    const done = await run(app, handler, { ...memo, steps: { ...memo.steps, [h("second")]: { data: encryptor.encrypt("4111-done") } }, ctx: { ...memo.ctx, stack: { stack: [h("first"), h("second")], current: 2 } } });
    assert.equal(done.status, "DONE");
    assert.ok(isEnvelope(done.body));
    assert.equal(encryptor.decrypt(done.body), "4111-done");
    assert.deepEqual(seen, [{ user: "ada" }, { user: "ada" }, { card: "4111" }, { user: "ada" }, { card: "4111" }]);
  });

  test("awaited events and the failed run's event in an onFailure handler are decrypted", async () => {
    const k = key("k1");
    const encryptor = new Encryptor({ key: k });
    const app = appWith([encryptionMiddleware({ key: k })]);
    const awaited = { name: "mw/paid", data: encryptor.encrypt({ amount: 42 }), id: "e2", ts: 2 };
    const memo = body({ steps: { [h("paid")]: { data: awaited } }, stack: [h("paid")] });
    const waited = await run(app, async ({ step }) => (await step.waitForEvent("paid", { event: "mw/paid", timeout: "1h" }))?.data, memo);
    assert.deepEqual(encryptor.decrypt(waited.body), { amount: 42 });

    let failedWith: unknown;
    const fn = app.createFunction(
      { id: `fn-${++counter}`, triggers: [{ event: "mw/test" }], onFailure: async ({ event }) => { failedWith = event.data.event.data; } },
      async () => undefined,
    );
    const failedEvent = { name: "mw/test", data: encryptor.encrypt({ order: "o-1" }) };
    const failure = { name: "inngest/function.failed", data: { function_id: fn.slug, error: { name: "Error", message: "x" }, event: failedEvent } };
    const request = parseExecutionRequest({ ...body(), event: failure, events: [failure] });
    assert.equal((await executeFunction({ fn: fn.failureFunction!, request })).status, "DONE");
    assert.deepEqual(failedWith, { order: "o-1" });
  });

  test("a run whose data needs a key the worker lacks fails with ENCRYPTION_KEY_MISSING before user code runs", async () => {
    const app = appWith([encryptionMiddleware({ key: key("new") })]);
    let ran = false;
    const result = await run(app, async () => { ran = true; }, body({ data: new Encryptor({ key: key("gone") }).encrypt({}) }));
    assert.equal(result.status, "ERROR");
    assert.equal((result.body as { name: string }).name, "EncryptionError");
    assert.equal(ran, false);
  });
});
