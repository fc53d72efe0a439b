// Singleton and pausing in process (docs/semantics.md §8, §24), for what the official-SDK conformance
// suite (test/conformance/official-singleton-pause.test.ts) cannot wait for: a paused cron tick
// (instead of a real minute, a tick is made due now, as test/integration/cron.test.ts does), the
// cancellation of runs still paused after the cancel-after period (7 days; shortened with the
// executor's `pauseCancelAfterMs`), and two executors racing for one singleton key. The runs here
// never reach a worker: a job is held (parked or cancelled) before its request would go out, and
// without a worker the others keep waiting for one, Running.
import Database from "better-sqlite3";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { parseEvents } from "../../src/api/events.ts";
import { MemoryBus } from "../../src/bus/index.ts";
import { deterministicUlid, newId } from "../../src/common/index.ts";
import { Executor, pauseFunction, resumeFunction } from "../../src/executor/index.ts";
import { parseFlowConfig } from "../../src/flow/config.ts";
import { eventSkips } from "../../src/flow/skips.ts";
import { SingletonGate } from "../../src/executor/singleton.ts";
import { cronJob, registerApp } from "../../src/functions/index.ts";
import { type EventRecord, type CronJob, type FunctionRecord, MemoryConnectState, SqliteStore } from "../../src/state/index.ts";
import { waitFor } from "../helpers/wait.ts";

const APP = "sp";
const CANCEL_AFTER_MS = 1_500;

function fnWith(fnId: string, triggers: unknown[], extra: Record<string, unknown> = {}) {
  const slug = `${APP}-${fnId}`;
  return { id: slug, name: fnId, triggers, ...extra, steps: { step: { id: "step", name: "step", runtime: { type: "ws", url: `wss://connect/?fnId=${slug}&stepId=step` } } } };
}

describe("singleton and pausing, in process", () => {
  let dir: string;
  let store: SqliteStore;
  let db: Database.Database;
  let executor: Executor;
  const fns = new Map<string, FunctionRecord>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "tether-single-pause-"));
    store = new SqliteStore(join(dir, "t.db"));
    db = new Database(join(dir, "t.db"), { readonly: true });
    await registerApp(store, {
      url: "wss://connect", appName: APP, deployType: "connect", functions: [
        fnWith("cron", [{ cron: "* * * * *" }]),
        fnWith("kept", [{ event: "sp/kept" }]),
        fnWith("expired", [{ event: "sp/expired" }]),
        fnWith("dup", [{ event: "sp/dup" }]),
        fnWith("single", [{ event: "sp/single" }], { singleton: { key: "event.data.k", mode: "skip" } }),
      ],
    });
    for (const f of await store.listFunctions()) fns.set(f.slug.slice(APP.length + 1), f);
    executor = new Executor({
      store, connectState: new MemoryConnectState(), bus: new MemoryBus(), log: pino({ level: "silent" }), soleExecutor: true,
      pauseCancelAfterMs: CANCEL_AFTER_MS, noWorkerRetryMs: 100,
    });
    await executor.start();
  });

  after(async () => {
    await executor.close(1_000);
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fn = (id: string) => fns.get(id)!;
  async function send(name: string, extra: Record<string, unknown> = {}): Promise<string> {
    const { records, job } = parseEvents({ name, data: {}, ...extra }, { maxEventBytes: 512 * 1024 });
    await store.insertEvents(records, [job]);
    executor.kick();
    return records[0].internalId;
  }
  const runsOf = (f: FunctionRecord) => store.listRuns({ functionId: f.id });
  const jobs = (idLike: string): CronJob[] =>
    (db.prepare("SELECT doc FROM jobs WHERE id LIKE ? ORDER BY run_at").all(idLike) as { doc: string }[]).map((r) => JSON.parse(r.doc));
  const skipOf = (eventId: string, f: FunctionRecord) =>
    waitFor(async () => (await eventSkips(store, eventId)).find((s) => s.function_id === f.id), { what: `event ${eventId} skipped by ${f.slug}` });
  /** The function's runs once each waits for the resume (its job parked). */
  const parked = (f: FunctionRecord, n: number) => waitFor(async () => {
    const runs = await runsOf(f);
    return runs.length === n && runs.every((r) => r.waiting?.reason === "paused") ? runs : undefined;
  }, { what: `${n} runs of ${f.slug} parked while paused` });

  test("Pause: paused cron function doesn't fire; its schedule goes on and fires after the resume", async () => {
    const cron = fn("cron");
    await pauseFunction(store, cron, { cancelRunning: false }, Date.now());
    // The tick of the last minute boundary, due now (a tick the executor is catching up on).
    const tick = cronJob(cron, Date.now() - 60_000, Date.now())!;
    const at = tick.payload.cron.at;
    await store.commit({ enqueue: [{ ...tick, runAt: Date.now() }] });
    executor.kick();
    const eventId = deterministicUlid(at, `cron:${cron.id}:${at}`);
    assert.equal((await skipOf(eventId, cron)).reason, "paused");
    assert.equal((await store.getEvent(eventId))?.event.name, "inngest/scheduled.timer");
    assert.deepEqual(await runsOf(cron), [], "no run while paused");
    const [next] = await waitFor(() => {
      const pending = jobs(`cron-${cron.id}-%`).filter((j) => j.payload.cron.at > at);
      return pending.length ? pending : undefined;
    }, { what: "the next tick scheduled" });

    await resumeFunction(store, cron);
    await store.queue.wake([next.id], Date.now());
    executor.kick();
    const [run] = await waitFor(async () => {
      const runs = await runsOf(cron);
      return runs.length ? runs : undefined;
    }, { what: "a run of the tick after the resume" });
    const [trigger] = await store.getEvents(run.eventIds);
    assert.equal(trigger.event.name, "inngest/scheduled.timer");
    assert.equal((trigger.event.data as { scheduledAt: string }).scheduledAt, new Date(next.payload.cron.at).toISOString());
  });

  test("Pause: runs still paused after the cancel-after period (7 d, shortened here) are cancelled; runs resumed before it go on", async () => {
    const [kept, expired] = [fn("kept"), fn("expired")];
    await send("sp/kept");
    await send("sp/expired");
    await send("sp/expired");
    await waitFor(async () => (await runsOf(kept)).length === 1 && (await runsOf(expired)).length === 2, { what: "the runs in flight" });
    // `kept` is paused first: its period ends before `expired`'s.
    await pauseFunction(store, kept, { cancelRunning: false }, Date.now());
    const pausedAt = Date.now();
    await pauseFunction(store, expired, { cancelRunning: false }, pausedAt);
    await parked(kept, 1);
    await parked(expired, 2);
    await resumeFunction(store, kept);

    const cancelled = await waitFor(async () => {
      const runs = await runsOf(expired);
      return runs.every((r) => r.status === "Cancelled") ? runs : undefined;
    }, { timeoutMs: 15_000, what: "the runs still paused to be cancelled" });
    for (const r of cancelled) assert.ok(r.endedAt! >= pausedAt + CANCEL_AFTER_MS, "cancelled at the end of the period, not before");
    assert.deepEqual(await store.flow.counts(`paused.${expired.id}`), {}, "their parked jobs were dropped");
    // The resumed function's pause timer has ended too; its run is in flight (waiting for a worker).
    await waitFor(() => jobs(`pause-timer-${kept.id}-%`).length === 0, { what: "the resumed pause's timer to end" });
    const [run] = await runsOf(kept);
    assert.equal(run.status, "Running");
    assert.deepEqual(await store.flow.counts(`paused.${kept.id}`), {});
  });

  test("Pause: a duplicate event id of a paused function is recorded as paused, not de-duplicated", async () => {
    const dup = fn("dup");
    const id = `dup-${newId()}`;
    const first = await send("sp/dup", { id });
    await waitFor(async () => (await store.listRunsForEvent(first)).length === 1, { what: "the first event's run" });
    await pauseFunction(store, dup, { cancelRunning: true }, Date.now());
    const second = await send("sp/dup", { id });
    assert.equal((await skipOf(second, dup)).reason, "paused");
    assert.deepEqual(await store.listRunsForEvent(second), []);
    // Mode cancel: the run in flight was cancelled by the pause.
    assert.equal((await store.listRunsForEvent(first))[0].status, "Cancelled");
  });

  test("Singleton: two executors racing for one key start one run", async () => {
    const other = new SqliteStore(join(dir, "t.db"));
    try {
      const single = fn("single");
      const gate = (s: SqliteStore) => new SingletonGate({ store: s, config: (f) => parseFlowConfig(f.config), fanOut: () => false });
      const [a, b] = [gate(store), gate(other)];
      const event = (k: string): EventRecord => {
        const internalId = newId();
        return { internalId, receivedAt: Date.now(), event: { name: "sp/single", id: internalId, ts: Date.now(), data: { k }, user: {} } };
      };
      const ctx = { now: Date.now(), duplicateId: false, startRun: () => undefined };
      for (let i = 0; i < 20; i++) {
        const k = `race-${i}-${newId()}`;
        const verdicts = await Promise.all([a.admit(single, event(k), ctx), b.admit(single, event(k), ctx)]);
        assert.deepEqual(verdicts.filter((v) => v === "go").length, 1, `one of the two started a run (key ${k}: ${verdicts})`);
      }
    } finally {
      await other.close();
    }
  });
});
