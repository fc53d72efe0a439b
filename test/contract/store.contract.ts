// The state-store contract, run unchanged against every adapter (SQLite, JetStream): apps,
// events, runs, first-wins step results, atomic commits (with the jobs they enqueue, complete or
// retry) and retention (the jobs a store schedules itself, and what its deletions remove). The
// queue's own behaviour (timers, leases, give-backs) is job-queue.contract.ts. Claiming is
// polled with a deadline because push-style adapters fill their buffer asynchronously.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Commit, JobRecord, RunRecord, Store } from "../../src/state/index.ts";
import { newId } from "../../src/common/index.ts";
import { waitFor } from "../helpers/wait.ts";
import { claim, event, job, pause, run } from "./records.ts";
import { listingContract } from "./store-listing.contract.ts";

export interface StorePair {
  /** Two handles on the same state, like two executor processes. */
  a: Store;
  b: Store;
  /** The job lease the handles were built with. */
  leaseMs: number;
  /** The retention the handles were built with (short: its jobs come due during a test). */
  retentionMs: number;
  cleanup(): Promise<void>;
}

const fn = (slug: string, event: string) => ({
  id: `fn-${slug}`, appName: "app", slug, name: slug, triggers: [{ event }], retries: 4, url: "wss://connect", config: {},
});

export function storeContract(name: string, make: () => Promise<StorePair>, opts: { skip?: string } = {}): void {
  describe(`Store contract: ${name}`, { skip: opts.skip }, () => {
    test("syncApp stores functions; the same payload is not modified and keeps its ids", async () => {
      const { a, b, cleanup } = await make();
      try {
        const input = { name: `app-${newId()}`, url: "ws://connect", method: "connect" as const, sdk: "t:1", checksum: "c1", functions: [fn("x-one", "e/one")] };
        const first = await a.syncApp(input);
        assert.equal(first.modified, true, "first sync modifies");
        const again = await b.syncApp(input);
        assert.deepEqual([again.modified, again.app.id, again.app.syncId], [false, first.app.id, first.app.syncId]);
        const changed = await a.syncApp({ ...input, checksum: "c2", functions: [fn("x-two", "e/two")] });
        assert.equal(changed.app.id, first.app.id, "an app keeps its id across syncs");
        assert.notEqual(changed.app.syncId, first.app.syncId, "a changed app gets a new sync id");
        const slugs = (await b.listFunctions()).filter((f) => f.appId === first.app.id).map((f) => f.slug);
        assert.deepEqual(slugs, ["x-two"], "functions are replaced by the new sync");
        assert.equal((await b.getApp(first.app.id))?.name, input.name);
      } finally {
        await cleanup();
      }
    });

    test("events are stored with their fan-out job, and runs are listed per event", async () => {
      const { a, b, cleanup } = await make();
      try {
        const eventId = newId();
        const ev = { internalId: eventId, receivedAt: Date.now(), event: { name: "e/x", data: { n: 1 }, user: {}, id: eventId, ts: Date.now() } };
        const ej: JobRecord = { id: `event-${eventId}`, kind: "event", attempt: 0, runAt: Date.now(), createdAt: Date.now(), payload: { eventIds: [eventId] } };
        await a.insertEvents([ev], [ej]);
        assert.deepEqual((await b.getEvent(eventId))?.event.data, { n: 1 });
        const claimed = await claim(b, (j) => j.id === ej.id);
        const r1 = run(newId(), { eventIds: [eventId] });
        const r2 = run(newId(), { eventIds: [eventId] });
        await b.createRuns([r1, r2], [job(r1.id, `${r1.id}-start`), job(r2.id, `${r2.id}-start`)], claimed.id);
        // Creating the same runs again (a redelivered event job) changes nothing.
        await b.createRuns([{ ...r1, status: "Failed" }], []);
        const runs = await a.listRunsForEvent(eventId);
        assert.deepEqual(runs.map((r) => r.id).sort(), [r1.id, r2.id].sort());
        assert.equal((await a.getRun(r1.id))?.status, "Running", "an existing run is not overwritten");
        await claim(a, (j) => j.id === `${r1.id}-start`);
      } finally {
        await cleanup();
      }
    });

    test("a step result is first-wins and steps come back in completion order", async () => {
      const { a, b, cleanup } = await make();
      try {
        const r = run();
        await a.createRuns([r], []);
        const step = (stepId: string, result: unknown) => ({ runId: r.id, stepId, result, op: "StepRun", attempt: 0, createdAt: Date.now() });
        await a.commit({ run: { id: r.id }, steps: [step("s2", { data: 2 })] });
        await b.commit({ run: { id: r.id }, steps: [step("s1", { data: 1 })] });
        await a.commit({ run: { id: r.id }, steps: [step("s2", { data: "second write" })] });
        const steps = await b.getSteps(r.id);
        assert.deepEqual(steps.map((s) => [s.stepId, s.result]), [["s2", { data: 2 }], ["s1", { data: 1 }]]);
      } finally {
        await cleanup();
      }
    });

    test("a commit through a handle whose copy of the run is stale keeps what another handle wrote", async () => {
      const { a, b, cleanup } = await make();
      try {
        const r = run();
        await a.createRuns([r], []);
        const step = (stepId: string) => ({ runId: r.id, stepId, result: { data: stepId }, op: "StepRun", attempt: 0, createdAt: Date.now() });
        // a reads and writes the run (it now knows a revision), then b writes it behind a's back.
        assert.equal((await a.getRunWithSteps(r.id))?.steps.length, 0);
        await a.commit({ run: { id: r.id }, steps: [step("s1")] });
        await b.commit({ run: { id: r.id, requestVersion: 2 }, steps: [step("s2")] });
        await a.commit({ run: { id: r.id, forceStepPlan: true }, steps: [step("s3")] });
        const got = await b.getRunWithSteps(r.id);
        assert.deepEqual(got?.steps.map((s) => s.stepId).sort(), ["s1", "s2", "s3"]);
        assert.deepEqual([got?.run.requestVersion, got?.run.forceStepPlan], [2, true], "both handles' run patches are kept");
        assert.equal(await a.getRunWithSteps(newId()), undefined);
      } finally {
        await cleanup();
      }
    });

    test("a commit applies the run patch, completes the job and enqueues the next one together", async () => {
      const { a, b, cleanup } = await make();
      try {
        const r = run();
        await a.createRuns([r], [job(r.id, `${r.id}-start`)]);
        const j = await claim(a, (x) => x.id === `${r.id}-start`);
        const next = job(r.id, `${r.id}-next`);
        await a.commit({ completeJobId: j.id, run: { id: r.id, requestVersion: 2 }, enqueue: [next] });
        assert.equal((await b.getRun(r.id))?.requestVersion, 2);
        const got = await claim(b, (x) => x.runId === r.id);
        assert.equal(got.id, next.id, "the completed job is gone and the next one is due");
      } finally {
        await cleanup();
      }
    });

    test("a finished run is not revived by a late commit that expects Running", async () => {
      const { a, cleanup } = await make();
      try {
        const r = run();
        await a.createRuns([r], []);
        await a.commit({ run: { id: r.id, status: "Cancelled" } });
        await a.commit({ run: { id: r.id, status: "Completed", output: 1 }, expectRunStatus: "Running" });
        assert.equal((await a.getRun(r.id))?.status, "Cancelled");
      } finally {
        await cleanup();
      }
    });

    test("a late finalisation of a cancelled run stores none of its events and enqueues none of its jobs", async () => {
      const { a, b, cleanup } = await make();
      try {
        const r = run();
        await a.createRuns([r], [job(r.id, `${r.id}-start`)]);
        const held = await claim(a, (x) => x.id === `${r.id}-start`);
        const ending = (status: RunRecord["status"], tag: string): Commit => {
          const internalId = newId();
          return {
            run: { id: r.id, status, endedAt: Date.now() },
            expectRunStatus: "Running",
            events: [{ internalId, receivedAt: Date.now(), event: { name: "inngest/function.finished", data: { tag }, user: {}, id: newId(), ts: Date.now() } }],
            enqueue: [{ id: `event-${internalId}`, kind: "event", attempt: 0, runAt: Date.now(), createdAt: Date.now(), payload: { eventIds: [internalId] } }],
          };
        };
        const cancel = ending("Cancelled", "cancel");
        await b.commit(cancel);
        const late = { ...ending("Completed", "late"), completeJobId: held.id };
        await a.commit(late);
        assert.equal((await b.getRun(r.id))?.status, "Cancelled");
        assert.ok(await b.getEvent(cancel.events![0].internalId), "the cancellation's finished event is stored");
        assert.equal(await b.getEvent(late.events![0].internalId), undefined, "the late reply's finished event is not stored");
        const fanOut = await claim(b, (x) => x.kind === "event" && x.id === cancel.enqueue![0].id);
        assert.ok(fanOut, "the cancellation's event is fanned out");
        await new Promise((res) => setTimeout(res, 300));
        const jobs = [...await a.queue.claim(Date.now(), 50, 60_000), ...await b.queue.claim(Date.now(), 50, 60_000)];
        assert.equal(jobs.find((x) => x.id === late.enqueue![0].id), undefined, "the late reply's event is not fanned out");
        assert.equal(jobs.find((x) => x.id === held.id), undefined, "the late reply still completes its job");
      } finally {
        await cleanup();
      }
    });

    test("a parallel fan-in enqueues discovery once, after the last pending step", async () => {
      const { a, b, cleanup } = await make();
      try {
        const r = run();
        await a.createRuns([r], []);
        await a.commit({ run: { id: r.id }, addPending: ["p1", "p2"] });
        const disc = (id: string): Commit => ({
          run: { id: r.id },
          steps: [{ runId: r.id, stepId: id, result: { data: id }, op: "StepRun", attempt: 0, createdAt: Date.now() }],
          resolvePending: { stepIds: [id], then: job(r.id, `${r.id}-disc-${id}`) },
        });
        await Promise.all([a.commit(disc("p1")), b.commit(disc("p2"))]);
        const found: string[] = [];
        await waitFor(async () => {
          for (const j of await a.queue.claim(Date.now(), 50, 60_000)) if (j.runId === r.id) found.push(j.id);
          return found.length >= 1;
        });
        await new Promise((res) => setTimeout(res, 300));
        for (const j of await a.queue.claim(Date.now(), 50, 60_000)) if (j.runId === r.id) found.push(j.id);
        assert.equal(found.length, 1, `expected one discovery, got ${found.join(",")}`);
        const after = await b.getRun(r.id);
        assert.deepEqual(after?.pendingSteps, []);
        assert.equal(after?.forceStepPlan, false, "step planning is lifted after the fan-in");
      } finally {
        await cleanup();
      }
    });

    test("a retried job comes back with its new attempt at its new time", async () => {
      const { a, b, cleanup } = await make();
      try {
        const r = run();
        await a.createRuns([r], [job(r.id, `${r.id}-j`)]);
        const j = await claim(a, (x) => x.runId === r.id);
        const at = Date.now() + 300;
        await a.commit({ run: { id: r.id }, retryJob: { id: j.id, runAt: at, attempt: 1, payload: { waitingSince: 5 } } });
        const again = await claim(b, (x) => x.runId === r.id);
        assert.ok(Date.now() >= at - 20, "retried before its time");
        assert.equal(again.kind, "run");
        assert.deepEqual([again.id, again.attempt, again.payload?.waitingSince], [j.id, 1, 5]);
        // The retry is a new delivery: completing it is applied, not mistaken for the first.
        await b.commit({ completeJobId: again.id, run: { id: r.id, requestVersion: 7 } });
        assert.equal((await a.getRun(r.id))?.requestVersion, 7);
      } finally {
        await cleanup();
      }
    });

    test("an expired wait is not offered to events, but stays for its timeout job to consume", async () => {
      const { a, b, cleanup } = await make();
      try {
        const r = run(newId());
        const name = `e/expired-${r.id}`;
        await a.createRuns([r], []);
        const p = { ...pause(r.id, "wait", name), expiresAt: Date.now() - 1_000 };
        await a.commit({ run: { id: r.id }, addPauses: [p] });
        assert.deepEqual(await b.pausesForEvent(name, Date.now()), [], "an event arriving after the timeout does not resume the wait");
        // The timeout job may run after such an event: the pause must still be there for it, or
        // it would take the wait for resumed by an event and the run would wait for ever.
        await new Promise((res) => setTimeout(res, 100));
        assert.equal(await a.consumePause(p, { run: { id: r.id } }), true, "the timeout job consumes the expired pause");
        assert.equal(await b.consumePause(p, { run: { id: r.id } }), false, "only once");
      } finally {
        await cleanup();
      }
    });

    test("a run that ends is scheduled for deletion after the retention; deleting it removes its steps and pauses", async () => {
      const { a, b, retentionMs, cleanup } = await make();
      try {
        const ev = event("e/ret");
        await a.insertEvents([ev], []);
        const r = run(newId(), { eventIds: [ev.internalId] });
        const cancelName = `e/cancel-${r.id}`;
        const waitName = `e/wait-${r.id}`;
        await a.createRuns([r], [], undefined, [pause(r.id, "cancel", cancelName)]);
        const s1 = { runId: r.id, stepId: "s1", result: { data: 1 }, op: "StepRun", attempt: 0, createdAt: Date.now() };
        await a.commit({ run: { id: r.id }, steps: [s1], addPauses: [pause(r.id, "wait", waitName)] });
        assert.equal(await b.deleteRun(r.id), false, "a Running run is never deleted");
        assert.equal((await a.getRun(r.id))?.status, "Running");
        const endedAt = Date.now();
        await b.commit({ run: { id: r.id, status: "Completed", endedAt, output: 1 }, expectRunStatus: "Running" });
        const expiry = await claim(a, (j) => j.id === `expire-run-${r.id}`, retentionMs + 5_000);
        assert.ok(Date.now() >= endedAt + retentionMs - 50, "the run's retention job came due before the retention had passed");
        assert.deepEqual([expiry.kind, expiry.payload], ["expire", { expire: "run", runId: r.id, eventIds: [ev.internalId] }]);
        assert.equal(await a.deleteRun(r.id), true);
        assert.equal(await b.getRun(r.id), undefined, "the run is gone");
        assert.deepEqual(await b.getSteps(r.id), [], "its steps are gone");
        assert.deepEqual(await b.listRunsForEvent(ev.internalId), []);
        const pauses = [...await b.pausesForEvent(cancelName, Date.now()), ...await b.pausesForEvent(waitName, Date.now())];
        assert.deepEqual(pauses.map((p) => p.id), [], "its pauses (cancel rule and wait) are gone");
        assert.equal(await b.deleteRun(r.id), true, "deleting again is a no-op");
        await a.commit({ completeJobId: expiry.id });
        // A late commit for the deleted run (a reply after retention) leaves nothing behind.
        await b.commit({ run: { id: r.id }, steps: [{ runId: r.id, stepId: "late", result: { data: 2 }, op: "StepRun", attempt: 0, createdAt: Date.now() }] });
        assert.deepEqual(await a.getSteps(r.id), [], "a step stored for a deleted run");
        assert.equal(await a.getRun(r.id), undefined, "a late commit revived the run");
      } finally {
        await cleanup();
      }
    });

    test("stored events are scheduled for deletion after the retention, and deleted only once none of their runs remains", async () => {
      const { a, b, retentionMs, cleanup } = await make();
      try {
        const used = event("e/used");
        const unused = event("e/unused");
        await a.insertEvents([used, unused], []);
        const r = run(newId(), { eventIds: [used.internalId] });
        await a.createRuns([r], []);
        const expiry = await claim(b, (j) => j.id === `expire-events-${used.internalId}`, retentionMs + 5_000);
        assert.ok(Date.now() >= used.receivedAt + retentionMs - 50, "the events' retention job came due before the retention had passed");
        assert.deepEqual(expiry.payload, { expire: "events", eventIds: [used.internalId, unused.internalId] });
        assert.deepEqual(await b.deleteEvents([used.internalId, unused.internalId]), [unused.internalId], "only the event without runs goes");
        assert.equal(await a.getEvent(unused.internalId), undefined);
        assert.ok(await a.getEvent(used.internalId), "an event whose run is Running is kept");
        await a.commit({ run: { id: r.id, status: "Failed", endedAt: Date.now() }, expectRunStatus: "Running" });
        assert.ok(await a.getEvent(used.internalId), "an event whose run has ended but is kept is kept too");
        assert.deepEqual(await b.deleteEvents([used.internalId]), []);
        assert.equal(await b.deleteRun(r.id), true);
        assert.deepEqual(await b.deleteEvents([used.internalId, unused.internalId]), [used.internalId], "deleted once its last run is");
        assert.equal(await a.getEvent(used.internalId), undefined);
        // Events a commit stores (system events) are scheduled too.
        const emitted = event("inngest/function.finished");
        await a.commit({ events: [emitted] });
        await claim(a, (j) => j.id === `expire-events-${emitted.internalId}`, retentionMs + 5_000);
      } finally {
        await cleanup();
      }
    });

    listingContract(make);
  });
}
