// The job-queue port: who takes jobs out of the queue, holds them (leases) and gives them back.
// Jobs go in with the records they belong to, in the same write (Store.insertEvents, createRuns,
// commit, consumePause; flow-store.ts unpark), so a run never exists without its next job; this
// port only reads and leases them. Every store has one (`Store.queue`): SQLite
// (sqlite-job-queue.ts: a table in the store's database) and JetStream (jetstream-job-queue.ts:
// a work-queue stream and its shared consumer). test/contract/job-queue.contract.ts holds both
// to one contract.
import type { JobRecord } from "./types.ts";

/**
 * How long a claimed job stays with its executor without a renewal; executors renew at a quarter
 * of it, so a dead one's jobs are claimable again within seconds (docs/deployment.md, "Executor
 * fail-over"). On JetStream it is the job consumer's ack wait.
 */
export const DEFAULT_JOB_LEASE_MS = 8_000;

/**
 * A hand-off (issue 13): the caller of a store write that enqueues jobs due now takes up to
 * `limit` of them at once, leased until `nowMs + leaseMs`, instead of claiming them back from the
 * queue a moment later. The jobs are written as they always are (a crash voids the lease and they
 * are claimed again); only the claim's extra transaction and the executor's wake-up are saved.
 * Adapters whose queue hands jobs out by delivery (JetStream) take none.
 */
export interface HandOff {
  nowMs: number;
  leaseMs: number;
  limit: number;
}

/** What the queue holds right now, for monitoring (tether_queue_* metrics). */
export interface QueueStats {
  /**
   * Jobs due now that no executor holds. On JetStream: jobs published and not yet delivered to
   * any executor (a job handed back after a failure, or redelivered after a lapsed lease, is not
   * counted again). Saturates at `MAX_COUNTED_DUE_JOBS` on SQLite.
   */
  dueJobs: number;
  /** When the longest-waiting of them became due (ms), or undefined when none is waiting. */
  oldestDueAtMs?: number;
}

/** A backlog deeper than this is reported as this many jobs (the count stays a bounded read). */
export const MAX_COUNTED_DUE_JOBS = 100_000;

export interface JobQueue {
  /** Leases up to `limit` due jobs for `leaseMs`. */
  claim(nowMs: number, limit: number, leaseMs: number): Promise<JobRecord[]>;
  /** Extends the leases of held jobs; tries every one, then rejects if any renewal failed. */
  renew(ids: string[], untilMs: number): Promise<void>;
  /** Gives a claimed job back after its processing failed: claimable again (by anyone) at `atMs`. */
  retryLater(id: string, atMs: number): Promise<void>;
  /** Makes these jobs due now unless an executor holds them (capacity freed, worker connected). */
  wake(ids: string[], nowMs: number): Promise<void>;
  /** Earliest time a job becomes claimable, or undefined when the queue cannot tell (or is empty). */
  nextDueAt(): Promise<number | undefined>;
  /** Embedded mode: this process is the only executor, so leases held before a crash are void. */
  releaseAllLeases(): Promise<void>;
  /** Depth and age of the due backlog: cheap and bounded (indexes, stream info), never a scan of every job. */
  stats(nowMs: number): Promise<QueueStats>;
  /** Push-style adapters call `cb` when jobs arrive (the executor then claims them). */
  onAvailable?(cb: () => void): void;
}
