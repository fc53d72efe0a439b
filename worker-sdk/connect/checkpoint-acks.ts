// Checkpoints sent on gateway sockets that wait for WORKER_CHECKPOINT_ACK, by request id and seq.
// An ack may arrive on any socket. When the socket a checkpoint went out on dies or is released,
// its checkpoints count as lost: the engine sends their steps again (issue 6, point 2).

import type { CheckpointOutcome } from "../engine/socket-channel.ts";
import type { GatewaySocket } from "./gateway-socket.ts";
import type { CheckpointAck } from "./proto.ts";

interface Pending {
  requestId: string;
  socket: GatewaySocket;
  resolve(outcome: CheckpointOutcome): void;
}

const key = (requestId: string, seq: number): string => `${requestId}\u0000${seq}`;

export class CheckpointAcks {
  readonly #pending = new Map<string, Pending>();

  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Registers checkpoint `seq` of `requestId`, sent on `socket`; resolves with its outcome. */
  expect(requestId: string, seq: number, socket: GatewaySocket): Promise<CheckpointOutcome> {
    const id = key(requestId, seq);
    // A repeated seq replaces the older wait (cannot happen with the engine's numbering).
    this.#pending.get(id)?.resolve({ type: "lost", reason: "superseded" });
    return new Promise((resolve) => this.#pending.set(id, { requestId, socket, resolve }));
  }

  /** WORKER_CHECKPOINT_ACK arrived. Unknown or late acks are ignored. */
  onAck(ack: CheckpointAck): void {
    const outcome: CheckpointOutcome = ack.ok
      ? { type: "acked" }
      : { type: "refused", code: ack.errorCode ?? "", message: ack.errorMessage ?? "" };
    this.settle(ack.requestId ?? "", Number(ack.seq ?? 0), outcome);
  }

  settle(requestId: string, seq: number, outcome: CheckpointOutcome): void {
    const id = key(requestId, seq);
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    pending.resolve(outcome);
  }

  /** The socket died or was released: its unanswered checkpoints are lost. */
  socketGone(socket: GatewaySocket, reason: string): void {
    for (const [id, pending] of this.#pending) {
      if (pending.socket !== socket) continue;
      this.#pending.delete(id);
      pending.resolve({ type: "lost", reason });
    }
  }

  /** The request ended: nobody waits for its acks any more. */
  forget(requestId: string): void {
    for (const [id, pending] of this.#pending) {
      if (pending.requestId !== requestId) continue;
      this.#pending.delete(id);
      pending.resolve({ type: "lost", reason: "request finished" });
    }
  }
}
