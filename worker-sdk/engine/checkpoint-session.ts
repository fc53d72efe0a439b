// Checkpointing mode for one request (issue 6, point 1; docs/execution-protocol.md §4.2): owns the
// step buffer, the ack window and the max-runtime timer, and builds the replies that end such a
// request. The execution asks it to record each finished step and, before any other reply, to
// settle (send everything and wait for the acks).
//
// Refusals arrive asynchronously and end the request through the callbacks: `onStale` (drop the
// request: reply nothing) or `onRefused` with the `[StepFailed]` reply to send.

import type { CheckpointingConfig } from "../checkpoint-options.ts";
import { hashStepId } from "../step-id.ts";
import { refusedCheckpointResult } from "./checkpoint-refusal.ts";
import { CheckpointWindow } from "./checkpoint-window.ts";
import { Checkpointer } from "./checkpointer.ts";
import type { Clock } from "./clock.ts";
import { opsResult, type ExecutionResult } from "./execution-result.ts";
import { OpCode, type OutgoingOp } from "./ops.ts";
import {
  DEFAULT_CHECKPOINT_ACK_TIMEOUT_MS,
  DEFAULT_MAX_UNACKED_CHECKPOINTS,
  type SocketChannel,
} from "./socket-channel.ts";

/** Id of the RunComplete op: sha1("complete") (docs/execution-protocol.md §2.1). */
export const RUN_COMPLETE_ID = hashStepId("complete");

/**
 * Unconfirmed steps (buffered, or in lost checkpoints) a request may hold. Beyond it — the socket
 * has been gone for a while — it stops running steps inline and replies with them.
 */
export const MAX_UNCONFIRMED_STEPS = 200;

export interface CheckpointSessionOptions {
  channel: SocketChannel;
  config: CheckpointingConfig;
  clock: Clock;
  onStale(message: string): void;
  onRefused(result: ExecutionResult): void;
}

export class CheckpointSession {
  readonly #clock: Clock;
  readonly #checkpointer: Checkpointer;
  #runtimeTimer: unknown;
  #runtimeExceeded = false;

  constructor(options: CheckpointSessionOptions) {
    const { channel, config, clock } = options;
    this.#clock = clock;
    const window = new CheckpointWindow({
      channel,
      size: channel.maxUnackedCheckpoints ?? DEFAULT_MAX_UNACKED_CHECKPOINTS,
      ackTimeoutMs: channel.checkpointAckTimeoutMs ?? DEFAULT_CHECKPOINT_ACK_TIMEOUT_MS,
      clock,
      onStale: options.onStale,
      onRefused: (code, message, ops) => options.onRefused(refusedCheckpointResult(code, message, ops)),
    });
    this.#checkpointer = new Checkpointer({ window, config, clock });
    if (config.maxRuntimeMs > 0) {
      this.#runtimeTimer = clock.setTimeout(() => {
        this.#runtimeTimer = undefined;
        this.#runtimeExceeded = true;
      }, config.maxRuntimeMs);
    }
  }

  /** `maxRuntimeMs` has passed: new steps are handed back to the server instead of run inline. */
  get runtimeExceeded(): boolean {
    return this.#runtimeExceeded;
  }

  /**
   * Records a finished step's StepRun op; resolves when user code may continue (back-pressure).
   * False when too many steps are unconfirmed and the request should stop running steps inline.
   */
  async record(op: OutgoingOp): Promise<boolean> {
    await this.#checkpointer.add(op);
    if (this.#checkpointer.unconfirmed < MAX_UNCONFIRMED_STEPS) return true;
    // Many steps unconfirmed: try once more to get them stored before giving up on inline runs.
    await this.#checkpointer.settle();
    return this.#checkpointer.unconfirmed === 0;
  }

  /**
   * Sends every buffered step and waits for the acks, then returns `result` — or, if some steps
   * could not be confirmed (no socket), a reply carrying them instead, as the official SDK does
   * when checkpointing fails. The op that was about to be reported is found again next request.
   */
  async settleThen(result: () => ExecutionResult): Promise<ExecutionResult> {
    await this.#checkpointer.settle();
    return this.fallback() ?? result();
  }

  /** A reply with the unconfirmed steps, or undefined when there are none. */
  fallback(): ExecutionResult | undefined {
    const unconfirmed = this.#checkpointer.takeUnconfirmed();
    return unconfirmed.length > 0 ? opsResult(unconfirmed) : undefined;
  }

  /** The function returned: `[...unconfirmed StepRun ops, RunComplete]`, once sent checkpoints are acked. */
  async complete(data: unknown): Promise<ExecutionResult> {
    await this.#checkpointer.drain();
    const done: OutgoingOp = { op: OpCode.RunComplete, id: RUN_COMPLETE_ID, data: data === undefined ? null : data };
    return opsResult([...this.#checkpointer.takeUnconfirmed(), done]);
  }

  close(): void {
    this.#clock.clearTimeout(this.#runtimeTimer);
    this.#runtimeTimer = undefined;
    this.#checkpointer.close();
  }
}
