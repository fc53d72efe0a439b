// The debounce and batch intake gates (src/executor/debounce.ts, batch.ts) over the real stores,
// without a worker: a batch whose event data reaches 10 MiB starts early (docs/semantics.md §6), a
// debounce's flush job that the due time moved past does nothing and the due one starts one run
// with the last event (§5), and a flush or fan-out repeated (a crash before its commit) starts
// the same run once. On SQLite and JetStream.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { newId } from "../../src/common/index.ts";
import { parseFlowConfig } from "../../src/flow/config.ts";
import { type Batch, BatchGate, batchDocKey, batchFlushJob, MAX_BATCH_BYTES } from "../../src/executor/batch.ts";
import { DebounceGate, type DebounceDoc, debounceDocKey, debounceFlushJob } from "../../src/executor/debounce.ts";
import type { HeldDeps, HeldDoc } from "../../src/executor/held-run.ts";
import type { IntakeContext } from "../../src/executor/intake.ts";
import { NewRuns } from "../../src/executor/new-run.ts";
import { SingletonGate } from "../../src/executor/singleton.ts";
import { eventSkips } from "../../src/flow/skips.ts";
import type { EventRecord, FunctionRecord, Store } from "../../src/state/index.ts";
import { jetStreamStores, openOne, sqliteStores } from "../helpers/store-pairs.ts";
import { useNats } from "../helpers/use-nats.ts";

const nats = useNats();

function fn(config: Record<string, unknown>): FunctionRecord {
  const id = newId();
  return {
    id, appId: "app", appName: "app", slug: `app-${id}`, name: id, triggers: [{ event: "held/test" }], retries: 0,
    url: "wss://connect/app", config, createdAt: Date.now(),
  };
}

function event(data: Record<string, unknown>): EventRecord {
  const internalId = newId();
  return { internalId, receivedAt: Date.now(), event: { name: "held/test", id: internalId, ts: Date.now(), data, user: {} } };
}

/** A fan-out job's view for the gates: the runs they start are collected, not created. */
function intake(now: number) {
  const started: { events: string[]; seed: string }[] = [];
  const ctx: IntakeContext = { now, duplicateId: false, startRun: (_fn, events, seed) => started.push({ events: events.map((e) => e.internalId), seed }) };
  return { ctx, started };
}

const deps = (store: Store, f: FunctionRecord): HeldDeps => ({
  store, config: (x) => parseFlowConfig(x.config), findFunction: async (id) => (id === f.id ? f : undefined),
});

const runIds = async (store: Store, eventId: string) => (await store.listRunsForEvent(eventId)).map((r) => r.id);

function heldSuite(name: string, make: () => Promise<{ store: Store; cleanup(): Promise<void> }>, opts: { skip?: string } = {}) {
  describe(`debounce and batch gates on ${name}`, { skip: opts.skip }, () => {
    test("batch: event data reaching 10 MiB starts the batch early; the event over the cap opens the next; repeats start it once", async () => {
      const { store, cleanup } = await make();
      try {
        const f = fn({ batchEvents: { maxSize: 100, timeout: "60s" } });
        const gate = new BatchGate(deps(store, f));
        // Under the API's 512 KiB per event; 10 MiB is not a multiple of their size.
        const events = Array.from({ length: 24 }, (_, i) => event({ i, blob: "x".repeat(450 * 1024) }));
        await store.commit({ events });
        const size = Buffer.byteLength(JSON.stringify(events[0]!.event));
        const fit = Math.floor(MAX_BATCH_BYTES / size);
        assert.ok(fit < 24 && fit * size < MAX_BATCH_BYTES, "the events overflow one batch");

        const now = Date.now();
        const { ctx, started } = intake(now);
        for (const e of events) assert.equal(await gate.admit(f, e, ctx), "held");
        assert.equal(started.length, 1, "one batch started, before its timeout and far below maxSize");
        assert.deepEqual(started[0]!.events, events.slice(0, fit).map((e) => e.internalId), "the events that fit, in order");
        const docKey = batchDocKey(f, "");
        const open = (await store.flow.get<HeldDoc<Batch>>(docKey))!.value.open!;
        assert.deepEqual(open.eventIds, events.slice(fit).map((e) => e.internalId), "the next batch holds the rest");

        // The fan-out job failed before its commit and runs again: the full batch starts again (same
        // seed); once its run exists, a further repeat starts nothing.
        const again = intake(now);
        await gate.admit(f, events[3]!, again.ctx);
        assert.deepEqual(again.started, started);
        const runs = new NewRuns(now);
        runs.add(f, events.slice(0, fit), { seed: started[0]!.seed });
        await store.createRuns(runs.runs, runs.jobs);
        const third = intake(now);
        await gate.admit(f, events[3]!, third.ctx);
        assert.deepEqual(third.started, []);
        const batchRun = runs.runs[0]!.id;
        for (const e of events.slice(0, fit)) assert.deepEqual(await runIds(store, e.internalId), [batchRun], "every event names the batch's run");

        // The open batch's timeout: one run over its events, however often the job comes.
        const job = batchFlushJob(f, docKey, open, 60_000, now);
        await gate.flush(job);
        await gate.flush(job);
        const [rest] = await runIds(store, events[fit]!.internalId);
        assert.ok(rest);
        assert.deepEqual((await store.getRun(rest))!.eventIds, open.eventIds);
        for (const e of events.slice(fit)) assert.deepEqual(await runIds(store, e.internalId), [rest]);
      } finally {
        await cleanup();
      }
    });

    test("debounce: a flush whose due time moved on does nothing; the due one starts one run with the last event", async () => {
      const { store, cleanup } = await make();
      try {
        const f = fn({ debounce: { period: "1s", timeout: "3s" } });
        const gate = new DebounceGate(deps(store, f));
        const [e1, e2, e3, e4] = [event({ n: 1 }), event({ n: 2 }), event({ n: 3 }), event({ n: 4 })];
        await store.commit({ events: [e1!, e2!, e3!, e4!] });
        const docKey = debounceDocKey(f, "");
        const open = async () => (await store.flow.get<DebounceDoc>(docKey))!.value.open!;
        const t = Date.now();
        assert.equal(await gate.admit(f, e1!, intake(t).ctx), "held");
        const first = await open();
        assert.deepEqual([first.eventId, first.dueAt], [e1!.internalId, t + 1_000]);
        await gate.admit(f, e2!, intake(t + 500).ctx);
        const moved = await open();
        assert.deepEqual([moved.id, moved.eventId, moved.dueAt], [e1!.internalId, e2!.internalId, t + 1_500]);
        // The timeout (3 s after the first event) caps the due time.
        await gate.admit(f, e3!, intake(t + 2_600).ctx);
        assert.equal((await open()).dueAt, t + 3_000);

        await gate.flush(debounceFlushJob(f, docKey, first, t));
        await gate.flush(debounceFlushJob(f, docKey, moved, t));
        for (const e of [e1!, e2!, e3!]) assert.deepEqual(await runIds(store, e.internalId), [], "superseded jobs start nothing");
        const due = debounceFlushJob(f, docKey, await open(), t);
        await gate.flush(due);
        await gate.flush(due);
        const runs = await runIds(store, e3!.internalId);
        assert.equal(runs.length, 1, "one run, with the last event");
        assert.deepEqual((await store.getRun(runs[0]!))!.eventIds, [e3!.internalId]);

        // The next event opens a new debounce.
        await gate.admit(f, e4!, intake(t + 4_000).ctx);
        assert.deepEqual([(await open()).id, (await open()).dueAt], [e4!.internalId, t + 5_000]);
      } finally {
        await cleanup();
      }
    });

    test("debounce with singleton (skip): the debounce's run is skipped while another run holds the key, and starts once it ended", async () => {
      const { store, cleanup } = await make();
      try {
        const f = fn({ debounce: { period: "1s" }, singleton: { mode: "skip" } });
        const singleton = new SingletonGate({ store, config: (x) => parseFlowConfig(x.config), fanOut: () => false });
        const gate = new DebounceGate(deps(store, f), singleton);
        const [e1, e2, e3] = [event({ n: 1 }), event({ n: 2 }), event({ n: 3 })];
        await store.commit({ events: [e1!, e2!, e3!] });
        const docKey = debounceDocKey(f, "");
        const open = async () => (await store.flow.get<DebounceDoc>(docKey))!.value.open!;
        // A run in progress holds the key (started by an earlier debounce).
        const t = Date.now();
        const holder = new NewRuns(t);
        holder.add(f, [e1!], { seed: "holder" });
        const holderId = holder.runs[0]!.id;
        assert.equal(await singleton.admitRun(f, e1!, holderId, t), "go");
        await store.createRuns(holder.runs, holder.jobs);

        await gate.admit(f, e2!, intake(t).ctx);
        const flush = debounceFlushJob(f, docKey, await open(), t);
        await gate.flush(flush);
        assert.deepEqual(await runIds(store, e2!.internalId), [], "no run while the key is held");
        assert.deepEqual((await eventSkips(store, e2!.internalId)).map((x) => x.reason), ["singleton"]);

        // The holder ends: the next debounce's run starts, once however often its flush comes.
        await store.commit({ run: { id: holderId, status: "Completed", endedAt: Date.now(), output: null } });
        await gate.admit(f, e3!, intake(t + 2_000).ctx);
        const next = debounceFlushJob(f, docKey, await open(), t + 2_000);
        await gate.flush(next);
        await gate.flush(next);
        assert.equal((await runIds(store, e3!.internalId)).length, 1);
      } finally {
        await cleanup();
      }
    });
  });
}

heldSuite("SqliteStore", () => openOne(sqliteStores()));

heldSuite("JetStreamStore", () => openOne(jetStreamStores(nats.url(), { jobLeaseMs: 5_000 })), { skip: nats.skip });
