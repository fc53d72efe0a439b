// Retention (docs/deployment.md "Retention"): the jobs that delete history, shared by both
// store adapters. A store enqueues them itself, in the same write that makes them necessary, so
// no caller can forget one: the commit that ends a run enqueues `expire-run` at
// `endedAt + retention`, and every write that stores events enqueues `expire-events` at
// `receivedAt + retention`. The executor hands a due one to `Store.deleteRun` / `deleteEvents`.
// An event outlives the period while one of its runs remains; the deletion of its last run
// deletes it then (the run's job names its events).
import type { EventRecord, ExpireJob, RunRecord } from "./types.ts";

/** Finished runs, their steps and events are kept this long (Inngest keeps 7 days of history). */
export const DEFAULT_RETENTION_MS = 7 * 86_400_000;

/** The retention job of a run that has just ended. */
export function expireRunJob(run: RunRecord, retentionMs: number, nowMs: number): ExpireJob {
  const endedAt = run.endedAt ?? nowMs;
  return {
    id: `expire-run-${run.id}`, kind: "expire", attempt: 0, runAt: endedAt + retentionMs, createdAt: nowMs,
    payload: { expire: "run", runId: run.id, eventIds: run.eventIds },
  };
}

/** The retention job of events stored together (undefined for none). */
export function expireEventsJob(events: EventRecord[], retentionMs: number): ExpireJob | undefined {
  if (events.length === 0) return undefined;
  const receivedAt = Math.max(...events.map((e) => e.receivedAt));
  return {
    id: `expire-events-${events[0].internalId}`, kind: "expire", attempt: 0, runAt: receivedAt + retentionMs, createdAt: receivedAt,
    payload: { expire: "events", eventIds: events.map((e) => e.internalId) },
  };
}

/** A commit moved the run out of Running (it completed, failed or was cancelled): its expiry is due. */
export function endedBy(before: RunRecord, after: RunRecord): boolean {
  return before.status === "Running" && after.status !== "Running";
}
