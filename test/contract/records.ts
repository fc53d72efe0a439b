// Records the store and job-queue contracts build: runs, run jobs, events and pauses with
// defaults, and a claim that polls (push-style queues fill their buffer asynchronously).
import { newId } from "../../src/common/index.ts";
import type { EventRecord, JobRecord, PauseRecord, RunJob, RunRecord, Store } from "../../src/state/index.ts";
import { waitFor } from "../helpers/wait.ts";

export function run(id = newId(), extra: Partial<RunRecord> = {}): RunRecord {
  return {
    id, functionId: "F", functionSlug: "app-f", appId: "A", appName: "app", eventIds: [], status: "Running",
    createdAt: Date.now(), requestVersion: -1, forceStepPlan: false, pendingSteps: [], maxAttempts: 5, ...extra,
  };
}

export function job(runId: string, id: string, runAt = Date.now(), extra: Partial<RunJob> = {}): RunJob {
  return { id, kind: "run", runId, stepId: "step", attempt: 0, runAt, createdAt: Date.now(), ...extra };
}

export function event(name: string, id = newId()): EventRecord {
  return { internalId: id, receivedAt: Date.now(), event: { name, data: {}, user: {}, id, ts: Date.now() } };
}

export function pause(runId: string, kind: PauseRecord["kind"], eventName: string): PauseRecord {
  const now = Date.now();
  return { id: `${runId}-${kind}`, kind, runId, stepId: kind === "cancel" ? undefined : "w", event: eventName, createdAt: now, expiresAt: now + 3_600_000 };
}

/** Claims from `s`'s queue until a job `want` accepts comes (jobs claimed on the way stay held). */
export async function claim(s: Store, want: (j: JobRecord) => boolean, timeoutMs = 5_000): Promise<JobRecord> {
  return waitFor(async () => (await s.queue.claim(Date.now(), 50, 60_000)).find(want), { timeoutMs, what: "a job to claim" });
}
