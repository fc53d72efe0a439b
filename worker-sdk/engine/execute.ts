// The execution engine: runs one request of a durable function the way the official v4 SDK does
// (docs/execution-protocol.md §2), so one executor drives both SDKs. It replays user code, hands
// memoised results back in completion order, and ends the request with exactly one outcome:
// run the requested (or the single new) step, report new steps, or finish/fail the function.
//
// Flow: user code and the step scheduler push "checkpoints" into a queue; the loop below takes
// them one at a time until one produces a result.
//
// Checkpointing mode (issue 6): when the request asks for it (`ctx.tether_checkpoint`, a discovery
// at attempt 0 with immediate execution allowed) and the transport can carry it, steps run back to
// back in this one request; a CheckpointSession reports them over the socket and builds the
// replies that end the request (§4.2). A refusal from the server ends it at once ("halt").

import type { CheckpointingConfig } from "../checkpoint-options.ts";
import { deferred } from "../deferred.ts";
import { StaleDispatchError } from "../errors.ts";
import { childLogger, ReplayAwareLogger, silentLogger, type Logger } from "../logger.ts";
import { safeStringify } from "../safe-json.ts";
import { StepError } from "../step-error.ts";
import { StepIdAllocator } from "../step-id.ts";
import type { RunnableFunction } from "../runnable-function.ts";
import type { FunctionContext } from "../types.ts";
import { CheckpointSession } from "./checkpoint-session.ts";
import { CheckpointQueue, type Checkpoint } from "./checkpoint-queue.ts";
import { systemClock, type Clock } from "./clock.ts";
import type { ExecutionRequest, MemoEntry } from "./execution-request.ts";
import { loggerMiddleware } from "../middleware/logger.ts";
import { RunMiddleware, transformSentEvents } from "../middleware/stack.ts";
import type { AppServices } from "../app-services.ts";
import { doneResult, failureResult, opsResult, type ExecutionResult } from "./execution-result.ts";
import { plannedOp, type FoundStep, type StepDescriptor } from "./found-step.ts";
import { OpCode, type OutgoingOp } from "./ops.ts";
import { retriability, type Retriability } from "./retriability.ts";
import { runStep, type RanStep } from "./run-step.ts";
import { createPublisher, type Publish } from "../realtime/publish.ts";
import type { SocketChannel } from "./socket-channel.ts";
import { StepScheduler } from "./step-scheduler.ts";
import { createStepTools } from "./step-tools.ts";
import { stepNotFoundResult } from "./step-not-found.ts";

/** How long a requested step may stay unfound before the request fails (official: 10 s). */
export const DEFAULT_STEP_NOT_FOUND_TIMEOUT_MS = 10_000;

/** The SDK's own run logging, the outermost middleware of every run. */
const SDK_LOGGER_MIDDLEWARE = loggerMiddleware();

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
  /** Clock for step timing. @default clock.now */
  now?: () => number;
  /** Timers for checkpoint intervals, ack timeouts, max runtime and progress. @default the system clock */
  clock?: Clock;
  /**
   * The transport's socket messages for this request (connect). Used only when the request asks
   * for them (`ctx.tether_checkpoint`): checkpointing mode and step progress.
   * @default none: one step per request, progress calls do nothing
   */
  channel?: SocketChannel;
}

/**
 * Runs one request of `fn` and returns its outcome. Never rejects for errors in user code; rejects
 * with StaleDispatchError when, in checkpointing mode, the server says the request is no longer
 * live — nothing must be replied then.
 */
export function executeFunction(options: ExecuteFunctionOptions): Promise<ExecutionResult> {
  return new Execution(options).run();
}

function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  if (typeof thrown === "object") return new Error(safeStringify(thrown));
  return new Error(String(thrown));
}

/** Checkpointing settings when this request may run steps back to back, else undefined. */
function checkpointingFor(options: ExecuteFunctionOptions, requestedStepId: string | undefined): CheckpointingConfig | undefined {
  const { request, channel, fn } = options;
  if (!channel || !request.tetherCheckpoint || !fn.checkpointing) return undefined;
  // A retried request runs its one step and replies, so the next step starts at attempt 0 (§2.6).
  if (requestedStepId || request.disableImmediateExecution || request.attempt > 0) return undefined;
  return fn.checkpointing;
}

class Execution {
  readonly #fn: RunnableFunction;
  /** Replaced once, by the middleware's transformInput, before user code runs. */
  #request: ExecutionRequest;
  /** The request's middleware hooks; set first thing in run(). */
  #middleware: RunMiddleware | undefined;
  readonly #requestedStepId: string | undefined;
  readonly #now: () => number;
  readonly #clock: Clock;
  readonly #notFoundTimeoutMs: number;
  readonly #queue = new CheckpointQueue();
  readonly #ids = new StepIdAllocator();
  readonly #steps = new Map<string, FoundStep>();
  readonly #unseenMemoised: Set<string>;
  readonly #userLogger: ReplayAwareLogger;
  readonly #logger: Logger;
  readonly #scheduler: StepScheduler;
  /** Socket messages allowed for this request (the request asked and the transport has them). */
  readonly #channel: SocketChannel | undefined;
  readonly #session: CheckpointSession | undefined;
  /** Realtime publishing for user code (handler and steps share one queue, so order holds). */
  readonly #publish: Publish;
  /** Settles when a refusal ends the request early; wins over whatever the loop is doing. */
  readonly #halt = deferred<ExecutionResult>();
  /** Aborted once no step result is wanted any more (halted). Shared by every StepContext. */
  readonly #abort = new AbortController();
  /** Set when the request has its outcome: nothing more may touch user code or send anything. */
  #stopped = false;
  #lastReplayedStepError: StepError | undefined;
  #executingStep = false;
  #notFoundTimer: NodeJS.Timeout | undefined;

  constructor(options: ExecuteFunctionOptions) {
    this.#fn = options.fn;
    this.#request = options.request;
    const stepId = options.stepId ?? undefined;
    this.#requestedStepId = stepId && stepId !== DISCOVERY_STEP_ID ? stepId : undefined;
    this.#clock = options.clock ?? systemClock;
    this.#now = options.now ?? (() => this.#clock.now());
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
    this.#channel = options.request.tetherCheckpoint ? options.channel : undefined;
    // Publishing needs only a worker socket, not the checkpointing handshake.
    const publishChannel = options.channel?.sendPublish ? options.channel : undefined;
    this.#publish = createPublisher({
      sink: publishChannel && (({ channel, topic, json, stream }) => publishChannel.sendPublish!(channel, topic, json, stream)),
      // Code replayed before the first new step published its messages on an earlier request.
      suppressed: () => !this.#userLogger.enabled,
    });
    const config = checkpointingFor(options, this.#requestedStepId);
    if (config && this.#channel) {
      this.#session = new CheckpointSession({
        channel: this.#channel,
        config,
        clock: this.#clock,
        onStale: (message) => this.#stop(new StaleDispatchError(message || undefined)),
        onRefused: (result) => this.#stop(result),
      });
    }
    this.#halt.promise.catch(() => undefined);
  }

  async run(): Promise<ExecutionResult> {
    try {
      this.#middleware = await this.#startMiddleware();
    } catch (error) {
      const err = toError(error);
      this.#logger.error({ err }, "middleware could not start for this run");
      return failureResult(err, this.#retriability(err));
    }
    this.#startUserCode();
    this.#armStepNotFoundTimer();
    const loop = this.#loop();
    loop.catch(() => undefined);
    try {
      return await Promise.race([loop, this.#halt.promise]);
    } finally {
      this.#stopped = true;
      this.#middleware?.afterExecution();
      this.#scheduler.stop();
      this.#session?.close();
      clearTimeout(this.#notFoundTimer);
    }
  }

  async #loop(): Promise<ExecutionResult> {
    for (;;) {
      const checkpoint = await this.#queue.next();
      const result = await this.#onCheckpoint(checkpoint);
      // Halted meanwhile: the race in run() is already settled; this loop just ends.
      if (this.#stopped) throw new Error("execution stopped");
      if (result) return result;
    }
  }

  /** Ends the request early: a reply to send, or a StaleDispatchError meaning "send nothing". */
  #stop(outcome: ExecutionResult | StaleDispatchError): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#abort.abort(outcome instanceof StaleDispatchError ? outcome : new Error("the step's result is no longer wanted"));
    this.#logger.warn(
      { code: outcome instanceof StaleDispatchError ? outcome.code : "CHECKPOINT_REFUSED" },
      "checkpoint refused; stopping the request",
    );
    if (outcome instanceof StaleDispatchError) this.#halt.reject(outcome);
    else this.#halt.resolve(outcome);
  }

  #retriability(error: unknown): Retriability {
    return retriability(error, {
      attempt: this.#request.attempt,
      maxAttempts: this.#request.maxAttempts,
      lastReplayedStepError: this.#lastReplayedStepError,
    });
  }

  /** The SDK's logger middleware first (outermost), then the app's and the function's. */
  #startMiddleware(): Promise<RunMiddleware> {
    return RunMiddleware.start([SDK_LOGGER_MIDDLEWARE, ...(this.#fn.middleware ?? [])], {
      functionSlug: this.#fn.slug,
      appId: this.#fn.app.id,
      runId: this.#request.runId,
      attempt: this.#request.attempt,
      logger: this.#logger,
    });
  }

  /** Runs transformInput hooks and swaps in their event(s) and step data; returns extra ctx fields. */
  async #transformInput(): Promise<Record<string, unknown>> {
    const request = this.#request;
    const input = await this.#middleware!.transformInput({
      event: request.event,
      events: request.events,
      steps: [...request.steps].map(([hashedId, entry]) => ({ ...entry, hashedId })),
      ctx: {},
    });
    const steps = new Map(input.steps.map(({ hashedId, ...entry }) => [hashedId, entry as MemoEntry] as const));
    this.#request = { ...request, event: input.event, events: input.events, steps };
    return input.ctx;
  }

  #startUserCode(): void {
    // Received events are checked against the app's schemas first (after middleware, so on what
    // user code gets), as the official SDK does; a mismatch rejects with EventValidationError
    // (non-retriable) before any user code runs.
    Promise.resolve()
      .then(() => this.#transformInput())
      .then(async (extra) => {
        this.#maybeEndMemoisation();
        await this.#fn.validateEvents(this.#request.events);
        const data = await this.#fn.handler(this.#context(extra));
        return this.#middleware!.transformOutput({ kind: "function", data: data === undefined ? null : data });
      })
      .then(
        (data) => this.#queue.push({ type: "function-resolved", data }),
        (error: unknown) => this.#queue.push({ type: "function-rejected", error: toError(error) }),
      );
  }

  #context(extra: Record<string, unknown>): FunctionContext {
    return {
      ...extra,
      event: this.#request.event,
      events: this.#request.events,
      step: createStepTools((descriptor) => this.#onStep(descriptor), this.#stepServices()),
      runId: this.#request.runId,
      attempt: this.#request.attempt,
      maxAttempts: this.#request.maxAttempts,
      logger: this.#userLogger,
      publish: this.#publish,
    };
  }

  /**
   * The app's services for step tools, with `step.sendEvent` passing the function's own middleware
   * first (inner layers, so first on the way out) and then the app's, in its sendEvents.
   */
  #stepServices(): AppServices {
    const app = this.#fn.app;
    const own = (this.#fn.middleware ?? []).filter((mw) => !(app.middleware ?? []).includes(mw));
    if (!own.some((mw) => mw.transformSentEvents)) return app;
    return { ...app, sendEvents: async (events) => app.sendEvents(await transformSentEvents(own, events)) };
  }

  #armStepNotFoundTimer(): void {
    if (!this.#requestedStepId) return;
    clearTimeout(this.#notFoundTimer);
    this.#notFoundTimer = setTimeout(() => this.#queue.push({ type: "step-not-found" }), this.#notFoundTimeoutMs);
  }

  #maybeEndMemoisation(): void {
    if (this.#unseenMemoised.size === 0) this.#enterNewCode();
  }

  /** Memoisation is over: user code logs from here, and middleware hears beforeExecution. */
  #enterNewCode(): void {
    this.#userLogger.enable();
    this.#middleware?.beforeExecution();
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
      // The StepContext goes after the input, so functions written for the official SDK
      // (`fn(...input)`) are unaffected.
      run: handler ? (stepContext) => handler(...args, stepContext) : undefined,
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
    const session = this.#session;
    switch (checkpoint.type) {
      case "steps-found":
        return session ? this.#onStepsFoundCheckpointing(session, checkpoint.steps) : this.#onStepsFound(checkpoint.steps);
      case "function-resolved": {
        const newSteps = this.#newSteps([...this.#steps.values()]);
        // e.g. Promise.race: the function finished but losing branches found steps first.
        if (newSteps.length > 0) {
          return session ? session.settleThen(() => this.#reportSteps(newSteps)) : this.#reportSteps(newSteps);
        }
        return session ? session.complete(checkpoint.data) : doneResult(checkpoint.data);
      }
      case "function-rejected": {
        const retriable = this.#retriability(checkpoint.error);
        this.#middleware?.onError(checkpoint.error, { kind: "function", final: retriable === false });
        const failure = () => failureResult(checkpoint.error, retriable);
        return session ? session.settleThen(failure) : failure();
      }
      case "step-not-found":
        return stepNotFoundResult(this.#requestedStepId ?? "", [...this.#steps.values()]);
    }
  }

  async #onStepsFound(steps: FoundStep[]): Promise<ExecutionResult | undefined> {
    const target = this.#requestedStepId ?? this.#immediateStepId(steps);
    if (target) {
      const step = steps.find((candidate) => candidate.hashedId === target && candidate.run);
      if (step) return this.#stepResult((await this.#runStep(step)).ran);
      if (this.#requestedStepId) this.#armStepNotFoundTimer();
    }
    const newSteps = this.#newSteps(steps);
    return newSteps.length > 0 ? this.#reportSteps(newSteps) : undefined;
  }

  /**
   * Checkpointing mode: a lone new "run code" step runs inline and user code goes on with its
   * result; anything else (parallel steps, async ops, a step error, max runtime reached) settles
   * the checkpoints and replies as usual (§4.2 step 4).
   */
  async #onStepsFoundCheckpointing(session: CheckpointSession, steps: FoundStep[]): Promise<ExecutionResult | undefined> {
    const newSteps = this.#newSteps(steps);
    // Past maxRuntimeMs, new steps go back to the server (a rerun's edited-input step still runs).
    const target = session.runtimeExceeded && newSteps.length > 0 ? undefined : this.#immediateStepId(steps);
    const step = target ? steps.find((candidate) => candidate.hashedId === target && candidate.run) : undefined;
    if (!step) return newSteps.length > 0 ? session.settleThen(() => this.#reportSteps(newSteps)) : undefined;
    const { ran, plain } = await this.#runStep(step);
    if (this.#stopped) return undefined;
    if (!ran.ok) return session.settleThen(() => this.#stepResult(ran));
    // User code gets the value as it would after a round trip through the server and back through
    // the middleware: its own result, not what transformOutput made of it (e.g. ciphertext).
    const json = safeStringify(plain);
    const keepGoing = await session.record({ ...ran.op, data: JSON.parse(safeStringify(ran.op.data)) as unknown });
    if (this.#stopped) return undefined;
    if (!keepGoing) return session.fallback();
    step.fulfilled = true;
    step.hasState = true;
    step.handled = true;
    step.resolve(JSON.parse(json));
    return undefined;
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
    this.#enterNewCode();
    return opsResult(steps.map(plannedOp));
  }

  /**
   * Runs a step's code inside the middleware's wrapStep hooks, its result through transformOutput,
   * and turns the outcome into its op. `plain` is the code's own result (null for undefined).
   */
  async #runStep(step: FoundStep): Promise<{ ran: RanStep; plain: unknown }> {
    this.#enterNewCode();
    this.#executingStep = true;
    const middleware = this.#middleware!;
    const info = { id: step.id, hashedId: step.hashedId, name: step.displayName };
    let plain: unknown = null;
    let thrown: unknown;
    const wrapped: FoundStep = {
      ...step,
      run: async (stepContext) => {
        try {
          const data = await middleware.wrapStep(info, async () => step.run!(stepContext));
          plain = data === undefined ? null : data;
          return await middleware.transformOutput({ kind: "step", stepId: step.id, data: plain });
        } catch (error) {
          thrown = error;
          throw error;
        }
      },
    };
    try {
      const ran = await runStep(wrapped, {
        now: this.#now,
        clock: this.#clock,
        channel: this.#channel,
        publish: this.#publish,
        signal: this.#abort.signal,
        retriability: (error) => this.#retriability(error),
      });
      if (!ran.ok) middleware.onError(thrown, { kind: "step", stepId: step.id, final: ran.retriable === false });
      return { ran, plain };
    } finally {
      this.#executingStep = false;
    }
  }

  #stepResult(ran: RanStep): ExecutionResult {
    return ran.ok ? opsResult([ran.op]) : opsResult([ran.op], ran.retriable);
  }
}
