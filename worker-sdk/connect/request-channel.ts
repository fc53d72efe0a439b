// The SocketChannel the engine gets for one executor request over connect, on the user's thread:
// WORKER_CHECKPOINT with the request's StepRun ops (the connection thread matches acks) and
// fire-and-forget WORKER_STEP_PROGRESS / WORKER_PUBLISH (worker.proto). Payloads are encoded here;
// the connection thread puts them on whichever gateway socket is open — the gateway finds the
// request by id, also after a reconnect (docs/worker-threads.md).

import type { OutgoingOp } from "../engine/ops.ts";
import type { CheckpointOutcome, SocketChannel } from "../engine/socket-channel.ts";
import type { StreamPart } from "../realtime/publish.ts";
import type { Logger } from "../logger.ts";
import { safeStringify } from "../safe-json.ts";
import { TetherKind, tpb, type FrameKind, type GatewayExecutorRequest } from "./proto.ts";

const utf8 = new TextEncoder();

export interface RequestChannelOptions {
  /** Sends checkpoint `seq` through the connection thread; resolves with its ack. */
  checkpoint(seq: number, payload: Uint8Array): Promise<CheckpointOutcome>;
  /** Hands a frame to the connection thread; false when it has no open socket (as last reported). */
  send(kind: FrameKind, payload: Uint8Array): boolean;
  maxUnackedCheckpoints: number;
  checkpointAckTimeoutMs: number;
  progressIntervalMs: number;
  logger: Logger;
}

export function createRequestChannel(request: GatewayExecutorRequest, options: RequestChannelOptions): SocketChannel {
  const { requestId, runId, functionSlug } = request;
  return {
    maxUnackedCheckpoints: options.maxUnackedCheckpoints,
    checkpointAckTimeoutMs: options.checkpointAckTimeoutMs,
    progressIntervalMs: options.progressIntervalMs,

    sendCheckpoint(seq: number, ops: readonly OutgoingOp[]): Promise<CheckpointOutcome> {
      const payload = tpb.WorkerCheckpointData.encode({ requestId, runId, seq, steps: utf8.encode(safeStringify(ops)) }).finish();
      return options.checkpoint(seq, payload);
    },

    sendProgress(stepId: string, data: unknown, append: boolean): void {
      const payload = tpb.WorkerStepProgressData.encode({
        requestId,
        runId,
        stepId,
        data: utf8.encode(safeStringify(data)),
        append,
      }).finish();
      // Progress is best effort: without a socket it is dropped, the step goes on.
      if (!options.send(TetherKind.WORKER_STEP_PROGRESS, payload)) {
        options.logger.debug({ requestId, stepId }, "step progress dropped: no open gateway socket");
      }
    },

    sendPublish(channel: string, topic: string, json: string, stream?: StreamPart): boolean {
      const payload = tpb.WorkerPublishData.encode({
        channel, topic, data: utf8.encode(json), runId, fnId: functionSlug, kind: stream?.kind ?? "", streamId: stream?.streamId ?? "",
      }).finish();
      // Realtime has no replay: without an open socket the message is dropped.
      if (options.send(TetherKind.WORKER_PUBLISH, payload)) return true;
      options.logger.warn({ requestId, channel, topic }, "realtime publish dropped: no open gateway socket");
      return false;
    },
  };
}
