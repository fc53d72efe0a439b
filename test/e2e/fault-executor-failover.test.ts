// Fault injection: executor fail-over time (DESIGN.md invariant 7). 300 runs are all in flight
// (each one's middle step held on a worker, FAULT_HOLD) across the two executors of the
// real-process cluster, which run with the DEFAULT job lease; then one executor is killed -9 and
// the held steps are released. The dead executor's jobs must come back to the queue when its
// lease renewals stop, not after a minute: every run completes within 15 s of the kill, and no
// stored step runs again (docs/deployment.md, "Executor fail-over").
import assert from "node:assert/strict";
import { test } from "node:test";
import { natsAvailable } from "../helpers/nats-server.ts";
import { type Fault, runScenario, type ScenarioReport } from "./fixtures/fault-scenario.ts";

const skip = natsAvailable() ? false : "nats-server not installed";

const RUNS = 300;
/** The bound on fail-over: the default job lease (8 s) plus time to run the redelivered jobs. */
const MAX_END_AFTER_KILL_MS = 15_000;

const heldSteps = (f: Parameters<Fault["ready"]>[0]) =>
  f.cluster.workers.reduce((n, w) => n + [...w.inFlight].filter((k) => k.endsWith("/double")).length, 0);

const killOneExecutorWithEveryRunInFlight: Fault = {
  // Every run is in its held step: each executor can hold at most 200 jobs (`--queue-workers`),
  // so the victim holds at least 100 of them.
  ready: (ctx) => heldSteps(ctx) >= RUNS,
  async inject(ctx) {
    const { cluster, diagnostic } = ctx;
    const held = heldSteps(ctx);
    await cluster.executors[0].kill9();
    for (const w of cluster.workers) if (w.pid !== undefined) process.kill(w.pid, "SIGUSR2");
    diagnostic(`killed ${cluster.executors[0].name} with ${held} runs in flight, then released their held steps`);
  },
  verify(report) {
    const late = [...endedAfterKill(report)].filter(([, ms]) => !(ms <= MAX_END_AFTER_KILL_MS)).map(([run, ms]) => `${run} ended ${ms} ms after the kill`);
    assert.equal(report.endedAt.size, RUNS);
    assert.equal(late.length, 0, `${late.length} runs ended more than ${MAX_END_AFTER_KILL_MS} ms after the kill:\n${late.slice(0, 20).join("\n")}`);
    assert.ok(report.reExecutedRuns > 0, "the killed executor held runs whose steps ran again elsewhere (the fault hit in-flight work)");
  },
};

/** Each run's end minus the moment the kill began (ms). */
function endedAfterKill(report: ScenarioReport): Map<string, number> {
  return new Map([...report.endedAt].map(([run, at]) => [run, at - report.fault.start]));
}

test("kill -9 of an executor with 300 runs in flight: every run completes within 15 s, on the default job lease", {
  skip, timeout: 120_000,
}, async (t) => {
  const report = await runScenario(t, "executor-failover", killOneExecutorWithEveryRunInFlight, {
    runs: RUNS, beforeFault: RUNS, workerEnv: { FAULT_HOLD: "true" },
  });
  const ends = [...endedAfterKill(report).values()].sort((a, b) => a - b);
  t.diagnostic(`runs ended after the kill: median ${ends[ends.length >> 1]} ms, last ${ends.at(-1)} ms; ` +
    `${report.reExecutedRuns} runs had steps re-executed`);
});
