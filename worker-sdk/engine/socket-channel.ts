// What the engine needs from a transport that can carry Tether's socket messages for one request
// (worker.proto: WORKER_CHECKPOINT / _ACK, WORKER_STEP_PROGRESS). The connect client provides one;
// the engine uses it only when the request asked for it (`ctx.tether_checkpoint`).

import type { OutgoingOp } from "./ops.ts";
import type { StreamPart } from "../realtime/publish.ts";

/** Ack error code meaning the request is no longer live: stop and send nothing more. */
export const STALE_DISPATCH_CODE = "stale_dispatch";
/**
 * Ack error codes that say nothing about the steps (the server failed to store them): treated
 * like a lost checkpoint, i.e. sent again, instead of failing a step for good.
 */
export const TRANSIENT_REFUSAL_CODES: ReadonlySet<string> = new Set(["internal_error"]);

/** At most this many checkpoints of one request wait for their ack; then user code waits. */
export const DEFAULT_MAX_UNACKED_CHECKPOINTS = 4;
/** A checkpoint not acknowledged within this time counts as lost (its steps are sent again). */
export const DEFAULT_CHECKPOINT_ACK_TIMEOUT_MS = 30_000;
/** At most one progress message per step per this interval. */
export const DEFAULT_PROGRESS_INTERVAL_MS = 50;

/** What became of one checkpoint. */
export type CheckpointOutcome =
  /** Stored by the server. */
  | { type: "acked" }
  /** Refused: `stale_dispatch` (the request is no longer live) or a step-level code such as `output_too_large`. */
  | { type: "refused"; code: string; message: string }
  /** Unknown: it could not be sent, or the socket carrying it died before its ack. */
  | { type: "lost"; reason: string };

export interface SocketChannel {
  /**
   * Sends checkpoint `seq` of this request: `ops` are StepRun ops exactly as a NOT_COMPLETED reply
   * would carry them. Resolves with the ack; never rejects.
   */
  sendCheckpoint(seq: number, ops: readonly OutgoingOp[]): Promise<CheckpointOutcome>;
  /** Fire-and-forget progress of the running step `stepId` (hashed); `append` adds a chunk. */
  sendProgress(stepId: string, data: unknown, append: boolean): void;
  /**
   * Fire-and-forget realtime message (WORKER_PUBLISH) with this request's run and function; `json`
   * is the UTF-8 JSON data. Returns false when no socket is open (the message is dropped).
   * Available whenever the transport is a worker socket, whether or not the request asked for
   * checkpointing. Absent = publishing is not possible here.
   */
  sendPublish?(channel: string, topic: string, json: string, stream?: StreamPart): boolean;
  /** @default 4 */
  maxUnackedCheckpoints?: number;
  /** @default 30000 */
  checkpointAckTimeoutMs?: number;
  /** @default 50 */
  progressIntervalMs?: number;
}
