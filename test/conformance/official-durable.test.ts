// Conformance: durable execution (docs/semantics.md §9–12, §15–19) with the official `inngest` SDK in
// connect mode against a real `tether dev` process. One worker process serves every function
// (fixtures/durable-functions.mjs) and prints a line per step-body execution, so "ran once" and
// "never ran" are checked from the worker's side; outputs and stored steps come from the REST API.
// Each test is named after the acceptance-table row it proves.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type FixtureLine, type FixtureProcess, startFixture } from "../helpers/official-sdk-worker.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { hashStepId } from "../helpers/step-id.ts";
import { waitFor } from "../helpers/wait.ts";

const WORKER = join(import.meta.dirname, "fixtures", "official-sets-worker.mjs");
const APP = "conf-durable";
/** Retry interval passed to `tether dev`, in seconds: a wrongly scheduled retry shows within ~3×. */
const RETRY_INTERVAL_S = 0.2;
/** How long negative checks ("never ran", "ran only once") give a wrong execution to show. */
const SETTLE_MS = 700;

const tag = () => randomUUID();
const settle = (ms = SETTLE_MS) => new Promise((r) => setTimeout(r, ms));

describe("official SDK, durable execution (connect mode)", { timeout: 90_000 }, () => {
  let tether: TetherProcess;
  let worker: FixtureProcess;

  before(async () => {
    tether = await startTether({ args: ["--retry-interval", String(RETRY_INTERVAL_S)] });
    worker = startFixture(WORKER, { env: { TETHER_API_URL: tether.apiUrl, APP_ID: APP } });
    await worker.waitForLine((l) => l.type === "ready", { what: "durable worker ready" });
    await waitFor(async () => {
      const slugs = (await tether.getJson("/v1/functions")).data.map((f: { slug: string }) => f.slug);
      return [`${APP}-parallel`, `${APP}-failing-failure`, `${APP}-cancelled-listener`].every((s) => slugs.includes(s));
    }, { what: "durable functions registered over connect" });
  });

  after(async () => {
    await worker?.stop();
    await tether?.stop();
  });

  async function send(...events: Record<string, unknown>[]): Promise<string[]> {
    const res = await tether.sendEvent(events);
    assert.equal(res.status, 200, "event API accepted the request");
    assert.equal(res.ids.length, events.length, "one id per event");
    return res.ids;
  }
  const one = async (name: string, data: Record<string, unknown>) => (await send({ name: `${APP}/${name}`, data }))[0];
  const endedRun = async (eventId: string, timeoutMs = 20_000) => {
    const runs = await tether.waitForRuns(eventId, { timeoutMs });
    assert.equal(runs.length, 1, `one run for event ${eventId}`);
    return runs[0];
  };
  const runStarted = (eventId: string) => waitFor(async () => (await tether.getJson(`/v1/events/${eventId}/runs`)).data[0], { what: `run of ${eventId}` });
  const detail = async (runId: string) => (await tether.getJson(`/v1/runs/${runId}`)).data;
  const stepNamed = (run: { steps: any[] }, name: string) => {
    const s = run.steps.find((x) => x.name === name);
    assert.ok(s, `stored step "${name}" (have ${run.steps.map((x) => x.name).join(", ")})`);
    return s;
  };
  /** Finds a stored step by its hashed id (what the SDK memoises it under), whatever its name. */
  const stepWithId = (run: { steps: any[] }, userId: string) => {
    const s = run.steps.find((x) => x.id === hashStepId(userId));
    assert.ok(s, `stored step with id sha1("${userId}") (have ${run.steps.map((x) => `${x.name}:${x.op}`).join(", ")})`);
    return s;
  };
  const reached = (t: string, at: string) => worker.waitForLine((l) => l.type === "reach" && l.tag === t && l.at === at, { what: `${at} reached (${t})` });
  const lines = (t: string, fn: string, type = "exec") => worker.lines().filter((l: FixtureLine) => l.type === type && l.tag === t && l.fn === fn);
  /** Gives the wait to be registered after the SDK reported reaching it (reply goes over the socket). */
  const registered = async (t: string, at: string) => {
    await reached(t, at);
    await settle(300);
  };

  // ---- §18 sleep ---------------------------------------------------------------------------------

  test("sleep: sleep(\"s\",\"1s\") resumes ≈1 s later; step output memoised as null", async () => {
    const t = tag();
    const run = await endedRun(await one("sleep", { tag: t, duration: "1s" }));
    assert.equal(run.status, "Completed");
    const slept = run.output.after - run.output.before;
    assert.ok(slept >= 1_000, `resumed after ${slept} ms, expected ≥ 1000`);
    assert.ok(slept < 5_000, `resumed after ${slept} ms, expected about 1 s`);

    const d = await detail(run.run_id);
    const s = stepWithId(d, "s");
    assert.equal(s.op, "Sleep");
    assert.equal(s.status, "Completed");
    assert.equal(s.output, null);
    assert.equal(worker.execs(t, "before").length, 1, "the step before the sleep ran once");
    assert.equal(worker.execs(t, "after").length, 1, "the step after the sleep ran once");
  });

  // ---- §15 waitForEvent --------------------------------------------------------------------------

  test("waitForEvent: matching event within timeout ⇒ resolves with full event (name,data,id,ts); `if` ignores other ids", async () => {
    const t = tag();
    const id = randomUUID();
    const eventId = await one("wait.start", { tag: t, id, timeout: "20s" });
    await registered(t, "w");
    const [otherId] = await send({ name: `${APP}/wait.resume`, data: { id: randomUUID(), who: "other" } });
    const [matchId] = await send({ name: `${APP}/wait.resume`, data: { id, who: "ada" } });

    const run = await endedRun(eventId);
    assert.equal(run.status, "Completed");
    const got = run.output.got;
    assert.equal(got.name, `${APP}/wait.resume`);
    assert.deepEqual(got.data, { id, who: "ada" });
    assert.equal(got.id, matchId);
    assert.notEqual(got.id, otherId);
    assert.equal(typeof got.ts, "number", "ts is a number");

    const w = stepWithId(await detail(run.run_id), "w");
    assert.equal(w.op, "WaitForEvent");
    assert.equal(w.status, "Completed");
    assert.equal(worker.execs(t, "after").length, 1, "code after the wait ran once");
  });

  test("waitForEvent: no event ⇒ resolves null after timeout, run continues (non-matching event ignored)", async () => {
    const t = tag();
    const started = Date.now();
    // Durations are whole seconds on the wire: the SDK turns "1500ms" into "1s".
    const eventId = await one("wait.start", { tag: t, id: randomUUID(), timeout: "2s" });
    await registered(t, "w");
    await send({ name: `${APP}/wait.resume`, data: { id: randomUUID() } });

    const run = await endedRun(eventId);
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { got: null });
    assert.ok(Date.now() - started >= 2_000, "resolved no earlier than the timeout");
    assert.equal(stepWithId(await detail(run.run_id), "w").output, null);
    assert.equal(worker.execs(t, "after").length, 1, "the run continued past the wait once");
  });

  test("waitForEvent: event sent before wait registered is ignored", async () => {
    const t = tag();
    const id = randomUUID();
    // The gate step holds the run for 800 ms before the wait exists; the matching event goes then.
    const eventId = await one("wait.start", { tag: t, id, timeout: "1s", gateMs: 800 });
    await worker.waitForLine((l) => l.type === "exec" && l.tag === t && l.step === "gate", { what: "gate step running" });
    await send({ name: `${APP}/wait.resume`, data: { id, early: true } });

    const run = await endedRun(eventId);
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { got: null }, "the early event did not resume the wait");
  });

  // ---- §16 invoke --------------------------------------------------------------------------------

  test("invoke: returns target's JSON return value", async () => {
    const t = tag();
    const run = await endedRun(await one("invoke", { tag: t, target: "ok", n: 21 }));
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { result: { doubled: 42, seenName: "inngest/function.invoked" } });
    const call = stepWithId(await detail(run.run_id), "call");
    assert.equal(call.op, "InvokeFunction");
    assert.deepEqual(call.output, { doubled: 42, seenName: "inngest/function.invoked" });
    assert.equal(lines(t, "invoke-target").length, 1, "target step ran once");
  });

  test("invoke: target throws until exhausted ⇒ caller's step throws non-retriable error (caller not retried)", async () => {
    const t = tag();
    const run = await endedRun(await one("invoke", { tag: t, target: "exhausted", catch: false }));
    assert.equal(run.status, "Failed");
    await settle();

    // The target used its own retries (1 ⇒ 2 attempts); the caller saw one error on attempt 0.
    assert.deepEqual(lines(t, "invoke-exhausted").map((l) => l.attempt), [0, 1]);
    const caught = lines(t, "caller", "reach").filter((l) => l.at === "caught");
    assert.equal(caught.length, 1, "the caller handled the invoke error once (not retried)");
    assert.equal(caught[0].attempt, 0);
    assert.equal(caught[0].stepError, true, "the caller's step threw a StepError");
    assert.equal(caught[0].name, "Error");
    assert.equal(caught[0].message, "target always fails");
    assert.equal((await detail(run.run_id)).status, "Failed");
  });

  test("invoke: target throwing NonRetriableError ⇒ one target attempt; caller catches the step error", async () => {
    const t = tag();
    const run = await endedRun(await one("invoke", { tag: t, target: "refuses", catch: true }));
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { caught: { name: "NonRetriableError", message: "target refuses", stepError: true } });
    await settle();
    assert.deepEqual(lines(t, "invoke-refuses").map((l) => l.attempt), [0], "target attempted once despite retries: 3");
    assert.equal(lines(t, "caller", "reach").filter((l) => l.at === "caught").length, 1, "caller caught once");
  });

  // ---- §10 retries and errors --------------------------------------------------------------------

  test("Retries: step1 ok, step2 fails twice then ok ⇒ step1 body executed exactly once; attempt is 0,1,2 then 0 again", async () => {
    const t = tag();
    const run = await endedRun(await one("retry", { tag: t }));
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { flaky: "ok@2", last: 0 });

    assert.equal(worker.execs(t, "first").length, 1, "earlier step ran once");
    assert.deepEqual(worker.execs(t, "flaky").map((l) => l.attempt), [0, 1, 2]);
    assert.deepEqual(worker.execs(t, "last").map((l) => l.attempt), [0], "attempt resets after a step succeeds");

    const d = await detail(run.run_id);
    const flaky = stepNamed(d, "flaky");
    assert.equal(flaky.status, "Completed");
    assert.equal(flaky.attempt, 2);
    assert.equal(flaky.output, "ok@2");
    assert.equal(stepNamed(d, "first").attempt, 0);
  });

  test("NonRetriableError: thrown in step ⇒ no further attempts for that step; handler receives StepError", async () => {
    const t = tag();
    const run = await endedRun(await one("nr-step", { tag: t, catch: true }));
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { caught: { name: "NonRetriableError", message: "refused for good", stepError: true } });
    await settle();
    assert.deepEqual(worker.execs(t, "refuse").map((l) => l.attempt), [0], "one attempt despite retries: 3");
    assert.equal(worker.execs(t, "fallback").length, 1, "fallback step ran once");

    const refuse = stepNamed(await detail(run.run_id), "refuse");
    assert.equal(refuse.status, "Failed");
    assert.equal(refuse.error?.name, "NonRetriableError");
  });

  test("StepError: uncaught exhausted step ⇒ run Failed, later steps never executed", async () => {
    const t = tag();
    const run = await endedRun(await one("nr-step", { tag: t, catch: false }));
    assert.equal(run.status, "Failed");
    assert.equal(run.output?.name, "NonRetriableError");
    await settle();
    assert.equal(worker.execs(t, "refuse").length, 1, "the failing step ran once");
    assert.equal(worker.execs(t, "never").length, 0, "no later step executed");
    assert.equal(worker.execs(t, "fallback").length, 0, "no fallback step executed");
  });

  // ---- §12 cancelOn and §11 system events --------------------------------------------------------

  test("cancelOn: `if: async.data.id == event.data.id` cancels a sleeping run; later steps never run; emits inngest/function.cancelled", async () => {
    const t = tag();
    const id = randomUUID();
    const eventId = await one("cancellable", { tag: t, id, sleep: "3s" });
    await registered(t, "nap");
    const sleepEnds = Date.now() + 3_000;
    await send({ name: `${APP}/cancellable.stop`, data: { id } });

    const run = await endedRun(eventId, 10_000);
    assert.equal(run.status, "Cancelled");
    assert.ok(Date.now() < sleepEnds, "cancelled during the sleep, not after it");

    const notice = await worker.waitForLine((l) => l.type === "exec" && l.fn === "cancelled-listener" && l.tag === t, { what: "function.cancelled handled" });
    assert.equal(notice.eventName, "inngest/function.cancelled");
    assert.equal(notice.message, "function cancelled");
    assert.equal(notice.runId, run.run_id);

    // Let the sleep's original deadline pass: the step after it must never execute.
    await settle(Math.max(0, sleepEnds - Date.now()) + SETTLE_MS);
    assert.equal(worker.execs(t, "before").length, 1, "step before the sleep ran once");
    assert.equal(worker.execs(t, "after").length, 0, "step after the sleep never ran");
    assert.equal(lines(t, "cancelled-listener").length, 1, "one cancellation event");
    assert.equal((await detail(run.run_id)).status, "Cancelled");
  });

  test("cancelOn: non-matching id doesn't cancel", async () => {
    const t = tag();
    const eventId = await one("cancellable", { tag: t, id: randomUUID(), sleep: "1s" });
    await registered(t, "nap");
    await send({ name: `${APP}/cancellable.stop`, data: { id: randomUUID() } });

    const run = await endedRun(eventId);
    assert.equal(run.status, "Completed");
    assert.equal(run.output, "woke");
    assert.equal(worker.execs(t, "after").length, 1, "the step after the sleep ran once");
    assert.equal(lines(t, "cancelled-listener").length, 0, "no cancellation event");
  });

  // ---- §11 onFailure -----------------------------------------------------------------------------

  test("onFailure: fn fails ⇒ failure handler runs once with error.message, event.name==inngest/function.failed, event.data.run_id = original run", async () => {
    const t = tag();
    const run = await endedRun(await one("fails", { tag: t, mode: "fail" }));
    assert.equal(run.status, "Failed");
    assert.deepEqual(worker.execs(t, "work").map((l) => l.attempt), [0, 1], "retries: 1 ⇒ two attempts");

    const handled = await worker.waitForLine((l) => l.type === "exec" && l.fn === "failing-failure" && l.tag === t, { what: "failure handler ran" });
    assert.equal(handled.message, `boom ${t}`);
    assert.equal(handled.eventName, "inngest/function.failed");
    assert.equal(handled.originalRunId, run.run_id);
    assert.notEqual(handled.runId, run.run_id, "the handler runs as its own run");
    await settle();
    assert.equal(lines(t, "failing-failure").length, 1, "failure handler ran exactly once");
  });

  test("onFailure: transient error that later succeeds ⇒ no failure handler run", async () => {
    const t = tag();
    const run = await endedRun(await one("fails", { tag: t, mode: "transient" }));
    assert.equal(run.status, "Completed");
    assert.equal(run.output, "recovered");
    assert.deepEqual(worker.execs(t, "work").map((l) => l.attempt), [0, 1]);
    await settle();
    assert.equal(lines(t, "failing-failure").length, 0, "no failure handler run");
  });

  test("onFailure: cancelled run ⇒ no failure handler run", async () => {
    const t = tag();
    const eventId = await one("fails", { tag: t, mode: "sleep" });
    const started = await runStarted(eventId);
    const del = await fetch(`${tether.apiUrl}/v1/runs/${started.run_id}`, { method: "DELETE" });
    assert.equal(del.status, 200, "DELETE /v1/runs/{id} accepted");

    const run = await endedRun(eventId);
    assert.equal(run.status, "Cancelled");
    // The cancellation's own system event is handled; by then a failure event would have been too.
    await worker.waitForLine((l) => l.type === "exec" && l.fn === "cancelled-listener" && l.tag === t, { what: "function.cancelled handled" });
    await settle();
    assert.equal(lines(t, "failing-failure").length, 0, "no failure handler run");
  });

  // ---- §19 parallel ------------------------------------------------------------------------------

  test("Parallel: Promise.all of 3 steps completes; each step ran once", async () => {
    const t = tag();
    const run = await endedRun(await one("parallel", { tag: t }));
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { values: [1, 2, 3], sum: 6 });
    for (const s of ["p1", "p2", "p3", "sum"]) assert.equal(worker.execs(t, s).length, 1, `${s} ran once`);
    const d = await detail(run.run_id);
    for (const [s, v] of [["p1", 1], ["p2", 2], ["p3", 3]] as const) assert.equal(stepNamed(d, s).output, v);
  });

  test("Parallel: `Promise.all` of 3 x 1 s steps completes in ≈1 s (not 3 s) when concurrency allows", async () => {
    // Asserted as overlap, not as a duration: every step starts before any of them ends.
    const t = tag();
    const run = await endedRun(await one("parallel", { tag: t, holdMs: 1_000 }));
    assert.equal(run.status, "Completed");
    const starts = ["p1", "p2", "p3"].map((s) => worker.execs(t, s)[0]?.t as number);
    const ends = ["p1", "p2", "p3"].map((s) => worker.lines().find((l) => l.type === "exec-end" && l.tag === t && l.step === s)?.t as number);
    assert.ok(starts.every(Number.isFinite) && ends.every(Number.isFinite), `every step reported its start and end: ${JSON.stringify({ starts, ends })}`);
    assert.ok(Math.max(...starts) < Math.min(...ends), `the three steps ran at the same time: starts ${starts.join(",")}, ends ${ends.join(",")}`);
  });

  test("Parallel: one parallel step fails once ⇒ only it is retried", async () => {
    const t = tag();
    const run = await endedRun(await one("parallel", { tag: t, flaky: true }));
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { values: [1, 2, 3], sum: 6 });
    assert.deepEqual(worker.execs(t, "p2").map((l) => l.attempt), [0, 1], "p2 retried once");
    assert.equal(worker.execs(t, "p1").length, 1, "p1 ran once");
    assert.equal(worker.execs(t, "p3").length, 1, "p3 ran once");
    assert.equal(worker.execs(t, "sum").length, 1, "join step ran once");
    assert.equal(stepNamed(await detail(run.run_id), "p2").attempt, 1);
  });

  // ---- §17 sendEvent -----------------------------------------------------------------------------

  test("sendEvent: returns {ids} with one id per event; sent event triggers another function", async () => {
    const t = tag();
    const run = await endedRun(await one("send", { tag: t }));
    assert.equal(run.status, "Completed");
    assert.equal(run.output?.ids?.length, 1, `output ${JSON.stringify(run.output)} has one id`);
    const [sentId] = run.output.ids as string[];
    assert.equal(typeof sentId, "string");

    const sent = (await tether.getJson(`/v1/events/${sentId}`)).data;
    assert.equal(sent.name, `${APP}/sent`);
    assert.deepEqual(sent.data, { tag: t, n: 7 });
    const received = await endedRun(sentId);
    assert.equal(received.function_slug, `${APP}-receiver`);
    assert.equal(received.status, "Completed");
    assert.deepEqual(received.output, { got: 7 });
    assert.equal(lines(t, "receiver").length, 1, "receiver ran once");
    assert.equal(lines(t, "receiver")[0].eventId, sentId);
  });

  // ---- REST view of memoised async steps --------------------------------------------------------

  test("REST: stored Sleep, WaitForEvent and InvokeFunction steps carry the user's step name and their op", async () => {
    const [sleepT, waitT, invokeT] = [tag(), tag(), tag()];
    const [sleepRun, waitRun, invokeRun] = await Promise.all([
      one("sleep", { tag: sleepT, duration: "1s" }).then((id) => endedRun(id)),
      one("wait.start", { tag: waitT, id: randomUUID(), timeout: "1s" }).then((id) => endedRun(id)),
      one("invoke", { tag: invokeT, target: "ok", n: 1 }).then((id) => endedRun(id)),
    ]);
    const cases = [[sleepRun, "s", "Sleep"], [waitRun, "w", "WaitForEvent"], [invokeRun, "call", "InvokeFunction"]] as const;
    const seen = await Promise.all(cases.map(async ([run, id]) => {
      const s = stepWithId(await detail(run.run_id), id);
      return { name: s.name, op: s.op };
    }));
    assert.deepEqual(seen, cases.map(([, name, op]) => ({ name, op })));
  });

  test("REST: a WaitForEvent step resumed by an event shows the matched event as its output", async () => {
    const t = tag();
    const id = randomUUID();
    const eventId = await one("wait.start", { tag: t, id, timeout: "20s" });
    await registered(t, "w");
    const [matchId] = await send({ name: `${APP}/wait.resume`, data: { id, who: "rest" } });
    const run = await endedRun(eventId);
    assert.equal(run.output?.got?.id, matchId, "the SDK got the full event");

    const w = stepWithId(await detail(run.run_id), "w");
    assert.deepEqual(
      { name: w.output?.name, id: w.output?.id, data: w.output?.data },
      { name: `${APP}/wait.resume`, id: matchId, data: { id, who: "rest" } },
    );
  });

  // ---- §9 idempotency ----------------------------------------------------------------------------

  test("Idempotency (event id): same `id` sent twice within 24 h ⇒ one run; both events stored", async () => {
    const t = tag();
    const id = `idem-${t}`;
    // The API answers with internal ids (ULIDs); the user's `id` is kept on the stored event.
    const [first] = await send({ name: `${APP}/idem`, id, data: { tag: t, n: 1 } });
    const [second] = await send({ name: `${APP}/idem`, id, data: { tag: t, n: 2 } });
    assert.notEqual(first, second, "two events stored");

    const run = await endedRun(first);
    assert.equal(run.status, "Completed");
    assert.equal(run.output, 1, "the first event's run");
    await settle();
    assert.deepEqual((await tether.getJson(`/v1/events/${second}/runs`)).data, [], "the duplicate started no run");
    assert.equal((await tether.getJson(`/v1/events/${first}/runs`)).data.length, 1, "still one run");
    for (const e of [first, second]) assert.equal((await tether.getJson(`/v1/events/${e}`)).data?.id, id, `event ${e} stored with the user id`);
    assert.equal(lines(t, "idem").length, 1, "handler ran once");
  });

  test("Idempotency (fn): `idempotency: event.data.cart` ⇒ 2 events same cart (different ids) ⇒ 1 run", async () => {
    const t = tag();
    const cart = randomUUID();
    const [a] = await send({ name: `${APP}/idem-key`, data: { tag: t, cart, n: 1 } });
    const [b] = await send({ name: `${APP}/idem-key`, data: { tag: t, cart, n: 2 } });
    assert.notEqual(a, b);

    const run = await endedRun(a);
    assert.equal(run.output, 1);
    await settle();
    assert.deepEqual((await tether.getJson(`/v1/events/${b}/runs`)).data, [], "second event started no run");
    assert.deepEqual(lines(t, "idem-key").map((l) => l.n), [1]);
  });
});
