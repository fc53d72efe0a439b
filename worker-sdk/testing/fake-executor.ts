// The server's part of a run, in memory: which request to send next, what is memoised, and what a
// reply does to the run — the same rules as Tether's executor (docs/execution-protocol.md §1–2,
// docs/testing.md): a StepRun or StepFailed is memoised and discovery runs again; a StepError is
// retried with the next attempt until the function's attempts run out; planned steps (parallelism)
// each get a request of their own and turn on "plan every step"; a retriable function error is
// retried, a final one fails the run.

import { ConfigError } from "../errors.ts";
import type { ReceivedEvent } from "../event-types.ts";
import { safeStringify } from "../safe-json.ts";
import { asSerializedError, serializeError, type SerializedError } from "../serialize-error.ts";
import { REQUEST_VERSION } from "../version.ts";
import { DISCOVERY_STEP_ID } from "../engine/execute.ts";
import type { ExecutionResult } from "../engine/execution-result.ts";
import { OpCode, type OutgoingOp } from "../engine/ops.ts";
import { resolveAsyncOp } from "./async-ops.ts";
import type { StepMock } from "./mocked-function.ts";
import type { TakenStep } from "./test-run.ts";

/** One call to the SDK: discovery (`"step"`) or a planned step by hashed id. */
export interface Job {
  stepId: string;
  attempt: number;
}

export type RunEnd =
  | { status: "Completed"; result: unknown }
  | { status: "Failed"; error: SerializedError }
  /** Stopped by the test (executeStep) while the function still had work to do. */
  | { status: "Running" };

export interface FakeExecutorInit {
  runId: string;
  events: ReceivedEvent[];
  maxAttempts: number;
  startMs: number;
  mocks: ReadonlyMap<string, StepMock>;
}

const CODE_STEP_OPS: ReadonlySet<string> = new Set([OpCode.StepRun, OpCode.StepError, OpCode.StepFailed]);

function userId(op: OutgoingOp): string {
  const land = op.userland;
  if (!land) return op.id;
  return land.index !== undefined ? `${land.id}:${land.index}` : land.id;
}

/** JSON as the server would store and send it back. */
function roundTrip<T>(value: T): T {
  return JSON.parse(safeStringify(value === undefined ? null : value)) as T;
}

export class FakeExecutor {
  readonly #init: FakeExecutorInit;
  readonly #memo = new Map<string, unknown>();
  readonly #queue: Job[] = [{ stepId: DISCOVERY_STEP_ID, attempt: 0 }];
  readonly #pending = new Set<string>();
  readonly taken: TakenStep[] = [];
  #forceStepPlan = false;
  #nowMs: number;
  #lastAttempt = 0;

  constructor(init: FakeExecutorInit) {
    this.#init = init;
    this.#nowMs = init.startMs;
  }

  get nowMs(): number {
    return this.#nowMs;
  }

  /** Attempt number (from 1) of the last request. */
  get attempts(): number {
    return this.#lastAttempt + 1;
  }

  get state(): Record<string, unknown> {
    return Object.fromEntries(this.#memo);
  }

  nextJob(): Job | undefined {
    return this.#queue.shift();
  }

  /** The request body the executor sends for `job` (docs/execution-protocol.md §1.3). */
  requestBody(job: Job): unknown {
    this.#lastAttempt = job.attempt;
    const { runId, events, maxAttempts } = this.#init;
    return roundTrip({
      event: events[0],
      events,
      steps: Object.fromEntries(this.#memo),
      ctx: {
        run_id: runId,
        step_id: job.stepId,
        attempt: job.attempt,
        max_attempts: maxAttempts,
        stack: { stack: [...this.#memo.keys()], current: this.#memo.size },
        disable_immediate_execution: this.#forceStepPlan,
        use_api: false,
      },
      version: REQUEST_VERSION,
    });
  }

  /** Applies the SDK's reply to `job`; returns how the run ended, or undefined while it goes on. */
  async apply(job: Job, reply: ExecutionResult): Promise<RunEnd | undefined> {
    if (reply.status === "DONE" && !reply.noRetry) return { status: "Completed", result: roundTrip(reply.body) };
    if (reply.status !== "NOT_COMPLETED") return this.#functionFailed(job, reply);
    const ops = reply.body as OutgoingOp[];
    const counted = ops.filter((op) => op.op !== OpCode.StepRun);
    if (counted.length > 1) this.#forceStepPlan = true;
    let finished = false;
    for (const op of ops) {
      const outcome = await this.#applyOp(job, op, reply.noRetry);
      if (outcome === "retried") return undefined;
      finished ||= outcome === "finished";
    }
    if (finished && this.#pending.size === 0 && !this.#queue.some((next) => next.stepId === DISCOVERY_STEP_ID)) {
      this.#queue.push({ stepId: DISCOVERY_STEP_ID, attempt: 0 });
    }
    if (this.#queue.length === 0) {
      return { status: "Failed", error: serializeError(new ConfigError("the function reported nothing to do and did not return")) };
    }
    return undefined;
  }

  #functionFailed(job: Job, reply: ExecutionResult): RunEnd | undefined {
    if (reply.status === "ERROR" && !reply.noRetry && job.attempt + 1 < this.#init.maxAttempts) {
      this.#queue.unshift({ ...job, attempt: job.attempt + 1 });
      return undefined;
    }
    const error = asSerializedError(reply.body) ?? serializeError(reply.body);
    return { status: "Failed", error: roundTrip(error) };
  }

  async #applyOp(job: Job, op: OutgoingOp, noRetry: boolean): Promise<"finished" | "retried" | "planned"> {
    switch (op.op) {
      case OpCode.StepRun:
        return this.#finish(op, job, { data: op.data ?? null });
      case OpCode.StepError:
        if (!noRetry && job.attempt + 1 < this.#init.maxAttempts) {
          this.#queue.unshift({ ...job, attempt: job.attempt + 1 });
          return "retried";
        }
        return this.#finish(op, job, { error: op.error });
      case OpCode.StepFailed:
        return this.#finish(op, job, { error: op.error });
      case OpCode.StepPlanned:
        this.#pending.add(op.id);
        this.#queue.push({ stepId: op.id, attempt: 0 });
        return "planned";
      default:
        return this.#resolveAsync(op, job);
    }
  }

  async #resolveAsync(op: OutgoingOp, job: Job): Promise<"finished"> {
    const resolved = await resolveAsyncOp(op, this.#init.mocks, this.#nowMs, this.taken.length);
    if (!resolved) throw new ConfigError(`the test engine does not support the op "${op.op}"`);
    this.#nowMs = Math.max(this.#nowMs, resolved.atMs);
    return this.#finish(op, job, resolved.stored);
  }

  #finish(op: OutgoingOp, job: Job, stored: { data: unknown } | { error: unknown }): "finished" {
    const value = roundTrip(stored);
    this.#memo.set(op.id, value);
    this.#pending.delete(op.id);
    const failed = "error" in value;
    this.taken.push({
      id: userId(op),
      hashedId: op.id,
      op: failed && op.op === OpCode.StepError ? OpCode.StepFailed : op.op,
      ...(op.displayName !== undefined ? { displayName: op.displayName } : {}),
      ...(op.name !== undefined ? { name: op.name } : {}),
      ...(op.opts !== undefined ? { opts: op.opts } : {}),
      ...(failed ? { error: value.error } : { data: value.data }),
      // Code steps count this job's attempts; async ops are answered once.
      attempts: CODE_STEP_OPS.has(op.op) ? job.attempt + 1 : 1,
    });
    return "finished";
  }
}
