// How a commit changes a run record, shared by both store adapters: the run patch (unless the
// run is no longer in the expected status), and the parallel fan-in arithmetic — planned steps
// join the pending set, finished ones leave it, and the discovery after them is enqueued only
// when the set empties (or the steps were not pending). After the last branch the run may run
// steps inline again (docs/execution-protocol.md §2.4).
import type { Commit, JobRecord, RunRecord } from "./types.ts";

export function applyRunChanges<T extends RunRecord>(cur: T, c: Commit): { run: T; enqueue?: JobRecord; rejected: boolean } {
  const rejected = runPatchRejected(cur, c);
  let run: T = c.run && !rejected ? { ...cur, ...c.run } : { ...cur };
  let pending = run.pendingSteps ?? [];
  if (c.addPending?.length) pending = [...new Set([...pending, ...c.addPending])];
  let enqueue: JobRecord | undefined;
  if (c.resolvePending) {
    const done = c.resolvePending.stepIds;
    const wasPending = done.some((id) => pending.includes(id));
    pending = pending.filter((id) => !done.includes(id));
    const fanInDone = wasPending && pending.length === 0;
    if (fanInDone) run = { ...run, forceStepPlan: false };
    if (!wasPending || fanInDone) enqueue = c.resolvePending.then;
  }
  return { run: { ...run, pendingSteps: pending }, enqueue, rejected };
}

/**
 * The run has left the status the commit expects (a reply that arrives after the run was
 * cancelled or failed by a limit): its patch is refused, and so are the events it reports and
 * the jobs it enqueues — a late finalisation must not emit `inngest/function.finished` twice.
 */
export function runPatchRejected(cur: RunRecord | undefined, c: Commit): boolean {
  return cur !== undefined && c.run !== undefined && c.expectRunStatus !== undefined && cur.status !== c.expectRunStatus;
}
