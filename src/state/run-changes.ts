// How a commit changes a run record, shared by both store adapters: the run patch (unless the
// run is no longer in the expected status), and the parallel fan-in arithmetic — planned steps
// join the pending set, finished ones leave it, and the discovery after them is enqueued only
// when the set empties (or the steps were not pending). After the last branch the run may run
// steps inline again (execution-protocol.md §2.4).
import type { Commit, JobRecord, RunRecord } from "./types.ts";

export function applyRunChanges<T extends RunRecord>(cur: T, c: Commit): { run: T; enqueue?: JobRecord } {
  let run: T = c.run && (!c.expectRunStatus || cur.status === c.expectRunStatus) ? { ...cur, ...c.run } : { ...cur };
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
  return { run: { ...run, pendingSteps: pending }, enqueue };
}
