// Fault injection under flow control: `kill -9` of the executor that holds a concurrency limit's
// slots while their steps run, on the real-process cluster (test/helpers/cluster.ts) with two
// official-SDK workers (fixtures/failover-functions.mjs: limit 2, one 3 s step). A slot is a lease
// in the flow store that the executor renews with its job leases (src/flow/concurrency.ts); a
// dead executor renews nothing, so its slots lapse within the job lease (8 s) and the next backlog
// sweep (every 5 s) or the redelivery of its jobs fills them (docs/flow-control.md). Asserted:
// every run completes; the workers never execute more than 2 steps at once (the dead executor's
// requests run on to their end, so a slot handed on early would show as a third); and two steps run
// at once again no later than FAIL_OVER_MS after the kill, so the dead executor's slots came back.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { type ClusterFlowDeployment, roleLogs, startClusterFlow } from "../helpers/flow-deployment.ts";
import { firstAtOnce, pairSpans, peak, show } from "../helpers/flow-spans.ts";
import { natsAvailable } from "../helpers/nats-server.ts";
import type { FixtureLine } from "../helpers/official-sdk-worker.ts";
import { waitFor } from "../helpers/wait.ts";

const skip = natsAvailable() ? false : "nats-server not installed";

const APP = "flow-failover";
const FN = "conc-failover";
const LIMIT = 2;
const STEP_MS = 3_000;
/**
 * Enough runs that the backlog outlasts the fail-over: while the dead slots lapse, the surviving
 * slot (if the victim held only one) serves a run every STEP_MS, and two must still be queued after.
 */
const RUNS = 16;
/** Runs left queued when the victim is chosen at the latest (see `victim`). */
const QUEUED_AT_KILL = 8;
/** Job lease (8 s, shipped default) + one backlog sweep period (5 s) + dispatch and request slack. */
const FAIL_OVER_MS = 15_000;

type Executor = ClusterFlowDeployment["cluster"]["executors"][number];

test("kill -9 of the executor holding a concurrency limit's slots: no slot leaks past fail-over, the limit holds, every run completes", {
  skip, timeout: 120_000,
}, async (t) => {
  // Debug logs: each executor names the run of every request it sends ("calling the SDK").
  const d = await startClusterFlow({
    app: APP, functionSet: "failover", functions: [FN], name: "flowkill", workers: 2, roleArgs: ["--log-level", "debug"],
  });
  try {
    const tag = randomUUID();
    const mine = (l: FixtureLine) => l.fn === FN && l.tag === tag;
    const labels = Array.from({ length: RUNS }, (_, i) => `r${i + 1}`);
    const ids = await d.send(...labels.map((label) => ({ name: `${APP}/${FN}`, data: { tag, label, ms: STEP_MS } })));

    const { executor, held, queued } = await waitFor(() => victim(d, mine), { timeoutMs: 40_000, intervalMs: 100, what: "steps in flight to kill under" });
    const killedAt = Date.now();
    await executor.kill9();
    t.diagnostic(`killed ${executor.name} holding ${held} of the ${LIMIT} slots, ${queued} runs queued`);

    const runs = await waitFor(async () => {
      const now = await d.cluster.runsForEvents(ids);
      return [...now.values()].every((r) => r.length > 0 && r.every((x) => x.status !== "Running")) ? now : undefined;
    }, { timeoutMs: 60_000, intervalMs: 500, what: "every run to end" });
    for (const [id, r] of runs) {
      assert.equal(r.length, 1, `one run for event ${id}`);
      assert.equal(r[0].status, "Completed", `run ${r[0].run_id} completed`);
    }

    const spans = await waitFor(() => pairSpans(d.lines(), mine), { timeoutMs: 5_000, what: "every step execution to leave" });
    assert.deepEqual(new Set(spans.map((s) => s.label)), new Set(labels), "every run executed its step");
    assert.ok(peak(spans) <= LIMIT, `never more than ${LIMIT} steps at once (${show(spans)})`);
    // Executions that started after the kill: the dead executor's requests still running on the
    // workers are not among them, so two at once means two slots were granted after the kill.
    const after = spans.filter((s) => s.start > killedAt);
    const refilled = firstAtOnce(after, LIMIT);
    assert.ok(refilled !== undefined, `${LIMIT} steps ran at once again after the kill (${show(after)})`);
    t.diagnostic(`${LIMIT} steps at once again ${refilled - killedAt} ms after the kill; steps from the kill on: ${show(spans.filter((s) => s.end > killedAt))}`);
    assert.ok(refilled - killedAt <= FAIL_OVER_MS,
      `${LIMIT} steps ran at once again ${refilled - killedAt} ms after the kill, expected within ${FAIL_OVER_MS} ms (${show(after)})`);
  } catch (err) {
    t.diagnostic(`cluster logs: ${d.cluster.dumpLogs()}`);
    throw err;
  } finally {
    await d.stop();
  }
});

/**
 * The executor to kill: the one whose requests are running both of the limit's steps, as soon as
 * that happens while at least QUEUED_AT_KILL runs are still queued; after that, one holding any.
 * Each step in flight (entered, not left) is mapped to its run's last "calling the SDK" log.
 */
function victim(d: ClusterFlowDeployment, mine: (l: FixtureLine) => boolean) {
  const lines = d.lines().filter(mine);
  const entered = lines.filter((l) => l.type === "enter");
  const left = lines.filter((l) => l.type === "leave");
  const running = entered.filter((e) => !left.some((l) => l.run === e.run && l.worker === e.worker && l.at >= e.at));
  if (running.length === 0) return undefined;
  const queued = RUNS - new Set(entered.map((l) => l.label)).size;
  const byExecutor = new Map<Executor, number>();
  for (const r of running) {
    const calls = d.cluster.executors.map((e) => ({ e, at: lastCall(e, r.run) })).sort((a, b) => b.at - a.at);
    if (calls[0].at > Number.NEGATIVE_INFINITY) byExecutor.set(calls[0].e, (byExecutor.get(calls[0].e) ?? 0) + 1);
  }
  const [executor, held] = [...byExecutor].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!executor || !held) return undefined;
  if (held < LIMIT && queued > QUEUED_AT_KILL) return undefined;
  return { executor, held, queued };
}

/** When `executor` last sent a request for `run` (its log clock), or -Infinity. */
function lastCall(executor: Executor, run: string): number {
  const times = roleLogs(executor, "calling the SDK").filter((o) => o.runId === run).map((o) => Number(o.time));
  return times.length ? Math.max(...times) : Number.NEGATIVE_INFINITY;
}
