// Firing a cron tick (docs/semantics.md §14): a due cron job (scheduled by src/functions/cron.ts at
// sync) becomes an `inngest/scheduled.timer` event that starts this function only, and the job
// for the next instant — all in one commit, with ids derived from the function and the instant.
// So a job redelivered after a crash, or held by two executors, stores the same event, the same
// fan-out job and the same next job again (no-ops), and the run id (derived from the event and
// the function) is the same: each instant fires once. A job whose function is gone or whose
// cron triggers changed since it was scheduled is stale: it completes without firing (the sync
// that changed them scheduled the new chain).
import { deterministicUlid } from "../common/index.ts";
import { CRON_EVENT_NAME, cronJob, cronSpecs, scheduleKey } from "../functions/index.ts";
import type { Commit, CronJob, EventRecord, FunctionRecord } from "../state/index.ts";
import { fanOutJob } from "../state/index.ts";

/**
 * Ticks missed while no executor ran are caught up for this long back; older ones are skipped,
 * so a long outage does not end in a burst of runs. The tick that was due always fires.
 */
export const CRON_CATCH_UP_MS = 10 * 60_000;

/** The commit that fires `job` (a cron job) at `nowMs`, given the registered functions. */
export function cronFireCommit(job: CronJob, fns: FunctionRecord[], nowMs: number): Commit {
  const c = job.payload.cron;
  const fn = fns.find((f) => f.id === c.functionId);
  if (!fn || scheduleKey(cronSpecs(fn)) !== c.schedule) return { completeJobId: job.id };
  const internalId = deterministicUlid(c.at, `cron:${fn.id}:${c.at}`);
  const event: EventRecord = {
    internalId,
    receivedAt: nowMs,
    event: {
      name: CRON_EVENT_NAME,
      // Inngest: id = the scheduled time (RFC 3339), ts = the fire time (docs/execution-protocol.md §7.5).
      id: new Date(c.at).toISOString(),
      ts: job.runAt,
      data: { cron: c.cron, scheduledAt: new Date(c.at).toISOString(), fireAt: new Date(job.runAt).toISOString() },
      user: {},
    },
  };
  const start = fanOutJob([internalId], nowMs, { invokeFunctionId: fn.id });
  const next = cronJob(fn, Math.max(c.at, nowMs - CRON_CATCH_UP_MS), nowMs);
  return { events: [event], enqueue: next ? [start, next] : [start], completeJobId: job.id };
}
