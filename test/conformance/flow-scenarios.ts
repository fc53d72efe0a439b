// Conformance scenarios: flow control (docs/semantics.md §2 concurrency, §3 throttle, §4 rate limit,
// §7 priority, and the "holds no slot" rows of §15 waitForEvent and §16 invoke) with the official
// `inngest` SDK in connect mode, defined once and run against each deployment that
// test/helpers/flow-deployment.ts builds: `tether dev` with one worker (official-flow.test.ts) and
// a cluster of real processes with two workers (official-flow-cluster.test.ts), where a limit only
// holds if it is global. The workers serve every function (fixtures/flow-functions.mjs); each step
// body prints when it entered and left on the workers' shared clock, so overlap, spacing and order
// are measured where the code runs, and run outcomes come from the REST API. Each function belongs
// to one test, so the tests run side by side on one deployment. Windows are wide (slow, shared
// machines) but each sits far from what an ignored option produces: a limit that is not enforced
// runs everything at once.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { FlowDeployment, FlowDeploymentOptions } from "../helpers/flow-deployment.ts";
import { byStart, overlap, pairSpans, peak, show, type Span } from "../helpers/flow-spans.ts";
import type { FixtureLine } from "../helpers/official-sdk-worker.ts";
import { waitFor } from "../helpers/wait.ts";

const APP = "conf-flow";
const FUNCTION_IDS = ["conc-limit-2", "conc-sleep", "conc-keyed", "conc-fifo", "conc-two", "conc-wait", "inv-target",
  "inv-caller", "prio", "throttle", "throttle-keyed", "throttle-burst", "throttle-steps", "rate-limit"];
/** The throttle functions' period (fixtures use "3s", but "5s" for throttle-steps). */
const THROTTLE_PERIOD_MS = 3_000;
/** The least spacing accepted for starts one throttle period apart: the period less dispatch jitter. */
const MIN_SPACING_MS = 2_200;
/** How long a negative check ("no run") gives a wrong run to appear. */
const SETTLE_MS = 1_000;
const ENDED = ["Completed", "Failed", "Cancelled"];

const tag = () => randomUUID();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface FlowScenarioOptions {
  /** Skips the suite (nats-server missing on a developer's machine; never in CI). */
  skip?: string | false;
  /** Runs before the deployment stops, once every scenario ended: checks of the deployment's own. */
  verify?(d: FlowDeployment): Promise<void> | void;
}

/** Declares the flow-control scenarios as one suite, run side by side on one deployment from `start`. */
export function flowScenarios(title: string, start: (o: FlowDeploymentOptions) => Promise<FlowDeployment>, opts: FlowScenarioOptions = {}): void {
  describe(title, { timeout: 90_000, concurrency: true, skip: opts.skip }, () => {
    let deployment: FlowDeployment | undefined;

    before(async () => {
      deployment = await start({ app: APP, functions: FUNCTION_IDS });
    });

    after(async () => {
      try {
        if (deployment) await opts.verify?.(deployment);
      } finally {
        await deployment?.stop();
      }
    });

    const tools = scenarioTools(() => {
      if (!deployment) throw new Error("the deployment did not start");
      return deployment;
    });
    concurrencyScenarios(tools);
    waitingScenarios(tools);
    priorityScenarios(tools);
    throttleScenarios(tools);
    rateLimitScenarios(tools);
  });
}

type Tools = ReturnType<typeof scenarioTools>;

/** What the scenarios do with the deployment: send events, await runs, read the workers' spans. */
function scenarioTools(deployment: () => FlowDeployment) {
  const ev = (fn: string, t: string, label: string, data: Record<string, unknown> = {}) =>
    ({ name: `${APP}/${fn}`, data: { tag: t, label, ...data } });
  const send = (...events: { name: string; data: Record<string, unknown> }[]) => deployment().send(...events);
  /** The one run of an event once it has ended (not merely left "Running": a queued run may not be). */
  async function ended(eventId: string, timeoutMs = 30_000) {
    const runs = await waitFor(async () => {
      const list = (await deployment().getJson(`/v1/events/${eventId}/runs`)).data as any[];
      return list.length > 0 && list.every((r) => ENDED.includes(r.status)) ? list : undefined;
    }, { timeoutMs, intervalMs: 200, what: `run of event ${eventId} to end` });
    assert.equal(runs.length, 1, `one run for event ${eventId}`);
    return runs[0];
  }
  async function allCompleted(eventIds: string[], timeoutMs?: number) {
    const runs = await Promise.all(eventIds.map((id) => ended(id, timeoutMs)));
    for (const r of runs) assert.equal(r.status, "Completed", `run ${r.run_id} completed`);
    return runs;
  }
  /**
   * Executions of one step of `fn` for tag `t`, each paired with its leave line. Called once the
   * runs ended, so every step that entered has left; its line may still be in the worker's pipe.
   */
  function spans(fn: string, t: string, step = "work"): Promise<Span[]> {
    const mine = (l: FixtureLine) => l.fn === fn && l.tag === t && l.step === step;
    return waitFor(() => pairSpans(deployment().lines(), mine), { timeoutMs: 5_000, what: `every ${fn}/${step} execution to leave its step` });
  }
  const only = (all: Span[], label: string) => {
    const hits = all.filter((s) => s.label === label);
    assert.equal(hits.length, 1, `${label} executed its step once (${show(all)})`);
    return hits[0];
  };
  const entered = (fn: string, t: string, label: string) =>
    deployment().waitForLine((l) => l.type === "enter" && l.fn === fn && l.tag === t && l.label === label, { what: `${fn} ${label} entered` });
  const reached = (fn: string, t: string, at: string) =>
    deployment().waitForLine((l) => l.type === "reach" && l.fn === fn && l.tag === t && l.at === at, { what: `${fn} reached ${at}` });
  /** One step's executions, earliest start first. */
  const starts = async (fn: string, t: string, step = "work") => byStart(await spans(fn, t, step));
  const getJson = (path: string) => deployment().getJson(path);
  return { ev, send, allCompleted, spans, starts, only, entered, reached, getJson };
}

// ---- §2 concurrency ----------------------------------------------------------------------------

function concurrencyScenarios({ ev, send, allCompleted, spans, only, entered, reached }: Tools): void {
  test("Concurrency: limit 2, 5 runs each with one 1.5 s step ⇒ never more than 2 steps executing at once; all complete", async () => {
    const t = tag();
    const ids = await send(...["r1", "r2", "r3", "r4", "r5"].map((l) => ev("conc-limit-2", t, l)));
    await allCompleted(ids);
    const work = await spans("conc-limit-2", t);
    assert.equal(work.length, 5, "each run executed its step once");
    assert.equal(peak(work), 2, `at most 2 steps at once, and both slots used (${show(work)})`);
  });

  test("Concurrency: limit 1, run A sleeps after step 1 ⇒ other runs' steps execute during A's sleep (one at a time)", async () => {
    const t = tag();
    const [a] = await send(ev("conc-sleep", t, "A", { mode: "sleep", sleep: "5s" }));
    await reached("conc-sleep", t, "sleep");
    const others = await send(ev("conc-sleep", t, "B", { ms: 800 }), ev("conc-sleep", t, "C", { ms: 800 }));
    await allCompleted([a, ...others]);

    const work = await spans("conc-sleep", t);
    assert.equal(peak(work), 1, `limit 1: no two steps at once (${show(work)})`);
    const resumed = only(await spans("conc-sleep", t, "after"), "A");
    for (const label of ["B", "C"]) {
      const s = only(work, label);
      assert.ok(s.end <= resumed.start, `${label} ran while A slept, not after it resumed (${show([...work, resumed])})`);
    }
  });

  test("Concurrency: key event.data.acct, limit 1 ⇒ two accounts run in parallel, the same account never", async () => {
    const t = tag();
    const ids = await send(...["a1", "a2", "b1", "b2"].map((l) => ev("conc-keyed", t, l, { acct: l[0] })));
    await allCompleted(ids);
    const work = await spans("conc-keyed", t);
    assert.equal(work.length, 4);
    for (const acct of ["a", "b"]) {
      assert.equal(peak(work.filter((s) => s.label[0] === acct)), 1, `account ${acct} serialised (${show(work)})`);
    }
    const a = work.filter((s) => s.label[0] === "a");
    const b = work.filter((s) => s.label[0] === "b");
    assert.ok(a.some((x) => b.some((y) => overlap(x, y))), `accounts a and b overlapped in time (${show(work)})`);
  });

  test("Concurrency: FIFO, limit 1, runs enqueued A,B,C on the same key start in order A,B,C", async () => {
    const t = tag();
    const [blocker] = await send(ev("conc-fifo", t, "blocker", { acct: "x", ms: 2_000 }));
    await entered("conc-fifo", t, "blocker");
    const ids = [blocker];
    for (const label of ["A", "B", "C"]) {
      ids.push(...(await send(ev("conc-fifo", t, label, { acct: "x" }))));
      await pause(250); // enqueue times a little apart; nothing to await (the runs must stay queued)
    }
    await allCompleted(ids);
    const work = await spans("conc-fifo", t);
    assert.equal(peak(work), 1, `limit 1 on key x (${show(work)})`);
    assert.deepEqual(byStart(work).map((s) => s.label), ["blocker", "A", "B", "C"]);
  });

  test("Concurrency: two constraints (static key \"api\" limit 3, per-acct limit 1) ⇒ a step starts only when both have room", async () => {
    const t = tag();
    const labels = ["a1", "a2", "b1", "b2", "c1", "c2", "d1", "d2"];
    const ids = await send(...labels.map((l) => ev("conc-two", t, l, { acct: l[0] })));
    await allCompleted(ids);
    const work = await spans("conc-two", t);
    assert.equal(work.length, 8);
    assert.equal(peak(work), 3, `the shared limit 3 holds and is reached with 4 accounts waiting (${show(work)})`);
    for (const acct of ["a", "b", "c", "d"]) {
      assert.equal(peak(work.filter((s) => s.label[0] === acct)), 1, `account ${acct} serialised (${show(work)})`);
    }
  });
}

// ---- §15 / §16: waiting holds no slot --------------------------------------------------------

function waitingScenarios({ ev, send, allCompleted, spans, reached }: Tools): void {
  test("waitForEvent: waiting run doesn't consume concurrency (limit 1: A waits, B and C run one at a time meanwhile)", async () => {
    const t = tag();
    const id = randomUUID();
    const [a] = await send(ev("conc-wait", t, "A", { mode: "wait", id }));
    await reached("conc-wait", t, "wait");
    const others = await send(ev("conc-wait", t, "B", { ms: 800 }), ev("conc-wait", t, "C", { ms: 800 }));
    // A waits up to 30 s: were it holding the slot, B and C could not finish within 15 s.
    await allCompleted(others, 15_000);
    const work = await spans("conc-wait", t);
    assert.equal(peak(work), 1, `limit 1: no two steps at once (${show(work)})`);
    assert.equal((await spans("conc-wait", t, "after")).length, 0, "A is still waiting");

    await send({ name: `${APP}/conc-wait.resume`, data: { id } });
    const [runA] = await allCompleted([a]);
    assert.deepEqual(runA.output, { label: "A", resumed: true });
  });

  test("invoke: the target's own concurrency applies (limit 1, two callers ⇒ no overlap); a caller holds no slot while waiting", async () => {
    const t = tag();
    const ids = await send(ev("inv-caller", t, "X"), ev("inv-caller", t, "Y"));
    const runs = await allCompleted(ids);
    assert.deepEqual(runs.map((r) => r.output), [{ served: "X" }, { served: "Y" }], "each caller got its target's result");

    const target = await spans("inv-target", t);
    assert.equal(target.length, 2, "the target ran once per caller");
    assert.ok(!overlap(target[0], target[1]), `the target's limit 1 serialised its runs (${show(target)})`);
    // The callers have limit 1 too: the second caller's first step can only run before the first
    // target run ends if the first caller gave its slot up while waiting on the invoke.
    const firstTargetEnd = Math.min(...target.map((s) => s.end));
    const pre = await spans("inv-caller", t, "pre");
    assert.equal(pre.length, 2);
    assert.ok(pre.every((s) => s.start < firstTargetEnd), `both callers started before a target run ended (${show([...pre, ...target])})`);
  });
}

// ---- §7 priority -------------------------------------------------------------------------------

function priorityScenarios({ ev, send, allCompleted, spans, entered }: Tools): void {
  test("Priority: limit 1 backlog ⇒ factor 120 runs before earlier factor-0 runs; 1000 is clipped to 600; an erroring expression is factor 0", async () => {
    const t = tag();
    // The blocker has no `p` either: `event.data.p` errors (no such key) and it must still run.
    const [blocker] = await send(ev("prio", t, "blocker", { ms: 4_000 }));
    await entered("prio", t, "blocker");
    // Enqueued in this order, 200 ms apart, while the blocker holds the slot.
    const backlog: [string, Record<string, unknown>][] = [
      ["low1", { p: 0 }], ["err", {}], ["p600", { p: 600 }], ["low2", { p: 0 }], ["high", { p: 120 }], ["p1000", { p: 1000 }],
    ];
    const ids = [blocker];
    for (const [label, data] of backlog) {
      ids.push(...(await send(ev("prio", t, label, data))));
      await pause(200);
    }
    await allCompleted(ids);
    const work = await spans("prio", t);
    assert.equal(peak(work), 1, `limit 1 (${show(work)})`);
    // p1000 counts as 600 and was enqueued after p600, so it comes second (unclipped it would be
    // first); high jumps every factor-0 run; err keeps its FIFO place among the factor-0 runs.
    assert.deepEqual(byStart(work).map((s) => s.label), ["blocker", "p600", "p1000", "high", "low1", "err", "low2"]);
  });
}

// ---- §3 throttle -------------------------------------------------------------------------------

function throttleScenarios({ ev, send, allCompleted, spans, starts, only }: Tools): void {
  test("Throttle: limit 1 period 3s, 3 events at once ⇒ all 3 runs start, a period apart, none dropped", async () => {
    const t = tag();
    const ids = await send(...["r1", "r2", "r3"].map((l) => ev("throttle", t, l)));
    await allCompleted(ids);
    const s = await starts("throttle", t);
    assert.equal(s.length, 3, "no run dropped");
    for (let i = 1; i < s.length; i++) {
      const gap = s[i].start - s[i - 1].start;
      assert.ok(gap >= MIN_SPACING_MS, `start ${i + 1} came ${gap} ms after start ${i}, expected ≈${THROTTLE_PERIOD_MS} (${show(s)})`);
      assert.ok(gap < 2 * THROTTLE_PERIOD_MS, `start ${i + 1} came ${gap} ms after start ${i}, expected ≈${THROTTLE_PERIOD_MS}`);
    }
  });

  test("Throttle: with key event.data.k, different keys start together, the same key a period apart", async () => {
    const t = tag();
    const ids = await send(...["a1", "b1", "a2"].map((l) => ev("throttle-keyed", t, l, { k: l[0] })));
    await allCompleted(ids);
    const s = await starts("throttle-keyed", t);
    assert.equal(s.length, 3, "no run dropped");
    const [firstA, secondA] = s.filter((x) => x.label[0] === "a");
    const b = only(s, "b1");
    assert.ok(secondA.start - firstA.start >= MIN_SPACING_MS, `key a spaced by the period (${show(s)})`);
    assert.ok(Math.abs(b.start - firstA.start) < 2_000, `key b did not wait for key a's throttle (${show(s)})`);
  });

  test("Throttle: a started run's later steps are not throttled (limit 1 period 5s, 3 steps, one request each)", async () => {
    const t = tag();
    const ids = await send(ev("throttle-steps", t, "r1"), ev("throttle-steps", t, "r2"));
    await allCompleted(ids);
    // This function's period is 5 s (see the fixture).
    const first = await starts("throttle-steps", t, "s1");
    assert.equal(first.length, 2);
    assert.ok(first[1].start - first[0].start >= 4_200, `run starts throttled (${show(first)})`);
    const all = (await Promise.all(["s1", "s2", "s3"].map((step) => spans("throttle-steps", t, step)))).flat();
    for (const run of first) {
      const last = only(all.filter((s) => s.step === "s3"), run.label);
      // A throttled step would wait at least one more period (≥ 5 s) for its turn.
      assert.ok(last.start - run.start < 4_000, `${run.label}'s steps s1..s3 ran back to back (${show(all)})`);
    }
  });

  test("Throttle: burst 1 on limit 1 ⇒ 2 of 3 runs start at once, the third a period later", async () => {
    const t = tag();
    const ids = await send(...["r1", "r2", "r3"].map((l) => ev("throttle-burst", t, l)));
    await allCompleted(ids);
    const s = await starts("throttle-burst", t);
    assert.equal(s.length, 3, "no run dropped");
    assert.ok(s[1].start - s[0].start < 2_000, `the burst let two start together (${show(s)})`);
    assert.ok(s[2].start - s[0].start >= MIN_SPACING_MS, `the third waited for the period (${show(s)})`);
  });
}

// ---- §4 rate limit -----------------------------------------------------------------------------

function rateLimitScenarios({ ev, send, allCompleted, spans, getJson }: Tools): void {
  test("Rate limit: limit 1 period 3s key user ⇒ 2nd event same user creates no run (event still stored); other user runs; after the period a run again", async () => {
    const t = tag();
    const [first] = await send(ev("rate-limit", t, "u1-first", { user: "u1" }));
    const windowStart = Date.now();
    const [second] = await send(ev("rate-limit", t, "u1-second", { user: "u1" }));
    const [other] = await send(ev("rate-limit", t, "u2-first", { user: "u2" }));
    await allCompleted([first, other]);
    await pause(SETTLE_MS);

    assert.deepEqual((await getJson(`/v1/events/${second}/runs`)).data, [], "no run for the rate-limited event");
    assert.equal((await spans("rate-limit", t)).filter((s) => s.label === "u1-second").length, 0, "the worker never saw it");
    const stored = (await getJson(`/v1/events/${second}`)).data;
    assert.equal(stored?.internal_id, second, "the skipped event is still in event history");
    assert.deepEqual(stored.data, { tag: t, label: "u1-second", user: "u1" });

    await pause(Math.max(0, windowStart + 3_000 + SETTLE_MS - Date.now()));
    const [later] = await send(ev("rate-limit", t, "u1-later", { user: "u1" }));
    await allCompleted([later]);
  });
}
