// Typed events from zod schemas: `send()` and `step.sendEvent()` validate before sending, received
// events are validated before the handler runs (final failure), awaited events are validated when
// replayed, and the types check trigger names and data (`@ts-expect-error` lines are verified by
// `tsc --noEmit`).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Inngest, eventType } from "inngest";
import { serve } from "inngest/edge";
import { z } from "zod";
import { executeFunction } from "../../worker-sdk/engine/execute.ts";
import { parseExecutionRequest } from "../../worker-sdk/engine/execution-request.ts";
import {
  ConfigError,
  EventValidationError,
  NonRetriableError,
  StepError,
  Tether,
  ValidationError,
  hashStepId as h,
  type TetherFunction,
} from "../../worker-sdk/index.ts";
import { TestEngine, TestEventApi } from "../../worker-sdk/testing/index.ts";
import { requestBody } from "./worker-sdk-official-harness.ts";

const schemas = {
  "app/user.created": z.object({ id: z.string(), email: z.email() }),
  // Strict: an unexpected key (like the executor's `_inngest`) would fail it.
  "app/user.deleted": z.strictObject({ id: z.string(), reason: z.string().optional() }),
  "app/ping": z.object({ n: z.number().optional() }),
};

function typedApp() {
  const requests: Array<Array<Record<string, unknown>>> = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const events = JSON.parse(String(init?.body)) as Array<Record<string, unknown>>;
    requests.push(events);
    return new Response(JSON.stringify({ status: 200, ids: events.map((_, i) => `id-${i}`) }), { status: 200 });
  };
  const app = new Tether({ id: "typed-app", baseUrl: "http://events.test", schemas, fetch });
  return { app, requests };
}

function run(fn: TetherFunction<unknown, unknown>, body: unknown, stepId?: string) {
  return executeFunction({ fn, request: parseExecutionRequest(body), stepId });
}

describe("worker-sdk typed events", () => {
  test("send() rejects invalid data with ValidationError (EVENT_DATA_INVALID) naming event and field, sending nothing", async () => {
    const { app, requests } = typedApp();
    await assert.rejects(
      app.send([
        { name: "app/ping" },
        { name: "app/user.created", data: { id: 1 as never, email: "a@b.co" } },
      ]),
      (err: unknown) => {
        assert.ok(err instanceof ValidationError, "a ValidationError");
        assert.equal(err.code, "EVENT_DATA_INVALID");
        assert.equal(err.retryable, false);
        assert.equal(err.eventName, "app/user.created");
        assert.equal(err.index, 1);
        assert.deepEqual(err.issues.map((issue) => issue.path), ["data.id"]);
        assert.match(err.message, /app\/user\.created.*data\.id/);
        return true;
      },
    );
    assert.equal(requests.length, 0);
    assert.deepEqual(await app.send({ name: "app/user.created", data: { id: "u1", email: "a@b.co" } }), { ids: ["id-0"] });
    assert.equal(requests.length, 1);
  });

  test("the handler validates received events: a mismatch fails the run for good before user code runs", async () => {
    const { app } = typedApp();
    let ran = false;
    const fn = app.createFunction({ id: "welcome", triggers: [{ event: "app/user.created" }] }, async ({ event }) => {
      ran = true;
      return event.data.email;
    });
    const ok = await run(fn, requestBody({ eventName: "app/user.created", data: { id: "u1", email: "a@b.co" } }));
    assert.deepEqual(ok.body, "a@b.co");
    ran = false;
    const bad = await run(fn, requestBody({ eventName: "app/user.created", data: { id: "u1", email: "nope" } }));
    assert.equal(ran, false);
    assert.equal(bad.status, "DONE");
    assert.equal(bad.noRetry, true);
    const body = bad.body as { name: string; message: string; code: string };
    assert.equal(body.name, "EventValidationError");
    assert.equal(body.code, "EVENT_DATA_INVALID");
    assert.match(body.message, /"app\/user\.created".*data\.email/);
  });

  test("an invoked run's data must match one of the trigger schemas; the executor's _inngest key is ignored", async () => {
    const { app } = typedApp();
    const fn = app.createFunction(
      { id: "cleanup", triggers: [{ event: "app/user.deleted" }, { cron: "0 * * * *" }] },
      async ({ event }) => (event.name === "inngest/scheduled.timer" ? "cron" : event.data.id),
    );
    const invoked = (data: Record<string, unknown>) =>
      requestBody({ eventName: "inngest/function.invoked", data: { ...data, _inngest: { fn_id: "typed-app-cleanup" } } });
    assert.deepEqual((await run(fn, invoked({ id: "u9" }))).body, "u9");
    const bad = await run(fn, invoked({ reason: "x" }));
    assert.equal(bad.noRetry, true);
    assert.equal((bad.body as { name: string }).name, "EventValidationError");
    assert.deepEqual((await run(fn, requestBody({ eventName: "inngest/scheduled.timer", data: { cron: "0 * * * *" } }))).body, "cron");
  });

  test("wildcard triggers validate each event against its own schema; undeclared names are not checked", async () => {
    const { app } = typedApp();
    const fn = app.createFunction({ id: "audit", triggers: [{ event: "app/user.*" }] }, async ({ event }) => event.data.id);
    assert.deepEqual((await run(fn, requestBody({ eventName: "app/user.deleted", data: { id: "d1" } }))).body, "d1");
    assert.equal((await run(fn, requestBody({ eventName: "app/user.created", data: { id: "c1" } }))).noRetry, true);
    const untyped = new Tether({ id: "plain", baseUrl: "http://events.test" });
    const plain = untyped.createFunction({ id: "any", triggers: [{ event: "x" }] }, async ({ event }) => event.data);
    assert.deepEqual((await run(plain, requestBody({ eventName: "x", data: { anything: 1 } }))).body, { anything: 1 });
  });

  test("step.sendEvent with invalid data fails its step for good (StepFailed) and sends nothing", async () => {
    const { app, requests } = typedApp();
    const fn = app.createFunction({ id: "fan-out", triggers: [{ event: "app/ping" }] }, async ({ step }) =>
      step.sendEvent("notify", { name: "app/user.deleted", data: { id: 5 as never } }),
    );
    const result = await run(fn, requestBody({ eventName: "app/ping" }));
    const [op] = result.body as Array<{ op: string; error: { name: string; message: string } }>;
    assert.equal(op!.op, "StepFailed");
    assert.equal(op!.error.name, "EventValidationError");
    assert.match(op!.error.message, /app\/user\.deleted.*data\.id/);
    assert.equal(result.noRetry, true);
    assert.equal(requests.length, 0);
  });

  test("a replayed waitForEvent result is validated against the awaited event's schema", async () => {
    const { app } = typedApp();
    let caught: unknown;
    const fn = app.createFunction({ id: "await", triggers: [{ event: "app/ping" }] }, async ({ step }) => {
      try {
        const created = await step.waitForEvent("wait", { event: "app/user.created", timeout: "1h" });
        return created?.data.email ?? "timed out";
      } catch (err) {
        caught = err;
        throw err;
      }
    });
    const memo = (event: unknown) => requestBody({ eventName: "app/ping", steps: { [h("wait")]: event }, stack: [h("wait")] });
    const good = { name: "app/user.created", data: { id: "u", email: "x@y.co" }, id: "e", ts: 1 };
    assert.deepEqual((await run(fn, memo(good))).body, "x@y.co");
    assert.deepEqual((await run(fn, memo(null))).body, "timed out");
    const bad = await run(fn, memo({ ...good, data: { id: "u" } }));
    assert.ok(caught instanceof StepError, "user code sees a StepError");
    assert.equal((caught as StepError).name, "EventValidationError");
    assert.equal(bad.status, "DONE");
    assert.equal(bad.noRetry, true);
  });

  test("over a whole run (testing kit): valid events go out, an awaited event off its schema fails the run for good", async () => {
    const eventApi = new TestEventApi();
    const app = new Tether({ id: "typed-kit-app", baseUrl: "http://events.test", schemas, fetch: eventApi.fetch });
    const fn = app.createFunction({ id: "onboard", triggers: [{ event: "app/user.created" }] }, async ({ event, step }) => {
      await step.sendEvent("greet", { name: "app/ping", data: { n: 1 } });
      const gone = await step.waitForEvent("deleted", { event: "app/user.deleted", timeout: "7d", match: "data.id" });
      await app.send({ name: "app/user.deleted", data: { id: event.data.id, reason: gone ? "again" : "never" } });
      return gone?.data.reason ?? "kept";
    });
    const engine = new TestEngine({ function: fn, eventApi, events: [{ name: "app/user.created", data: { id: "u1", email: "a@b.co" } }] });
    const kept = await engine.execute({ steps: [{ id: "deleted", handler: () => null }] });
    kept.assertCompleted("kept");
    assert.deepEqual(kept.events.map((e) => [e.name, e.data]), [["app/ping", { n: 1 }], ["app/user.deleted", { id: "u1", reason: "never" }]]);
    const offSchema = await engine.execute({ steps: [{ id: "deleted", handler: () => ({ data: { id: 7 } }) }] });
    offSchema.assertFailed({ name: "EventValidationError" });
    assert.equal(offSchema.attempts, 1, "not retried");
    assert.deepEqual(offSchema.events.map((e) => e.name), ["app/ping"]);
  });

  test("a received-event mismatch ends the run like the official SDK's trigger-schema check", async () => {
    const quiet = { info() {}, warn() {}, error() {}, debug() {} };
    const client = new Inngest({ id: "typed-app", isDev: true, logger: quiet });
    const officialFn = client.createFunction(
      { id: "welcome", triggers: [{ event: eventType("app/user.created", { schema: schemas["app/user.created"] }) }] },
      async () => "ran",
    );
    const handler = serve({ client, functions: [officialFn] });
    const body = requestBody({ eventName: "app/user.created", data: { id: 3, email: "a@b.co" } });
    const response = await handler(
      new Request("http://localhost/api/inngest?fnId=typed-app-welcome&stepId=step", {
        method: "POST",
        headers: { "content-type": "application/json", host: "localhost" },
        body: JSON.stringify(body),
      }),
    );
    const officialBody = JSON.parse(await response.text()) as { name: string };
    const { app } = typedApp();
    const ours = await run(app.createFunction({ id: "welcome", triggers: [{ event: "app/user.created" }] }, async () => "ran"), body);
    // 400 + no-retry is the official SDK's "final failure" (our DONE + noRetry); the message wording differs.
    assert.equal(response.status, 400);
    assert.equal(response.headers.get("x-inngest-no-retry"), "true");
    assert.deepEqual([ours.status, ours.noRetry], ["DONE", true]);
    assert.equal((ours.body as { name: string }).name, officialBody.name);
  });

  test("EventValidationError is a NonRetriableError carrying the code, event and issues", () => {
    const err = new EventValidationError({ eventName: "app/x", index: 0, issues: [{ path: "data.a", message: "Required" }] });
    assert.ok(err instanceof NonRetriableError, "non-retriable");
    assert.equal(err.code, "EVENT_DATA_INVALID");
    assert.equal(err.message, 'Invalid data for event "app/x": data.a: Required');
  });

  test("schemas that are not Standard Schemas are rejected at construction", () => {
    assert.throws(
      () => new Tether({ id: "bad", schemas: { "app/x": { parse: () => ({}) } as never } }),
      (err: unknown) => err instanceof ConfigError && err.code === "CONFIG_INVALID",
    );
  });
});

/** Compile-time checks only (never called): `tsc --noEmit` fails if a marked line type-checks. */
export function typeChecks(): void {
  const { app } = typedApp();

  // @ts-expect-error: undeclared event names are rejected in triggers
  app.createFunction({ id: "t1", triggers: [{ event: "app/user.renamed" }] }, async () => null);
  app.createFunction({ id: "t2", triggers: [{ event: "inngest/function.finished" }, { event: "app/*" }, { cron: "* * * * *" }] }, async () => null);

  const target = app.createFunction(
    {
      id: "t3",
      triggers: [{ event: "app/user.created" }],
      cancelOn: [{ event: "app/user.deleted", match: "data.id" }],
      onFailure: async ({ error, event }) => {
        const message: string = error.message;
        const original: string = event.data.event.data.id;
        return [message, original];
      },
    },
    async ({ event, step }) => {
      const email: string = event.data.email;
      // @ts-expect-error: id is a string
      const wrong: number = event.data.id;
      const deleted = await step.waitForEvent("w", { event: "app/user.deleted", timeout: "1h", match: "data.id" });
      const reason: string | undefined = deleted?.data.reason;
      // @ts-expect-error: match and if are exclusive
      await step.waitForEvent("w2", { event: "app/ping", timeout: 1000, match: "data.n", if: "true" });
      // @ts-expect-error: undeclared name
      await step.sendEvent("s", { name: "app/nope", data: {} });
      // @ts-expect-error: data must match the schema
      await step.sendEvent("s", { name: "app/user.deleted", data: { id: 1 } });
      await step.sendEvent("s", [{ name: "app/ping" }, { name: "app/user.deleted", data: { id: "x" } }]);
      return { email, wrong, reason, length: email.length };
    },
  );

  app.createFunction({ id: "t4", triggers: [{ event: "app/ping" }] }, async ({ step }) => {
    const result = await step.invoke("i", { function: target, data: { id: "1", email: "a@b.co" } });
    const email: string = result.email;
    // @ts-expect-error: the result has the target's return type
    void result.nope;
    // @ts-expect-error: invoke data must match the target's trigger data
    await step.invoke("i3", { function: target, data: { id: 1 } });
    const loose: unknown = await step.invoke("i4", { function: "other-app-fn", data: { anything: true } });
    return [email, loose];
  });

  // @ts-expect-error: send() checks data against the schema
  void app.send({ name: "app/user.created", data: { id: "x" } });
  void app.send({ name: "app/ping" });

  const untyped = new Tether({ id: "untyped" });
  untyped.createFunction({ id: "u", triggers: [{ event: "anything/at-all" }] }, async ({ event }) => event.data.whatever);
  void untyped.send({ name: "whatever", data: { x: 1 } });
}
