// The execution engine: runs one request of a durable function the way the official v4 SDK does
// (execution-protocol.md §2), so one executor drives both SDKs. It replays user code, hands
// memoised results back in completion order, and ends the request with exactly one outcome:
// run the requested (or the single new) step, report new steps, or finish/fail the function.
//
// Flow: user code and the step scheduler push "checkpoints" into a queue; the loop below takes
// them one at a time until one produces a result. Checkpointing over the API is not used.

import { childLogger, ReplayAwareLogger, silentLogger, type Logger } from "../logger.ts";
import { safeStringify } from "../safe-json.ts";
import { serializeError } from "../serialize-error.ts";
import { StepError } from "../step-error.ts";
import { StepIdAllocator } from "../step-id.ts";
import type { RunnableFunction } from "../runnable-function.ts";
import type { FunctionContext } from "../types.ts";
import type { ExecutionRequest } from "./execution-request.ts";
import { doneResult, failureResult, opsResult, type ExecutionResult } from "./execution-result.ts";
import { plannedOp, type FoundStep, type StepDescriptor } from "./found-step.ts";
import { OpCode, type OutgoingOp } from "./ops.ts";
import { retriability, type Retriability } from "./retriability.ts";
import { StepScheduler } from "./step-scheduler.ts";
import { createStepTools } from "./step-tools.ts";
import { stepNotFoundResult } from "./step-not-found.ts";

/** How long a requested step may stay unfound before the request fails (official: 10 s). */
export const DEFAULT_STEP_NOT_FOUND_TIMEOUT_MS = 10_000;

/** The `stepId` value that means "no particular step: discover". */
export const DISCOVERY_STEP_ID = "step";

export interface ExecuteFunctionOptions {
  /** A TetherFunction or an onFailure companion. */
  fn: RunnableFunction;
  request: ExecutionRequest;
  /** Hashed step id the executor asked for; absent or "step" means discovery. */
  stepId?: string | null;
  /** SDK logger; user code gets a replay-aware child. @default silent */
  logger?: Logger;
  /** @default 10000 */
  stepNotFoundTimeoutMs?: number;
  /** Clock for step timing. @default Date.now */
  now?: () => number;
}

type Checkpoint =
  | { type: "steps-found"; steps: FoundStep[] }
  | { type: "function-resolved"; data: unknown }
  | { type: "function-rejected"; error: unknown }
  | { type: "step-not-found" };

class CheckpointQueue {
  readonly #items: Checkpoint[] = [];
  #waiter: ((checkpoint: Checkpoint) => void) | undefined;

  push(checkpoint: Checkpoint): void {
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      waiter(checkpoint);
    } else {
      this.#items.push(checkpoint);
    }
  }

  next(): Promise<Checkpoint> {
    const item = this.#items.shift();
    if (item) return Promise.resolve(item);
    return new Promise((resolve) => {
      this.#waiter = resolve;
    });
  }
}

/** Runs one request of `fn` and returns its outcome. Never rejects for errors in user code. */
export function executeFunction(options: ExecuteFunctionOptions): Promise<ExecutionResult> {
  return new Execution(options).run();
}

function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  if (typeof thrown === "object") return new Error(safeStringify(thrown));
  return new Error(String(thrown));
}

class Execution {
  readonly #fn: RunnableFunction;
  readonly #request: ExecutionRequest;
  readonly #requestedStepId: string | undefined;
  readonly #now: () => number;
  readonly #notFoundTimeoutMs: number;
  readonly #queue = new CheckpointQueue();
  readonly #ids = new StepIdAllocator();
  readonly #steps = new Map<string, FoundStep>();
  readonly #unseenMemoised: Set<string>;
  readonly #userLogger: ReplayAwareLogger;
  readonly #logger: Logger;
  readonly #scheduler: StepScheduler;
  #lastReplayedStepError: StepError | undefined;
  #executingStep = false;
  #notFoundTimer: NodeJS.Timeout | undefined;

  constructor(options: ExecuteFunctionOptions) {
    this.#fn = options.fn;
    this.#request = options.request;
    const stepId = options.stepId ?? undefined;
    this.#requestedStepId = stepId && stepId !== DISCOVERY_STEP_ID ? stepId : undefined;
    this.#now = options.now ?? Date.now;
    this.#notFoundTimeoutMs = options.stepNotFoundTimeoutMs ?? DEFAULT_STEP_NOT_FOUND_TIMEOUT_MS;
    this.#logger = childLogger(options.logger ?? silentLogger, {
      runId: this.#request.runId,
      functionId: this.#fn.slug,
    });
    this.#userLogger = new ReplayAwareLogger(this.#logger);
    this.#unseenMemoised = new Set(this.#request.stack);
    this.#scheduler = new StepScheduler(this.#request.stack, {
      handle: (step) => this.#handleMemoised(step),
      report: (steps) => this.#queue.push({ type: "steps-found", steps }),
    });
  }

  async run(): Promise<ExecutionResult> {
    this.#maybeEndMemoisation();
    this.#startUserCode();
    this.#armStepNotFoundTimer();
    try {
      for (;;) {
        const result = await this.#onCheckpoint(await this.#queue.next());
        if (result) return result;
      }
    } finally {
      this.#scheduler.stop();
      clearTimeout(this.#notFoundTimer);
    }
  }

  #retriability(error: unknown): Retriability {
    return retriability(error, {
      attempt: this.#request.attempt,
      maxAttempts: this.#request.maxAttempts,
      lastReplayedStepError: this.#lastReplayedStepError,
    });
  }

  #startUserCode(): void {
    const ctx: FunctionContext = {
      event: this.#request.event,
      events: this.#request.events,
      step: createStepTools((descriptor) => this.#onStep(descriptor), this.#fn.app),
      runId: this.#request.runId,
      attempt: this.#request.attempt,
      maxAttempts: this.#request.maxAttempts,
      logger: this.#userLogger,
    };
    // Received events are checked against the app's schemas first, as the official SDK does; a
    // mismatch rejects with EventValidationError (non-retriable) before any user code runs.
    Promise.resolve()
      .then(() => this.#fn.validateEvents(this.#request.events))
      .then(() => this.#fn.handler(ctx))
      .then(
        (data) => this.#queue.push({ type: "function-resolved", data }),
        (error: unknown) => this.#queue.push({ type: "function-rejected", error: toError(error) }),
      );
  }

  #armStepNotFoundTimer(): void {
    if (!this.#requestedStepId) return;
    clearTimeout(this.#notFoundTimer);
    this.#notFoundTimer = setTimeout(() => this.#queue.push({ type: "step-not-found" }), this.#notFoundTimeoutMs);
  }

  #maybeEndMemoisation(): void {
    if (this.#unseenMemoised.size === 0) this.#userLogger.enable();
  }

  /** Called by step tools: registers the step and returns the promise user code awaits. */
  #onStep(descriptor: StepDescriptor): Promise<unknown> {
    if (this.#executingStep) {
      this.#logger.warn({ stepId: descriptor.id }, "step tool called inside another step; nesting steps is not supported");
    }
    const allocated = this.#ids.allocate(descriptor.id);
    const memo = this.#request.steps.get(allocated.hashedId);
    if (memo) {
      this.#unseenMemoised.delete(allocated.hashedId);
      this.#maybeEndMemoisation();
    }
    // Edited input from a rerun replaces the arguments and is reported back in opts.input (only for
    // "run code" steps, as in the official SDK).
    const replayedInput =
      memo?.kind === "input" && Array.isArray(memo.input) && descriptor.op === OpCode.StepPlanned ? [...memo.input] : undefined;
    const args = replayedInput ?? descriptor.input ?? [];
    const handler = descriptor.handler;
    let resolve!: (value: unknown) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<unknown>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Keeps a step whose promise user code never awaits from becoming an unhandled rejection.
    promise.catch(() => undefined);
    const step: FoundStep = {
      hashedId: allocated.hashedId,
      id: allocated.id,
      userland: { id: descriptor.id, ...(allocated.index !== undefined ? { index: allocated.index } : {}) },
      op: descriptor.op,
      name: descriptor.name,
      displayName: descriptor.displayName,
      opts: { ...descriptor.opts, ...(replayedInput ? { input: replayedInput } : {}) },
      run: handler ? () => handler(...args) : undefined,
      validateResult: descriptor.validateResult,
      memo,
      hasState: memo !== undefined,
      fulfilled: memo !== undefined && memo.kind !== "input",
      handled: false,
      resolve,
      reject,
    };
    this.#steps.set(step.hashedId, step);
    this.#scheduler.add(step);
    return promise;
  }

  #handleMemoised(step: FoundStep): boolean {
    if (step.handled) return false;
    step.handled = true;
    const memo = step.memo;
    if (step.fulfilled && memo) {
      if (memo.kind === "data" && step.validateResult && memo.data !== null) {
        this.#resolveValidated(step, memo.data, step.validateResult);
      } else if (memo.kind === "data") {
        step.resolve(memo.data);
      } else if (memo.kind === "error") {
        this.#rejectReplayed(step, memo.error);
      }
    }
    return true;
  }

  /** A memoised result that must pass a check first (an awaited event's schema). */
  #resolveValidated(step: FoundStep, data: unknown, validate: (data: unknown) => Promise<void>): void {
    validate(data).then(
      () => step.resolve(data),
      (error: unknown) => this.#rejectReplayed(step, error),
    );
  }

  /** Rejects user code's await with a StepError; left uncaught, it fails the run for good. */
  #rejectReplayed(step: FoundStep, error: unknown): void {
    const stepError = new StepError(step.id, error);
    this.#lastReplayedStepError = stepError;
    step.reject(stepError);
  }

  async #onCheckpoint(checkpoint: Checkpoint): Promise<ExecutionResult | undefined> {
    switch (checkpoint.type) {
      case "steps-found":
        return this.#onStepsFound(checkpoint.steps);
      case "function-resolved": {
        const newSteps = this.#newSteps([...this.#steps.values()]);
        // e.g. Promise.race: the function finished but losing branches found steps first.
        return newSteps.length > 0 ? this.#reportSteps(newSteps) : doneResult(checkpoint.data);
      }
      case "function-rejected":
        return failureResult(checkpoint.error, this.#retriability(checkpoint.error));
      case "step-not-found":
        return stepNotFoundResult(this.#requestedStepId ?? "", [...this.#steps.values()]);
    }
  }

  async #onStepsFound(steps: FoundStep[]): Promise<ExecutionResult | undefined> {
    const target = this.#requestedStepId ?? this.#immediateStepId(steps);
    if (target) {
      const step = steps.find((candidate) => candidate.hashedId === target && candidate.run);
      if (step) return this.#executeStep(step);
      if (this.#requestedStepId) this.#armStepNotFoundTimer();
    }
    const newSteps = this.#newSteps(steps);
    return newSteps.length > 0 ? this.#reportSteps(newSteps) : undefined;
  }

  /** A lone new "run code" step may run inline, unless the executor disabled that (parallelism). */
  #immediateStepId(steps: FoundStep[]): string | undefined {
    if (this.#request.disableImmediateExecution) return undefined;
    const unfulfilled = steps.filter((step) => !step.fulfilled);
    if (unfulfilled.length !== 1) return undefined;
    const step = unfulfilled[0]!;
    if (step.opts.parallelMode) return undefined;
    return step.op === OpCode.StepPlanned ? step.hashedId : undefined;
  }

  /** Steps the executor knows nothing about. None are reported when a specific step was asked for. */
  #newSteps(steps: FoundStep[]): FoundStep[] {
    if (this.#requestedStepId) return [];
    return steps.filter((step) => !step.hasState);
  }

  #reportSteps(steps: FoundStep[]): ExecutionResult {
    this.#userLogger.enable();
    return opsResult(steps.map(plannedOp));
  }

  async #executeStep(step: FoundStep): Promise<ExecutionResult> {
    this.#userLogger.enable();
    const base: OutgoingOp = {
      id: step.hashedId,
      op: OpCode.StepRun,
      ...(step.name !== undefined ? { name: step.name } : {}),
      opts: step.opts,
      displayName: step.displayName,
      userland: step.userland,
    };
    const startedAt = this.#now();
    this.#executingStep = true;
    let outcome: { ok: true; data: unknown } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, data: await step.run!() };
    } catch (error) {
      outcome = { ok: false, error };
    } finally {
      this.#executingStep = false;
    }
    const endedAt = this.#now();
    const timing = { a: startedAt * 1_000_000, b: (endedAt - startedAt) * 1_000_000 };
    if (outcome.ok) {
      return opsResult([{ ...base, data: outcome.data === undefined ? null : outcome.data, timing }]);
    }
    const retriable = this.#retriability(outcome.error);
    const error = serializeError(outcome.error);
    const final = retriable === false;
    this.#logger.error({ err: error, stepId: step.id, final }, "step failed");
    const failedData = { __serialized: true, name: error.name, message: error.message, stack: "" };
    const op: OutgoingOp = {
      ...base,
      op: final ? OpCode.StepFailed : OpCode.StepError,
      error,
      timing,
      data: final ? failedData : null,
    };
    return opsResult([op], retriable);
  }
}
