// Turns one SDK response into the run's next state (docs/execution-protocol.md §2.3–2.6): stored step
// results, the next jobs, retries with backoff, and finalisation. Pure apart from the injected
// clock/ids/random, so every rule is unit-testable; the executor applies the Commit atomically.
import { parseDurationMs, parseRetryAfter, retryBackoffMs, TetherError } from "../common/index.ts";
import type {
  Commit, EventRecord, FunctionRecord, JobRecord, PauseRecord, RunJob, RunRecord, RunStatus, RunWait, StepRecord,
} from "../state/index.ts";
import { fanOutJob } from "../state/index.ts";
import { invokeOp, waitForEventOp } from "./async-ops.ts";
import type { SdkResponse } from "./drivers/driver.ts";
import { type GeneratorOp, isLazyOp, OpCode, parseOps } from "./ops.ts";

export const MAX_SLEEP_MS = 366 * 86_400_000;
/** Limits (docs/semantics.md §23). */
export const MAX_STEP_OUTPUT_BYTES = 4 * 1024 * 1024;
export const MAX_STEPS_PER_RUN = 1_000;
export const MAX_RUN_STATE_BYTES = 32 * 1024 * 1024;

export interface OutcomeContext {
  run: RunRecord;
  job: RunJob;
  events: EventRecord[];
  now: number;
  newId: () => string;
  retryIntervalMs?: number;
  random?: () => number;
  /** Whether any function listens to `inngest/function.*` (else system events are stored only). */
  fanOutSystemEvents?: (name: string) => boolean;
  /** Registered function by composite id (step.invoke targets). */
  findFunction?: (slug: string) => FunctionRecord | undefined;
  /** Steps already stored for the run and the bytes of its state (events + step results). */
  stepCount?: number;
  stateBytes?: number;
  /** When the request this answer replies to was dispatched (a step's start without SDK timing). */
  requestStartedAt?: number;
}

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  [k: string]: unknown;
}

export function toSerializedError(body: unknown, fallbackName = "Error"): SerializedError {
  if (body && typeof body === "object" && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    if (typeof b.message === "string" || typeof b.name === "string") {
      return { ...b, name: typeof b.name === "string" ? b.name : fallbackName, message: String(b.message ?? "") };
    }
    if (typeof b.error === "string") return { name: fallbackName, message: b.error };
  }
  return { name: fallbackName, message: typeof body === "string" ? body : JSON.stringify(body) };
}

/** Decides what an SDK response means for the run. */
export function outcomeFromResponse(ctx: OutcomeContext, res: SdkResponse): Commit {
  const { run, job } = ctx;
  const versionPatch = run.requestVersion < 1 && res.requestVersion ? { requestVersion: res.requestVersion } : {};
  if (res.statusCode === 206) {
    const ops = parseOps(res.body);
    if (!ops) return attemptFailed(ctx, { name: "Error", message: "SDK returned an invalid op list" }, false, undefined, versionPatch);
    return outcomeFromOps(ctx, ops, res, versionPatch);
  }
  if (res.statusCode >= 200 && res.statusCode < 300) {
    // The official SDK answers a NonRetriableError with DONE + no_retry (docs/official-sdk-observed.md §4.4).
    if (res.noRetry) return finalize(ctx, "Failed", undefined, toSerializedError(res.body), versionPatch);
    return finalize(ctx, "Completed", res.body ?? null, undefined, versionPatch);
  }
  return attemptFailed(ctx, toSerializedError(res.body), res.noRetry, res.retryAfter, versionPatch);
}

/** A transport failure (no worker, worker stopped responding...) counts as a failed attempt. */
/** Suffix of the discovery job asked again after an answer with no op (outcomeFromOps). */
const NO_OP_RETRY = "~noop";

export function outcomeFromError(ctx: OutcomeContext, err: TetherError): Commit {
  return attemptFailed(ctx, { name: err.code, message: err.message }, !err.retryable, undefined, {});
}

function outcomeFromOps(ctx: OutcomeContext, ops: GeneratorOp[], res: SdkResponse, patch: Partial<RunRecord>): Commit {
  const { run, job, now } = ctx;
  const steps: StepRecord[] = [];
  const enqueue: JobRecord[] = [];
  const finished: string[] = [];
  const pauses: PauseRecord[] = [];
  const events: EventRecord[] = [];
  const waits: RunWait[] = [];
  const runPatch: Partial<RunRecord> = { ...patch };
  // Completed steps riding along (checkpointing fallbacks) are not parallelism.
  const counted = ops.filter((o) => !isLazyOp(o) && o.op !== OpCode.StepRun && o.op !== OpCode.RunComplete);
  if (counted.length > 1) runPatch.forceStepPlan = true;
  const version = runPatch.requestVersion ?? run.requestVersion;
  const planned = ops.filter((o) => o.op === OpCode.StepPlanned).map((o) => o.id);
  const addPending = version >= 2 && counted.length > 1 && planned.length > 0 ? planned : undefined;
  let discoveryId: string | undefined;

  for (const op of ops) {
    switch (op.op) {
      case OpCode.StepRun:
      case OpCode.Step: {
        const rec = stepRecord(ctx, op, op.op === OpCode.Step ? op.data : { data: op.data ?? null });
        if ((rec.size ?? 0) > MAX_STEP_OUTPUT_BYTES) {
          // The step fails for good; the function sees a StepError it may catch.
          const error = { name: "OutputTooLargeError", message: `step output is larger than ${MAX_STEP_OUTPUT_BYTES} bytes` };
          steps.push(stepRecord(ctx, op, { error }));
          discoveryId ??= `${run.id}-${op.id}-failure`;
        } else {
          steps.push(rec);
          discoveryId ??= `${run.id}-${op.id}`;
        }
        finished.push(op.id);
        break;
      }
      case OpCode.StepError: {
        const error = toSerializedError(op.error);
        const last = job.attempt + 1 >= run.maxAttempts;
        if (!res.noRetry && !last) {
          return { retryJob: retryOf(ctx, res.retryAfter), run: { id: run.id, ...runPatch } };
        }
        steps.push(stepRecord(ctx, op, { error }));
        finished.push(op.id);
        discoveryId ??= `${run.id}-${op.id}-failure`;
        break;
      }
      case OpCode.StepFailed:
        steps.push(stepRecord(ctx, op, { error: toSerializedError(op.error) }));
        finished.push(op.id);
        discoveryId ??= `${run.id}-${op.id}-failure`;
        break;
      case OpCode.StepPlanned:
        enqueue.push(runJob(ctx, `${run.id}-${op.id}-plan`, op.id, now));
        break;
      case OpCode.Sleep: {
        const wakeAt = sleepUntil(op, now);
        if (wakeAt === undefined) {
          return finalize(ctx, "Failed", undefined, { name: "Error", message: `invalid sleep duration "${String(op.opts?.duration ?? op.name)}"` }, runPatch);
        }
        enqueue.push({ ...runJob(ctx, `${run.id}-${op.id}-sleep`, "step", wakeAt), payload: { resolveStep: op.id, op: OpCode.Sleep, name: stepName(op) } });
        waits.push({ stepId: op.id, op: OpCode.Sleep, name: stepName(op), until: wakeAt });
        break;
      }
      case OpCode.WaitForEvent:
      case OpCode.InvokeFunction: {
        const r = op.op === OpCode.WaitForEvent ? waitForEventOp(ctx, op) : invokeOp(ctx, op, ctx.findFunction ?? (() => undefined));
        if (r.ok) {
          waits.push(pauseWait(r.pause, op.op === OpCode.InvokeFunction ? String(op.opts?.function_id ?? "") : undefined));
          pauses.push(r.pause);
          enqueue.push(...r.jobs);
          events.push(...r.events);
        } else if (r.failRun) {
          return finalize(ctx, "Failed", undefined, r.error, runPatch, steps);
        } else {
          steps.push(stepRecord(ctx, op, r.stepResult));
          finished.push(op.id);
          discoveryId ??= `${run.id}-${op.id}-failure`;
        }
        break;
      }
      case OpCode.RunComplete:
        return finalize(ctx, "Completed", op.data ?? null, undefined, runPatch, steps);
      case OpCode.None:
      case OpCode.DeferAdd:
      case OpCode.DeferAbort:
        break;
      case OpCode.DiscoveryRequest:
        discoveryId ??= `${run.id}-${op.id}`;
        break;
      default:
        return finalize(ctx, "Failed", undefined, { name: "Error", message: `unsupported op "${op.op}"` }, runPatch, steps);
    }
  }
  // An answer that schedules nothing (`[]`, or only `None` and defer ops) with no other thread of
  // the run in flight (no pending parallel step) would leave the run waiting for ever: discovery
  // is asked again, once, under an id of its own (docs/execution-protocol.md §1.6); an empty
  // answer to that one is a failed attempt, so an SDK that keeps answering nothing fails the run.
  const scheduled = discoveryId !== undefined || steps.length > 0 || enqueue.length > 0 || pauses.length > 0 || events.length > 0;
  if (!scheduled && (run.pendingSteps?.length ?? 0) === 0) {
    if (job.id.endsWith(NO_OP_RETRY)) return attemptFailed(ctx, { name: "Error", message: "the SDK answered twice with no op to run" }, false, undefined, runPatch);
    discoveryId = `${job.id}${NO_OP_RETRY}`;
  }
  if ((ctx.stepCount ?? 0) + steps.length > MAX_STEPS_PER_RUN) {
    return finalize(ctx, "Failed", undefined, { name: "InngestErrFunctionOverflowed", message: `The function run exceeded the step limit of ${MAX_STEPS_PER_RUN} steps.` }, runPatch);
  }
  if ((ctx.stateBytes ?? 0) + steps.reduce((n, s) => n + (s.size ?? 0), 0) > MAX_RUN_STATE_BYTES) {
    return finalize(ctx, "Failed", undefined, { name: "InngestErrStateOverflowed", message: `The run state exceeded ${MAX_RUN_STATE_BYTES} bytes.` }, runPatch);
  }
  if (waits.length) runPatch.waits = waits;
  const commit: Commit = { completeJobId: job.id, steps, enqueue, run: { id: run.id, ...runPatch }, addPending, addPauses: pauses, events };
  // A job whose step ran again (its result was lost with a crashed executor) would enqueue its
  // follow-up under its own id, which the queue drops as a duplicate: give it the next id.
  for (const j of enqueue) if (j.id === job.id) j.id = `${j.id}+`;
  if (discoveryId === job.id) discoveryId = `${discoveryId}+`;
  if (discoveryId) {
    const then = runJob(ctx, discoveryId, "step", now);
    if (finished.length) commit.resolvePending = { stepIds: finished, then };
    else enqueue.push(then);
  }
  return commit;
}

function attemptFailed(
  ctx: OutcomeContext, error: SerializedError, noRetry: boolean, retryAfter: string | undefined, patch: Partial<RunRecord>,
): Commit {
  const { run, job } = ctx;
  if (!noRetry && job.attempt + 1 < run.maxAttempts) {
    return { retryJob: retryOf(ctx, retryAfter), run: { id: run.id, ...patch } };
  }
  return finalize(ctx, "Failed", undefined, error, patch);
}

function retryOf(ctx: OutcomeContext, retryAfter: string | undefined): NonNullable<Commit["retryJob"]> {
  const { job, now } = ctx;
  const at = parseRetryAfter(retryAfter, now)
    ?? now + retryBackoffMs(job.attempt, { retryIntervalMs: ctx.retryIntervalMs, random: ctx.random });
  return { id: job.id, runAt: at, attempt: job.attempt + 1 };
}

/** Ends the run and emits `inngest/function.finished` (+ `failed`) (docs/execution-protocol.md §7). */
export function finalize(
  ctx: Omit<OutcomeContext, "job"> & { job?: RunJob }, status: RunStatus, output: unknown, error: SerializedError | undefined,
  patch: Partial<RunRecord> = {}, steps: StepRecord[] = [],
): Commit {
  const { run, job, now } = ctx;
  const commit: Commit = {
    completeJobId: job?.id,
    steps,
    // The slug (unchanged) rides along so the store's observers can label the end without a read
    // (src/observability/metrics-store.ts).
    run: { id: run.id, functionSlug: run.functionSlug, ...patch, status, endedAt: now, ...(error ? { error, output: error } : { output }) },
    expectRunStatus: "Running",
    events: [],
    enqueue: [],
  };
  const trigger = ctx.events[0]?.event;
  // Lifecycle events about lifecycle events would loop (docs/execution-protocol.md §7).
  if (trigger && (trigger.name === "inngest/function.failed" || trigger.name === "inngest/function.finished")) return commit;
  const data: Record<string, unknown> = {
    function_id: run.functionSlug,
    run_id: run.id,
    event: trigger,
    events: ctx.events.map((e) => e.event),
    ...(error ? { error } : status === "Cancelled" ? { error: { name: "Error", message: "function cancelled" } } : { result: output }),
    ...(run.correlationId ? { correlation_id: run.correlationId } : {}),
    _inngest: { status },
  };
  const emit = (name: string, id: string) => {
    const internalId = ctx.newId();
    commit.events!.push({ internalId, receivedAt: now, event: { name, data, user: {}, id, ts: now } });
    // An invoked run's caller waits for its finished event, so that one is always fanned out.
    const invokeReply = name === "inngest/function.finished" && run.correlationId !== undefined;
    if (invokeReply || ctx.fanOutSystemEvents?.(name)) {
      commit.enqueue!.push(fanOutJob([internalId], now));
    }
  };
  emit("inngest/function.finished", ctx.newId());
  if (status === "Failed") emit("inngest/function.failed", run.id);
  if (status === "Cancelled") emit("inngest/function.cancelled", run.id);
  return commit;
}

/** The user's step id: TS SDKs put data (a sleep's duration, an event name) in `name`. */
export function stepName(op: GeneratorOp): string | undefined {
  const userland = op.userland as { id?: unknown } | undefined;
  return op.displayName ?? (typeof userland?.id === "string" ? userland.id : undefined) ?? op.name;
}

function stepRecord(ctx: OutcomeContext, op: GeneratorOp, result: unknown): StepRecord {
  return {
    runId: ctx.run.id, stepId: op.id, result, op: op.op,
    name: stepName(op), attempt: ctx.job.attempt, createdAt: ctx.now,
    ...stepTiming(op, ctx.requestStartedAt, ctx.now),
    size: Buffer.byteLength(JSON.stringify(result) ?? "null"),
  };
}

/**
 * A step's start and duration: the SDK's `timing` (`a`: start, `b`: duration, both in
 * nanoseconds; docs/execution-protocol.md §1.5) when present and sane, else the request's
 * dispatch and answer times.
 */
export function stepTiming(op: GeneratorOp, fallbackStart: number | undefined, now: number): Pick<StepRecord, "startedAt" | "durationMs"> {
  const t = op.timing as { a?: unknown; b?: unknown } | undefined;
  const a = Number(t?.a);
  const b = Number(t?.b);
  if (Number.isFinite(a) && Number.isFinite(b) && a > 0 && b >= 0) {
    const startedAt = Math.round(a / 1e6);
    if (Math.abs(startedAt - now) < 86_400_000) return { startedAt, durationMs: b / 1e6 };
  }
  return fallbackStart === undefined ? {} : { startedAt: fallbackStart, durationMs: Math.max(0, now - fallbackStart) };
}

/** What a waitForEvent or invoke pause waits for, for the run's `waits`. */
function pauseWait(p: PauseRecord, fn: string | undefined): RunWait {
  return {
    stepId: p.stepId ?? "", op: fn !== undefined ? OpCode.InvokeFunction : OpCode.WaitForEvent, name: p.stepName, until: p.expiresAt,
    event: p.event, ...(p.expression ? { if: p.expression } : {}), ...(fn ? { function: fn } : {}),
  };
}

function runJob(ctx: OutcomeContext, id: string, stepId: string, runAt: number): RunJob {
  return { id, kind: "run", runId: ctx.run.id, stepId, attempt: 0, runAt, createdAt: ctx.now };
}

/** Sleep target from `opts.duration` or (TS SDK) `name`: a duration string or an ISO date. */
function sleepUntil(op: GeneratorOp, now: number): number | undefined {
  const raw = (op.opts?.duration as string | undefined) ?? op.name ?? "";
  const ms = parseDurationMs(raw);
  let at = ms !== undefined ? now + ms : Date.parse(raw);
  if (Number.isNaN(at)) return undefined;
  at = Math.max(at, now);
  return at - now > MAX_SLEEP_MS ? undefined : at;
}
