// The connection as the user's code sees it. The protocol work — socket, handshake, heartbeats,
// lease extensions, reply buffering — runs in a `node:worker_threads` Worker (connection-core.ts
// on connection-thread.ts), so a step that blocks this thread for minutes still keeps its worker
// and its lease (issue 15, point 8; docs/worker-threads.md). This side runs the functions: the
// thread hands it each executor request; it runs the engine and sends back the reply, plus
// checkpoints, progress and realtime frames on the way. State, connection id and snapshot() are
// mirrored from the status the thread reports.

import { Worker } from "node:worker_threads";
import { appCredentials } from "../client.ts";
import { deferred } from "../deferred.ts";
import { ClosedError, StaleDispatchError } from "../errors.ts";
import { runExecutorRequest } from "../engine/run-request.ts";
import type { CheckpointOutcome } from "../engine/socket-channel.ts";
import type { Logger } from "../logger.ts";
import { parseTraceContext } from "../trace-context.ts";
import type { ConnectConfig } from "./connect-options.ts";
import { ConnectionState } from "./connection-state.ts";
import { pb, type GatewayExecutorRequest } from "./proto.ts";
import { createRequestChannel } from "./request-channel.ts";
import { loadRunState } from "./run-state-api.ts";
import { encodeSdkResponse } from "./sdk-response.ts";
import { onShutdownSignals } from "./shutdown-signals.ts";
import { connectionThreadEntry } from "./thread-entry.ts";
import { fromWire, type FromThread, type ThreadConfig, type ThreadStatus, type ToThread } from "./thread-protocol.ts";

/** Samples of a custom `tuning.random` handed to the thread (a function cannot cross threads). */
const RANDOM_SAMPLES = 64;

/** Point-in-time view of a connection, for debugging and health endpoints. */
export interface ConnectionSnapshot {
  state: ConnectionState;
  activeConnectionId?: string;
  drainingConnectionId?: string;
  lastHeartbeatSentAt?: number;
  lastHeartbeatReceivedAt?: number;
  consecutiveFailures: number;
  excludedGateways: string[];
  inFlight: Array<{ requestId: string; runId: string; functionSlug: string; leaseHeld: boolean; ageMs: number }>;
  pendingReplyAcks: number;
  bufferedReplies: number;
  /** Checkpoints sent and waiting for WORKER_CHECKPOINT_ACK. */
  pendingCheckpointAcks: number;
}

function threadConfig(config: ConnectConfig): ThreadConfig {
  const apps = [...config.apps.values()];
  return {
    apiBaseUrl: config.apiBaseUrl,
    hashedSigningKey: config.hashedSigningKey,
    instanceId: config.instanceId,
    maxWorkerConcurrency: config.maxWorkerConcurrency,
    gatewayUrl: config.gatewayUrl,
    handshakeTimeoutMs: config.handshakeTimeoutMs,
    replyAckTimeoutMs: config.replyAckTimeoutMs,
    stableConnectionMs: config.stableConnectionMs,
    flushAttempts: config.flushAttempts,
    ...(config.random === Math.random ? {} : { randomSamples: Array.from({ length: RANDOM_SAMPLES }, () => config.random()) }),
    appIds: apps.map((app) => app.id),
    appFunctions: apps.map((app) => ({
      appName: app.id,
      ...(app.appVersion !== undefined ? { appVersion: app.appVersion } : {}),
      functions: new TextEncoder().encode(JSON.stringify(app.functions.flatMap((fn) => fn.toConfigs()))),
    })),
  };
}

export class WorkerConnection {
  readonly #config: ConnectConfig;
  readonly #logger: Logger;
  readonly #firstActive = deferred<void>();
  readonly #closed = deferred<void>();
  readonly #checkpoints = new Map<string, (outcome: CheckpointOutcome) => void>();
  #status: ThreadStatus | undefined;
  #thread: Worker | undefined;
  #closedState = false;
  /** The thread reported a finished shutdown; its exit is expected. */
  #threadClosed = false;
  #closeRequested = false;
  #closing: Promise<void> | undefined;
  #removeSignalHandlers: (() => void) | undefined;

  constructor(config: ConnectConfig) {
    this.#config = config;
    this.#logger = config.logger;
    // A rejection nobody awaits (close() before the first connection) must not crash the process.
    this.#firstActive.promise.catch(() => undefined);
  }

  get state(): ConnectionState {
    if (this.#closedState) return ConnectionState.CLOSED;
    // Shutdown states never regress, also before the thread reports CLOSING.
    if (this.#closeRequested) return ConnectionState.CLOSING;
    return this.#status?.state ?? ConnectionState.CONNECTING;
  }

  /** Id of the current (or most recent) gateway connection; "" before the first one. */
  get connectionId(): string {
    return this.#status?.connectionId ?? "";
  }

  /** Resolves once the connection is fully closed. */
  get closed(): Promise<void> {
    return this.#closed.promise;
  }

  /** Starts the connection thread; resolves when the first connection is ACTIVE, rejects if closed before. */
  start(): Promise<void> {
    if (!this.#thread) {
      this.#removeSignalHandlers = onShutdownSignals(this.#config.shutdownSignals, () => void this.close(), this.#logger);
      const { url, options } = connectionThreadEntry();
      const thread = new Worker(url, { ...options, workerData: threadConfig(this.#config) });
      thread.on("message", (message: FromThread) => this.#onMessage(message));
      thread.on("error", (err) => this.#onThreadError(err));
      thread.on("exit", (code) => this.#onThreadExit(code));
      this.#thread = thread;
    }
    return this.#firstActive.promise;
  }

  /** Graceful shutdown (connection-core.ts): in-flight requests finish first. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= this.#closeOnce();
    return this.#closing;
  }

  snapshot(): ConnectionSnapshot {
    const status = this.#status;
    const now = Date.now();
    return {
      state: this.state,
      activeConnectionId: status?.activeConnectionId,
      drainingConnectionId: status?.drainingConnectionId,
      lastHeartbeatSentAt: status?.lastHeartbeatSentAt,
      lastHeartbeatReceivedAt: status?.lastHeartbeatReceivedAt,
      consecutiveFailures: status?.consecutiveFailures ?? 0,
      excludedGateways: [...(status?.excludedGateways ?? [])],
      inFlight: (status?.inFlight ?? []).map(({ startedAt, ...entry }) => ({ ...entry, ageMs: now - startedAt })),
      pendingReplyAcks: status?.pendingReplyAcks ?? 0,
      bufferedReplies: status?.bufferedReplies ?? 0,
      pendingCheckpointAcks: status?.pendingCheckpointAcks ?? 0,
    };
  }

  async #closeOnce(): Promise<void> {
    this.#removeSignalHandlers?.();
    this.#closeRequested = true;
    if (!this.#thread) this.#finish();
    else this.#post({ t: "close" });
    await this.#closed.promise;
  }

  #post(message: ToThread): void {
    this.#thread?.postMessage(message);
  }

  #onMessage(message: FromThread): void {
    switch (message.t) {
      case "status":
        this.#status = message.status;
        return;
      case "log":
        this.#logger[message.level](fromWire(message.obj), message.msg);
        return;
      case "active":
        this.#firstActive.resolve();
        return;
      case "failed":
        this.#firstActive.reject(fromWire(message.error));
        return;
      case "run":
        void this.#run(message.payload);
        return;
      case "checkpointOutcome":
        this.#checkpoints.get(`${message.requestId}\u0000${message.seq}`)?.(message.outcome);
        this.#checkpoints.delete(`${message.requestId}\u0000${message.seq}`);
        return;
      case "closed":
        this.#threadClosed = true;
        void this.#thread?.terminate().finally(() => this.#finish());
        return;
    }
  }

  #onThreadError(err: Error): void {
    if (this.#closedState) return;
    this.#logger.error({ err }, "the connection thread failed; the worker is disconnected");
    this.#firstActive.reject(err);
    this.#finish();
  }

  /** After "closed" the thread is terminated on purpose; any other exit ends the connection. */
  #onThreadExit(code: number): void {
    if (this.#closedState || this.#threadClosed) return;
    this.#logger.error({ code }, "the connection thread exited; the worker is disconnected");
    this.#finish();
  }

  #finish(): void {
    if (this.#closedState) return;
    this.#removeSignalHandlers?.();
    this.#closedState = true;
    for (const resolve of this.#checkpoints.values()) resolve({ type: "lost", reason: "connection closed" });
    this.#checkpoints.clear();
    if (!this.#firstActive.settled()) this.#firstActive.reject(new ClosedError("closed before the first connection"));
    this.#closed.resolve();
  }

  /** Runs one executor request the thread has acknowledged; always answers "done" so its lease ends. */
  async #run(payload: Uint8Array): Promise<void> {
    const request = pb.GatewayExecutorRequestData.decode(payload);
    let reply: Uint8Array | undefined;
    try {
      reply = await this.#execute(request);
    } catch (err) {
      const fields = { requestId: request.requestId, runId: request.runId, appName: request.appName };
      if (err instanceof StaleDispatchError) this.#logger.warn({ ...fields, code: err.code }, "dropping a request the server says is stale; no reply");
      else this.#logger.error({ ...fields, err }, "executor request handling failed");
    } finally {
      this.#post({ t: "done", requestId: request.requestId, ...(reply ? { reply } : {}) });
    }
  }

  async #execute(request: GatewayExecutorRequest): Promise<Uint8Array> {
    const app = this.#config.apps.get(request.appName)!;
    const { hashedSigningKey } = appCredentials(app);
    const { requestId } = request;
    const result = await runExecutorRequest({
      functions: app.functions,
      functionSlug: request.functionSlug,
      payload: request.requestPayload,
      stepId: request.stepId,
      logger: app.logger,
      loadRunState: (runId) => loadRunState(app.baseUrl, hashedSigningKey, runId),
      channel: createRequestChannel(request, {
        checkpoint: (seq, bytes) =>
          new Promise((resolve) => {
            this.#checkpoints.set(`${requestId}\u0000${seq}`, resolve);
            this.#post({ t: "checkpoint", requestId, seq, payload: bytes });
          }),
        send: (kind, bytes) => {
          this.#post({ t: "frame", requestId, kind, payload: bytes });
          return this.#status?.messageSocketOpen ?? false;
        },
        maxUnackedCheckpoints: this.#config.maxUnackedCheckpoints,
        checkpointAckTimeoutMs: this.#config.checkpointAckTimeoutMs,
        progressIntervalMs: this.#config.progressIntervalMs,
        logger: this.#logger,
      }),
      traceContext: parseTraceContext(request.userTraceCtx),
    });
    return encodeSdkResponse(request, result);
  }
}
