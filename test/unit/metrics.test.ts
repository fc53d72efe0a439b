// The metrics module's bounds and counting rules, without a server: label values past their cap
// become `other` (and are not remembered), unknown ops and frame kinds share one series, and the
// metered store counts a run's start and end once, only for writes that succeeded.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CappedLabel, Metrics, OTHER } from "../../src/observability/metrics.ts";
import { meteredStore } from "../../src/observability/metrics-store.ts";
import type { Commit, RunRecord, Store } from "../../src/state/index.ts";
import { parseExposition } from "../helpers/prometheus.ts";

const page = async (m: Metrics) => parseExposition(await m.scrape());

describe("metric labels", () => {
  test("a capped label keeps its first values and turns later ones into other", () => {
    const label = new CappedLabel(2);
    assert.deepEqual(["a", "b", "c", "a", "d", "b"].map((v) => label.of(v)), ["a", "b", OTHER, "a", OTHER, "b"]);
  });

  test("functions past the cap share the other series", async () => {
    const m = new Metrics({ processMetrics: false, maxLabelValues: 2 });
    for (const fn of ["f1", "f2", "f3", "f4", "f1"]) m.runStarted(fn);
    const p = await page(m);
    assert.deepEqual(p.labelSets("tether_runs_started_total").map((l) => l.function).sort(), ["f1", "f2", OTHER]);
    assert.equal(p.value("tether_runs_started_total", { function: OTHER }), 2);
    assert.equal(p.value("tether_runs_started_total", { function: "f1" }), 2);
  });

  test("an op no protocol names is other; outcomes are separate series", async () => {
    const m = new Metrics({ processMetrics: false });
    m.stepAttempt("f", "StepRun", "ok", 0.01);
    m.stepAttempt("f", "StepRun", "error", 0.02);
    m.stepAttempt("f", "MadeUpOp", "ok", 0.03);
    m.stepAttempt("f", "AnotherOne", "ok", 0.04);
    const p = await page(m);
    assert.equal(p.value("tether_step_duration_seconds_count", { function: "f", op: "StepRun", outcome: "ok" }), 1);
    assert.equal(p.value("tether_step_duration_seconds_count", { function: "f", op: "StepRun", outcome: "error" }), 1);
    assert.equal(p.value("tether_step_duration_seconds_count", { function: "f", op: OTHER }), 2);
    assert.ok(Math.abs(p.value("tether_step_duration_seconds_sum", { function: "f" }) - 0.1) < 1e-9);
  });

  test("frame kinds without a name and close codes past the cap do not add series", async () => {
    const m = new Metrics({ processMetrics: false });
    m.watchGateway({ workerCounts: () => new Map([["app", { connected: 2, inFlight: 1 }]]) }, (k) => (k === 9 ? "WORKER_HEARTBEAT" : OTHER));
    for (let kind = 1_000; kind < 1_500; kind++) m.gatewayFrame("in", kind);
    m.gatewayFrame("in", 9);
    for (let code = 3_000; code < 3_200; code++) m.gatewayClose(code);
    const p = await page(m);
    assert.deepEqual(p.labelSets("tether_gateway_frames_total").map((l) => l.kind).sort(), ["WORKER_HEARTBEAT", OTHER]);
    assert.equal(p.value("tether_gateway_frames_total", { kind: OTHER }), 500);
    assert.ok(p.labelSets("tether_gateway_closes_total").length <= 65);
    assert.equal(p.value("tether_gateway_closes_total"), 200);
    assert.equal(p.value("tether_connected_workers", { app: "app" }), 2);
    assert.equal(p.value("tether_inflight_requests", { app: "app" }), 1);
  });
});

describe("runs counted at the store", () => {
  const run = (id: string): RunRecord => ({
    id, functionId: "fid", functionSlug: "app-fn", appId: "a", appName: "app", eventIds: [], status: "Running", createdAt: 0,
    requestVersion: -1, forceStepPlan: false, pendingSteps: [], maxAttempts: 1,
  });
  const ending = (id: string, status: "Completed" | "Failed" | "Cancelled"): Commit => ({
    run: { id, functionSlug: "app-fn", status, endedAt: 1 }, expectRunStatus: "Running",
  });

  function fakeStore(opts: { commitFails?: boolean; pauseTaken?: boolean } = {}) {
    const writes: string[] = [];
    const store = {
      queue: { marker: "queue" },
      async createRuns(runs: RunRecord[]) {
        writes.push(`create:${runs.length}`);
      },
      async commit() {
        if (opts.commitFails) throw new Error("store unreachable");
        writes.push("commit");
      },
      async consumePause() {
        return opts.pauseTaken ?? true;
      },
      async getRun(id: string) {
        return run(id);
      },
    } as unknown as Store;
    return { store, writes };
  }

  test("a run's start and end are counted once, even when the write is repeated", async () => {
    const m = new Metrics({ processMetrics: false });
    const { store, writes } = fakeStore();
    const metered = meteredStore(store, m);
    await metered.createRuns([run("r1"), run("r2")], []);
    await metered.createRuns([run("r1")], []);
    await metered.commit(ending("r1", "Completed"));
    await metered.commit(ending("r1", "Completed"));
    await metered.commit({ run: { id: "r2", status: "Running" } as Commit["run"] });
    await metered.commit({ steps: [] });
    const p = await page(m);
    assert.deepEqual(writes, ["create:2", "create:1", "commit", "commit", "commit", "commit"]);
    assert.equal(p.value("tether_runs_started_total", { function: "app-fn" }), 2);
    assert.equal(p.value("tether_runs_finished_total", { function: "app-fn", status: "Completed" }), 1);
    assert.equal(p.value("tether_runs_finished_total", { function: "app-fn" }), 1);
  });

  test("a failed write or a pause another writer consumed counts nothing", async () => {
    const m = new Metrics({ processMetrics: false });
    const failing = meteredStore(fakeStore({ commitFails: true }).store, m);
    await assert.rejects(failing.commit(ending("r1", "Failed")));
    const taken = meteredStore(fakeStore({ pauseTaken: false }).store, m);
    assert.equal(await taken.consumePause({} as never, ending("r2", "Cancelled")), false);
    const consumed = meteredStore(fakeStore({ pauseTaken: true }).store, m);
    assert.equal(await consumed.consumePause({} as never, ending("r3", "Cancelled")), true);
    const p = await page(m);
    assert.equal(p.value("tether_runs_finished_total", { status: "Failed" }), 0);
    assert.equal(p.value("tether_runs_finished_total", { status: "Cancelled" }), 1);
  });

  test("every other member is the store's own", async () => {
    const { store } = fakeStore();
    const metered = meteredStore(store, new Metrics({ processMetrics: false }));
    assert.equal(metered.queue, store.queue);
    assert.equal((await metered.getRun("x"))?.id, "x");
  });
});
