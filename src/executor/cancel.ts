// Cancelling a run (docs/semantics.md §12–13, docs/execution-protocol.md §7.3): the run becomes Cancelled
// and `inngest/function.cancelled` is emitted. A step already executing finishes and its result
// is stored, but no later step runs: queued jobs of a finished run are dropped when claimed.
import { newId } from "../common/index.ts";
import type { Commit, RunRecord, Store } from "../state/index.ts";
import { finalize } from "./outcome.ts";

/** The commit that cancels `run`, or undefined when it has already ended. */
export async function cancelCommit(store: Store, run: RunRecord, nowMs: number, fanOut?: (name: string) => boolean): Promise<Commit | undefined> {
  if (run.status !== "Running") return undefined;
  const events = await store.getEvents(run.eventIds);
  return finalize({ run, events, now: nowMs, newId, fanOutSystemEvents: fanOut }, "Cancelled", null, undefined);
}

/** Cancels a run by id; false when it does not exist or has already ended. */
export async function cancelRun(store: Store, runId: string, nowMs = Date.now(), fanOut?: (name: string) => boolean): Promise<boolean> {
  const run = await store.getRun(runId);
  if (!run) return false;
  const commit = await cancelCommit(store, run, nowMs, fanOut);
  if (!commit) return false;
  await store.commit(commit);
  return (await store.getRun(runId))?.status === "Cancelled";
}
