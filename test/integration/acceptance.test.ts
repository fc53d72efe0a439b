// Rows of docs/semantics.md's acceptance table not covered elsewhere (index: docs/acceptance.md),
// each test named after its row, driven by a scripted connect worker on the embedded server.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import { SqliteStore } from "../../src/state/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectRawWorker, fnConfig, serveRequests } from "../helpers/raw-worker.ts";
import { hashStepId } from "../helpers/step-id.ts";
import { waitFor } from "../helpers/wait.ts";

const S = pb.v1.SDKResponseStatus;
const ops = (...o: unknown[]) => ({ status: S.NOT_COMPLETED, body: o });
const done = (v: unknown) => ({ status: S.DONE, body: v });
const stepRt = (slug: string) => ({ step: { id: "step", name: "step", runtime: { type: "ws", url: `wss://connect/?fnId=${slug}&stepId=step` } } });

describe("acceptance rows", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess(["--retry-interval", "0.05"]);
  });
  after(async () => {
    await srv.close();
  });
  const send = async (name: string, data: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
    (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name, data, ...extra }) })).json()).ids[0] as string;
  const runsOf = async (eventId: string) => (await (await fetch(`${srv.apiUrl}/v1/events/${eventId}/runs`)).json()).data as any[];
  const endedRun = (eventId: string) => waitFor(async () => {
    const r = (await runsOf(eventId))[0];
    return r && r.status !== "Running" ? r : undefined;
  }, { what: `run of ${eventId}` });
  const settle = () => new Promise((r) => setTimeout(r, 400));
  const register = async (fn: Record<string, unknown>) => {
    const r = await fetch(`${srv.apiUrl}/fn/register`, {
      method: "POST", body: JSON.stringify({ url: "http://127.0.0.1:9/api/inngest", appName: `app-${String(fn.id)}`, sdk: "js:v4", functions: [fn] }),
    });
    return { status: r.status, body: await r.json() };
  };
  /** Connects a worker for one app and answers with `handler`. */
  const serve = async (app: string, functions: unknown[], handler: Parameters<typeof serveRequests>[1]) => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: app, functions }]);
    const s = serveRequests(worker, handler);
    return { seen: s.seen, stop: () => { s.stop(); worker.close(); } };
  };

  test("Triggers: Function with 11 triggers fails sync with a clear error", async () => {
    const triggers = Array.from({ length: 11 }, (_, i) => ({ event: `many/e${i}` }));
    const bad = await register({ id: "many-f", triggers });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, "invalid_function_config");
    assert.match(bad.body.error, /at most 10 triggers/);
    assert.equal((await register({ id: "many-f", triggers: triggers.slice(0, 10) })).status, 200, "10 triggers are fine");
  });

  test("Triggers: Event trigger `if: \"event.data.n > 4\"`: event n=5 starts a run, n=3 starts none", async () => {
    const w = await serve("tif", [{ id: "tif-f", name: "f", triggers: [{ event: "tif/go", expression: "event.data.n > 4" }], steps: stepRt("tif-f") }], () => done("ok"));
    const five = await send("tif/go", { n: 5 });
    const three = await send("tif/go", { n: 3 });
    assert.equal((await endedRun(five)).status, "Completed");
    await settle();
    assert.equal((await runsOf(three)).length, 0, "n=3 started a run");
    w.stop();
  });

  test("Triggers: Wildcard `app/user.*` matches `app/user.created`, not `app/order.created`; pattern `app/user.upd*` rejected", async () => {
    assert.equal((await register({ id: "wild-bad", triggers: [{ event: "app/user.upd*" }] })).status, 400);
    const w = await serve("wild", [fnConfig("wild", "f", "app/user.*")], (_req, body) => done(body.event.name));
    const user = await send("app/user.created");
    const order = await send("app/order.created");
    assert.equal((await endedRun(user)).output, "app/user.created");
    await settle();
    assert.equal((await runsOf(order)).length, 0, "app/order.created matched app/user.*");
    w.stop();
  });

  test("Idempotency (event id): same id after 24 h ⇒ runs again", async () => {
    // The executor claims `event:<id>` for 24 h before fanning an event out; with the store's clock
    // moved past the window the same id is claimable again (SQLite; JetStream expires the key by
    // the bucket's max age of 24 h).
    const store = new SqliteStore(":memory:");
    const t0 = Date.parse("2024-03-10T12:00:00Z");
    const day = 24 * 3_600_000;
    assert.equal(await store.claimKey("event:order-1", "E1", day, t0), true);
    assert.equal(await store.claimKey("event:order-1", "E2", day, t0 + day - 1), false, "within 24 h the id is taken");
    assert.equal(await store.claimKey("event:order-1", "E2", day, t0 + day + 1), true, "after 24 h it triggers again");
    await store.close();
  });

  test("Retries: always-throwing step with default config ⇒ 5 attempts total then run Failed", async () => {
    const err = { name: "Error", message: "always", __serialized: true };
    const boom = hashStepId("boom");
    const w = await serve("always", [fnConfig("always", "f", "always/go")], (_req, body) => {
      // After the last attempt the error is memoised; the uncaught StepError then ends the run.
      if (boom in body.steps) return { status: S.ERROR, body: err, noRetry: true };
      return ops({ id: boom, op: "StepError", error: err });
    });
    const run = await endedRun(await send("always/go"));
    assert.equal(run.status, "Failed");
    const attempts = w.seen.filter((r) => !(boom in r.body.steps)).map((r) => r.body.ctx.attempt);
    assert.deepEqual(attempts, [0, 1, 2, 3, 4], "five attempts, numbered 0..4");
    w.stop();
  });

  test("Retries: `retries: 0` ⇒ 1 attempt; `retries: 21` ⇒ sync error", async () => {
    const bad = await register({ id: "r21-f", triggers: [{ event: "r21/go" }], steps: { step: { id: "step", runtime: { type: "http", url: "http://x" }, retries: { attempts: 21 } } } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, "invalid_function_config");
    const w = await serve("r0", [fnConfig("r0", "f", "r0/go", 0)], () => ({ status: S.ERROR, body: { name: "Error", message: "once" } }));
    const run = await endedRun(await send("r0/go"));
    assert.equal(run.status, "Failed");
    await settle();
    assert.equal(w.seen.length, 1, "retries: 0 makes exactly one attempt");
    w.stop();
  });

  test("StepError: try/catch around failing step, fallback step runs, run Completed", async () => {
    const [risky, fallback] = [hashStepId("risky"), hashStepId("fallback")];
    const err = { name: "Error", message: "nope", __serialized: true };
    const w = await serve("catch", [fnConfig("catch", "f", "catch/go", 1)], (_req, body) => {
      if (!(risky in body.steps)) return ops({ id: risky, op: "StepError", error: err });
      // The SDK rethrows the stored error as StepError; the handler catches it and falls back.
      assert.deepEqual(body.steps[risky], { error: err });
      if (!(fallback in body.steps)) return ops({ id: fallback, op: "StepRun", data: "fallback" });
      return done({ recovered: body.steps[fallback].data });
    });
    const run = await endedRun(await send("catch/go"));
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { recovered: "fallback" });
    assert.equal(w.seen.filter((r) => !(risky in r.body.steps)).length, 2, "the failing step had its 2 attempts");
    w.stop();
  });

  test("System events: any failure emits `inngest/function.failed` with `data.{error,event,function_id,run_id}`; a function triggered by it runs", async () => {
    const fns = [fnConfig("sysev", "fails", "sysev/go", 0), fnConfig("sysev", "watcher", "inngest/function.failed")];
    const w = await serve("sysev", fns, (req, body) => {
      if (req.functionSlug === "sysev-fails") return { status: S.ERROR, body: { name: "Error", message: "kaput" } };
      return done(body.event.data);
    });
    const eventId = await send("sysev/go", { order: 9 });
    const failed = await endedRun(eventId);
    assert.equal(failed.status, "Failed");
    const seen = await waitFor(() => w.seen.find((r) => r.req.functionSlug === "sysev-watcher" && r.body.event.data.run_id === failed.run_id), { what: "the watcher run" });
    const data = seen.body.event.data;
    assert.equal(seen.body.event.name, "inngest/function.failed");
    assert.equal(data.function_id, "sysev-fails");
    assert.equal(data.error.message, "kaput");
    assert.deepEqual(data.event.data, { order: 9 });
    w.stop();
  });

  test("cancelOn: match + if together ⇒ sync error; 6 rules ⇒ sync error", async () => {
    const both = await register({ id: "cx-f", triggers: [{ event: "cx/go" }], cancel: [{ event: "cx/stop", match: "data.id", if: "async.data.id == event.data.id" }] });
    assert.equal(both.status, 400);
    assert.equal(both.body.code, "invalid_function_config");
    const six = await register({ id: "cx-f", triggers: [{ event: "cx/go" }], cancel: Array.from({ length: 6 }, () => ({ event: "cx/stop", match: "data.id" })) });
    assert.equal(six.status, 400);
    assert.match(six.body.error, /at most 5 cancel rules/);
    assert.equal((await register({ id: "cx-f", triggers: [{ event: "cx/go" }], cancel: Array.from({ length: 5 }, () => ({ event: "cx/stop", match: "data.id" })) })).status, 200);
  });

  /** A function that sleeps `sleep` then completes, cancelled by `<app>/stop` with the same id. */
  const sleeper = (app: string, sleep: string, cancel: Record<string, unknown>) => {
    const nap = hashStepId("nap");
    return serve(app, [{ ...fnConfig(app, "f", `${app}/go`), cancel: [{ event: `${app}/stop`, match: "data.id", ...cancel }] }], (_req, body) => {
      if (!(nap in body.steps)) return ops({ id: nap, op: "Sleep", name: sleep });
      return done("woke");
    });
  };

  test("cancelOn: `timeout: \"1s\"`, cancel event after 2 s ⇒ not cancelled", async () => {
    // Scaled down: the rule lives 300 ms, the cancel event comes at ≈600 ms, the run sleeps 1 s.
    const w = await sleeper("cto", "1s", { timeout: "300ms" });
    const eventId = await send("cto/go", { id: 1 });
    await waitFor(() => w.seen.length >= 1, { what: "the run to sleep" });
    await new Promise((r) => setTimeout(r, 600));
    await send("cto/stop", { id: 1 });
    const run = await endedRun(eventId);
    assert.equal(run.status, "Completed", "a cancel event after the rule's timeout cancelled the run");
    assert.equal(run.output, "woke");
    w.stop();
  });

  test("cancelOn: cancel event sent before run created ⇒ no effect", async () => {
    const w = await sleeper("cearly", "200ms", {});
    await send("cearly/stop", { id: 2 });
    await settle();
    const run = await endedRun(await send("cearly/go", { id: 2 }));
    assert.equal(run.status, "Completed", "an earlier cancel event cancelled a later run");
    w.stop();
  });

  test("waitForEvent: event with future `ts` resumes wait immediately", async () => {
    const wait = hashStepId("w");
    const w = await serve("wts", [fnConfig("wts", "f", "wts/go")], (_req, body) => {
      if (!(wait in body.steps)) return ops({ id: wait, op: "WaitForEvent", name: "wts/ok", opts: { event: "wts/ok", timeout: "30s" } });
      return done(body.steps[wait]?.data ?? null);
    });
    const eventId = await send("wts/go");
    await waitFor(() => w.seen.length >= 1, { what: "the wait" });
    await settle();
    await send("wts/ok", { v: 1 }, { ts: Date.now() + 3_600_000 });
    const run = await endedRun(eventId);
    assert.deepEqual(run.output, { v: 1 }, "the wait resumed with the future-dated event");
    w.stop();
  });

  test("sleepUntil: Date 3 s ahead ⇒ resumes ≈3 s; ISO string accepted", async () => {
    // Scaled down: 600 ms ahead, given as an ISO date (what the SDK sends for a Date).
    const nap = hashStepId("until");
    let target = 0;
    const w = await serve("until", [fnConfig("until", "f", "until/go")], (_req, body) => {
      if (!(nap in body.steps)) {
        target = Date.now() + 600;
        return ops({ id: nap, op: "Sleep", name: new Date(target).toISOString() });
      }
      return done({ resumedAt: Date.now(), memo: body.steps[nap] });
    });
    const run = await endedRun(await send("until/go"));
    assert.equal(run.status, "Completed");
    assert.ok(run.output.resumedAt >= target - 5, "resumed before the date");
    assert.equal(run.output.memo, null, "the sleep is memoised as null");
    w.stop();
  });

  test("Expressions: unsupported method (e.g. `.substring`) in key ⇒ sync error with message", async () => {
    const bad = await register({ id: "sub-f", triggers: [{ event: "sub/go" }], idempotency: "event.data.email.substring(0, 3)" });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, "invalid_function_config");
    assert.match(bad.body.error, /substring/);
    assert.equal((await register({ id: "sub-f", triggers: [{ event: "sub/go" }], idempotency: "event.data.email" })).status, 200);
  });

  test("Expressions: `async` referenced outside wait/cancel ⇒ sync error (recommended; undocumented)", async () => {
    for (const fn of [
      { id: "async-f", triggers: [{ event: "as/go", expression: "async.data.x == 1" }] },
      { id: "async-f", triggers: [{ event: "as/go" }], idempotency: "async.data.x" },
    ]) {
      const r = await register(fn);
      assert.equal(r.status, 400, JSON.stringify(fn));
      assert.match(r.body.error, /async/);
    }
    const ok = await register({ id: "async-f", triggers: [{ event: "as/go" }], cancel: [{ event: "as/stop", if: "async.data.x == event.data.x" }] });
    assert.equal(ok.status, 200, "cancelOn may use async");
  });

  test("Bulk cancel: new runs after cancellation still start", async () => {
    const w = await sleeper("bcnew", "300ms", {});
    const old = await send("bcnew/go", { id: 1 });
    await waitFor(() => w.seen.length >= 1, { what: "the first run" });
    const r = await fetch(`${srv.apiUrl}/v1/cancellations`, {
      method: "POST", body: JSON.stringify({ function_id: "bcnew-f", started_before: new Date(Date.now() + 1_000).toISOString() }),
    });
    assert.equal(r.status, 200);
    assert.equal((await endedRun(old)).status, "Cancelled");
    await new Promise((res) => setTimeout(res, 1_100));
    const fresh = await endedRun(await send("bcnew/go", { id: 2 }));
    assert.equal(fresh.status, "Completed", "a run started after the cancellation was blocked");
    w.stop();
  });
});
