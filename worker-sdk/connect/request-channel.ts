// The SocketChannel the engine gets for one executor request over connect: WORKER_CHECKPOINT with
// the request's StepRun ops (acks matched by CheckpointAcks) and fire-and-forget
// WORKER_STEP_PROGRESS (worker.proto). Messages go on whichever gateway socket is open — the
// gateway finds the request by id, also after a reconnect.

import type { OutgoingOp } from "../engine/ops.ts";
import type { CheckpointOutcome, SocketChannel } from "../engine/socket-channel.ts";
import type { StreamPart } from "../realtime/publish.ts";
import type { Logger } from "../logger.ts";
import { safeStringify } from "../safe-json.ts";
import type { CheckpointAcks } from "./checkpoint-acks.ts";
import type { GatewaySocket } from "./gateway-socket.ts";
import { TetherKind, tpb, type GatewayExecutorRequest } from "./proto.ts";

const utf8 = new TextEncoder();

export interface RequestChannelOptions {
  /** An open socket to send on, if any. */
  socket(): GatewaySocket | undefined;
  acks: CheckpointAcks;
  maxUnackedCheckpoints: number;
  checkpointAckTimeoutMs: number;
  progressIntervalMs: number;
  logger: Logger;
}

export function createRequestChannel(request: GatewayExecutorRequest, options: RequestChannelOptions): SocketChannel {
  const { requestId, runId, functionSlug } = request;
  const lost = (reason: string): Promise<CheckpointOutcome> => Promise.resolve({ type: "lost", reason });
  return {
    maxUnackedCheckpoints: options.maxUnackedCheckpoints,
    checkpointAckTimeoutMs: options.checkpointAckTimeoutMs,
    progressIntervalMs: options.progressIntervalMs,

    sendCheckpoint(seq: number, ops: readonly OutgoingOp[]): Promise<CheckpointOutcome> {
      const socket = options.socket();
      if (!socket) return lost("no open gateway socket");
      const payload = tpb.WorkerCheckpointData.encode({ requestId, runId, seq, steps: utf8.encode(safeStringify(ops)) }).finish();
      const outcome = options.acks.expect(requestId, seq, socket);
      if (!socket.send(TetherKind.WORKER_CHECKPOINT, payload)) {
        options.acks.settle(requestId, seq, { type: "lost", reason: "sending failed" });
      }
      return outcome;
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
      if (!options.socket()?.send(TetherKind.WORKER_STEP_PROGRESS, payload)) {
        options.logger.debug({ requestId, stepId }, "step progress dropped: no open gateway socket");
      }
    },

    sendPublish(channel: string, topic: string, json: string, stream?: StreamPart): boolean {
      const payload = tpb.WorkerPublishData.encode({
        channel, topic, data: utf8.encode(json), runId, fnId: functionSlug, kind: stream?.kind ?? "", streamId: stream?.streamId ?? "",
      }).finish();
      // Realtime has no replay: without an open socket the message is dropped.
      if (options.socket()?.send(TetherKind.WORKER_PUBLISH, payload)) return true;
      options.logger.warn({ requestId, channel, topic }, "realtime publish dropped: no open gateway socket");
      return false;
    },
  };
}
