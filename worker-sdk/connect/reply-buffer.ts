// Replies that still need delivering. A reply sent on a socket waits for WORKER_REPLY_ACK; if none
// arrives within the ACK window (5 s) it moves to the buffer, as does a reply with no open socket.
// Buffered replies are delivered over HTTP flush, one request per reply, in rounds with backoff.
// The server de-duplicates by request id, so delivering twice is safe; losing a reply is not.

import { abortableSleep } from "../abortable-sleep.ts";
import { reconnectDelayMs } from "../backoff.ts";
import type { Logger } from "../logger.ts";

/** How long a reply sent on a socket waits for WORKER_REPLY_ACK. */
export const DEFAULT_REPLY_ACK_TIMEOUT_MS = 5_000;
/** Flush rounds before buffered replies are given up. */
export const DEFAULT_FLUSH_ATTEMPTS = 5;

export interface ReplyBufferOptions {
  ackTimeoutMs: number;
  flushAttempts: number;
  /** Delivers one reply over HTTP; throws on failure. */
  flush(sdkResponse: Uint8Array): Promise<void>;
  /** A reply has just been buffered (ACK window expired). */
  onBuffered(): void;
  logger: Logger;
  random: () => number;
  /** Pause before flush round `round` (1-based). @default the reconnect backoff table */
  retryDelayMs?: (round: number) => number;
}

interface PendingReply {
  bytes: Uint8Array;
  timer: NodeJS.Timeout;
}

export class ReplyBuffer {
  readonly #options: ReplyBufferOptions;
  readonly #pending = new Map<string, PendingReply>();
  readonly #buffered = new Map<string, Uint8Array>();
  readonly #ackWaiters = new Set<() => void>();
  #flushing: Promise<void> | undefined;
  #flushAgain = false;

  constructor(options: ReplyBufferOptions) {
    this.#options = options;
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  get bufferedCount(): number {
    return this.#buffered.size;
  }

  /** A reply went out on a socket; start its ACK window. */
  sent(requestId: string, bytes: Uint8Array): void {
    this.#clearPending(requestId);
    const timer = setTimeout(() => {
      this.#pending.delete(requestId);
      this.#options.logger.warn({ requestId }, "reply not acknowledged in time; buffering it for flush");
      this.#buffered.set(requestId, bytes);
      this.#notifyAckWaiters();
      this.#options.onBuffered();
    }, this.#options.ackTimeoutMs);
    this.#pending.set(requestId, { bytes, timer });
  }

  /** No socket could take the reply; keep it for the next flush. */
  buffer(requestId: string, bytes: Uint8Array): void {
    this.#clearPending(requestId);
    this.#buffered.set(requestId, bytes);
  }

  /** WORKER_REPLY_ACK arrived. */
  ack(requestId: string): void {
    if (this.#clearPending(requestId)) this.#notifyAckWaiters();
  }

  /** Resolves once no reply is waiting for its ACK (each wait is bounded by the ACK window). */
  waitForPendingAcks(): Promise<void> {
    if (this.#pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.#pending.size > 0) return;
        this.#ackWaiters.delete(check);
        resolve();
      };
      this.#ackWaiters.add(check);
    });
  }

  /** Delivers every buffered reply. Concurrent calls share one run; resolves when it ends. */
  flush(): Promise<void> {
    if (this.#flushing) {
      this.#flushAgain = true;
      return this.#flushing;
    }
    this.#flushing = this.#flushLoop().finally(() => {
      this.#flushing = undefined;
    });
    return this.#flushing;
  }

  /** Stops ACK timers; pending replies are moved to the buffer so a last flush can take them. */
  stopTimers(): void {
    for (const [requestId, pending] of this.#pending) {
      clearTimeout(pending.timer);
      this.#buffered.set(requestId, pending.bytes);
    }
    this.#pending.clear();
    this.#notifyAckWaiters();
  }

  #clearPending(requestId: string): boolean {
    const pending = this.#pending.get(requestId);
    if (!pending) return false;
    clearTimeout(pending.timer);
    this.#pending.delete(requestId);
    return true;
  }

  #notifyAckWaiters(): void {
    for (const waiter of [...this.#ackWaiters]) waiter();
  }

  async #flushLoop(): Promise<void> {
    do {
      this.#flushAgain = false;
      await this.#flushRounds();
    } while (this.#flushAgain && this.#buffered.size > 0);
  }

  async #flushRounds(): Promise<void> {
    for (let round = 0; round < this.#options.flushAttempts && this.#buffered.size > 0; round++) {
      if (round > 0) {
        const delayMs = this.#options.retryDelayMs?.(round) ?? reconnectDelayMs(round - 1, this.#options.random);
        await abortableSleep(delayMs);
      }
      for (const [requestId, bytes] of [...this.#buffered]) {
        try {
          await this.#options.flush(bytes);
          // A newer reply for the same id may have been buffered meanwhile; keep that one.
          if (this.#buffered.get(requestId) === bytes) this.#buffered.delete(requestId);
          this.#options.logger.info({ requestId }, "buffered reply flushed");
        } catch (err) {
          this.#options.logger.warn({ err, requestId, round }, "flushing a buffered reply failed");
          break;
        }
      }
    }
    if (this.#buffered.size > 0) {
      this.#options.logger.error({ count: this.#buffered.size }, "giving up on flushing buffered replies");
    }
  }
}
