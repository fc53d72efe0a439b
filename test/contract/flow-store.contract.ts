// The flow-control store contract (src/state/flow-store.ts), run unchanged against every adapter
// (SQLite, JetStream): compare-and-set documents, also raced from two store handles, and backlogs
// of parked jobs: out of the job queue while parked, ordered by score then park order, listed and
// counted per lane, unparked exactly once however many executors race, parked once however often
// a parking is repeated, and kept across a restart. "Not claimable" is checked against a sentinel
// job due after the parked job's lease would have lapsed: the queue hands it out only then.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { newId } from "../../src/common/index.ts";
import type { FlowStore, JobRecord, ParkedJob, RunRecord, Store } from "../../src/state/index.ts";
import { waitFor } from "../helpers/wait.ts";

export interface FlowStorePair {
  /** Two handles on the same state, like two executor processes. */
  a: Store;
  b: Store;
  /** The job lease the handles were built with. */
  leaseMs: number;
  /** Another handle on the same state (after `a` was closed: a restart); closed by `cleanup`. */
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

function run(id = newId()): RunRecord {
  return {
    id, functionId: "F", functionSlug: "app-f", appId: "A", appName: "app", eventIds: [], status: "Running",
    createdAt: Date.now(), requestVersion: -1, forceStepPlan: false, pendingSteps: [], maxAttempts: 5,
  };
}

function job(runId: string, id = `${runId}-${newId()}`, runAt = Date.now()): JobRecord {
  return { id, kind: "run", runId, stepId: "step", attempt: 0, runAt, createdAt: Date.now() };
}

/** A new run with one job due now in the queue. */
async function enqueued(s: Store): Promise<JobRecord> {
  const r = run();
  const j = job(r.id);
  await s.createRuns([r], [j]);
  return j;
}

interface Claimed {
  job: JobRecord;
  /** The handle holding it (on JetStream only it can settle the delivery). */
  by: Store;
}

/** Claims from both handles until `want` is claimed; everything claimed on the way is returned too. */
async function claimUntil(pair: FlowStorePair, want: (j: JobRecord) => boolean, timeoutMs = 10_000): Promise<Claimed[]> {
  const seen: Claimed[] = [];
  await waitFor(async () => {
    for (const by of [pair.a, pair.b]) for (const job of await by.queue.claim(Date.now(), 50, pair.leaseMs)) seen.push({ job, by });
    return seen.some((c) => want(c.job));
  }, { timeoutMs, intervalMs: 20, what: "a job to claim" });
  return seen;
}

/** Claims from both handles until the job `id` is claimed. */
async function claimOne(pair: FlowStorePair, id: string): Promise<Claimed> {
  return (await claimUntil(pair, (j) => j.id === id)).find((c) => c.job.id === id)!;
}

/** Claims until a sentinel due after the jobs' leases lapsed comes out; returns the ids claimed on the way. */
async function claimedBeforeSentinel(pair: FlowStorePair): Promise<string[]> {
  const r = run();
  const sentinel = job(r.id, `${r.id}-sentinel`, Date.now() + pair.leaseMs * 2);
  await pair.a.createRuns([r], [sentinel]);
  const seen = await claimUntil(pair, (j) => j.id === sentinel.id, pair.leaseMs * 10);
  return seen.map((c) => c.job.id).filter((id) => id !== sentinel.id);
}

async function heads(flow: FlowStore, backlog: string, lane: string): Promise<ParkedJob[]> {
  const out: ParkedJob[] = [];
  for (let p = await flow.head(backlog, lane); p; p = await flow.head(backlog, lane)) {
    assert.equal(await flow.unpark(p), true, "the head unparks");
    out.push(p);
  }
  return out;
}

export function flowStoreContract(name: string, make: () => Promise<FlowStorePair>, opts: { skip?: string } = {}): void {
  describe(`FlowStore contract: ${name}`, { skip: opts.skip }, () => {
    test("documents are created, updated and deleted by revision; a stale revision changes nothing", async () => {
      const { a, b, cleanup } = await make();
      try {
        const key = `doc:${newId()} with spaces/and.dots*>`;
        assert.equal(await a.flow.get(key), undefined);
        assert.equal(await a.flow.put(key, { n: 1 }, 0), true, "revision 0 creates");
        assert.equal(await b.flow.put(key, { n: 9 }, 0), false, "revision 0 does not overwrite");
        const first = await b.flow.get<{ n: number }>(key);
        assert.deepEqual(first?.value, { n: 1 });
        assert.ok(first && first.rev > 0, "revisions are positive");
        assert.equal(await b.flow.put(key, { n: 2 }, first.rev), true, "the current revision updates");
        assert.equal(await a.flow.put(key, { n: 3 }, first.rev), false, "a stale revision does not");
        const second = await a.flow.get<{ n: number }>(key);
        assert.deepEqual(second?.value, { n: 2 });
        assert.notEqual(second?.rev, first.rev, "every write changes the revision");
        assert.equal(await a.flow.put(key, undefined, first.rev), false, "a stale revision does not delete");
        assert.equal(await a.flow.put(key, undefined, second!.rev), true, "the current revision deletes");
        assert.equal(await b.flow.get(key), undefined);
        assert.equal(await b.flow.put(key, undefined, second!.rev), false, "deleting twice applies once");
        assert.equal(await b.flow.put(key, undefined, 0), true, "deleting what must not exist applies when absent");
        assert.equal(await b.flow.put(key, { n: 4 }, 0), true, "a deleted key is created again");
        const third = await a.flow.get<{ n: number }>(key);
        assert.ok(third && ![first.rev, second!.rev].includes(third.rev), "a recreated document never reuses a revision");
        assert.equal(await a.flow.put(key, { n: 5 }, second!.rev), false, "a revision from before the delete does not update");
        assert.equal(await a.flow.put(key, undefined, 0), false, "deleting what must not exist does not apply when present");
        assert.deepEqual((await b.flow.get(key))?.value, { n: 4 });
      } finally {
        await cleanup();
      }
    });

    test("compare-and-set raced from two stores: exactly one write wins each race, no update is lost", async () => {
      const { a, b, cleanup } = await make();
      try {
        const key = `race-${newId()}`;
        const created = await Promise.all([a.flow.put(key, { by: "a", n: 0 }, 0), b.flow.put(key, { by: "b", n: 0 }, 0)]);
        assert.equal(created.filter(Boolean).length, 1, "exactly one create wins");
        const cur = (await a.flow.get<{ n: number }>(key))!;
        const updated = await Promise.all([a.flow.put(key, { n: 1 }, cur.rev), b.flow.put(key, { n: 1 }, cur.rev)]);
        assert.equal(updated.filter(Boolean).length, 1, "exactly one update of a revision wins");
        // Read-modify-write loops on both handles at once: every increment lands once.
        const increments = 15;
        const bump = async (s: Store) => {
          for (let i = 0; i < increments; i++) {
            for (;;) {
              const d = (await s.flow.get<{ n: number }>(key))!;
              if (await s.flow.put(key, { n: d.value.n + 1 }, d.rev)) break;
            }
          }
        };
        await Promise.all([bump(a), bump(b)]);
        assert.equal((await b.flow.get<{ n: number }>(key))?.value.n, 1 + 2 * increments);
      } finally {
        await cleanup();
      }
    });

    test("a parked job leaves the job queue and comes back due now when unparked", async () => {
      const pair = await make();
      const { a, b, cleanup } = pair;
      try {
        const backlog = `bl-${newId()}`;
        const j = await enqueued(a);
        // Parked by the handle holding the job: on JetStream, parking acks its delivery.
        const claimed = await claimOne(pair, j.id);
        await claimed.by.flow.park(claimed.job, backlog, "lane", 10, { limit: 2 });
        assert.deepEqual(await b.flow.counts(backlog), { lane: 1 });
        assert.equal((await claimedBeforeSentinel(pair)).includes(j.id), false, "a parked job is not claimable, even after its lease");
        const p = await b.flow.head(backlog, "lane");
        assert.deepEqual([p?.job.id, p?.backlog, p?.lane, p?.score, p?.meta], [j.id, backlog, "lane", 10, { limit: 2 }]);
        const before = Date.now();
        assert.equal(await b.flow.unpark(p!), true);
        assert.deepEqual(await a.flow.counts(backlog), {}, "out of the backlog");
        const back = (await claimOne(pair, j.id)).job;
        assert.ok(back.runAt >= before && back.runAt <= Date.now(), "due now");
        assert.equal(back.attempt, j.attempt);
      } finally {
        await cleanup();
      }
    });

    test("a lane's head is its lowest score, negative scores included; ties go in park order", async () => {
      const { a, b, cleanup } = await make();
      try {
        const backlog = `bl-${newId()}`;
        const r = run();
        const scores = [5, -3, 1e12, -1e12, 0, -0.5, 1_700_000_000_000, 5, 5, 5, 5, -1_700_000_000_000.5, 2 ** 53];
        // Ids sort against park order, so an adapter breaking ties by id is caught.
        const parked = scores.map((score, i) => ({ score, job: job(r.id, `${r.id}-${99 - i}`) }));
        for (const [i, p] of parked.entries()) await (i % 2 ? a : b).flow.park(p.job, backlog, "l", p.score);
        const expected = parked.map((p, i) => ({ ...p, i })).sort((x, y) => x.score - y.score || x.i - y.i).map((p) => p.job.id);
        const order = await heads(a.flow, backlog, "l");
        assert.deepEqual(order.map((p) => p.job.id), expected);
        assert.deepEqual(order.map((p) => p.score), [...scores].sort((x, y) => x - y), "scores come back as parked");
        assert.equal(await b.flow.head(backlog, "l"), undefined, "an empty lane has no head");
      } finally {
        await cleanup();
      }
    });

    test("lanes are listed sorted, whatever their names, and counted per lane; backlogs are apart", async () => {
      const { a, b, cleanup } = await make();
      try {
        const backlog = `bl-${newId()}`;
        const other = `${backlog}-other`;
        const r = run();
        const names = ["b", "a", "", "ü key/with.dots *>", "x".repeat(300), "Z", "a.b"];
        const perLane = [1, 3, 1, 2, 2, 1, 1];
        for (const [i, lane] of names.entries()) {
          for (let n = 0; n < perLane[i]; n++) await a.flow.park(job(r.id), backlog, lane, n);
        }
        await a.flow.park(job(r.id), other, "a", 0);
        assert.deepEqual(await b.flow.lanes(backlog), [...names].sort());
        assert.deepEqual(await b.flow.counts(backlog), Object.fromEntries(names.map((l, i) => [l, perLane[i]])));
        assert.deepEqual(await b.flow.lanes(other), ["a"]);
        assert.deepEqual(await b.flow.lanes(`bl-${newId()}`), [], "an unknown backlog has no lanes");
        assert.deepEqual(await b.flow.counts(`bl-${newId()}`), {});
        assert.equal((await heads(b.flow, backlog, "a")).length, 3);
        assert.equal((await heads(b.flow, backlog, "x".repeat(300))).length, 2, "a long lane name works like any other");
        assert.deepEqual(await a.flow.lanes(backlog), names.filter((l) => l !== "a" && l !== "x".repeat(300)).sort(), "an emptied lane is no longer listed");
        assert.deepEqual(await a.flow.counts(other), { a: 1 }, "another backlog is untouched");
      } finally {
        await cleanup();
      }
    });

    test("two stores racing to unpark the same entry enqueue the job once, and a repeated unpark does nothing", async () => {
      const pair = await make();
      const { a, b, cleanup } = pair;
      try {
        const backlog = `bl-${newId()}`;
        const r = run();
        const j = job(r.id);
        await a.createRuns([r], []);
        await a.flow.park(j, backlog, "l", 1);
        const [pa, pb] = await Promise.all([a.flow.head(backlog, "l"), b.flow.head(backlog, "l")]);
        const won = await Promise.all([a.flow.unpark(pa!), b.flow.unpark(pb!)]);
        assert.equal(won.filter(Boolean).length, 1, "exactly one unpark removes it");
        assert.deepEqual(await Promise.all([a.flow.unpark(pa!), b.flow.unpark(pb!)]), [false, false], "unparked already");
        const first = await claimOne(pair, j.id);
        await first.by.commit({ completeJobId: j.id });
        assert.equal((await claimedBeforeSentinel(pair)).includes(j.id), false, "the job was enqueued once");
      } finally {
        await cleanup();
      }
    });

    test("parking the same job again (same id and attempt) keeps one entry and its place", async () => {
      const { a, b, cleanup } = await make();
      try {
        const backlog = `bl-${newId()}`;
        const r = run();
        const j = job(r.id);
        const later = job(r.id);
        await a.flow.park(j, backlog, "l", 7, { n: 1 });
        await a.flow.park(later, backlog, "l", 7);
        const p = await a.flow.head(backlog, "l");
        await b.flow.park(j, backlog, "l", 7, { n: 2 });
        assert.deepEqual(await a.flow.counts(backlog), { l: 2 });
        const again = await b.flow.head(backlog, "l");
        assert.deepEqual([again?.job.id, again?.ref, again?.meta], [j.id, p?.ref, { n: 1 }], "the first parking stands");
        assert.equal(await b.flow.unpark(again!), true);
        assert.equal(await a.flow.unpark(p!), false, "one parking, unparked once");
        assert.equal((await a.flow.head(backlog, "l"))?.job.id, later.id);
      } finally {
        await cleanup();
      }
    });

    test("a parked job survives closing and reopening the store", async () => {
      const pair = await make();
      const { a, cleanup } = pair;
      try {
        const backlog = `bl-${newId()}`;
        const j = await enqueued(a);
        const claimed = await claimOne(pair, j.id);
        await claimed.by.flow.park(claimed.job, backlog, "l", -1, { why: "full" });
        await a.close();
        const c = await pair.reopen();
        assert.deepEqual(await c.flow.lanes(backlog), ["l"]);
        const p = await c.flow.head(backlog, "l");
        assert.deepEqual([p?.job.id, p?.score, p?.meta], [j.id, -1, { why: "full" }]);
        assert.equal(await c.flow.unpark(p!), true);
        // `b` is still up and may take it first (a JetStream pull of its own already waiting).
        await claimUntil({ ...pair, a: c }, (x) => x.id === j.id);
      } finally {
        await cleanup();
      }
    });
  });
}
