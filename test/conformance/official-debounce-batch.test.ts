// Conformance: debounce (docs/semantics.md §5) and batching (§6) with the official `inngest` SDK in
// connect mode against a real `tether dev` process. One worker process serves the flow functions
// (fixtures/flow-functions.mjs, as in official-flow.test.ts); each step body prints when it
// entered, on the worker's clock (this machine's), so a run's start is compared with when the test
// sent its events; which events a run received comes from its output and from
// `GET /v1/events/{id}/runs`. Each function belongs to one test, so the tests run side by side.
// Windows are wide (slow, shared machines) but sit far from what an ignored option produces: a
// debounce or batch that is not held runs at once, one run per event.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { type LocalFlowDeployment, startLocalFlow } from "../helpers/flow-deployment.ts";
import { byStart, overlap, pairSpans, show, type Span } from "../helpers/flow-spans.ts";
import type { FixtureProcess } from "../helpers/official-sdk-worker.ts";
import type { TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const APP = "conf-held";
const FUNCTION_IDS = ["debounce", "debounce-keyed", "debounce-timeout", "debounce-dup", "batch-3", "batch-timeout", "batch-keyed", "batch-if", "batch-conc"];
/** The fixtures' debounce period and the batch-timeout function's timeout. */
const PERIOD_MS = 2_000;
/** How late a held run may start after it is due (dispatch, a loaded machine). */
const LATE_MS = 2_500;
/** How long a negative check ("no other run") gives a wrong run to appear. */
const SETTLE_MS = 1_000;
const ENDED = ["Completed", "Failed", "Cancelled"];

const tag = () => randomUUID();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Sent {
  ids: string[];
  /** Test clock just before the request and once it was accepted. */
  before: number;
  after: number;
}

describe("official SDK, debounce and batching (connect mode)", { timeout: 90_000, concurrency: true }, () => {
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

  const ev = (fn: string, t: string, label: string, data: Record<string, unknown> = {}, id?: string) =>
    ({ name: `${APP}/${fn}`, data: { tag: t, label, ...data }, ...(id ? { id } : {}) });
  async function send(...events: ReturnType<typeof ev>[]): Promise<Sent> {
    const before = Date.now();
    const res = await tether.sendEvent(events);
    assert.equal(res.status, 200, "event API accepted the request");
    assert.equal(res.ids.length, events.length, "one id per event");
    return { ids: res.ids, before, after: Date.now() };
  }
  /** Sends each event at its offset (ms) from now: a debounce needs events spread in time. */
  async function sendAt(schedule: [number, ReturnType<typeof ev>][]): Promise<Sent[]> {
    const t0 = Date.now();
    const out: Sent[] = [];
    for (const [at, e] of schedule) {
      await pause(Math.max(0, t0 + at - Date.now()));
      out.push(await send(e));
    }
    return out;
  }
  const runsOf = async (eventId: string): Promise<any[]> => (await tether.getJson(`/v1/events/${eventId}/runs`)).data;
  /** The one run of an event once it has ended. */
  async function ended(eventId: string, timeoutMs = 30_000) {
    const runs = await waitFor(async () => {
      const list = await runsOf(eventId);
      return list.length > 0 && list.every((r) => ENDED.includes(r.status)) ? list : undefined;
    }, { timeoutMs, intervalMs: 200, what: `run of event ${eventId} to end` });
    assert.equal(runs.length, 1, `one run for event ${eventId}`);
    assert.equal(runs[0].status, "Completed", `run ${runs[0].run_id} completed`);
    return runs[0];
  }
  /** No run names any of these events (checked after the runs that should exist have ended). */
  async function noRuns(ids: string[], what: string) {
    await pause(SETTLE_MS);
    for (const id of ids) assert.deepEqual(await runsOf(id), [], `${what}: event ${id} started no run of its own`);
  }
  /** When each execution of `fn`'s step entered, by label (worker clock). */
  function entries(fn: string, t: string): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const l of worker.lines()) {
      if (l.type === "enter" && l.fn === fn && l.tag === t) out.set(l.label, [...(out.get(l.label) ?? []), l.at]);
    }
    return out;
  }
  /** The one execution of `fn`'s step with this label: when it entered. */
  async function enteredOnce(fn: string, t: string, label: string): Promise<number> {
    await worker.waitForLine((l) => l.type === "enter" && l.fn === fn && l.tag === t && l.label === label, { what: `${fn} ${label} entered` });
    const at = entries(fn, t).get(label) ?? [];
    assert.equal(at.length, 1, `${fn}: the step for ${label} ran once`);
    return at[0];
  }
  /** `at` lies in [from, to): a held run started when it was due, not at once and not much later. */
  const within = (at: number, from: number, to: number, what: string) =>
    assert.ok(at >= from && at < to, `${what}: started ${at - from} ms after the earliest due time (window 0..${to - from} ms)`);

  // ---- §5 debounce -------------------------------------------------------------------------------

  test("Debounce: period 2s, events at t=0,1,2 s ⇒ one run at ≈t=4 s with the t=2 event's data", async () => {
    const t = tag();
    const sent = await sendAt([[0, ev("debounce", t, "e0")], [1_000, ev("debounce", t, "e1")], [2_000, ev("debounce", t, "e2")]]);
    const run = await ended(sent[2].ids[0]);
    assert.equal(run.output, "e2", "the run's event is the last one");
    const at = await enteredOnce("debounce", t, "e2");
    within(at, sent[2].before + PERIOD_MS, sent[2].after + PERIOD_MS + LATE_MS, "the debounced run");
    await noRuns([sent[0].ids[0], sent[1].ids[0]], "superseded events");
    assert.deepEqual([...entries("debounce", t).keys()], ["e2"], "the worker ran only the last event");
  });

  test("Debounce: key event.data.k ⇒ one run per key, each with its key's last event", async () => {
    const t = tag();
    const sent = await sendAt([
      [0, ev("debounce-keyed", t, "a1", { k: "a" })], [0, ev("debounce-keyed", t, "b1", { k: "b" })],
      [1_000, ev("debounce-keyed", t, "a2", { k: "a" })], [1_000, ev("debounce-keyed", t, "b2", { k: "b" })],
    ]);
    const [a, b] = await Promise.all([ended(sent[2].ids[0]), ended(sent[3].ids[0])]);
    assert.equal(a.output, "a2");
    assert.equal(b.output, "b2");
    assert.notEqual(a.run_id, b.run_id, "two runs");
    for (const [i, label] of [[2, "a2"], [3, "b2"]] as const) {
      within(await enteredOnce("debounce-keyed", t, label), sent[i].before + PERIOD_MS, sent[i].after + PERIOD_MS + LATE_MS, `key ${label[0]}`);
    }
    await noRuns([sent[0].ids[0], sent[1].ids[0]], "superseded events");
  });

  test("Debounce: timeout 5s, an event every second ⇒ a run ≈5 s after the first, though events keep coming", async () => {
    const t = tag();
    // Without the timeout the events (never 2 s apart) would hold one debounce until ≈t=9.6 s.
    // e5 comes well after the timeout, so the first run's last event is e4 whatever the jitter.
    const offsets = [0, 1_000, 2_000, 3_000, 4_000, 5_600, 6_600, 7_600];
    const sent = await sendAt(offsets.map((at, i) => [at, ev("debounce-timeout", t, `e${i}`)]));
    const first = await ended(sent[4].ids[0]);
    assert.equal(first.output, "e4", "the timed-out debounce ran with its last event");
    within(await enteredOnce("debounce-timeout", t, "e4"), sent[0].before + 5_000, sent[0].after + 5_000 + LATE_MS, "the run, from the first event");
    // The later events open a new debounce, which ends a period after the last of them.
    const second = await ended(sent[7].ids[0]);
    assert.equal(second.output, "e7");
    within(await enteredOnce("debounce-timeout", t, "e7"), sent[7].before + PERIOD_MS, sent[7].after + PERIOD_MS + LATE_MS, "the second debounce");
    await noRuns([0, 1, 2, 3, 5, 6].map((i) => sent[i].ids[0]), "superseded events");
  });

  test("Debounce: a repeated event id still updates the debounce (de-duplication ignored)", async () => {
    const t = tag();
    const id = `dup-${t}`;
    const sent = await sendAt([[0, ev("debounce-dup", t, "d1", {}, id)], [1_000, ev("debounce-dup", t, "d2", {}, id)]]);
    const run = await ended(sent[1].ids[0]);
    assert.equal(run.output, "d2", "the second event (same id) replaced the first");
    within(await enteredOnce("debounce-dup", t, "d2"), sent[1].before + PERIOD_MS, sent[1].after + PERIOD_MS + LATE_MS, "the run, a period after the second event");
    await noRuns([sent[0].ids[0]], "the first event");
  });

  // ---- §6 batching -------------------------------------------------------------------------------

  /** Every event of a batch names the batch's run (`GET /v1/events/{id}/runs`); returns it. */
  async function batchRun(ids: string[]) {
    const runs = await Promise.all(ids.map((id) => ended(id)));
    for (const r of runs) assert.equal(r.run_id, runs[0].run_id, "every event of the batch names the batch's run");
    return runs[0];
  }

  test("Batching: maxSize 3, 3 events ⇒ one run with events.length 3 and event = the first; every event names the run", async () => {
    const t = tag();
    const sent = await send(ev("batch-3", t, "b1"), ev("batch-3", t, "b2"), ev("batch-3", t, "b3"));
    const run = await batchRun(sent.ids);
    assert.deepEqual(run.output, { first: "b1", labels: ["b1", "b2", "b3"] });
    // The batch was full: it did not wait for its 30 s timeout.
    within(await enteredOnce("batch-3", t, "b1,b2,b3"), sent.before, sent.after + 10_000, "the full batch");
  });

  test("Batching: maxSize 10 timeout 2s, 4 events ⇒ one run ≈2 s after the first with the 4 events", async () => {
    const t = tag();
    const sent = await send(...["t1", "t2", "t3", "t4"].map((l) => ev("batch-timeout", t, l)));
    const run = await batchRun(sent.ids);
    assert.deepEqual(run.output, { first: "t1", labels: ["t1", "t2", "t3", "t4"] });
    within(await enteredOnce("batch-timeout", t, "t1,t2,t3,t4"), sent.before + PERIOD_MS, sent.after + PERIOD_MS + LATE_MS, "the batch");
  });

  test("Batching: key event.data.k, events for a and b interleaved ⇒ one batch per key", async () => {
    const t = tag();
    const sent = await send(...["a1", "b1", "a2", "b2"].map((l) => ev("batch-keyed", t, l, { k: l[0] })));
    const [a1, b1, a2, b2] = sent.ids;
    const a = await batchRun([a1, a2]);
    const b = await batchRun([b1, b2]);
    assert.notEqual(a.run_id, b.run_id);
    assert.deepEqual(a.output, { first: "a1", labels: ["a1", "a2"] });
    assert.deepEqual(b.output, { first: "b1", labels: ["b1", "b2"] });
  });

  test("Batching: `if` false or not a boolean ⇒ that event runs alone at once; the others are batched", async () => {
    const t = tag();
    const sent = await send(
      ev("batch-if", t, "x1", { batch: true }), ev("batch-if", t, "no", { batch: false }),
      ev("batch-if", t, "str", { batch: "yes" }), ev("batch-if", t, "x2", { batch: true }),
    );
    const [x1, no, str, x2] = sent.ids;
    for (const [id, label] of [[no, "no"], [str, "str"]] as const) {
      const run = await ended(id);
      assert.deepEqual(run.output, { first: label, labels: [label] }, `${label} ran alone`);
      // At once: well before the batch's 4 s timeout.
      within(await enteredOnce("batch-if", t, label), sent.before, sent.after + 2_000, `${label} (alone)`);
    }
    const batch = await batchRun([x1, x2]);
    assert.deepEqual(batch.output, { first: "x1", labels: ["x1", "x2"] });
    within(await enteredOnce("batch-if", t, "x1,x2"), sent.before + 4_000, sent.after + 4_000 + LATE_MS, "the batch, at its timeout");
  });

  test("Batching: concurrency limit 1 ⇒ one batch executes at a time", async () => {
    const t = tag();
    const sent = await send(...["c1", "c2", "c3", "c4"].map((l) => ev("batch-conc", t, l)));
    const [c1, c2, c3, c4] = sent.ids;
    const first = await batchRun([c1, c2]);
    const second = await batchRun([c3, c4]);
    assert.deepEqual([first.output.labels, second.output.labels], [["c1", "c2"], ["c3", "c4"]]);
    const spans = await waitFor(() => {
      const paired = pairSpans(worker.lines(), (l) => l.fn === "batch-conc" && l.tag === t);
      const s = ["c1,c2", "c3,c4"].map((label) => paired?.find((x) => x.label === label));
      return s.every((x) => x !== undefined) ? (s as Span[]) : undefined;
    }, { timeoutMs: 5_000, what: "both batches to leave their step" });
    const [x, y] = byStart(spans);
    assert.ok(!overlap(x, y), `the batches' 1.5 s steps did not overlap (${show(spans)})`);
  });
});
