// The StepContext a running `step.run` function gets (issue 6, point 3): progress and streamed
// chunks for the step, rate-limited per step and coalesced (last value wins for `progress`,
// chunks concatenated for `stream`), plus an AbortSignal and `currentStep()` through
// AsyncLocalStorage. Without a socket to send on, progress calls do nothing.

import { AsyncLocalStorage } from "node:async_hooks";
import { safeStringify } from "../safe-json.ts";
import type { Publish } from "../realtime/publish.ts";
import type { StepContext } from "../types.ts";
import type { Clock } from "./clock.ts";

const storage = new AsyncLocalStorage<StepContext>();

/** The StepContext of the `step.run` function this code runs in, if any. */
export function currentStep(): StepContext | undefined {
  return storage.getStore();
}

/** Runs `fn` with `ctx` as the current step. */
export function runInStep<T>(ctx: StepContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

/** Sends one progress message; absent when the transport cannot carry progress. */
export type ProgressSender = (data: unknown, append: boolean) => void;

/**
 * Appends `chunk` to `previous` the way the server stores appended progress: strings concatenate,
 * anything else becomes (or extends) an array.
 */
export function appendProgress(previous: unknown, chunk: unknown): unknown {
  if (typeof previous === "string" && typeof chunk === "string") return previous + chunk;
  if (previous === undefined) return chunk;
  return [...(Array.isArray(previous) ? previous : [previous]), chunk];
}

/** A snapshot, so later mutation by user code does not change what is sent. */
function snapshot(data: unknown): unknown {
  return JSON.parse(safeStringify(data)) as unknown;
}

export interface StepProgressOptions {
  send?: ProgressSender;
  intervalMs: number;
  clock: Clock;
}

/** Per-step progress: the first update goes out at once, later ones at most every `intervalMs`. */
export class StepProgress {
  readonly #options: StepProgressOptions;
  #pending: { data: unknown; append: boolean } | undefined;
  #lastSentAt = Number.NEGATIVE_INFINITY;
  #timer: unknown;
  #ended = false;

  constructor(options: StepProgressOptions) {
    this.#options = options;
  }

  progress(data: unknown): void {
    if (this.#ended || !this.#options.send) return;
    this.#pending = { data: snapshot(data), append: false };
    this.#schedule();
  }

  stream(chunk: string): void {
    if (typeof chunk !== "string") throw new TypeError("stream() takes a string chunk");
    if (this.#ended || !this.#options.send || chunk.length === 0) return;
    const pending = this.#pending;
    // A pending replacement absorbs the chunk; pending chunks concatenate.
    this.#pending = pending ? { data: appendProgress(pending.data, chunk), append: pending.append } : { data: chunk, append: true };
    this.#schedule();
  }

  /** The step finished: sends what is pending now and ignores later calls. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#options.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#sendPending();
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    const { clock, intervalMs } = this.#options;
    const waitMs = this.#lastSentAt + intervalMs - clock.now();
    if (waitMs <= 0) {
      this.#sendPending();
      return;
    }
    this.#timer = clock.setTimeout(() => {
      this.#timer = undefined;
      this.#sendPending();
    }, waitMs);
  }

  #sendPending(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    this.#lastSentAt = this.#options.clock.now();
    this.#options.send?.(pending.data, pending.append);
  }
}

/** Builds the context for one run of a step; `end()` must be called when the step finishes. */
export function createStepContext(
  step: { id: string; hashedId: string },
  progress: StepProgress,
  signal: AbortSignal,
  publish: Publish,
): StepContext {
  return Object.freeze({
    id: step.id,
    hashedId: step.hashedId,
    signal,
    progress: (data: unknown) => progress.progress(data),
    stream: (chunk: string) => progress.stream(chunk),
    publish,
  });
}
