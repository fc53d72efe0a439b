// The worker's side of the connect protocol, run on the connection thread (docs/worker-threads.md)
// so that user code blocking its own thread never delays a heartbeat or a lease extension. One
// reconcile loop owns the gateway connection: it
// connects (start call + handshake), waits until something changes (socket lost, GATEWAY_CLOSING,
// shutdown), and reconnects with backoff. Other events only update state and wake the loop.
//
// Delegates: handshake.ts (one connection attempt), gateway-socket.ts (heartbeats, frames),
// executor-requests.ts (requests, run on the user's thread through `execute`), in-flight-requests.ts (leases), reply-buffer.ts
// (ACK window and HTTP flush).
//
// Failing loudly: every failed attempt is a `warn` with its attempt number and the delay before
// the next one. A refused signing key (401/403 from the start call) before the first connection
// is final: connect() rejects with AuthError and the connection closes. Once a worker has been
// connected, a refused key is logged as an `error` and retried (the server's key may be rotating).
//
// Shutdown (close()): WORKER_PAUSE, keep heartbeats and leases going (reconnecting if needed)
// until leased requests finish, wait for outstanding reply ACKs, close sockets with 1000
// "WORKER_SHUTDOWN", flush buffered replies, resolve `closed`.

import { abortableSleep } from "../abortable-sleep.ts";
import { reconnectDelayMs } from "../backoff.ts";
import { deferred } from "../deferred.ts";
import { AuthError, ClosedError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { CloseCode, CloseReason } from "./close-reasons.ts";
import { CheckpointAcks } from "./checkpoint-acks.ts";
import type { CheckpointOutcome } from "../engine/socket-channel.ts";
import { ConnectionState } from "./connection-state.ts";
import { ExecutorRequestHandler } from "./executor-requests.ts";
import { flushReply } from "./flush-reply.ts";
import type { Frame } from "./frames.ts";
import { GatewaySocket } from "./gateway-socket.ts";
import { performHandshake } from "./handshake.ts";
import { InFlightRequests, type InFlightRequest } from "./in-flight-requests.ts";
import { MessageKind, pb, TetherKind, tpb, type FrameKind, type GatewayExecutorRequest } from "./proto.ts";
import { ReplyBuffer } from "./reply-buffer.ts";
import { startSession } from "./start-session.ts";
import { systemAttributes } from "./system-attributes.ts";
import type { ThreadConfig, ThreadStatus } from "./thread-protocol.ts";

export interface ConnectionCoreOptions {
  config: ThreadConfig;
  logger: Logger;
  random: () => number;
  /** Runs a request on the user's thread; resolves with the reply bytes, or none. */
  execute(request: GatewayExecutorRequest, payload: Uint8Array): Promise<Uint8Array | undefined>;
  /** State or sockets changed: report at once (the user's thread mirrors them). */
  onChange(): void;
  /** The first connection is ACTIVE. */
  onActive(): void;
  /** The first connection failed for good (refused key) or close() came first. */
  onFailed(error: Error): void;
}

export class ConnectionCore {
  #state: ConnectionState = ConnectionState.CONNECTING;
  readonly #options: ConnectionCoreOptions;
  readonly #config: ThreadConfig;
  readonly #serves: ReadonlySet<string>;
  readonly #logger: Logger;
  readonly #inFlight: InFlightRequests;
  readonly #replies: ReplyBuffer;
  readonly #requests: ExecutorRequestHandler;
  readonly #checkpointAcks = new CheckpointAcks();
  readonly #excludeGateways = new Set<string>();
  readonly #firstActive = deferred<void>();
  readonly #closed = deferred<void>();
  /** Aborts backoff sleeps and connection attempts once shutdown has nothing left to wait for. */
  readonly #idleShutdown = new AbortController();
  #active: GatewaySocket | undefined;
  #draining: GatewaySocket | undefined;
  #lastConnectionId = "";
  #loop: Promise<void> | undefined;
  #wakeUp: (() => void) | undefined;
  #woken = false;
  #failures = 0;
  /** Backoff announced in the last failure's warning, used by the next attempt. */
  #retryDelayMs: number | undefined;
  #reconnectNow = false;
  #stableTimer: NodeJS.Timeout | undefined;
  #closeRequested = false;
  #closing: Promise<void> | undefined;

  constructor(options: ConnectionCoreOptions) {
    const config = options.config;
    this.#options = options;
    this.#config = config;
    this.#serves = new Set(config.appIds);
    this.#logger = options.logger;
    this.#inFlight = new InFlightRequests({
      logger: this.#logger,
      sendExtension: (entry, payload) => this.#sendExtension(entry, payload),
      onReleased: () => this.#checkIdleShutdown(),
    });
    this.#replies = new ReplyBuffer({
      ackTimeoutMs: config.replyAckTimeoutMs,
      flushAttempts: config.flushAttempts,
      flush: (bytes) => flushReply({ apiBaseUrl: config.apiBaseUrl, hashedSigningKey: config.hashedSigningKey }, bytes),
      onBuffered: () => void this.#replies.flush(),
      logger: this.#logger,
      random: options.random,
    });
    this.#requests = new ExecutorRequestHandler({
      serves: (appName) => this.#serves.has(appName),
      accepting: () => this.#state === ConnectionState.ACTIVE,
      inFlight: this.#inFlight,
      execute: options.execute,
      deliverReply: (requestId, bytes) => this.#deliverReply(requestId, bytes),
      closeChannel: (requestId) => this.#checkpointAcks.forget(requestId),
      logger: this.#logger,
    });
    this.#firstActive.promise.then(options.onActive, options.onFailed);
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** Id of the current (or most recent) gateway connection; "" before the first one. */
  get connectionId(): string {
    return this.#active?.connectionId ?? this.#lastConnectionId;
  }

  /** Resolves once the connection is fully closed. */
  get closed(): Promise<void> {
    return this.#closed.promise;
  }

  /** Starts the loop; onActive / onFailed report how the first connection went. */
  start(): void {
    if (!this.#loop) {
      this.#loop = this.#run().catch((err: unknown) => {
        this.#logger.error({ err }, "connection loop failed");
      });
    }
  }

  /** Graceful shutdown; see the module header. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= this.#closeOnce();
    return this.#closing;
  }

  status(): ThreadStatus {
    const messageSocket = this.#messageSocket();
    return {
      state: this.#state,
      connectionId: this.connectionId,
      activeConnectionId: this.#active?.connectionId,
      drainingConnectionId: this.#draining?.connectionId,
      lastHeartbeatSentAt: this.#active?.lastHeartbeatSentAt,
      lastHeartbeatReceivedAt: this.#active?.lastHeartbeatReceivedAt,
      consecutiveFailures: this.#failures,
      excludedGateways: [...this.#excludeGateways],
      inFlight: this.#inFlight.snapshot(),
      pendingReplyAcks: this.#replies.pendingCount,
      bufferedReplies: this.#replies.bufferedCount,
      pendingCheckpointAcks: this.#checkpointAcks.pendingCount,
      messageSocketOpen: messageSocket !== undefined,
    };
  }

  /** Checkpoint `seq` of a request, encoded on the user's thread; resolves with its ack. */
  sendCheckpoint(requestId: string, seq: number, payload: Uint8Array): Promise<CheckpointOutcome> {
    const socket = this.#messageSocket();
    if (!socket) return Promise.resolve({ type: "lost", reason: "no open gateway socket" });
    const outcome = this.#checkpointAcks.expect(requestId, seq, socket);
    if (!socket.send(TetherKind.WORKER_CHECKPOINT, payload)) {
      this.#checkpointAcks.settle(requestId, seq, { type: "lost", reason: "sending failed" });
    }
    return outcome;
  }

  /** Fire-and-forget progress or realtime frame of a running request. */
  sendFrame(requestId: string, kind: FrameKind, payload: Uint8Array): void {
    if (!this.#messageSocket()?.send(kind, payload)) {
      this.#logger.debug({ requestId, kind }, "frame dropped: no open gateway socket");
    }
  }

  // ---- state and wake-ups ----

  #setState(state: ConnectionState): void {
    // Shutdown states never regress (a reconnect during shutdown must not look ACTIVE).
    const closingOrClosed = this.#state === ConnectionState.CLOSING || this.#state === ConnectionState.CLOSED;
    if (closingOrClosed && state !== ConnectionState.CLOSED) return;
    if (this.#state === state) return;
    this.#logger.debug({ from: this.#state, to: state }, "connection state changed");
    this.#state = state;
    this.#options.onChange();
  }

  #wake(): void {
    this.#woken = true;
    this.#wakeUp?.();
  }

  async #waitForWake(): Promise<void> {
    if (!this.#woken) {
      await new Promise<void>((resolve) => {
        this.#wakeUp = resolve;
      });
    }
    this.#wakeUp = undefined;
    this.#woken = false;
  }

  #shutdownComplete(): boolean {
    return this.#closeRequested && this.#inFlight.leasedCount === 0;
  }

  #checkIdleShutdown(): void {
    if (!this.#shutdownComplete()) return;
    this.#idleShutdown.abort();
    this.#wake();
  }

  // ---- the loop ----

  async #run(): Promise<void> {
    while (!this.#shutdownComplete()) {
      if (!this.#active) {
        await this.#connectOnce();
        continue;
      }
      await this.#waitForWake();
    }
  }

  async #connectOnce(): Promise<void> {
    this.#setState(this.#lastConnectionId ? ConnectionState.RECONNECTING : ConnectionState.CONNECTING);
    if (this.#failures > 0 && !this.#reconnectNow) {
      const delayMs = this.#retryDelayMs ?? reconnectDelayMs(this.#failures - 1, this.#options.random);
      this.#logger.debug({ attempt: this.#failures, delayMs }, "reconnecting after backoff");
      if (!(await abortableSleep(delayMs, this.#idleShutdown.signal))) return;
    }
    this.#retryDelayMs = undefined;
    this.#reconnectNow = false;
    try {
      this.#activate(await this.#establish());
    } catch (err) {
      if (this.#idleShutdown.signal.aborted) return;
      this.#attemptFailed(err);
    }
  }

  /** See the module header: warn and back off, or give up on a refused key before the first connection. */
  #attemptFailed(err: unknown): void {
    this.#failures++;
    const apiBaseUrl = this.#config.apiBaseUrl;
    if (err instanceof AuthError && !this.#firstActive.settled()) {
      this.#logger.error({ apiBaseUrl, err }, "the server refused the signing key; giving up");
      this.#firstActive.reject(err);
      void this.close();
      return;
    }
    const delayMs = reconnectDelayMs(this.#failures - 1, this.#options.random);
    this.#retryDelayMs = delayMs;
    const fields = { attempt: this.#failures, delayMs, apiBaseUrl, err };
    if (err instanceof AuthError) this.#logger.error(fields, "the server refused the signing key; retrying");
    else this.#logger.warn(fields, "connecting to the gateway failed; retrying");
  }

  async #establish(): Promise<GatewaySocket> {
    const config = this.#config;
    const startedAt = new Date();
    const signal = this.#idleShutdown.signal;
    const start = await startSession({
      apiBaseUrl: config.apiBaseUrl,
      hashedSigningKey: config.hashedSigningKey,
      excludeGateways: [...this.#excludeGateways],
      timeoutMs: config.handshakeTimeoutMs,
      signal,
    });
    const logger = this.#logger;
    let handshake;
    try {
      handshake = await performHandshake({
        endpoint: config.gatewayUrl ?? start.gatewayEndpoint,
        connectionId: start.connectionId,
        sessionToken: start.sessionToken,
        syncToken: start.syncToken,
        instanceId: config.instanceId,
        apps: config.appFunctions,
        maxWorkerConcurrency: config.maxWorkerConcurrency,
        systemAttributes: systemAttributes(),
        startedAt,
        timeoutMs: config.handshakeTimeoutMs,
        signal,
        logger,
      });
    } catch (err) {
      if (start.gatewayGroup) this.#excludeGateways.add(start.gatewayGroup);
      throw err;
    }
    this.#excludeGateways.delete(start.gatewayGroup);
    const socket = new GatewaySocket({
      ws: handshake.ws,
      connectionId: start.connectionId,
      gatewayGroup: start.gatewayGroup,
      intervals: handshake.intervals,
      earlyFrames: handshake.takeOver(),
      logger,
      onFrame: (sock, frame) => this.#onFrame(sock, frame),
      onDead: (sock, reason) => this.#onDead(sock, reason),
      status: () => ({ inFlightRequestIds: this.#inFlight.ids(), shutdownRequested: this.#closeRequested }),
    });
    socket.start();
    return socket;
  }

  #activate(socket: GatewaySocket): void {
    if (socket.dead) {
      this.#failures++;
      return;
    }
    this.#active = socket;
    this.#lastConnectionId = socket.connectionId;
    const previous = this.#draining;
    this.#draining = undefined;
    // The replacement is ready: let go of the socket the gateway is draining.
    if (previous) void this.#release(previous, CloseReason.GATEWAY_DRAINING);
    this.#setState(ConnectionState.ACTIVE);
    // Handlers are attached and the state is ACTIVE, so requests routed from now on are accepted.
    // During shutdown the replacement only keeps leases and replies going: pause it at once.
    socket.send(this.#closeRequested ? MessageKind.WORKER_PAUSE : MessageKind.WORKER_READY);
    this.#logger.info({ connectionId: socket.connectionId, gatewayGroup: socket.gatewayGroup }, "gateway connection active");
    clearTimeout(this.#stableTimer);
    this.#stableTimer = setTimeout(() => {
      if (this.#active === socket) this.#failures = 0;
    }, this.#config.stableConnectionMs);
    void this.#replies.flush();
    this.#firstActive.resolve();
    socket.replayEarlyFrames();
  }

  // ---- socket events ----

  #onDead(socket: GatewaySocket, reason: string): void {
    this.#checkpointAcks.socketGone(socket, reason);
    if (socket === this.#draining) {
      this.#draining = undefined;
      return;
    }
    if (socket !== this.#active) return;
    this.#active = undefined;
    clearTimeout(this.#stableTimer);
    if (socket.gatewayGroup) this.#excludeGateways.add(socket.gatewayGroup);
    const stable = Date.now() - socket.connectedAt >= this.#config.stableConnectionMs;
    this.#failures = stable ? 0 : this.#failures + 1;
    this.#logger.warn({ connectionId: socket.connectionId, reason, stable }, "reconnecting");
    this.#options.onChange();
    this.#wake();
  }

  #onFrame(socket: GatewaySocket, frame: Frame): void {
    if (frame.kind === TetherKind.WORKER_CHECKPOINT_ACK) {
      this.#decode(() => this.#checkpointAcks.onAck(tpb.WorkerCheckpointAckData.decode(frame.payload)));
      return;
    }
    switch (frame.kind) {
      case MessageKind.GATEWAY_EXECUTOR_REQUEST:
        void this.#requests.handle(frame.payload, socket).catch((err: unknown) => {
          this.#logger.error({ err }, "executor request handling failed");
        });
        return;
      case MessageKind.WORKER_REPLY_ACK:
        this.#decode(() => this.#replies.ack(pb.WorkerReplyAckData.decode(frame.payload).requestId));
        return;
      case MessageKind.WORKER_REQUEST_EXTEND_LEASE_ACK:
        this.#decode(() => this.#inFlight.onExtendAck(pb.WorkerRequestExtendLeaseAckData.decode(frame.payload)));
        return;
      case MessageKind.GATEWAY_CLOSING:
        this.#onGatewayClosing(socket);
        return;
      default:
        this.#logger.debug({ kind: frame.kind, connectionId: socket.connectionId }, "ignoring an unexpected frame");
    }
  }

  #decode(apply: () => void): void {
    try {
      apply();
    } catch (err) {
      this.#logger.warn({ err }, "ignoring an undecodable frame payload");
    }
  }

  /** The gateway is draining: keep this socket for replies, open a replacement right away. */
  #onGatewayClosing(socket: GatewaySocket): void {
    if (socket !== this.#active) return;
    this.#logger.info({ connectionId: socket.connectionId }, "gateway draining; opening a new connection");
    const older = this.#draining;
    if (older) void this.#release(older, CloseReason.GATEWAY_DRAINING);
    this.#draining = socket;
    this.#active = undefined;
    clearTimeout(this.#stableTimer);
    this.#reconnectNow = true;
    this.#wake();
  }

  /** Closes a socket we no longer use; checkpoints waiting for an ack on it count as lost. */
  #release(socket: GatewaySocket, reason: string): Promise<void> {
    this.#checkpointAcks.socketGone(socket, `released (${reason})`);
    return socket.close(CloseCode.NORMAL, reason);
  }

  // ---- replies and leases ----

  /** Where checkpoints and progress go: the active socket, else a draining one still open. */
  #messageSocket(): GatewaySocket | undefined {
    if (this.#active?.open) return this.#active;
    return this.#draining?.open ? this.#draining : undefined;
  }

  #deliverReply(requestId: string, bytes: Uint8Array): void {
    // The gateway accepts replies in every phase, draining included.
    for (const socket of [this.#active, this.#draining]) {
      if (socket?.send(MessageKind.WORKER_REPLY, bytes)) {
        this.#replies.sent(requestId, bytes);
        return;
      }
    }
    this.#logger.warn({ requestId }, "no open gateway socket; buffering the reply");
    this.#replies.buffer(requestId, bytes);
  }

  /**
   * Extensions go on the active socket; while reconnecting, on the socket the request came from,
   * unless that socket is draining (its ACK could be lost when it is released).
   */
  #sendExtension(entry: InFlightRequest, payload: Uint8Array): boolean {
    const socket = this.#active?.open ? this.#active : this.#draining ? undefined : entry.origin;
    return socket?.send(MessageKind.WORKER_REQUEST_EXTEND_LEASE, payload) ?? false;
  }

  // ---- shutdown ----

  async #closeOnce(): Promise<void> {
    this.#closeRequested = true;
    this.#setState(ConnectionState.CLOSING);
    // Stop intake: the gateway routes nothing new to a paused worker.
    this.#active?.send(MessageKind.WORKER_PAUSE);
    this.#logger.info({ inFlight: this.#inFlight.leasedCount }, "closing; waiting for in-flight requests");
    this.#checkIdleShutdown();
    this.#wake();
    await this.#loop;
    // Replies just sent still get their ACK window on the open socket.
    await this.#replies.waitForPendingAcks();
    clearTimeout(this.#stableTimer);
    this.#inFlight.stopAll();
    const sockets = [this.#active, this.#draining];
    this.#active = undefined;
    this.#draining = undefined;
    await Promise.all(sockets.map((socket) => (socket ? this.#release(socket, CloseReason.WORKER_SHUTDOWN) : undefined)));
    this.#replies.stopTimers();
    await this.#replies.flush();
    this.#setState(ConnectionState.CLOSED);
    if (!this.#firstActive.settled()) this.#firstActive.reject(new ClosedError("closed before the first connection"));
    this.#logger.info({}, "connection closed");
    this.#closed.resolve();
  }
}
