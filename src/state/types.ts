// Records kept by the state store. Shapes are adapter-neutral: SQLite and JetStream store the same.
// Jobs, keyed by kind with a payload type each, are jobs.ts.
import type { JobPayload, JobRecord } from "./jobs.ts";

export type {
  CronJob, CronJobPayload, EventJob, ExpireJob, ExpirePayload, FanOutJob, FanOutPayload, FlowJob, FlushJob, FlushPayload,
  JobKind, JobPayload, JobRecord, PauseTimerJob, PauseTimerPayload, RunJob, RunJobPayload, SweepJob,
} from "./jobs.ts";

/** An event as SDKs receive it (docs/execution-protocol.md §6.1). */
export interface EventPayload {
  name: string;
  data: Record<string, unknown>;
  user: Record<string, unknown>;
  id: string;
  ts: number;
  v?: string;
}

export interface EventRecord {
  /** Server-generated ULID; what `/e/` answers and `/v1/events/{id}` looks up. */
  internalId: string;
  event: EventPayload;
  receivedAt: number;
}

export type AppMethod = "connect" | "serve";

export interface AppRecord {
  id: string;
  name: string;
  url: string;
  method: AppMethod;
  sdk: string;
  appVersion?: string;
  syncId: string;
  checksum: string;
  createdAt: number;
  updatedAt: number;
}

export interface FunctionTrigger {
  event?: string;
  expression?: string;
  cron?: string;
  jitter?: string;
}

export interface FunctionRecord {
  /** Stable UUID derived from the slug. */
  id: string;
  appId: string;
  appName: string;
  /** Composite id `<appId>-<fnId>` as SDKs register it. */
  slug: string;
  name: string;
  triggers: FunctionTrigger[];
  /** Number of retries after the first attempt. */
  retries: number;
  /** URL of the function's step (serve mode), or `wss://connect/...` (connect). */
  url: string;
  config: Record<string, unknown>;
  createdAt: number;
}

export type RunStatus = "Running" | "Completed" | "Failed" | "Cancelled";

export interface RunRecord {
  id: string;
  functionId: string;
  functionSlug: string;
  appId: string;
  appName: string;
  eventIds: string[];
  status: RunStatus;
  /** The run was started by step.invoke: the caller's correlation id. */
  correlationId?: string;
  /** A rerun: the run it repeats. */
  originalRunId?: string;
  /**
   * Rerun from a step with new input: hashed step id → replacement arguments, sent to the SDK as
   * `{input}` until the step has a result (docs/execution-protocol.md §1.3.2).
   */
  stepInputs?: Record<string, unknown[]>;
  /** Latest progress of running steps (hashed id → value), streamed by Tether workers. */
  progress?: Record<string, { data: unknown; updatedAt: number }>;
  output?: unknown;
  error?: unknown;
  createdAt: number;
  startedAt?: number;
  endedAt?: number;
  /** SDK request version; -1 until the SDK chose one. */
  requestVersion: number;
  /** After a parallel report every step is planned (disable_immediate_execution). */
  forceStepPlan: boolean;
  /** Hashed ids of planned parallel steps not yet finished (request version 2 coalescing). */
  pendingSteps: string[];
  maxAttempts: number;
  /**
   * Why the run is not executing while it could (docs/flow-control.md, "Why is it waiting"): its
   * next job is queued behind a limit. Null once it runs again.
   */
  waiting?: RunWaiting | null;
  /**
   * The sleeps and waits (waitForEvent, invoke) the run's last answer started, with their
   * deadlines: what the dashboard shows a sleeping run waiting for. Replaced by the next answer
   * that starts any; an entry whose step has a stored result is over.
   */
  waits?: RunWait[] | null;
}

export interface RunWait {
  stepId: string;
  op: "Sleep" | "WaitForEvent" | "InvokeFunction";
  name?: string;
  /** Wake-up time of a sleep, timeout of a wait. */
  until: number;
  /** The event a wait matches (`inngest/function.finished` for an invoke) and its expression. */
  event?: string;
  if?: string;
  /** An invoke's target function. */
  function?: string;
}

export interface RunWaiting {
  /**
   * `concurrency`: parked until a slot frees; `throttle`: its start is reserved for `until`;
   * `paused`: its function is paused (since `since`; `limit` 0).
   */
  reason: "concurrency" | "throttle" | "paused";
  /** Concurrency scope (`fn`, `env`, `account`). */
  scope?: string;
  /** The evaluated key of the limit, when keyed. */
  key?: string;
  limit: number;
  since: number;
  until?: number;
}

/** One memoised step result in the shape SDKs read (docs/execution-protocol.md §1.3.2). */
export interface StepRecord {
  runId: string;
  stepId: string;
  /** `{data}` / `{error}` / `null` / event object. */
  result: unknown;
  op: string;
  name?: string;
  attempt: number;
  createdAt: number;
  /**
   * When the step started and how long it ran, ms: the SDK's own `timing` when it sends one,
   * else the request's dispatch and answer (a sleep or wait: from when it began to its end).
   */
  startedAt?: number;
  durationMs?: number;
  /** Bytes of the result as JSON (run state limit). */
  size?: number;
}

/**
 * A run waiting for an event: `step.waitForEvent`, `step.invoke` (waits for the target's
 * `inngest/function.finished`) or a `cancelOn` rule. Only events received after `createdAt`
 * match; one event may resume many pauses; each pause is consumed once.
 */
export interface PauseRecord {
  id: string;
  kind: "wait" | "invoke" | "cancel";
  runId: string;
  /** The step that resolves (wait, invoke); absent for cancel rules. */
  stepId?: string;
  /** The user's name for that step (REST view). */
  stepName?: string;
  /** Event name to wait for. */
  event: string;
  /** CEL over `event` (the run's trigger) and `async` (the candidate event). */
  expression?: string;
  /** The run's triggering event, for `event.*` in the expression. */
  trigger?: EventPayload;
  /** step.invoke: `<runId>.<stepId>`, matched against the finished event's correlation id. */
  correlationId?: string;
  createdAt: number;
  expiresAt: number;
}

/** Everything one job outcome changes, applied atomically. */
export interface Commit {
  /** Remove this job (done). */
  completeJobId?: string;
  /** Reschedule this job instead (retry). */
  retryJob?: { id: string; runAt: number; attempt: number; payload?: JobPayload };
  enqueue?: JobRecord[];
  /** First result wins: an existing (runId, stepId) is kept. */
  steps?: StepRecord[];
  run?: { id: string } & Partial<Omit<RunRecord, "id">>;
  /** Add planned parallel steps to the run's pending set (request version 2 coalescing). */
  addPending?: string[];
  /**
   * Remove finished steps from the pending set, atomically; `then` is enqueued only when the
   * set is empty afterwards (or the steps were not pending), so a fan-in makes one discovery.
   */
  resolvePending?: { stepIds: string[]; then: JobRecord };
  /** Pauses to register (waits, invokes, cancel rules). */
  addPauses?: PauseRecord[];
  /** Events emitted by this outcome (system events), stored with their fan-out jobs. */
  events?: EventRecord[];
  /** Only apply `run` when its status is still this (a cancelled run is not revived). */
  expectRunStatus?: RunStatus;
}
