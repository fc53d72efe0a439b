// How the executor reads SDK responses (docs/execution-protocol.md §1.4, §2.3–2.6).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { outcomeFromError, outcomeFromResponse, type OutcomeContext } from "../../src/executor/index.ts";
import { TetherError } from "../../src/common/index.ts";
import type { RunJob, RunRecord } from "../../src/state/index.ts";

const now = 1_700_000_000_000;
let seq = 0;
function ctx(run: Partial<RunRecord> = {}, job: Partial<RunJob> = {}): OutcomeContext {
  return {
    run: { id: "R", functionId: "F", functionSlug: "app-fn", appId: "A", appName: "app", eventIds: ["E"], status: "Running", createdAt: now, requestVersion: 2, forceStepPlan: false, pendingSteps: [], maxAttempts: 5, ...run },
    job: { id: "J", kind: "run", runId: "R", stepId: "step", attempt: 0, runAt: now, createdAt: now, ...job },
    events: [{ internalId: "E", receivedAt: now, event: { name: "a/b", data: {}, user: {}, id: "E", ts: now } }],
    now, newId: () => `ID${seq++}`, random: () => 0,
  };
}
const ops = (body: unknown, extra = {}) => ({ statusCode: 206, body, noRetry: false, ...extra });

describe("outcomeFromResponse", () => {
  test("200 completes the run with the body as output and emits function.finished", () => {
    const c = outcomeFromResponse(ctx(), { statusCode: 200, body: { a: 1 }, noRetry: false });
    assert.equal(c.run?.status, "Completed");
    assert.deepEqual(c.run?.output, { a: 1 });
    assert.equal(c.completeJobId, "J");
    assert.deepEqual(c.events?.map((e) => e.event.name), ["inngest/function.finished"]);
    assert.deepEqual(c.events?.[0].event.data.result, { a: 1 });
  });
  test("DONE with no_retry is a permanent failure (official NonRetriableError)", () => {
    const c = outcomeFromResponse(ctx(), { statusCode: 200, body: { name: "NonRetriableError", message: "x" }, noRetry: true });
    assert.equal(c.run?.status, "Failed");
    assert.deepEqual(c.events?.map((e) => e.event.name), ["inngest/function.finished", "inngest/function.failed"]);
    assert.equal(c.events?.[1].event.id, "R", "function.failed id is the run id");
  });
  test("500 retries the same job with backoff, then fails on the last attempt", () => {
    const c = outcomeFromResponse(ctx(), { statusCode: 500, body: { name: "Error", message: "x" }, noRetry: false });
    assert.deepEqual(c.retryJob, { id: "J", runAt: now + 15_000, attempt: 1 });
    const last = outcomeFromResponse(ctx({}, { attempt: 4 }), { statusCode: 500, body: { message: "x" }, noRetry: false });
    assert.equal(last.run?.status, "Failed");
  });
  test("Retry-After overrides the backoff table", () => {
    const c = outcomeFromResponse(ctx(), { statusCode: 500, body: {}, noRetry: false, retryAfter: "10" });
    assert.equal(c.retryJob?.runAt, now + 10_000);
  });
  test("StepRun stores {data} and enqueues one discovery", () => {
    const c = outcomeFromResponse(ctx(), ops([{ id: "s1", op: "StepRun", data: 5 }]));
    assert.deepEqual(c.steps?.map((s) => [s.stepId, s.result]), [["s1", { data: 5 }]]);
    assert.equal(c.resolvePending?.then.id, "R-s1");
    assert.equal(c.resolvePending?.then.stepId, "step");
  });
  test("a step run again by the job that followed it enqueues its follow-up under a new id", () => {
    // The job R-s1 follows step s1; s1's result was lost, so the SDK ran s1 again in it.
    const c = outcomeFromResponse(ctx({}, { id: "R-s1" }), ops([{ id: "s1", op: "StepRun", data: 5 }]));
    assert.equal(c.resolvePending?.then.id, "R-s1+", "not R-s1, which the queue would drop as a duplicate of the running job");
    const planned = outcomeFromResponse(ctx({}, { id: "R-p-plan", stepId: "p" }), ops([{ id: "p", op: "StepPlanned" }]));
    assert.deepEqual(planned.enqueue?.map((j) => j.id), ["R-p-plan+"]);
  });
  test("an answer with no op asks discovery again once, then fails the attempt; with a parallel step in flight it ends the thread", () => {
    for (const body of [[], [{ id: "n", op: "None" }]]) {
      const c = outcomeFromResponse(ctx(), ops(body));
      assert.equal(c.completeJobId, "J");
      assert.equal(c.run?.status, undefined, "the run goes on");
      assert.deepEqual(c.enqueue?.map((j) => [j.id, j.stepId]), [["J~noop", "step"]]);
    }
    const again = outcomeFromResponse(ctx({}, { id: "J~noop" }), ops([]));
    assert.deepEqual(again.retryJob, { id: "J~noop", runAt: now + 15_000, attempt: 1 }, "a failed attempt, retried with backoff");
    const last = outcomeFromResponse(ctx({}, { id: "J~noop", attempt: 4 }), ops([]));
    assert.equal(last.run?.status, "Failed");
    const branch = outcomeFromResponse(ctx({ pendingSteps: ["other"] }), ops([]));
    assert.deepEqual([branch.completeJobId, branch.enqueue, branch.resolvePending], ["J", [], undefined], "another branch's answer goes on");
  });
  test("op names are case-insensitive", () => {
    const c = outcomeFromResponse(ctx(), ops([{ id: "s1", op: "steprun", data: 5 }]));
    assert.equal(c.steps?.[0].op, "StepRun");
  });
  test("StepError retries unless final; final or no_retry becomes a stored error", () => {
    const err = { name: "Error", message: "boom" };
    assert.equal(outcomeFromResponse(ctx(), ops([{ id: "s", op: "StepError", error: err }])).retryJob?.attempt, 1);
    const final = outcomeFromResponse(ctx({}, { attempt: 4 }), ops([{ id: "s", op: "StepError", error: err }]));
    assert.deepEqual(final.steps?.[0].result, { error: err });
    assert.equal(final.resolvePending?.then.id, "R-s-failure");
    const noRetry = outcomeFromResponse(ctx(), ops([{ id: "s", op: "StepError", error: err }], { noRetry: true }));
    assert.deepEqual(noRetry.steps?.[0].result, { error: err });
  });
  test("several StepPlanned force step planning and register a pending fan-in (v2)", () => {
    const c = outcomeFromResponse(ctx(), ops([{ id: "p1", op: "StepPlanned" }, { id: "p2", op: "StepPlanned" }]));
    assert.equal(c.run?.forceStepPlan, true);
    assert.deepEqual(c.addPending, ["p1", "p2"]);
    assert.deepEqual(c.enqueue?.map((j) => [j.id, j.stepId]), [["R-p1-plan", "p1"], ["R-p2-plan", "p2"]]);
  });
  test("a Sleep op schedules the wake-up at now + duration (name or opts.duration)", () => {
    const c = outcomeFromResponse(ctx(), ops([{ id: "z", op: "Sleep", name: "2s" }]));
    assert.equal(c.enqueue?.[0].runAt, now + 2000);
    assert.deepEqual(c.enqueue?.[0].payload, { resolveStep: "z", op: "Sleep", name: "2s" });
    const d = outcomeFromResponse(ctx(), ops([{ id: "z", op: "Sleep", opts: { duration: "1m" } }]));
    assert.equal(d.enqueue?.[0].runAt, now + 60_000);
    const tooLong = outcomeFromResponse(ctx(), ops([{ id: "z", op: "Sleep", name: "400d" }]));
    assert.equal(tooLong.run?.status, "Failed");
  });
  test("RunComplete completes with its data", () => {
    const c = outcomeFromResponse(ctx(), ops([{ id: "c", op: "RunComplete", data: { done: 1 } }]));
    assert.equal(c.run?.status, "Completed");
    assert.deepEqual(c.run?.output, { done: 1 });
  });
  test("the SDK's request version is adopted only while unset", () => {
    assert.equal(outcomeFromResponse(ctx({ requestVersion: -1 }), ops([{ id: "a", op: "StepRun" }], { requestVersion: 2 })).run?.requestVersion, 2);
    assert.equal(outcomeFromResponse(ctx({ requestVersion: 1 }), ops([{ id: "a", op: "StepRun" }], { requestVersion: 2 })).run?.requestVersion, undefined);
  });
  test("an invalid op list counts as a failed attempt", () => {
    assert.equal(outcomeFromResponse(ctx(), ops("not ops")).retryJob?.attempt, 1);
  });
  test("lifecycle events about lifecycle events are not emitted", () => {
    const c = ctx();
    c.events[0].event.name = "inngest/function.failed";
    assert.deepEqual(outcomeFromResponse(c, { statusCode: 200, body: 1, noRetry: false }).events, []);
  });
});

describe("outcomeFromError", () => {
  test("a worker that stopped responding is a retriable failed attempt", () => {
    const c = outcomeFromError(ctx(), new TetherError("connect_worker_stopped_responding"));
    assert.equal(c.retryJob?.attempt, 1);
  });
  test("a non-retriable error fails the run", () => {
    const c = outcomeFromError(ctx(), new TetherError("function_not_found"));
    assert.equal(c.run?.status, "Failed");
    assert.equal((c.run?.error as { name: string }).name, "function_not_found");
  });
});

describe("what the dashboard shows of a step and a waiting run", () => {
  test("a step's start and duration come from the SDK's timing (ns), else from the request's dispatch", () => {
    const sdk = outcomeFromResponse({ ...ctx(), requestStartedAt: now - 50 }, ops([{ id: "s1", op: "StepRun", data: 1, timing: { a: (now - 30) * 1e6, b: 12.5e6 } }]));
    assert.deepEqual([sdk.steps?.[0].startedAt, sdk.steps?.[0].durationMs], [now - 30, 12.5]);
    const plain = outcomeFromResponse({ ...ctx(), requestStartedAt: now - 50 }, ops([{ id: "s1", op: "StepRun", data: 1 }]));
    assert.deepEqual([plain.steps?.[0].startedAt, plain.steps?.[0].durationMs], [now - 50, 50]);
    const bogus = outcomeFromResponse({ ...ctx(), requestStartedAt: now - 50 }, ops([{ id: "s1", op: "StepRun", data: 1, timing: { a: "x", b: -1 } }]));
    assert.equal(bogus.steps?.[0].startedAt, now - 50, "timing that is not two numbers is ignored");
  });
  test("a sleep and a wait are recorded on the run with their deadline and what the wait matches", () => {
    const c = outcomeFromResponse(ctx(), ops([
      { id: "z", op: "Sleep", name: "1h", displayName: "nap" },
      { id: "w", op: "WaitForEvent", name: "wait", opts: { event: "app/paid", if: "event.data.id == async.data.id", timeout: "2d" } },
    ]));
    assert.deepEqual(c.run?.waits, [
      { stepId: "z", op: "Sleep", name: "nap", until: now + 3_600_000 },
      { stepId: "w", op: "WaitForEvent", name: "wait", until: now + 2 * 86_400_000, event: "app/paid", if: "event.data.id == async.data.id" },
    ]);
    const none = outcomeFromResponse(ctx(), ops([{ id: "s1", op: "StepRun", data: 1 }]));
    assert.equal(none.run?.waits, undefined, "an answer that starts no wait leaves the run's waits as they are");
  });
});
