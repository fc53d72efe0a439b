// The restart test (docs/semantics.md §18 "server restart during sleep ⇒ run still resumes", §28
// "restart with SQLite ⇒ queued/sleeping runs survive"): a real `tether dev --db <file>` process and
// an official-SDK connect worker process. Fifty runs are parked — sleeping, waiting for an event
// (some to be satisfied after the restart, some to time out) and waiting to retry a failed step —
// then the server is killed with SIGKILL and started again on the same database and ports. The
// worker reconnects by itself. Every run must complete with the right output, no step whose result
// was stored before the kill may run again, and no sleep, wait or retry may fire twice.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { type FixtureProcess, startFixture } from "../helpers/official-sdk-worker.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const WORKER = join(import.meta.dirname, "..", "conformance", "fixtures", "restart-worker.mjs");
const APP = "restart-e2e";
/** Linear retry interval (s): long enough that every failed step is still waiting at the kill. */
const RETRY_INTERVAL_S = 4;
const SLEEP = "4s";
const WAIT_TIMEOUT_SHORT = "5s";
const WAIT_TIMEOUT_LONG = "60s";
const COUNTS = { sleep: 20, waitSatisfied: 15, waitTimeout: 5, retry: 10 };

type Kind = "sleep" | "waitSatisfied" | "waitTimeout" | "retry";
interface Planned {
  kind: Kind;
  tag: string;
  /** For waits: the key the approval event must carry, and the value it brings. */
  key?: string;
  value?: string;
  eventId?: string;
  runId?: string;
}

test("50 parked runs survive kill -9 of tether dev: all complete, no stored step re-runs, nothing fires twice", { timeout: 60_000 }, async (t) => {
  const t0 = Date.now();
  const at = (what: string) => t.diagnostic(`${what} at +${Date.now() - t0} ms`);
  const dir = mkdtempSync(join(tmpdir(), "tether-restart-"));
  const db = join(dir, "tether.db");
  const args = ["--retry-interval", String(RETRY_INTERVAL_S)];
  let tether: TetherProcess | undefined = await startTether({ db, args });
  let worker: FixtureProcess | undefined;
  t.after(async () => {
    await worker?.stop();
    await tether?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  worker = startFixture(WORKER, { env: { TETHER_API_URL: tether.apiUrl, APP_ID: APP } });
  await worker.waitForLine((l) => l.type === "ready", { what: "restart worker ready" });
  await waitFor(async () => {
    const slugs = (await tether!.getJson("/v1/functions")).data.map((f: { slug: string }) => f.slug);
    return ["sleeper", "waiter", "retrier"].every((s) => slugs.includes(`${APP}-${s}`));
  }, { what: "functions registered over connect" });

  // ---- start 50 runs ----------------------------------------------------------------------------
  const plan: Planned[] = (Object.entries(COUNTS) as [Kind, number][]).flatMap(([kind, n]) =>
    Array.from({ length: n }, () => ({ kind, tag: randomUUID(), ...(kind.startsWith("wait") ? { key: randomUUID(), value: randomUUID() } : {}) })));
  assert.equal(plan.length, 50, "fifty runs planned");
  const trigger = (p: Planned) => {
    switch (p.kind) {
      case "sleep": return { name: `${APP}/sleep`, data: { tag: p.tag, sleep: SLEEP } };
      case "retry": return { name: `${APP}/retry`, data: { tag: p.tag } };
      default: return { name: `${APP}/wait`, data: { tag: p.tag, key: p.key, timeout: p.kind === "waitTimeout" ? WAIT_TIMEOUT_SHORT : WAIT_TIMEOUT_LONG } };
    }
  };
  at("worker ready");
  const sent = await tether.sendEvent(plan.map(trigger));
  assert.equal(sent.ids.length, 50, "fifty events accepted");
  plan.forEach((p, i) => (p.eventId = sent.ids[i]));

  // ---- wait until every run is parked -------------------------------------------------------------
  // The worker says when a handler reached its sleep/wait or a first attempt failed; the server
  // must show the run Running with its first step stored.
  const parkedOnWorker = (p: Planned) => worker!.lines().some((l) => l.tag === p.tag && (p.kind === "retry"
    ? l.type === "exec" && l.step === "flaky" && l.attempt === 0
    : l.type === "reach"));
  await waitFor(() => plan.every(parkedOnWorker), { timeoutMs: 15_000, what: "all 50 runs parked on the worker" });
  const before = new Map<string, any>();
  await waitFor(async () => {
    for (const p of plan) {
      if (before.has(p.tag)) continue;
      const [run] = (await tether!.getJson(`/v1/events/${p.eventId}/runs`)).data;
      if (!run) return false;
      const d = (await tether!.getJson(`/v1/runs/${run.run_id}`)).data;
      if (!d.steps.some((s: any) => s.name === "first" && s.status === "Completed")) return false;
      p.runId = run.run_id;
      before.set(p.tag, d);
    }
    return true;
  }, { timeoutMs: 15_000, what: "all 50 runs mid-flight with their first step stored" });
  // The parking op itself (Sleep, WaitForEvent, the retry job) is committed right after the reply
  // the worker just sent; re-read each run's stored steps right before the kill.
  await new Promise((r) => setTimeout(r, 300));
  for (const p of plan) before.set(p.tag, (await tether.getJson(`/v1/runs/${p.runId}`)).data);
  for (const p of plan) assert.equal(before.get(p.tag).status, "Running", `${p.kind} run ${p.runId} still Running before the kill`);

  // ---- kill -9, count what the worker executed, restart on the same database and ports ------------
  const { port, gatewayPort } = tether;
  at("all 50 parked");
  await tether.kill9();
  at("killed");
  const countsAtKill = new Map(plan.map((p) => [p.tag, stepCounts(worker!, p.tag)]));
  tether = await startTether({ db, args, port, gatewayPort });
  at("restarted");

  // The awaited events arrive only after the restart.
  const approvals = plan.filter((p) => p.kind === "waitSatisfied").map((p) => ({ name: `${APP}/approve`, data: { key: p.key, value: p.value } }));
  const approved = await tether.sendEvent(approvals);
  assert.equal(approved.ids.length, COUNTS.waitSatisfied, "approval events accepted");

  // ---- every run completes with the right output --------------------------------------------------
  const ended = await Promise.all(plan.map((p) => tether!.waitForRuns(p.eventId!, { timeoutMs: 40_000 })));
  at("all 50 ended");
  for (const [i, p] of plan.entries()) {
    const runs = ended[i];
    assert.equal(runs.length, 1, `one run for ${p.kind} ${p.tag}`);
    assert.equal(runs[0].run_id, p.runId, "the same run resumed");
    assert.equal(runs[0].status, "Completed", `${p.kind} run ${p.runId} completed: ${JSON.stringify(runs[0].output)}`);
    assert.deepEqual(runs[0].output, expectedOutput(p), `${p.kind} run ${p.runId} output`);
  }

  // ---- no stored step ran again, nothing fired twice ----------------------------------------------
  for (const p of plan) {
    const atKill = countsAtKill.get(p.tag)!;
    const now = stepCounts(worker, p.tag);
    const stored = before.get(p.tag).steps.filter((s: any) => s.status === "Completed" && s.name);
    assert.ok(stored.length >= 1, `${p.kind} run ${p.runId} had a stored step before the kill`);
    for (const s of stored) {
      assert.equal(atKill.get(s.name), 1, `${p.kind} ${p.runId}: stored step "${s.name}" had run once before the kill`);
      assert.equal(now.get(s.name), atKill.get(s.name), `${p.kind} ${p.runId}: stored step "${s.name}" ran again after the restart`);
    }
    assert.equal(now.get("first"), 1, `${p.kind} ${p.runId}: first step ran once`);
    assert.equal(now.get("after"), 1, `${p.kind} ${p.runId}: the step after the sleep/wait/retry ran once`);
    if (p.kind === "retry") {
      const attempts: number[] = worker.execs(p.tag, "flaky").map((l) => l.attempt);
      assert.deepEqual(attempts, [0, 1], `${p.runId}: the failed step was retried exactly once`);
    }

    const final: any = (await tether.getJson(`/v1/runs/${p.runId}`)).data;
    const ids: string[] = final.steps.map((s: any) => s.id);
    assert.equal(new Set(ids).size, ids.length, `${p.runId}: each step stored once`);
    // A timed-out wait is stored with op "timeout" today (see the REST test in official-durable).
    const parkedSteps: any[] = final.steps.filter((s: any) => ["Sleep", "WaitForEvent", "timeout"].includes(s.op));
    if (p.kind !== "retry") assert.equal(parkedSteps.length, 1, `${p.kind} ${p.runId}: the sleep/wait resolved once`);
  }
});

function expectedOutput(p: Planned): unknown {
  const first = `first-${p.tag}`;
  switch (p.kind) {
    case "sleep": return { kind: "sleep", first, after: "after-ok" };
    case "waitSatisfied": return { kind: "wait", first, value: p.value };
    case "waitTimeout": return { kind: "wait", first, value: null };
    case "retry": return { kind: "retry", first, flaky: "ok@1" };
  }
}

/** Step name → number of step-body executions the worker reported for one run. */
function stepCounts(worker: FixtureProcess, tag: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of worker.execs(tag)) counts.set(l.step, (counts.get(l.step) ?? 0) + 1);
  return counts;
}
