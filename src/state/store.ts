// The state store port: apps, functions, events, runs, steps and pauses. Jobs are written with
// the records they belong to (a run's next job in the commit that stores its step), and read,
// leased and given back through the store's job queue (job-queue.ts; timers are jobs with a
// future `runAt`). Adapters: SQLite (sqlite-store.ts) and, for the distributed roles, JetStream.
// Every method is async so both adapters share one contract. Each adapter schedules the deletion
// of the history it stores (retention.ts).
import type { FlowStore } from "./flow-store.ts";
import type { HandOff, JobQueue } from "./job-queue.ts";
import type {
  AppRecord, Commit, EventRecord, FunctionRecord, JobRecord, PauseRecord, RunRecord, RunStatus, StepRecord,
} from "./types.ts";

export interface RunFilter {
  functionId?: string;
  /** Run creation time bounds, ms (inclusive after, exclusive before). */
  createdAfter?: number;
  createdBefore?: number;
  status?: RunStatus;
  limit?: number;
}

/** One page of the run listing (GET /v1/runs, the dashboard's runs page): newest first. */
export interface RunQuery {
  /** Runs in any of these statuses (absent or empty: all). */
  status?: RunStatus[];
  functionId?: string;
  /** Creation time bounds, ms: inclusive after, exclusive before. */
  createdAfter?: number;
  createdBefore?: number;
  /** Internal event id: the runs it triggered. */
  eventId?: string;
  /** Page size, 1..MAX_PAGE_LIMIT (listing.ts). */
  limit: number;
  /** Opaque, from a previous page's `cursor`; a malformed one is `bad_request`. */
  cursor?: string;
}

/** `cursor` is present when older matching runs remain: pass it back for the next page. */
export interface RunPage {
  runs: RunRecord[];
  cursor?: string;
}

/** One page of the event listing (GET /v1/events): newest first. */
export interface EventQuery {
  /** Only events of this name. */
  name?: string;
  limit: number;
  cursor?: string;
}

export interface EventPage {
  events: EventRecord[];
  cursor?: string;
}

export interface AppSyncInput {
  name: string;
  url: string;
  method: AppRecord["method"];
  sdk: string;
  appVersion?: string;
  checksum: string;
  functions: Omit<FunctionRecord, "appId" | "createdAt">[];
}

export interface Store {
  /**
   * Flow-control state (concurrency, throttle, debounce, batch, singleton) and the backlogs of
   * jobs parked behind a limit, shared by every executor on this store (flow-store.ts).
   */
  readonly flow: FlowStore;
  /**
   * The job queue the writes below enqueue into: claims, leases and retries (job-queue.ts). It
   * lives and closes with the store.
   */
  readonly queue: JobQueue;

  syncApp(input: AppSyncInput): Promise<{ app: AppRecord; modified: boolean }>;
  getApp(id: string): Promise<AppRecord | undefined>;
  listApps(): Promise<AppRecord[]>;
  listFunctions(): Promise<FunctionRecord[]>;

  /** Stores events with their fan-out jobs (and their retention job). */
  insertEvents(events: EventRecord[], jobs: JobRecord[]): Promise<void>;
  getEvent(internalId: string): Promise<EventRecord | undefined>;
  getEvents(internalIds: string[]): Promise<EventRecord[]>;

  /**
   * Creates runs (an existing id is kept as it is) with their first jobs and their cancelOn
   * pauses, which are registered before any job of the run can be claimed.
   */
  createRuns(runs: RunRecord[], jobs: JobRecord[], completeJobId?: string, pauses?: PauseRecord[], handOff?: HandOff): Promise<JobRecord[] | void>;
  getRun(id: string): Promise<RunRecord | undefined>;
  listRunsForEvent(eventInternalId: string): Promise<RunRecord[]>;
  getSteps(runId: string): Promise<StepRecord[]>;
  /** The run and its steps from one read of the run (on JetStream, one round trip instead of two). */
  getRunWithSteps(runId: string): Promise<{ run: RunRecord; steps: StepRecord[] } | undefined>;

  /**
   * Applies a job outcome atomically. A commit that ends a run (Running → Completed, Failed or
   * Cancelled) also enqueues the run's retention job, and one that stores events theirs.
   * With `handOff`, the due jobs it enqueues, up to the limit, are leased to the caller and
   * returned (job-queue.ts, HandOff); adapters that cannot hand jobs off return none. Same for
   * createRuns.
   */
  commit(c: Commit, handOff?: HandOff): Promise<JobRecord[] | void>;

  /**
   * Retention (docs/deployment.md "Retention"): deletes a finished run with its steps, its
   * pauses and what else hangs off it in this adapter. A Running run is never deleted: false.
   * True when the run is gone (deleted now or before). Events are left to `deleteEvents`.
   */
  deleteRun(runId: string): Promise<boolean>;
  /**
   * Retention: deletes each of these events none of whose runs remains (an event outlives the
   * period while any of its runs is kept); returns the ids it deleted.
   */
  deleteEvents(internalIds: string[]): Promise<string[]>;

  /**
   * Every run matching the filter, oldest first, for bulk operations (bulk cancel, replay,
   * cancelling a paused function's runs): pages of listRunsPage (listing.ts, allRuns).
   */
  listRuns(filter: RunFilter): Promise<RunRecord[]>;
  /**
   * A page of runs, newest first (createdAt desc, id desc). Keyset pagination: the cursor holds
   * the last run's sort key, so runs created meanwhile never shift a later page (no duplicates,
   * no misses). On JetStream the listing comes from an index mirrored by a watch: a write shows
   * up after the watch delivers it (jetstream-listing.ts).
   */
  listRunsPage(q: RunQuery): Promise<RunPage>;
  /** A page of events, newest first (receivedAt desc, internal id desc); same cursors and lag. */
  listEvents(q: EventQuery): Promise<EventPage>;

  /** Unexpired pauses waiting for an event of this name. */
  pausesForEvent(eventName: string, nowMs: number): Promise<PauseRecord[]>;
  /** Atomically removes the pause and, only if this call removed it, applies `c`. */
  consumePause(pause: PauseRecord, c: Commit): Promise<boolean>;
  /**
   * Claims `key` for `ttlMs` on behalf of `owner` (idempotency, event-id de-duplication): true when
   * newly claimed or already held by the same owner (a repeated job), false when another holds it.
   */
  claimKey(key: string, owner: string, ttlMs: number, nowMs: number): Promise<boolean>;

  close(): Promise<void>;
}
