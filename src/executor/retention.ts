// Running a due retention job (docs/deployment.md "Retention"; the stores schedule them, see
// src/state/retention.ts): a finished run is deleted with its steps and pauses, then those of its
// events that no remaining run needs; an events job deletes the events none of whose runs
// remains. Both deletions are idempotent, so a job redelivered after a crash just repeats them.
// A malformed one never gets here: the queue drops it when it is claimed (decodeJob, src/state/jobs.ts).
import type { Logger } from "pino";
import type { ExpireJob, Store } from "../state/index.ts";

export async function runRetentionJob(store: Store, job: ExpireJob, log: Logger): Promise<void> {
  const p = job.payload;
  // A run is only ever scheduled for deletion once it has ended, and an ended run never runs
  // again (a rerun is a new run): a live one here means a bug, and it is kept.
  if (p.expire === "run" && !(await store.deleteRun(p.runId))) log.warn({ runId: p.runId, jobId: job.id }, "retention: run still running, kept");
  const deleted = await store.deleteEvents(p.eventIds);
  await store.commit({ completeJobId: job.id });
  log.debug({ jobId: job.id, runId: p.expire === "run" ? p.runId : undefined, events: deleted.length }, "retention: deleted");
}
