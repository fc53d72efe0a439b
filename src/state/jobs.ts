// Jobs as the queue stores them: one union keyed by `kind`, each kind (and, within `event` and
// `flow`, each payload shape) with its own payload type, so a consumer gets its payload's type
// from the guard that routed the job to it. `decodeJob` is the one place a job coming back from
// storage (a claim, a parked job, a rebuilt retry) is checked against these types: stored jobs
// are decoded JSON, and one written by another version or damaged is refused there, not
// half-read by a consumer.
import { TetherError } from "../common/errors.ts";
import type { PauseRecord } from "./types.ts";

interface JobBase {
  /** Idempotency key: enqueueing an existing id is a no-op. */
  id: string;
  runId?: string;
  /** `"step"` for discovery, else the hashed step id to run. */
  stepId?: string;
  attempt: number;
  runAt: number;
  createdAt: number;
}

// ---- event: fan stored events out into runs (src/executor/executor.ts), or fire a cron tick

export interface FanOutPayload {
  eventIds: string[];
  /** A step.invoke or a cron tick: start this function only. */
  invokeFunctionId?: string;
  /** A step.invoke: the caller's `<runId>.<stepId>`. */
  correlationId?: string;
}

/** What a scheduled cron job carries (`payload.cron`; src/functions/cron.ts schedules it). */
export interface CronJobPayload {
  functionId: string;
  /** Hash of the function's cron triggers when the job was scheduled: a changed schedule makes it stale. */
  schedule: string;
  /** The scheduled instant, ms. */
  at: number;
  /** The expression that fires at `at`. */
  cron: string;
}

export interface FanOutJob extends JobBase {
  kind: "event";
  payload: FanOutPayload;
}

/** A cron tick (src/executor/cron.ts fires it). */
export interface CronJob extends JobBase {
  kind: "event";
  payload: { cron: CronJobPayload };
}

// ---- run: drive a run one step (a discovery, a step, a fired timer, a function timeout)

export interface RunJobPayload {
  /** A function timeout's job (docs/semantics.md §13). */
  timeout?: "start" | "finish";
  /** A timer that fired (sleep, or a wait's or invoke's timeout) resolves this step first (fired-timer.ts). */
  resolveStep?: string;
  /** That step's op (`Sleep`, `WaitForEvent`, `InvokeFunction`), its name and its result. */
  op?: string;
  name?: string;
  result?: unknown;
  /** A wait's or invoke's timeout: the pause it consumes (racing the event that resumes it). */
  pause?: PauseRecord;
  /** A retry while no worker could take the request: when the waiting began. */
  waitingSince?: number;
  /** A start delayed by the function's throttle: until when. */
  throttledAt?: number;
}

export interface RunJob extends JobBase {
  kind: "run";
  runId: string;
  payload?: RunJobPayload;
}

// ---- expire: retention (docs/deployment.md "Retention"; src/state/retention.ts)

/**
 * What a retention job deletes: a finished run (with its steps and pauses) and then those of its
 * events that no run needs any more, or a batch of events once none of their runs remains.
 */
export type ExpirePayload =
  | { expire: "run"; runId: string; eventIds: string[] }
  | { expire: "events"; eventIds: string[] };

/** A retention job (src/state/retention.ts builds them; stores enqueue them themselves). */
export interface ExpireJob extends JobBase {
  kind: "expire";
  payload: ExpirePayload;
}

// ---- flow: flow control's own jobs (docs/flow-control.md)

/** A backlog's sweep (src/executor/flow-control.ts). */
export interface SweepJob extends JobBase {
  kind: "flow";
  payload: { docKey: string };
}

/** The payload of a debounce's or batch's flush job (src/executor/held-run.ts). */
export interface FlushPayload {
  flush: "debounce" | "batch";
  fnId: string;
  docKey: string;
  /** The debounce or batch the job flushes. */
  id: string;
  /** Debounce: the due time this job was enqueued for (a later event moves it on). */
  dueAt?: number;
}

export interface FlushJob extends JobBase {
  kind: "flow";
  payload: FlushPayload;
}

/** A function pause's timer (src/executor/function-pause.ts): cancels its runs when the period ends. */
export interface PauseTimerPayload {
  pauseTimer: { fnId: string; pausedAt: number };
}

export interface PauseTimerJob extends JobBase {
  kind: "flow";
  payload: PauseTimerPayload;
}

export type EventJob = FanOutJob | CronJob;
export type FlowJob = SweepJob | FlushJob | PauseTimerJob;
/** A job in the queue, keyed by `kind`. */
export type JobRecord = EventJob | RunJob | ExpireJob | FlowJob;
/**
 * `event`: fan events out into runs; `run`: drive a run; `expire`: retention (docs/deployment.md);
 * `flow`: flow control's sweeps, flushes and pause timers (docs/flow-control.md).
 */
export type JobKind = JobRecord["kind"];
/** Any kind's payload (a commit's retry may replace a job's). */
export type JobPayload = NonNullable<JobRecord["payload"]>;

export const isCronJob = (job: JobRecord): job is CronJob => job.kind === "event" && "cron" in job.payload;
export const isFlushJob = (job: JobRecord): job is FlushJob => job.kind === "flow" && "flush" in job.payload;
export const isPauseTimerJob = (job: JobRecord): job is PauseTimerJob => job.kind === "flow" && "pauseTimer" in job.payload;

// ---- decoding

type Fields = Record<string, unknown>;
const isObj = (v: unknown): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStrs = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const opt = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);

const payloadChecks: Record<JobKind, (p: unknown, job: Fields) => boolean> = {
  event: (p) => isObj(p) && (p.cron !== undefined
    ? isObj(p.cron) && isStr(p.cron.functionId) && isStr(p.cron.schedule) && isNum(p.cron.at) && isStr(p.cron.cron)
    : isStrs(p.eventIds) && opt(p.invokeFunctionId, isStr) && opt(p.correlationId, isStr)),
  run: (p, job) => isStr(job.runId) && (p === undefined || (isObj(p)
    && opt(p.timeout, (t) => t === "start" || t === "finish") && opt(p.resolveStep, isStr) && opt(p.op, isStr) && opt(p.name, isStr)
    && opt(p.pause, isObj) && opt(p.waitingSince, isNum) && opt(p.throttledAt, isNum))),
  expire: (p) => isObj(p) && isStrs(p.eventIds) && (p.expire === "events" || (p.expire === "run" && isStr(p.runId))),
  flow: (p) => isObj(p) && (p.pauseTimer !== undefined
    ? isObj(p.pauseTimer) && isStr(p.pauseTimer.fnId) && isNum(p.pauseTimer.pausedAt)
    : p.flush !== undefined
      ? (p.flush === "debounce" || p.flush === "batch") && isStr(p.fnId) && isStr(p.docKey) && isStr(p.id) && opt(p.dueAt, isNum)
      : isStr(p.docKey)),
};

/**
 * A stored job (decoded JSON) as a `JobRecord`, checked: its common fields, and the payload its
 * kind (and payload shape) calls for. Fields this version does not know are kept. Throws a
 * non-retryable `internal_error` naming the job and what is wrong with it.
 */
export function decodeJob(value: unknown): JobRecord {
  const id = isObj(value) && isStr(value.id) ? value.id : undefined;
  const refuse = (what: string) => new TetherError("internal_error", `malformed job ${id ?? "(no id)"}: ${what}`, { retryable: false });
  if (!isObj(value) || id === undefined) throw refuse("not a job");
  const kind = value.kind;
  if (kind !== "event" && kind !== "run" && kind !== "expire" && kind !== "flow") throw refuse(`unknown kind ${JSON.stringify(kind)}`);
  if (!isNum(value.attempt) || !isNum(value.runAt) || !isNum(value.createdAt) || !opt(value.runId, isStr) || !opt(value.stepId, isStr)) {
    throw refuse("bad attempt, times or ids");
  }
  if (!payloadChecks[kind](value.payload, value)) throw refuse(`bad payload for kind ${kind}`);
  return value as unknown as JobRecord;
}

/** A job's next delivery after a commit's retry: its new attempt and time, and the retry's payload if it gives one. */
export function retriedJob(job: JobRecord, retry: { runAt: number; attempt: number; payload?: JobPayload }): JobRecord {
  return decodeJob({ ...job, attempt: retry.attempt, runAt: retry.runAt, payload: retry.payload ?? job.payload });
}
