// The flow-control port (docs/flow-control.md): small documents written with compare-and-set
// (concurrency leases, GCRA state, debounce and batch buffers, singleton holders) and backlogs of
// parked jobs (runs queued behind a full concurrency limit, out of the job queue so they cost
// nothing while they wait). Every limit lives in the shared store, never in an executor's memory,
// so it holds across executors (docs/semantics.md §2–8). Adapters: SQLite (sqlite-flow.ts) and
// JetStream (jetstream-flow.ts); test/contract/flow-store.contract.ts holds them to one contract.
import type { JobRecord } from "./types.ts";

/** A document and the revision a compare-and-set must name to replace it. */
export interface FlowDoc<T> {
  value: T;
  /** Positive; changes on every write. */
  rev: number;
}

/** A job parked in a backlog lane. */
export interface ParkedJob {
  job: JobRecord;
  backlog: string;
  lane: string;
  /** Lower starts first (run creation time minus its priority, docs/flow-control.md). */
  score: number;
  /** What the parker attached (the limit the job waits for, its function). */
  meta: Record<string, unknown>;
  /** Adapter handle of this parking (unpark names it). */
  ref: string;
}

/**
 * Documents untouched for this long may be deleted by the adapter: every document's state is
 * stale by then (leases expire in seconds, the longest throttle, debounce or rate-limit period
 * is 7 days).
 */
export const FLOW_DOC_IDLE_MS = 8 * 86_400_000;

export interface FlowStore {
  /** The document under `key`, or undefined when there is none. */
  get<T>(key: string): Promise<FlowDoc<T> | undefined>;
  /**
   * Compare-and-set. `rev` 0 creates (false if the key exists); otherwise the write applies only
   * while the stored revision is `rev`. `value` undefined deletes. True when applied.
   */
  put<T>(key: string, value: T | undefined, rev: number): Promise<boolean>;

  /**
   * Moves a claimed job out of the job queue into `backlog`/`lane`: it is no longer claimable
   * until unparked. Parking the same job (same id and attempt) again is a no-op. On a crash it
   * is in the backlog, or still in the queue to be processed again, never lost.
   */
  park(job: JobRecord, backlog: string, lane: string, score: number, meta?: Record<string, unknown>): Promise<void>;
  /** The lanes of `backlog` that hold parked jobs, sorted ascending (round-robin order). */
  lanes(backlog: string): Promise<string[]>;
  /** The job of `lane` with the lowest score (ties: the one parked first), if any. */
  head(backlog: string, lane: string): Promise<ParkedJob | undefined>;
  /**
   * Puts a parked job back in the job queue, due now, and out of the backlog. Safe to repeat and
   * to race: the job is enqueued once. True when this call removed it from the backlog.
   */
  unpark(p: ParkedJob): Promise<boolean>;
  /** Parked jobs per lane (REST view of a limit). */
  counts(backlog: string): Promise<Record<string, number>>;
}
