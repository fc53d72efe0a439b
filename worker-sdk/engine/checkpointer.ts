// The step buffer of a request running in checkpointing mode (issue 6, point 1): finished steps'
// StepRun ops wait here and are sent as one checkpoint when `bufferedSteps` are buffered or the
// oldest has waited `maxIntervalMs`. Sending goes through the CheckpointWindow, so a full window
// makes `add()` wait — that is the back-pressure on user code. Flushes run one at a time, in order.
//
// Ops of lost checkpoints are put back in front of the buffer and sent again with the next flush;
// whatever is still unconfirmed when the request ends is returned in its reply instead.

import type { CheckpointingConfig } from "../checkpoint-options.ts";
import type { CheckpointWindow } from "./checkpoint-window.ts";
import type { Clock } from "./clock.ts";
import type { OutgoingOp } from "./ops.ts";

/** Flush-and-wait rounds `settle()` makes before it leaves lost ops to the reply. */
const SETTLE_ROUNDS = 2;

export interface CheckpointerOptions {
  window: CheckpointWindow;
  config: Pick<CheckpointingConfig, "bufferedSteps" | "maxIntervalMs">;
  clock: Clock;
}

export class Checkpointer {
  readonly #options: CheckpointerOptions;
  readonly #window: CheckpointWindow;
  #buffer: OutgoingOp[] = [];
  #flushing: Promise<void> = Promise.resolve();
  #intervalTimer: unknown;

  constructor(options: CheckpointerOptions) {
    this.#options = options;
    this.#window = options.window;
  }

  /** Ops waiting to be sent. */
  get buffered(): number {
    return this.#buffer.length;
  }

  /** Steps the server has not confirmed and that are not on their way: buffered or lost. */
  get unconfirmed(): number {
    return this.#buffer.length + this.#window.lostOps;
  }

  /** Buffers a finished step; resolves when user code may go on (after a send, if one was due). */
  async add(op: OutgoingOp): Promise<void> {
    this.#buffer.push(op);
    if (this.#buffer.length >= this.#options.config.bufferedSteps) await this.flush();
    else this.#armInterval();
  }

  /** Sends everything buffered as one checkpoint once the window has room. */
  flush(): Promise<void> {
    this.#flushing = this.#flushing.then(() => this.#flushOnce());
    return this.#flushing;
  }

  /**
   * Sends everything and waits for every ack (before a reply that is not the run's end). Ops that
   * could not be confirmed stay buffered for `takeUnconfirmed()`.
   */
  async settle(): Promise<void> {
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      await this.flush();
      await this.#window.idle();
      if (this.#window.halted) return;
      const lost = this.#window.takeLost();
      if (lost.length === 0) return;
      this.#buffer.unshift(...lost);
    }
  }

  /** Waits for the acks of what was already sent, without sending the buffer (the reply carries it). */
  async drain(): Promise<void> {
    this.#clearInterval();
    await this.#flushing;
    await this.#window.idle();
  }

  /** Everything the server has not confirmed, oldest first; the buffer is emptied. */
  takeUnconfirmed(): OutgoingOp[] {
    const lost = this.#window.takeLost();
    const buffered = this.#buffer;
    this.#buffer = [];
    return [...lost, ...buffered];
  }

  close(): void {
    this.#clearInterval();
    this.#window.close();
  }

  async #flushOnce(): Promise<void> {
    this.#clearInterval();
    await this.#window.ready();
    // Lost checkpoints go again, ahead of newer steps.
    const lost = this.#window.takeLost();
    if (lost.length > 0) this.#buffer.unshift(...lost);
    if (this.#buffer.length === 0 || this.#window.halted) return;
    const ops = this.#buffer;
    this.#buffer = [];
    this.#window.send(ops);
  }

  #armInterval(): void {
    const { maxIntervalMs } = this.#options.config;
    if (maxIntervalMs <= 0 || this.#intervalTimer !== undefined) return;
    this.#intervalTimer = this.#options.clock.setTimeout(() => {
      this.#intervalTimer = undefined;
      void this.flush();
    }, maxIntervalMs);
  }

  #clearInterval(): void {
    if (this.#intervalTimer === undefined) return;
    this.#options.clock.clearTimeout(this.#intervalTimer);
    this.#intervalTimer = undefined;
  }
}
