// Flow control for one request's checkpoints (issue 6, point 2): numbers them (seq from 1), keeps
// at most `size` unacknowledged, and sorts out what each ack means. A full window makes the sender
// wait (`ready()`), which is how user code is slowed instead of buffering without bound.
//
// Outcomes: acked → forgotten. Lost (not sendable, socket died, no ack within `ackTimeoutMs`) → its
// ops are kept for the checkpointer to send again (the server may have stored them already, so it
// must store step results idempotently). Refused → the window halts and tells its owner:
// `stale_dispatch` means the request is no longer live; any other code fails a step, except
// transient server errors (`internal_error`), which count as lost.

import type { Clock } from "./clock.ts";
import type { OutgoingOp } from "./ops.ts";
import {
  STALE_DISPATCH_CODE,
  TRANSIENT_REFUSAL_CODES,
  type CheckpointOutcome,
  type SocketChannel,
} from "./socket-channel.ts";

export interface CheckpointWindowOptions {
  channel: SocketChannel;
  /** Most unacknowledged checkpoints. */
  size: number;
  ackTimeoutMs: number;
  clock: Clock;
  /** The server said the request is no longer live. */
  onStale(message: string): void;
  /** The server refused checkpoint `ops` with `code` (not stale). */
  onRefused(code: string, message: string, ops: readonly OutgoingOp[]): void;
}

interface InFlight {
  ops: readonly OutgoingOp[];
  timer: unknown;
}

export class CheckpointWindow {
  readonly #options: CheckpointWindowOptions;
  readonly #inFlight = new Map<number, InFlight>();
  readonly #lost: Array<{ seq: number; ops: readonly OutgoingOp[] }> = [];
  #waiters: Array<() => void> = [];
  #seq = 0;
  #halted = false;

  constructor(options: CheckpointWindowOptions) {
    this.#options = options;
  }

  /** Checkpoints sent and not yet answered. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Ops of lost checkpoints not yet taken back. */
  get lostOps(): number {
    return this.#lost.reduce((count, entry) => count + entry.ops.length, 0);
  }

  /** Sequence number of the last checkpoint sent (0 before the first). */
  get lastSeq(): number {
    return this.#seq;
  }

  /** A refusal arrived (or close() was called): nothing more is sent. */
  get halted(): boolean {
    return this.#halted;
  }

  /** Resolves once a checkpoint may be sent (a slot is free) or the window has halted. */
  async ready(): Promise<void> {
    while (!this.#halted && this.#inFlight.size >= this.#options.size) {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  /** Resolves once nothing is in flight (or the window has halted). */
  async idle(): Promise<void> {
    while (!this.#halted && this.#inFlight.size > 0) {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  /** Sends `ops` as the next checkpoint; call after `ready()`. False when halted (nothing sent). */
  send(ops: readonly OutgoingOp[]): boolean {
    if (this.#halted || ops.length === 0) return false;
    const seq = ++this.#seq;
    const { channel, clock, ackTimeoutMs } = this.#options;
    const timer = clock.setTimeout(() => this.#settle(seq, { type: "lost", reason: "no ack in time" }), ackTimeoutMs);
    this.#inFlight.set(seq, { ops, timer });
    let outcome: Promise<CheckpointOutcome>;
    try {
      outcome = channel.sendCheckpoint(seq, ops);
    } catch (err) {
      // A transport must not throw, but a flush started by a timer must never reject unobserved.
      outcome = Promise.resolve({ type: "lost", reason: String(err) });
    }
    outcome.then(
      (result) => this.#settle(seq, result),
      (err: unknown) => this.#settle(seq, { type: "lost", reason: String(err) }),
    );
    return true;
  }

  /** Ops of lost checkpoints, oldest first; they are forgotten here. */
  takeLost(): OutgoingOp[] {
    this.#lost.sort((a, b) => a.seq - b.seq);
    return this.#lost.splice(0).flatMap((entry) => entry.ops);
  }

  /** Stops: clears ack timers, wakes waiters; later acks are ignored. */
  close(): void {
    this.#halted = true;
    for (const entry of this.#inFlight.values()) this.#options.clock.clearTimeout(entry.timer);
    this.#inFlight.clear();
    this.#wake();
  }

  #settle(seq: number, outcome: CheckpointOutcome): void {
    const entry = this.#inFlight.get(seq);
    // Late answers (after a timeout or close) are ignored.
    if (!entry) return;
    this.#options.clock.clearTimeout(entry.timer);
    this.#inFlight.delete(seq);
    if (outcome.type === "lost" || (outcome.type === "refused" && TRANSIENT_REFUSAL_CODES.has(outcome.code))) {
      this.#lost.push({ seq, ops: entry.ops });
    } else if (outcome.type === "refused") {
      this.close();
      if (outcome.code === STALE_DISPATCH_CODE) this.#options.onStale(outcome.message);
      else this.#options.onRefused(outcome.code, outcome.message, entry.ops);
      return;
    }
    this.#wake();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}
