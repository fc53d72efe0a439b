// The job-queue contract (src/state/job-queue.ts), run unchanged against every store's queue
// (SQLite, JetStream): timers, claim limits, one claim per enqueued id, leases that keep a job
// from other executors while renewed and hand it back when they lapse, give-backs after a
// failure, and wake-ups that never take a held job. Jobs go in through the store's writes (the
// only way in), from two handles on the same state like two executor processes.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { JobRecord, Store } from "../../src/state/index.ts";
import { waitFor } from "../helpers/wait.ts";
import { claim, job, run } from "./records.ts";

export interface QueuePair {
  /** Two handles on the same state, like two executor processes. */
  a: Store;
  b: Store;
  /** The job lease the handles were built with. */
  leaseMs: number;
  cleanup(): Promise<void>;
}

/** Every job either handle claims over `ms` (they stay held). */
async function claimFor(pair: QueuePair, ms: number, limit = 50): Promise<JobRecord[]> {
  const got: JobRecord[] = [];
  const until = Date.now() + ms;
  while (Date.now() < until) {
    for (const s of [pair.a, pair.b]) got.push(...await s.queue.claim(Date.now(), limit, 60_000));
    await new Promise((res) => setTimeout(res, 20));
  }
  return got;
}

export function jobQueueContract(name: string, make: () => Promise<QueuePair>, opts: { skip?: string } = {}): void {
  describe(`Job-queue contract: ${name}`, { skip: opts.skip }, () => {
    test("a future job is not claimed before its time (a durable timer)", async () => {
      const { a, cleanup } = await make();
      try {
        const r = run();
        const at = Date.now() + 700;
        await a.createRuns([r], [job(r.id, `${r.id}-later`, at)]);
        const early = await a.queue.claim(Date.now(), 50, 60_000);
        assert.equal(early.some((j) => j.runId === r.id), false, "claimed before runAt");
        const got = await claim(a, (j) => j.runId === r.id);
        assert.ok(Date.now() >= at - 20, "claimed too early");
        assert.equal(got.id, `${r.id}-later`);
      } finally {
        await cleanup();
      }
    });

    test("a claimed job given back after a failure is claimable again at the given time, by any executor", async () => {
      const { a, b, leaseMs, cleanup } = await make();
      try {
        const r = run();
        await a.createRuns([r], [job(r.id, `${r.id}-again`)]);
        const j = await claim(a, (x) => x.runId === r.id);
        await a.queue.renew([j.id], Date.now() + leaseMs * 4);
        const at = Date.now() + 300;
        await a.queue.retryLater(j.id, at);
        // Either executor may take it (a JetStream pull already waiting gets it first).
        const back = await waitFor(async () => [...await a.queue.claim(Date.now(), 50, leaseMs), ...await b.queue.claim(Date.now(), 50, leaseMs)]
          .find((x) => x.id === j.id), { timeoutMs: leaseMs * 4, intervalMs: 20, what: "the job given back" });
        assert.ok(Date.now() >= at - 50, "claimable again only from the given time");
        assert.ok(Date.now() < at + leaseMs / 2, "given back, not just lapsed: claimed before its lease would have run out");
        assert.equal(back.attempt, 0, "the same attempt: a failed processing is not a failed attempt");
      } finally {
        await cleanup();
      }
    });

    test("a claimed job is invisible to other executors while its lease is renewed, and comes back when it lapses", async () => {
      const { a, b, leaseMs, cleanup } = await make();
      try {
        const r = run();
        await a.createRuns([r], [job(r.id, `${r.id}-lease`)]);
        const j = await claim(a, (x) => x.runId === r.id);
        const renew = setInterval(() => void a.queue.renew([j.id], Date.now() + leaseMs), leaseMs / 4);
        await new Promise((res) => setTimeout(res, leaseMs * 1.5));
        const stolen = await b.queue.claim(Date.now(), 50, leaseMs);
        clearInterval(renew);
        assert.equal(stolen.some((x) => x.id === j.id), false, "a renewed job was handed to another executor");
        const back = await claim(b, (x) => x.id === j.id, leaseMs * 4);
        assert.equal(back.attempt, 0);
      } finally {
        await cleanup();
      }
    });

    test("a claim takes at most its limit; the jobs left wait for the next claims", async () => {
      const { a, cleanup } = await make();
      try {
        const r = run();
        const ids = [1, 2, 3].map((n) => `${r.id}-j${n}`);
        await a.createRuns([r], ids.map((id) => job(r.id, id)));
        const got: string[] = [];
        await waitFor(async () => {
          const claimed = await a.queue.claim(Date.now(), 1, 60_000);
          assert.ok(claimed.length <= 1, `a claim of 1 returned ${claimed.length}`);
          got.push(...claimed.filter((j) => j.runId === r.id).map((j) => j.id));
          return got.length === ids.length;
        }, { timeoutMs: 5_000, intervalMs: 20, what: "every job, one claim at a time" });
        assert.deepEqual(got.sort(), [...ids].sort());
      } finally {
        await cleanup();
      }
    });

    test("stats count the due jobs nobody holds and date the oldest; claimed jobs leave the count", async () => {
      const pair = await make();
      const { a, b, cleanup } = pair;
      try {
        const before = Date.now();
        const runs = [run(), run(), run()];
        await a.createRuns(runs, runs.map((r) => job(r.id, `${r.id}-due`, before - 1_000)));
        for (const s of [a, b]) {
          const stats = await s.queue.stats(Date.now());
          assert.equal(stats.dueJobs, 3);
          assert.ok(stats.oldestDueAtMs !== undefined && stats.oldestDueAtMs <= Date.now(), "the oldest due job is dated");
          assert.ok(stats.oldestDueAtMs! >= before - 1_000, "no earlier than it became due");
        }
        const got = await claimFor(pair, 600);
        assert.equal(got.filter((j) => runs.some((r) => r.id === j.runId)).length, 3);
        const after = await a.queue.stats(Date.now());
        assert.equal(after.dueJobs, 0);
        assert.equal(after.oldestDueAtMs, undefined);
      } finally {
        await cleanup();
      }
    });

    test("a job enqueued twice under one id is claimed once", async () => {
      const pair = await make();
      const { a, b, cleanup } = pair;
      try {
        const r = run();
        const j = job(r.id, `${r.id}-twice`);
        await a.createRuns([r], [j]);
        await b.createRuns([r], [j]);
        const got = await claimFor(pair, 600);
        assert.deepEqual(got.filter((x) => x.id === j.id).map((x) => x.id), [j.id]);
      } finally {
        await cleanup();
      }
    });

    test("waking a held job does not hand it to another executor", async () => {
      const pair = await make();
      const { a, b, cleanup } = pair;
      try {
        const r = run();
        await a.createRuns([r], [job(r.id, `${r.id}-held`)]);
        const j = await claim(a, (x) => x.runId === r.id);
        await b.queue.wake([j.id], Date.now());
        const got = await claimFor(pair, 300);
        assert.equal(got.some((x) => x.id === j.id), false, "a woken job was claimed while held");
      } finally {
        await cleanup();
      }
    });
  });
}
