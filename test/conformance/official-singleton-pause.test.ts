// Conformance: singleton (docs/semantics.md §8) and function pausing (§24) with the official `inngest` SDK
// in connect mode against a real `tether dev` process. One worker process serves the flow
// functions (fixtures/flow-functions.mjs: `single-*` and `pause-*` are this file's); step bodies
// print when they entered and left, handlers where they reached, so "no further step" is seen from
// the worker's side, and runs, events and skips come from the REST API. Each function belongs to
// one test (a pause is function-wide), so the tests run side by side on one server. The paused
// cron row and the 7-day cancellation are in-process: test/integration/singleton-pause.test.ts.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { type LocalFlowDeployment, startLocalFlow } from "../helpers/flow-deployment.ts";
import { overlap, pairSpans, show } from "../helpers/flow-spans.ts";
import type { FixtureLine, FixtureProcess } from "../helpers/official-sdk-worker.ts";
import type { TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const APP = "conf-single";
const FUNCTION_IDS = ["single-skip", "single-retry", "single-cancel", "single-cancelled", "pause-plain", "pause-sleep", "pause-cancel"];
/** How long a negative check ("no run", "no step") gives a wrong one to appear. */
const SETTLE_MS = 1_000;
const ENDED = ["Completed", "Failed", "Cancelled"];

const tag = () => randomUUID();
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

describe("official SDK, singleton and pausing (connect mode)", { timeout: 90_000, concurrency: true }, () => {
  let deployment: LocalFlowDeployment | undefined;
  let tether: TetherProcess;
  let worker: FixtureProcess;

  before(async () => {
    deployment = await startLocalFlow({ app: APP, functions: FUNCTION_IDS });
    ({ tether, worker } = deployment);
  });

  after(async () => {
    await deployment?.stop();
  });

  const slug = (fn: string) => `${APP}-${fn}`;
  const ev = (fn: string, t: string, label: string, data: Record<string, unknown> = {}) =>
    ({ name: `${APP}/${fn}`, data: { tag: t, label, ...data } });
  async function send(...events: { name: string; data: Record<string, unknown> }[]): Promise<string[]> {
    const res = await tether.sendEvent(events);
    assert.equal(res.status, 200, "event API accepted the request");
    assert.equal(res.ids.length, events.length, "one id per event");
    return res.ids;
  }
  const runsOf = async (eventId: string) => (await tether.getJson(`/v1/events/${eventId}/runs`)).data as any[];
  /** The one run of an event once it has ended. */
  async function ended(eventId: string, timeoutMs = 30_000) {
    const runs = await waitFor(async () => {
      const list = await runsOf(eventId);
      return list.length > 0 && list.every((r) => ENDED.includes(r.status)) ? list : undefined;
    }, { timeoutMs, intervalMs: 200, what: `run of event ${eventId} to end` });
    assert.equal(runs.length, 1, `one run for event ${eventId}`);
    return runs[0];
  }
  /** The one run of an event, once it exists. */
  const runOf = (eventId: string) => waitFor(async () => (await runsOf(eventId))[0], { what: `a run of event ${eventId}` });
  /** Why the event started no run of `fn`, once recorded. */
  const skipOf = (eventId: string, fn: string) => waitFor(async () => {
    const skipped = (await tether.getJson(`/v1/events/${eventId}`)).data?.skipped as any[] | undefined;
    return skipped?.find((s) => s.function_slug === slug(fn));
  }, { what: `event ${eventId} skipped by ${fn}` });
  const line = (type: string, fn: string, t: string, more: (l: FixtureLine) => boolean = () => true) =>
    worker.waitForLine((l) => l.type === type && l.fn === fn && l.tag === t && more(l), { what: `${type} line of ${fn}` });
  const linesOf = (type: string, fn: string, t: string, step?: string) =>
    worker.lines().filter((l) => l.type === type && l.fn === fn && l.tag === t && (step === undefined || l.step === step));
  async function post(path: string, body?: unknown) {
    const res = await fetch(tether.apiUrl + path, { method: "POST", ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: await res.json() as any };
  }
  const functionsView = async () => (await tether.getJson("/v1/functions")).data as { slug: string; paused: boolean }[];

  // ---- §8 singleton ------------------------------------------------------------------------------

  test("Singleton: skip: 2nd event same key while 1st run in progress ⇒ 2nd produces no run (status skipped)", async () => {
    const t = tag();
    const [first] = await send(ev("single-skip", t, "A", { k: t }));
    await line("enter", "single-skip", t, (l) => l.label === "A");
    const [second] = await send(ev("single-skip", t, "B", { k: t }));
    const skip = await skipOf(second, "single-skip");
    assert.deepEqual(skip, { function_id: skip.function_id, function_slug: slug("single-skip"), reason: "singleton", key: t });
    assert.equal((await ended(first)).status, "Completed");
    assert.deepEqual(await runsOf(second), [], "no run for the skipped event");
    assert.equal(linesOf("enter", "single-skip", t).filter((l) => l.label === "B").length, 0, "the worker never saw B");
    // The key is free once its run ended.
    const [third] = await send(ev("single-skip", t, "C", { k: t, ms: 50 }));
    assert.equal((await ended(third)).status, "Completed");
  });

  test("Singleton: skip while 1st run is retrying after error ⇒ still skipped", async () => {
    const t = tag();
    const [first] = await send(ev("single-retry", t, "A", { k: t }));
    const failed = await line("fail", "single-retry", t);
    const [second] = await send(ev("single-retry", t, "B", { k: t }));
    assert.equal((await skipOf(second, "single-retry")).reason, "singleton");
    const run = await ended(first);
    assert.equal(run.status, "Completed", "the retry succeeded");
    const retried = await line("enter", "single-retry", t, (l) => l.label === "A");
    const receivedAt = Date.parse((await tether.getJson(`/v1/events/${second}`)).data.received_at);
    assert.ok(failed.at <= receivedAt && receivedAt <= retried.at, "B arrived between the failed attempt and the retry");
    assert.deepEqual(await runsOf(second), [], "no run for the skipped event");
  });

  test("Singleton: cancel: 2nd event cancels 1st (Cancelled + `function.cancelled` event) and starts new run", async () => {
    const t = tag();
    const [first] = await send(ev("single-cancel", t, "A", { k: t, sleep: "30s" }));
    await line("reach", "single-cancel", t, (l) => l.label === "A");
    const runA = await runOf(first);
    const [second] = await send(ev("single-cancel", t, "B", { k: t, sleep: "1s" }));
    assert.equal((await ended(first)).status, "Cancelled");
    await line("cancelled", "single-cancel", t, (l) => l.run === runA.run_id);
    const runB = await ended(second);
    assert.equal(runB.status, "Completed");
    assert.equal(runB.output, "B");
    assert.equal(linesOf("enter", "single-cancel", t, "after").filter((l) => l.label === "A").length, 0, "A took no step after its cancel");
  });

  test("Singleton: different keys run concurrently", async () => {
    const t = tag();
    const ids = await send(ev("single-skip", t, "x", { k: `${t}-x` }), ev("single-skip", t, "y", { k: `${t}-y` }));
    for (const id of ids) assert.equal((await ended(id)).status, "Completed");
    const spans = await waitFor(() => pairSpans(worker.lines(), (l) => l.fn === "single-skip" && l.tag === t), { timeoutMs: 5_000, what: "both steps to leave" });
    const [x, y] = ["x", "y"].map((label) => spans.find((s) => s.label === label)!);
    assert.ok(overlap(x, y), `the two keys' 3 s steps overlapped (${show(spans)})`);
  });

  // ---- §24 pausing -------------------------------------------------------------------------------

  test("Pause: paused fn: new event ⇒ no run (skipped); resume ⇒ later events run; skipped ones not auto-processed", async () => {
    assert.equal((await post("/v1/functions/no-such-function/pause")).status, 404);
    const paused = await post(`/v1/functions/${slug("pause-plain")}/pause`);
    assert.equal(paused.status, 200);
    assert.equal(paused.body.data.paused, true);
    assert.equal(paused.body.data.cancel_running, false);
    const view = await functionsView();
    assert.equal(view.find((f) => f.slug === slug("pause-plain"))?.paused, true);
    assert.equal(view.find((f) => f.slug === slug("pause-sleep"))?.paused, false);

    const t = tag();
    const [during] = await send(ev("pause-plain", t, "during"));
    assert.equal((await skipOf(during, "pause-plain")).reason, "paused");
    assert.deepEqual(await runsOf(during), []);

    const resumed = await post(`/v1/functions/${slug("pause-plain")}/resume`);
    assert.equal(resumed.status, 200);
    assert.equal(resumed.body.data.paused, false);
    assert.equal((await functionsView()).find((f) => f.slug === slug("pause-plain"))?.paused, false);
    const [later] = await send(ev("pause-plain", t, "later"));
    assert.equal((await ended(later)).status, "Completed");
    await settle();
    assert.deepEqual(await runsOf(during), [], "the event received while paused was not processed on resume");
    assert.deepEqual(linesOf("enter", "pause-plain", t).map((l) => l.label), ["later"]);
  });

  test("Pause: pause with in-flight sleeping run ⇒ no further steps; resume within 7 d ⇒ continues", async () => {
    const t = tag();
    const [id] = await send(ev("pause-sleep", t, "A", { sleep: "2s" }));
    await line("reach", "pause-sleep", t);
    assert.equal((await post(`/v1/functions/${slug("pause-sleep")}/pause`)).status, 200);
    const { run_id: runId } = await runOf(id);
    // The sleep ends while paused: the wake-up is parked, and the run says why.
    const waiting = await waitFor(async () => {
      const run = (await tether.getJson(`/v1/runs/${runId}`)).data;
      return run.waiting?.reason === "paused" ? run : undefined;
    }, { what: "the woken run to wait for the resume" });
    assert.equal(waiting.status, "Running");
    await settle();
    assert.equal(linesOf("enter", "pause-sleep", t, "after").length, 0, "no step ran while paused");

    const resumedAt = Date.now();
    const resumed = await post(`/v1/functions/${slug("pause-sleep")}/resume`);
    assert.equal(resumed.body.data.resumed_jobs, 1, "the parked job went back to the queue");
    const run = await ended(id);
    assert.equal(run.status, "Completed");
    assert.equal(run.output, "A");
    const [afterStep] = linesOf("enter", "pause-sleep", t, "after");
    assert.ok(afterStep.at >= resumedAt, "the next step ran after the resume");
  });

  test("Pause: pause \"cancel immediately\" ⇒ in-flight runs Cancelled after current step", async () => {
    const t = tag();
    const [id] = await send(ev("pause-cancel", t, "A"));
    await line("enter", "pause-cancel", t);
    const paused = await post(`/v1/functions/${slug("pause-cancel")}/pause`, { cancel_running: true });
    assert.equal(paused.status, 200);
    assert.equal(paused.body.data.cancel_running, true);
    assert.equal((await ended(id, 5_000)).status, "Cancelled");
    // The step executing at the pause completes; none follows.
    await line("leave", "pause-cancel", t);
    await settle();
    assert.equal(linesOf("enter", "pause-cancel", t, "after").length, 0, "no step after the cancel");
    assert.equal((await post(`/v1/functions/${slug("pause-cancel")}/pause`, { cancel_running: "yes" })).status, 400);
    assert.equal((await post(`/v1/functions/${slug("pause-cancel")}/resume`)).status, 200);
  });
});
