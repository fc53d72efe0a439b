// One handshaked gateway connection. Owns its WebSocket and its timers: heartbeats (declaring the
// socket dead after two unanswered ones, docs/connect-protocol.md §3.7) and optional WORKER_STATUS
// reports. Decodes incoming frames and hands them to the owner; answers nothing itself except
// bookkeeping for GATEWAY_HEARTBEAT.

import WebSocket from "ws";
import type { Logger } from "../logger.ts";
import { CloseReason } from "./close-reasons.ts";
import { closeSocket } from "./close-socket.ts";
import { decodeFrame, encodeFrame, kindName, toBytes, type Frame } from "./frames.ts";
import type { GatewayIntervals } from "./handshake.ts";
import { MessageKind, pb, type FrameKind, type WorkerStatus } from "./proto.ts";

/** Unanswered heartbeats tolerated; at the next tick the socket counts as dead. */
export const MAX_PENDING_HEARTBEATS = 2;

export interface GatewaySocketOptions {
  ws: WebSocket;
  connectionId: string;
  gatewayGroup: string;
  intervals: GatewayIntervals;
  /** Frames that followed CONNECTION_READY before this socket took over; see replayEarlyFrames(). */
  earlyFrames: Uint8Array[];
  logger: Logger;
  /** Every decoded frame except GATEWAY_HEARTBEAT. */
  onFrame(socket: GatewaySocket, frame: Frame): void;
  /** The socket closed, errored or stopped answering heartbeats. Not called after close(). */
  onDead(socket: GatewaySocket, reason: string): void;
  /** Content of WORKER_STATUS reports (sent only when the gateway asked for them). */
  status(): WorkerStatus;
}

export class GatewaySocket {
  readonly connectionId: string;
  readonly gatewayGroup: string;
  readonly intervals: GatewayIntervals;
  readonly connectedAt = Date.now();
  lastHeartbeatSentAt: number | undefined;
  lastHeartbeatReceivedAt: number | undefined;
  readonly #ws: WebSocket;
  readonly #options: GatewaySocketOptions;
  readonly #logger: Logger;
  #pendingHeartbeats = 0;
  #heartbeatTimer: NodeJS.Timeout | undefined;
  #statusTimer: NodeJS.Timeout | undefined;
  #dead = false;
  #closing: Promise<void> | undefined;

  constructor(options: GatewaySocketOptions) {
    this.#options = options;
    this.#ws = options.ws;
    this.connectionId = options.connectionId;
    this.gatewayGroup = options.gatewayGroup;
    this.intervals = options.intervals;
    this.#logger = options.logger;
  }

  /** Open and usable for sending. */
  get open(): boolean {
    return !this.#dead && this.#ws.readyState === WebSocket.OPEN;
  }

  get dead(): boolean {
    return this.#dead;
  }

  /** Attaches listeners and starts timers. Frames taken over from the handshake go to replay(). */
  start(): void {
    this.#ws.on("message", (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => this.#onMessage(toBytes(data), isBinary));
    this.#ws.on("close", (code: number, reason: Buffer) => this.#markDead(`closed (${code} ${reason.toString()})`));
    if (this.#ws.readyState !== WebSocket.OPEN) {
      queueMicrotask(() => this.#markDead("closed during the handshake"));
      return;
    }
    this.#heartbeatTimer = setInterval(() => this.#heartbeat(), this.intervals.heartbeatMs);
    if (this.intervals.statusMs > 0) {
      this.#statusTimer = setInterval(() => this.#reportStatus(), this.intervals.statusMs);
    }
  }

  /** Processes the early frames, once the owner treats this socket as active. */
  replayEarlyFrames(): void {
    for (const bytes of this.#options.earlyFrames.splice(0)) this.#onMessage(bytes, true);
  }

  /** Sends one frame; false if the socket is not open or the send failed. */
  send(kind: FrameKind, payload?: Uint8Array): boolean {
    if (!this.open) return false;
    try {
      this.#ws.send(encodeFrame(kind, payload), { binary: true });
      return true;
    } catch (err) {
      this.#logger.warn({ err, connectionId: this.connectionId, kind: kindName(kind) }, "sending a frame failed");
      return false;
    }
  }

  /** Stops timers and closes the socket with a close frame. Idempotent; onDead is not called. */
  close(code: number, reason: string): Promise<void> {
    if (!this.#closing) {
      this.#dead = true;
      this.#stopTimers();
      this.#closing = closeSocket(this.#ws, code, reason);
    }
    return this.#closing;
  }

  #stopTimers(): void {
    clearInterval(this.#heartbeatTimer);
    clearInterval(this.#statusTimer);
    this.#heartbeatTimer = undefined;
    this.#statusTimer = undefined;
  }

  #markDead(reason: string): void {
    if (this.#dead) return;
    this.#dead = true;
    this.#stopTimers();
    this.#logger.warn({ connectionId: this.connectionId, reason }, "gateway connection lost");
    this.#options.onDead(this, reason);
  }

  #onMessage(bytes: Uint8Array, isBinary: boolean): void {
    if (this.#dead) return;
    if (!isBinary) {
      this.#logger.warn({ connectionId: this.connectionId }, "ignoring a text frame from the gateway");
      return;
    }
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      this.#logger.warn({ err, connectionId: this.connectionId }, "ignoring an undecodable frame");
      return;
    }
    if (frame.kind === MessageKind.GATEWAY_HEARTBEAT) {
      this.#pendingHeartbeats = 0;
      this.lastHeartbeatReceivedAt = Date.now();
      return;
    }
    this.#options.onFrame(this, frame);
  }

  #heartbeat(): void {
    if (!this.open) return;
    if (this.#pendingHeartbeats >= MAX_PENDING_HEARTBEATS) {
      this.#markDead(CloseReason.CONSECUTIVE_HEARTBEATS_MISSED);
      // The peer is not answering; do not wait for a closing handshake.
      this.#ws.terminate();
      return;
    }
    this.#pendingHeartbeats++;
    if (this.send(MessageKind.WORKER_HEARTBEAT)) this.lastHeartbeatSentAt = Date.now();
  }

  #reportStatus(): void {
    this.send(MessageKind.WORKER_STATUS, pb.WorkerStatusData.encode(this.#options.status()).finish());
  }
}

