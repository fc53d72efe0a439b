// The concurrency gate over the real stores, with two "executors" (two store handles, each with
// its own gate) claiming from one queue: the limit holds across them, parked jobs all run, a
// backlog serves lowest score first, lanes round-robin, and a dead holder's slot comes back when
// its lease expires (docs/flow-control.md). On SQLite (two handles on one file) and JetStream.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { newId } from "../../src/common/index.ts";
import { ConcurrencyGate, type Slot } from "../../src/flow/concurrency.ts";
import type { JobRecord, Store } from "../../src/state/index.ts";
import { jetStreamPair, sqlitePair, type StorePair as Pair } from "../helpers/store-pairs.ts";
import { useNats } from "../helpers/use-nats.ts";
import { waitFor } from "../helpers/wait.ts";

const nats = useNats();

const LEASE_MS = 1_500;

function job(i: number, createdAt: number): JobRecord {
  return { id: `job-${String(i).padStart(4, "0")}-${newId()}`, kind: "run", runId: `run-${i}`, stepId: "step", attempt: 0, runAt: createdAt, createdAt };
}

/**
 * Two executors drain the queue: each claimed job takes its slots (or parks), "runs" for `holdMs`,
 * then releases. Returns the start order and the most jobs seen running at once per slot.
 */
async function drain(p: Pair, jobs: { job: JobRecord; slots: Slot[]; score: number }[], holdMs: number) {
  const byId = new Map(jobs.map((j) => [j.job.id, j]));
  const running = new Map<string, number>();
  const peak = new Map<string, number>();
  const started: string[] = [];
  let stop = false;
  const loop = async (s: Store) => {
    const gate = new ConcurrencyGate(s.flow, LEASE_MS);
    const inFlight = new Set<Promise<void>>();
    while (!stop) {
      const claimed = await s.queue.claim(Date.now(), 20, LEASE_MS);
      for (const j of claimed) {
        const spec = byId.get(j.id)!;
        const work = (async () => {
          const r = await gate.acquire(j, spec.slots, spec.score);
          if (!r.granted) return;
          started.push(j.id);
          for (const sl of spec.slots) {
            const n = (running.get(sl.docKey) ?? 0) + 1;
            running.set(sl.docKey, n);
            peak.set(sl.docKey, Math.max(peak.get(sl.docKey) ?? 0, n));
          }
          await sleep(holdMs);
          for (const sl of spec.slots) running.set(sl.docKey, running.get(sl.docKey)! - 1);
          await s.commit({ completeJobId: j.id });
          await gate.release(j.id, spec.slots);
        })();
        inFlight.add(work);
        void work.finally(() => inFlight.delete(work));
      }
      if (claimed.length === 0) await sleep(10);
    }
    await Promise.all(inFlight);
  };
  const loops = [loop(p.a), loop(p.b)];
  try {
    await waitFor(() => started.length >= jobs.length, { timeoutMs: 60_000, what: `all ${jobs.length} jobs to start (${started.length} did)` });
  } finally {
    stop = true;
    await Promise.all(loops);
  }
  return { started, peak };
}

function gateSuite(name: string, make: () => Promise<Pair>, opts: { skip?: string } = {}) {
  describe(`concurrency gate on ${name}`, { skip: opts.skip }, () => {
    test("limit 3 holds across two executors; every parked job runs", async () => {
      const p = await make();
      try {
        const docKey = `conc.fn.${newId()}`;
        const now = Date.now();
        const jobs = Array.from({ length: 24 }, (_, i) => ({ job: job(i, now), slots: [{ docKey, limit: 3, lane: "", scope: "fn" }], score: now + i }));
        await p.a.commit({ enqueue: jobs.map((j) => j.job) });
        const { peak, started } = await drain(p, jobs, 60);
        assert.equal(new Set(started).size, 24);
        assert.equal(peak.get(docKey), 3, "the limit was reached and never passed");
      } finally {
        await p.cleanup();
      }
    });

    test("limit 1: a backlog starts lowest score first (FIFO, priority moves a job ahead)", async () => {
      const p = await make();
      try {
        const docKey = `conc.fn.${newId()}`;
        const now = Date.now();
        const slots = [{ docKey, limit: 1, lane: "", scope: "fn" }];
        // The first job takes the slot; the others park while it holds it.
        const first = { job: job(0, now), slots, score: now };
        const rest = Array.from({ length: 6 }, (_, i) => ({ job: job(i + 1, now), slots, score: now + (i + 1) * 1_000 }));
        rest[4]!.score = now - 120_000; // priority 120 s: ahead of every other queued job
        const gate = new ConcurrencyGate(p.a.flow, LEASE_MS);
        await p.a.commit({ enqueue: [first.job] });
        const [claimedFirst] = await waitFor(async () => {
          const c = await p.a.queue.claim(Date.now(), 1, LEASE_MS);
          return c.length ? c : undefined;
        });
        assert.deepEqual((await gate.acquire(claimedFirst!, slots, first.score)).granted, true);
        await p.a.commit({ enqueue: rest.map((r) => r.job) });
        let parked = 0;
        await waitFor(async () => {
          for (const j of await p.a.queue.claim(Date.now(), 10, LEASE_MS)) {
            const spec = rest.find((r) => r.job.id === j.id)!;
            assert.equal((await gate.acquire(j, slots, spec.score)).granted, false);
            parked++;
          }
          return parked === rest.length;
        }, { what: "every queued job to park" });
        assert.equal((await p.a.flow.counts(docKey))[""], rest.length);
        await p.a.commit({ completeJobId: claimedFirst!.id });
        await gate.release(claimedFirst!.id, slots);
        const { started } = await drain(p, rest, 20);
        const expected = [...rest].sort((x, y) => x.score - y.score).map((r) => r.job.id);
        assert.deepEqual(started, expected);
      } finally {
        await p.cleanup();
      }
    });

    test("a shared limit serves its lanes round-robin: a hot key does not starve a cold one", async () => {
      const p = await make();
      try {
        const docKey = `conc.fn.${newId()}`;
        const now = Date.now();
        const gate = new ConcurrencyGate(p.a.flow, LEASE_MS);
        const blocker = job(0, now);
        await gate.acquire(blocker, [{ docKey, limit: 1, lane: "", scope: "fn" }], now);
        // 8 jobs of the hot key queue first, then 2 of a cold key.
        const specs = [
          ...Array.from({ length: 8 }, (_, i) => ({ job: job(i + 1, now), slots: [{ docKey, limit: 1, lane: "hot", scope: "fn" }], score: now + i })),
          ...Array.from({ length: 2 }, (_, i) => ({ job: job(i + 20, now), slots: [{ docKey, limit: 1, lane: "cold", scope: "fn" }], score: now + 100 + i })),
        ];
        for (const s of specs) {
          await p.a.commit({ enqueue: [s.job] });
          const [c] = await waitFor(async () => {
            const got = await p.a.queue.claim(Date.now(), 1, LEASE_MS);
            return got.length ? got : undefined;
          });
          assert.equal((await gate.acquire(c!, s.slots, s.score)).granted, false);
        }
        assert.deepEqual(await p.a.flow.lanes(docKey), ["cold", "hot"]);
        await gate.release(blocker.id, [{ docKey, limit: 1, lane: "", scope: "fn" }]);
        const { started } = await drain(p, specs, 10);
        const lanes = started.map((id) => (specs.findIndex((s) => s.job.id === id) >= 8 ? "cold" : "hot"));
        // Both cold jobs start among the first four, not after the eight hot ones.
        assert.ok(lanes.slice(0, 4).filter((l) => l === "cold").length === 2, `start order by lane: ${lanes.join(",")}`);
      } finally {
        await p.cleanup();
      }
    });

    test("a holder that dies without releasing frees its slot when its lease expires (the sweep hands it over)", async () => {
      const p = await make();
      try {
        const docKey = `conc.fn.${newId()}`;
        const now = Date.now();
        const slots = [{ docKey, limit: 1, lane: "", scope: "fn" }];
        const gate = new ConcurrencyGate(p.a.flow, LEASE_MS);
        const dead = job(0, now);
        assert.equal((await gate.acquire(dead, slots, now)).granted, true);
        const waiting = job(1, now);
        await p.b.commit({ enqueue: [waiting] });
        const [c] = await waitFor(async () => {
          const got = await p.b.queue.claim(Date.now(), 1, LEASE_MS);
          return got.length ? got : undefined;
        });
        assert.equal((await gate.acquire(c!, slots, now + 1)).granted, false);
        // No release ever comes; the sweep finds the slot free once the lease lapsed. The lease
        // ran from \`now\` (the grant), so that is the clock to measure against: the claim above
        // can take a good part of the lease on a loaded machine.
        await waitFor(async () => (await gate.dispatch(docKey)) === false, { timeoutMs: 10_000, what: "the sweep to hand the slot over" });
        assert.ok(Date.now() - now >= LEASE_MS, "not before the dead holder's lease expired");
        const again = await waitFor(async () => (await p.b.queue.claim(Date.now(), 1, LEASE_MS))[0], { what: "the parked job back in the queue" });
        assert.equal(again.id, waiting.id);
        assert.equal((await gate.acquire(again, slots, now + 1)).granted, true, "the handed-over slot is the job's");
      } finally {
        await p.cleanup();
      }
    });
  });
}

gateSuite("SqliteStore", () => sqlitePair());

gateSuite("JetStreamStore", () => jetStreamPair(nats.url(), { jobLeaseMs: 5_000 }), { skip: nats.skip });
