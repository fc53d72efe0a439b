// A timer job that fired: a sleep ended, or a waitForEvent / invoke timed out. Its step result is
// stored before the run goes on. A sleep's job then calls the SDK itself (storing the step again
// on a retry is a no-op). A timeout races the event that resumes the wait: whichever consumes the
// pause first resolves the step. The timeout then hands the run to a new job, as a resuming event
// does (pause-matcher.ts), and never calls the SDK itself: a retry of the timeout job (no worker
// connected yet after a restart, a later step's failed attempt, a processing error) would find
// its pause consumed, take the wait for resumed by an event, and leave the run Running forever.
import type { RunJob, RunRecord, StepRecord, Store } from "../state/index.ts";

/** `"call-sdk"`: this job goes on to call the SDK; `"done"`: the job is complete. */
export type FiredTimer = "call-sdk" | "done";

export async function resolveFiredTimer(store: Store, job: RunJob, run: RunRecord, now: number): Promise<FiredTimer> {
  const p = job.payload;
  const stepId = p?.resolveStep;
  if (!stepId) return "call-sdk";
  // A sleep or wait lasted from when its job was written to now.
  const step: StepRecord = {
    runId: run.id, stepId, result: p.result ?? null, op: p.op ?? "Sleep", name: p.name, attempt: 0, createdAt: now,
    startedAt: job.createdAt, durationMs: Math.max(0, now - job.createdAt),
  };
  const { pause } = p;
  if (!pause) {
    await store.commit({ steps: [step] });
    return "call-sdk";
  }
  const next: RunJob = { id: `${job.id}-resolved`, kind: "run", runId: run.id, stepId: "step", attempt: 0, runAt: now, createdAt: now };
  const resolved = await store.consumePause(pause, {
    run: { id: run.id }, steps: [step], resolvePending: { stepIds: [stepId], then: next }, completeJobId: job.id,
  });
  // Not consumed: an event resumed the wait first, and its job drives the run.
  if (!resolved) await store.commit({ completeJobId: job.id });
  return "done";
}
