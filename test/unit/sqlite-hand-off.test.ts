// The SQLite store's hand-off (src/state/job-queue.ts, HandOff): a write that enqueues due jobs
// gives them, up to a limit, to its caller already leased, so the executor starts a run's next step
// from its commit without claiming it back. Jobs not due, jobs over the limit and jobs that already
// existed stay in the queue for anyone to claim.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SqliteStore } from "../../src/state/index.ts";
import { job, run } from "../contract/records.ts";

const LEASE_MS = 60_000;

test("commit hands off due jobs up to the limit, leased; the rest stay claimable", async () => {
  const store = new SqliteStore(":memory:");
  try {
    const r = run();
    const now = Date.now();
    await store.createRuns([r], []);
    const handed = await store.commit({
      run: { id: r.id },
      enqueue: [job(r.id, `${r.id}-a`, now), job(r.id, `${r.id}-b`, now), job(r.id, `${r.id}-c`, now), job(r.id, `${r.id}-later`, now + 10 * LEASE_MS)],
    }, { nowMs: now, leaseMs: LEASE_MS, limit: 2 });
    assert.deepEqual(handed?.map((j) => j.id), [`${r.id}-a`, `${r.id}-b`]);
    // The handed jobs are leased: a claim finds only the due job over the limit.
    const claimed = await store.queue.claim(now + 1, 10, LEASE_MS);
    assert.deepEqual(claimed.map((j) => j.id), [`${r.id}-c`]);
    // Their lease ends like any claim's: then anyone may claim them again (a crashed executor's jobs).
    const afterLease = await store.queue.claim(now + LEASE_MS + 1, 10, LEASE_MS);
    assert.deepEqual(afterLease.map((j) => j.id).sort(), [`${r.id}-a`, `${r.id}-b`, `${r.id}-c`]);
  } finally {
    await store.close();
  }
});

test("no hand-off without a limit, for a job that already exists, or one the write removes", async () => {
  const store = new SqliteStore(":memory:");
  try {
    const r = run();
    const now = Date.now();
    await store.createRuns([r], [job(r.id, `${r.id}-start`, now)]);
    // No hand-off asked: the write enqueues as it always did.
    assert.deepEqual(await store.commit({ enqueue: [job(r.id, `${r.id}-x`, now)] }), []);
    // An id that exists is kept as it is (INSERT OR IGNORE), so it is not handed to anyone.
    const again = await store.commit({ enqueue: [job(r.id, `${r.id}-start`, now)] }, { nowMs: now, leaseMs: LEASE_MS, limit: 5 });
    assert.deepEqual(again, []);
    // A job enqueued and completed by the same write is gone, not handed.
    const gone = await store.commit({ enqueue: [job(r.id, `${r.id}-y`, now)], completeJobId: `${r.id}-y` }, { nowMs: now, leaseMs: LEASE_MS, limit: 5 });
    assert.deepEqual(gone, []);
    const claimed = await store.queue.claim(now + 1, 10, LEASE_MS);
    assert.deepEqual(claimed.map((j) => j.id).sort(), [`${r.id}-start`, `${r.id}-x`]);
  } finally {
    await store.close();
  }
});

test("createRuns hands off the new runs' due jobs", async () => {
  const store = new SqliteStore(":memory:");
  try {
    const [a, b] = [run(), run()];
    const now = Date.now();
    const handed = await store.createRuns([a, b], [job(a.id, `${a.id}-start`, now), job(b.id, `${b.id}-start`, now)], undefined, [], { nowMs: now, leaseMs: LEASE_MS, limit: 1 });
    assert.deepEqual(handed?.map((j) => j.id), [`${a.id}-start`]);
    assert.deepEqual((await store.queue.claim(now + 1, 10, LEASE_MS)).map((j) => j.id), [`${b.id}-start`]);
  } finally {
    await store.close();
  }
});
