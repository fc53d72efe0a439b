// One worker connection on the gateway: the handshake (HELLO → WORKER_CONNECT ≤ 5 s → sync →
// CONNECTION_READY → WORKER_READY), heartbeats and the missed-heartbeat watchdog, request
// delivery with ACK waits, lease extension, replies (buffer, notify executor, REPLY_ACK) and
// pause. One object owns the socket and its handshake timer; the gateway checks every socket's
// heartbeats on one timer (checkHeartbeat). Kept small, since a gateway holds many of them idle:
// no child logger and no maps until a request needs them (docs/connect-protocol.md §1.3, §3).
import type { Logger } from "pino";
import type { AppSyncCache } from "./app-sync-cache.ts";
import { closeMeaning } from "./close-codes.ts";
import type { WebSocket } from "ws";
import type { Bus } from "../src/bus/index.ts";
import { subjects } from "../src/bus/index.ts";
import { deferred, type Deferred, type ErrorCode, formatDurationMs, isUlid, tryParseJson, ulidAt } from "../src/common/index.ts";
import type { ConnectionApp, ConnectionRecord, ConnectionStatus, ConnectState } from "../src/state/index.ts";
import { tether as tpb } from "../proto/gen/protos.js";
import { decodeFrame, encodeFrame, Kind, pb } from "./frames.ts";
import { verifySessionToken } from "./session-token.ts";
import { decodePublishBody, MAX_PUBLISH_BYTES, publishRealtime, STREAM_KINDS } from "../src/realtime/index.ts";
import type { Metrics, WorkerCounts } from "../src/observability/metrics.ts";

/** Realtime topic on channel `<runId>` carrying running steps' progress. */
export const PROGRESS_TOPIC = "$progress";

/** Tether's own message kinds (outside Inngest's range), see proto/tether/v1/worker.proto. */
const TetherKind = tpb.v1.TetherMessageKind;

export interface GatewayTimings {
  heartbeatIntervalMs: number;
  extendLeaseIntervalMs: number;
  /** WORKER_STATUS interval asked of workers; their in-flight lists re-adopt orphaned leases. */
  statusIntervalMs: number;
  leaseMs: number;
  handshakeTimeoutMs: number;
  /** Missed heartbeats (× interval) before the socket is dropped. */
  heartbeatMissFactor: number;
  ackGraceMs: number;
  replyBufferTtlMs: number;
}

export interface AppSyncAnswer {
  ok: boolean;
  app_id?: string;
  sync_id?: string;
  code?: string;
  error?: string;
}

export interface WorkerSocketDeps {
  gatewayId: string;
  bus: Bus;
  state: ConnectState;
  log: Logger;
  timings: GatewayTimings;
  sessionSecret: string;
  maxAppsPerConnection: number;
  /** Answers of app syncs, shared by the workers of one configuration. */
  appSyncs: AppSyncCache;
  isDraining: () => boolean;
  /** The handshake named the connection: requests for it may now be routed here. */
  onIdentified: (ws: WorkerSocket) => void;
  onClosed: (ws: WorkerSocket) => void;
  /** Frames, close codes and realtime publishes (src/observability/metrics.ts). */
  metrics?: Metrics;
}

type Phase = "handshake" | "syncing" | "connected" | "ready" | "draining" | "closed";

export class WorkerSocket {
  /** When the upgrade was accepted (the gateway measures how far behind its handshakes are). */
  readonly openedAt = Date.now();
  readonly #ws: WebSocket;
  readonly #d: WorkerSocketDeps;
  #phase: Phase = "handshake";
  #record?: ConnectionRecord;
  /** What log lines name the connection by, once WORKER_CONNECT named it. */
  #ids?: { connectionId: string; instanceId: string };
  #lastHeartbeatAt = Date.now();
  #handshakeTimer?: NodeJS.Timeout;
  /** Request state, created by the first delivery (an idle connection has none). */
  #requests?: {
    /** Requests written and waiting for their ACK, with their app's name. */
    acks: Map<string, { acked: Deferred<boolean>; appName: string }>;
    /** Requests the worker ACKed on this socket and has not replied to yet, with their app's name. */
    inFlight: Map<string, string>;
    /** Where the executor waiting for each delivered request listens (from the forward). */
    replySubjects: Map<string, string>;
    updateSubjects: Map<string, string>;
  };
  #lastStatusAt = 0;
  #closeReason = "";

  constructor(ws: WebSocket, deps: WorkerSocketDeps) {
    this.#ws = ws;
    this.#d = deps;
    ws.on("message", (data, isBinary) => void this.#onMessage(toBytes(data), isBinary));
    ws.on("close", (code, reason) => void this.#onClose(code, reason.toString()));
    ws.on("error", (err) => this.#log.debug({ err }, "socket error"));
    this.#send(Kind.GATEWAY_HELLO);
    this.#handshakeTimer = setTimeout(() => this.#fail("connect_worker_hello_timeout"), deps.timings.handshakeTimeoutMs);
  }

  get connectionId(): string | undefined {
    return this.#record?.id;
  }

  get phase(): Phase {
    return this.#phase;
  }

  /** The gateway's logger, naming this connection once the handshake named it (made per line: lines are few). */
  get #log(): Logger {
    return this.#ids ? this.#d.log.child(this.#ids) : this.#d.log;
  }

  get #req() {
    return (this.#requests ??= { acks: new Map(), inFlight: new Map(), replySubjects: new Map(), updateSubjects: new Map() });
  }

  /** Writes an executor request and resolves true once the worker ACKed it. */
  async deliver(data: pb.v1.GatewayExecutorRequestData, replySubject?: string, updateSubject?: string): Promise<boolean> {
    if (this.#phase !== "ready") return false;
    const r = this.#req;
    if (replySubject) r.replySubjects.set(data.requestId, replySubject);
    if (updateSubject) r.updateSubjects.set(data.requestId, updateSubject);
    const waiter = deferred<boolean>();
    r.acks.set(data.requestId, { acked: waiter, appName: data.appName });
    const timer = setTimeout(() => waiter.resolve(false), this.#d.timings.leaseMs + this.#d.timings.ackGraceMs);
    try {
      this.#send(Kind.GATEWAY_EXECUTOR_REQUEST, pb.v1.GatewayExecutorRequestData.encode(data).finish());
      const acked = await waiter.promise;
      // In flight from the ACK on (the ACK's handler adds it, before a reply that may follow at once).
      if (!acked) {
        r.replySubjects.delete(data.requestId);
        r.updateSubjects.delete(data.requestId);
      }
      return acked;
    } finally {
      clearTimeout(timer);
      r.acks.delete(data.requestId);
    }
  }

  /** Gateway drain: tell the worker to reconnect elsewhere; replies keep flowing meanwhile. */
  startDraining(): void {
    if (this.#phase === "closed") return;
    this.#send(Kind.GATEWAY_CLOSING);
    // Requests written before GATEWAY_CLOSING may still be ACKed and run: keep their ACK waits
    // (released on close) so the executor does not send them to a second worker.
    void this.#setStatus("DRAINING", { keepAckWaits: true });
  }

  close(code: number, reason: string): void {
    if (this.#phase === "closed") return;
    this.#closeReason = reason;
    this.#ws.close(code, reason);
  }

  /** Adds this connection (once its handshake named its apps) and its requests in flight to `counts`, per app. */
  countInto(counts: Map<string, WorkerCounts>): void {
    if (!this.#record || this.#phase === "closed") return;
    const of = (app: string) => {
      let c = counts.get(app);
      if (!c) counts.set(app, (c = { connected: 0, inFlight: 0 }));
      return c;
    };
    for (const app of this.#record.apps) of(app.appName).connected++;
    for (const app of this.#requests?.inFlight.values() ?? []) of(app).inFlight++;
  }

  debugSnapshot() {
    return { connectionId: this.connectionId, phase: this.#phase, pendingAcks: this.#requests?.acks.size ?? 0, lastHeartbeatAt: this.#lastHeartbeatAt };
  }

  #send(kind: Kind, payload?: Uint8Array): void {
    if (this.#ws.readyState !== this.#ws.OPEN) return;
    this.#d.metrics?.gatewayFrame("out", kind);
    this.#ws.send(encodeFrame(kind, payload), { binary: true }, (err) => {
      if (err) this.#log.debug({ err, kind }, "write failed");
    });
  }

  #fail(code: ErrorCode, closeCode = 1008): void {
    this.#log.info({ code }, "closing worker connection");
    this.close(closeCode, code);
  }

  async #onMessage(data: Uint8Array, _isBinary: boolean): Promise<void> {
    let frame: { kind: number; payload: Uint8Array };
    try {
      frame = decodeFrame(data);
    } catch {
      this.close(1007, "failed to unmarshal Protobuf");
      return;
    }
    this.#d.metrics?.gatewayFrame("in", frame.kind);
    const handshake = this.#phase === "handshake";
    try {
      if (handshake) return await this.#onConnect(frame);
      if (this.#phase === "syncing") return; // nothing is valid until CONNECTION_READY
      await this.#onWorkerMessage(frame.kind, frame.payload);
    } catch (err) {
      // A handshake that failed half-way leaves nothing usable: the worker connects again.
      if (handshake || this.#phase === "syncing") {
        this.#log.error({ err }, "gateway failed handling the worker's handshake");
        return this.#fail("connect_internal_error", 1011);
      }
      // Later failures are the shared state's (NATS unreachable for a moment): the connection
      // stays up and the worker's own retries cover what was not acknowledged (an unacked reply
      // is flushed over HTTP, an unacked checkpoint is sent with the reply, heartbeats repeat).
      this.#log.warn({ err, kind: frame.kind }, "gateway failed handling a worker message; the worker will retry");
      this.#d.metrics?.storeError("gateway");
    }
  }

  async #onConnect(frame: { kind: number; payload: Uint8Array }): Promise<void> {
    clearTimeout(this.#handshakeTimer);
    if (frame.kind !== Kind.WORKER_CONNECT) return this.#fail("connect_worker_hello_invalid_msg");
    let req: pb.v1.WorkerConnectRequestData;
    try {
      req = pb.v1.WorkerConnectRequestData.decode(frame.payload);
    } catch {
      return this.#fail("connect_worker_hello_invalid_payload");
    }
    if (!isUlid(req.connectionId) || !req.instanceId || !req.apps?.length) {
      return this.#fail("connect_worker_hello_invalid_payload");
    }
    const claims = await verifySessionToken(req.authData?.sessionToken ?? "", this.#d.sessionSecret);
    if (!claims) return this.#fail("connect_authentication_failed");
    if (req.apps.length > Math.min(claims.appsPerConnection, this.#d.maxAppsPerConnection)) {
      return this.#fail("connect_too_many_apps_per_connection");
    }
    if (this.#d.isDraining()) return this.close(1001, "connect_gateway_closing");
    this.#phase = "syncing";
    this.#ids = { connectionId: req.connectionId, instanceId: req.instanceId };
    const apps: ConnectionApp[] = [];
    for (const app of req.apps) {
      // Untrusted JSON: bounded like every other (MAX_JSON_DEPTH), before anything walks it.
      const parsed = app.functions?.length ? tryParseJson(app.functions) : { ok: true as const, value: [] };
      if (!parsed.ok) return this.#fail("connect_worker_hello_invalid_payload");
      const functions = parsed.value;
      const answer = await this.#syncApp(req, app, functions);
      if (!answer.ok || !answer.app_id || !answer.sync_id) {
        const code = answer.code || "invalid_function_config";
        this.#send(Kind.SYNC_FAILED, pb.v1.SystemError.encode({ code, message: answer.error ?? code }).finish());
        this.#log.info({ appName: app.appName, code }, "app sync failed");
        this.close(1008, code.slice(0, 120));
        return;
      }
      apps.push({
        appId: answer.app_id, appName: app.appName ?? "", appVersion: app.appVersion ?? undefined, syncId: answer.sync_id,
        functionSlugs: Array.isArray(functions) ? functions.map((f) => String((f as { id?: unknown }).id)) : [],
      });
    }
    if (this.#ws.readyState !== this.#ws.OPEN) return;
    const now = Date.now();
    const maxConc = req.maxWorkerConcurrency != null ? Number(req.maxWorkerConcurrency) : undefined;
    this.#record = {
      id: req.connectionId, gatewayId: this.#d.gatewayId, instanceId: req.instanceId, status: "CONNECTED", apps,
      maxWorkerConcurrency: maxConc && maxConc > 0 ? maxConc : undefined, lastHeartbeatAt: now, connectedAt: now,
      sdkLanguage: req.sdkLanguage, sdkVersion: req.sdkVersion,
    };
    this.#d.onIdentified(this);
    // Not written yet: the record goes to the connect state when it turns READY (or with a
    // heartbeat or a pause that comes first). Nothing routes to a CONNECTED record, and one write
    // per handshake instead of two is half the storm's load on the state after a gateway restart.
    this.#phase = "connected";
    const t = this.#d.timings;
    this.#send(Kind.GATEWAY_CONNECTION_READY, pb.v1.GatewayConnectionReadyData.encode({
      heartbeatInterval: formatDurationMs(t.heartbeatIntervalMs),
      extendLeaseInterval: formatDurationMs(t.extendLeaseIntervalMs),
      statusInterval: formatDurationMs(t.statusIntervalMs),
    }).finish());
    this.#lastHeartbeatAt = now;
    if (!req.workerManualReadinessAck) await this.#markReady();
    this.#log.info({ apps: apps.map((a) => a.appName) }, "worker connected");
  }

  async #syncApp(req: pb.v1.WorkerConnectRequestData, app: pb.v1.IAppConfiguration, functions: unknown): Promise<AppSyncAnswer> {
    const body = {
      v: "1",
      url: `ws://connect?app_name=${encodeURIComponent(app.appName ?? "")}`,
      deployType: "connect",
      sdk: `${req.sdkLanguage}:${req.sdkVersion}`,
      appName: app.appName,
      appVersion: app.appVersion ?? undefined,
      functions,
      headers: { env: req.environment ?? "", platform: req.platform ?? "" },
      capabilities: safeJson(req.capabilities),
    };
    return this.#d.appSyncs.answer(JSON.stringify(body), async (json) => {
      try {
        const raw = await this.#d.bus.request(subjects.appSync(), Buffer.from(json), { timeoutMs: 10_000 });
        return JSON.parse(Buffer.from(raw).toString("utf8")) as AppSyncAnswer;
      } catch (err) {
        this.#log.warn({ err }, "app sync request failed");
        return { ok: false, code: "connect_internal_error", error: "app sync failed" };
      }
    });
  }

  async #markReady(): Promise<void> {
    if (this.#phase !== "connected") return;
    if (this.#d.isDraining()) return this.close(1001, "connect_gateway_closing");
    this.#phase = "ready";
    await this.#setStatus("READY");
  }

  async #setStatus(status: ConnectionStatus, opts: { keepAckWaits?: boolean } = {}): Promise<void> {
    if (!this.#record) return;
    if (status === "DRAINING") {
      this.#phase = "draining";
      // A paused worker drops requests it has not ACKed (docs/connect-protocol.md §3.4): re-route now.
      if (!opts.keepAckWaits) for (const w of this.#requests?.acks.values() ?? []) w.acked.resolve(false);
    }
    this.#record = { ...this.#record, status, lastHeartbeatAt: this.#lastHeartbeatAt };
    await this.#d.state.upsertConnection(this.#record);
  }

  async #onWorkerMessage(kind: number, payload: Uint8Array): Promise<void> {
    switch (kind) {
      case Kind.WORKER_READY:
        return this.#markReady();
      case Kind.WORKER_HEARTBEAT: {
        this.#lastHeartbeatAt = Date.now();
        // Answered first: the worker's liveness check does not depend on the shared state.
        this.#send(Kind.GATEWAY_HEARTBEAT);
        if (this.#record) {
          // Never flip a draining connection back to READY (docs/connect-protocol.md §3.7).
          const status: ConnectionStatus = this.#phase === "ready" ? "READY" : this.#phase === "draining" ? "DRAINING" : "CONNECTED";
          this.#record = { ...this.#record, status, lastHeartbeatAt: this.#lastHeartbeatAt };
          await this.#d.state.upsertConnection(this.#record);
        }
        return;
      }
      case Kind.WORKER_REQUEST_ACK: {
        let ack: pb.v1.WorkerRequestAckData;
        try {
          ack = pb.v1.WorkerRequestAckData.decode(payload);
        } catch {
          return this.#fail("connect_worker_request_ack_invalid_payload");
        }
        const waiting = this.#requests?.acks.get(ack.requestId);
        if (!waiting) return;
        // Now, not when deliver() resumes: the reply can be in the same read as the ACK, and its
        // handler runs first; an id added after it would stay "in flight" for good.
        this.#requests!.acks.delete(ack.requestId);
        this.#requests!.inFlight.set(ack.requestId, waiting.appName);
        waiting.acked.resolve(true);
        return;
      }
      case Kind.WORKER_REQUEST_EXTEND_LEASE:
        return this.#onExtendLease(payload);
      case Kind.WORKER_REPLY:
        return this.#onReply(payload);
      case Kind.WORKER_PAUSE:
        this.#log.info("worker paused");
        return this.#setStatus("DRAINING");
      case Kind.WORKER_STATUS:
        return this.#onStatus(payload);
      case TetherKind.WORKER_CHECKPOINT:
        return this.#onCheckpoint(payload);
      case TetherKind.WORKER_STEP_PROGRESS:
        return this.#onProgress(payload);
      case TetherKind.WORKER_PUBLISH:
        return this.#onPublish(payload);
      default:
        this.#log.debug({ kind }, "ignoring unknown message kind");
    }
  }

  /** Where updates for a request go: known from the forward, else from its lease (after a reconnect). */
  async #updateSubjectOf(requestId: string): Promise<string | undefined> {
    return this.#requests?.updateSubjects.get(requestId) ?? (await this.#d.state.getLease(requestId))?.updateSubject;
  }

  /** Tether checkpoint: relayed to the executor waiting for the request, whose answer is the ack. */
  async #onCheckpoint(payload: Uint8Array): Promise<void> {
    let cp: tpb.v1.WorkerCheckpointData;
    try {
      cp = tpb.v1.WorkerCheckpointData.decode(payload);
    } catch {
      return this.#fail("connect_worker_request_ack_invalid_payload");
    }
    const ack = (ok: boolean, errorCode = "", errorMessage = "") => this.#send(TetherKind.WORKER_CHECKPOINT_ACK as never,
      tpb.v1.WorkerCheckpointAckData.encode({ requestId: cp.requestId, seq: cp.seq, ok, errorCode, errorMessage }).finish());
    const subject = await this.#updateSubjectOf(cp.requestId);
    if (!subject) return ack(false, "stale_dispatch", "the request is no longer live");
    try {
      const raw = await this.#d.bus.request(subject, tpb.v1.RequestUpdate.encode({ checkpoint: cp }).finish(), { timeoutMs: 30_000 });
      const res = tpb.v1.RequestUpdateAck.decode(raw);
      ack(res.ok, res.errorCode, res.errorMessage);
    } catch {
      // No answer (executor slow, restarting, or gone): not proof the request is dead. The worker
      // treats it as lost and re-sends; a dead request's lease lapses and it is dispatched again.
      ack(false, "internal_error", "the executor waiting for the request did not answer");
    }
  }

  async #onProgress(payload: Uint8Array): Promise<void> {
    let p: tpb.v1.WorkerStepProgressData;
    try {
      p = tpb.v1.WorkerStepProgressData.decode(payload);
    } catch {
      return;
    }
    const subject = await this.#updateSubjectOf(p.requestId);
    if (subject) this.#d.bus.publish(subject, tpb.v1.RequestUpdate.encode({ progress: p }).finish());
    // Realtime subscribers of the run see progress as it happens (channel = run id).
    const data = tryParseJson(p.data ?? new Uint8Array(0));
    if (!data.ok) return; // not JSON (or too deep): the executor refuses it too
    publishRealtime(this.#d.bus, {
      channel: p.runId, topic: PROGRESS_TOPIC, kind: "step", data: { step_id: p.stepId, append: p.append === true, data: data.value }, runId: p.runId,
    });
    this.#d.metrics?.realtimePublished();
  }

  /** A function published a realtime message over this socket (workers are authenticated). */
  #onPublish(payload: Uint8Array): void {
    let m: tpb.v1.WorkerPublishData;
    try {
      m = tpb.v1.WorkerPublishData.decode(payload);
    } catch {
      return;
    }
    const bytes = m.data ?? new Uint8Array(0);
    const kind = m.kind ? STREAM_KINDS.get(m.kind) : "data";
    if (!m.channel || !m.topic || bytes.length > MAX_PUBLISH_BYTES || !kind || (m.kind && !m.streamId)) {
      this.#log.warn({ channel: m.channel, topic: m.topic, bytes: bytes.length }, "dropping an invalid realtime publish");
      return;
    }
    let data: unknown;
    try {
      data = decodePublishBody(bytes);
    } catch {
      this.#log.warn({ channel: m.channel, topic: m.topic, bytes: bytes.length }, "dropping a realtime publish nested too deeply");
      return;
    }
    publishRealtime(this.#d.bus, {
      channel: m.channel, topic: m.topic, data, runId: m.runId || undefined, fnId: m.fnId || undefined, kind, streamId: m.streamId || undefined,
    });
    this.#d.metrics?.realtimePublished();
  }

  /** In-flight lists re-adopt requests orphaned by an earlier socket of this instance (≤ 1 per 2 s). */
  async #onStatus(payload: Uint8Array): Promise<void> {
    const now = Date.now();
    if (now - this.#lastStatusAt < 2_000 || !this.#record) return;
    this.#lastStatusAt = now;
    let status: pb.v1.WorkerStatusData;
    try {
      status = pb.v1.WorkerStatusData.decode(payload);
    } catch {
      return;
    }
    if (status.inFlightRequestIds?.length) await this.#d.state.adoptLeases(status.inFlightRequestIds, this.#record.instanceId);
  }

  async #onExtendLease(payload: Uint8Array): Promise<void> {
    let req: pb.v1.WorkerRequestExtendLeaseData;
    try {
      req = pb.v1.WorkerRequestExtendLeaseData.decode(payload);
    } catch {
      return this.#fail("connect_worker_request_extend_lease_invalid_payload");
    }
    if (!isUlid(req.leaseId)) return this.#fail("connect_worker_request_extend_lease_invalid_payload");
    const next = ulidAt(Date.now() + this.#d.timings.leaseMs);
    const newLeaseId = await this.#d.state.extendLease(req.requestId, req.leaseId, this.#record?.instanceId ?? "", next);
    this.#send(Kind.WORKER_REQUEST_EXTEND_LEASE_ACK, pb.v1.WorkerRequestExtendLeaseAckData.encode({
      requestId: req.requestId, accountId: req.accountId, envId: req.envId, appId: req.appId,
      functionSlug: req.functionSlug, ...(newLeaseId ? { newLeaseId } : {}),
    }).finish());
  }

  async #onReply(payload: Uint8Array): Promise<void> {
    let res: pb.v1.SDKResponse;
    try {
      res = pb.v1.SDKResponse.decode(payload);
    } catch {
      return this.#fail("connect_internal_error", 1011);
    }
    const r = this.#requests;
    r?.inFlight.delete(res.requestId);
    if (this.#d.log.isLevelEnabled("debug")) this.#log.debug({ requestId: res.requestId, runId: res.runId }, "worker reply");
    const subject = r?.replySubjects.get(res.requestId);
    r?.replySubjects.delete(res.requestId);
    r?.updateSubjects.delete(res.requestId);
    await deliverReply(this.#d.state, this.#d.bus, res.requestId, payload, this.#d.timings.replyBufferTtlMs, subject);
    this.#send(Kind.WORKER_REPLY_ACK, pb.v1.WorkerReplyAckData.encode({ requestId: res.requestId }).finish());
  }

  /**
   * The missed-heartbeat watchdog (§3.7), called by the gateway every heartbeat interval for every
   * socket: from GATEWAY_CONNECTION_READY on, silence longer than the miss factor drops the socket.
   */
  checkHeartbeat(now: number): void {
    if (this.#phase === "handshake" || this.#phase === "syncing" || this.#phase === "closed") return;
    const t = this.#d.timings;
    if (now - this.#lastHeartbeatAt > t.heartbeatMissFactor * t.heartbeatIntervalMs) {
      this.#closeReason = "CONSECUTIVE_HEARTBEATS_MISSED";
      this.#log.info("worker missed heartbeats, dropping the socket");
      this.#ws.terminate();
    }
  }

  async #onClose(code: number, reason: string): Promise<void> {
    if (this.#phase === "closed") return;
    this.#phase = "closed";
    this.#d.metrics?.gatewayClose(code);
    clearTimeout(this.#handshakeTimer);
    const r = this.#requests;
    for (const w of r?.acks.values() ?? []) w.acked.resolve(false);
    const { meaning, normal } = closeMeaning(code);
    const why = reason || this.#closeReason;
    this.#log.info({ code, meaning, ...(why ? { reason: why } : {}), normal }, "worker disconnected");
    if (r?.inFlight.size) {
      this.#log.debug({ requestIds: [...r.inFlight.keys()] }, "requests orphaned by the closed socket");
      await this.#d.state.orphanLeases([...r.inFlight.keys()], Date.now()).catch(() => undefined);
    }
    if (this.#record) await this.#d.state.deleteConnection(this.#record.id).catch(() => undefined);
    this.#d.onClosed(this);
  }
}

/**
 * The reply path shared by the socket and `POST /v0/connect/flush`: buffer first (first reply
 * wins), then notify the executor that holds the lease. A duplicate is not re-published.
 */
export async function deliverReply(
  state: ConnectState, bus: Bus, requestId: string, bytes: Uint8Array, ttlMs: number, knownSubject?: string,
): Promise<void> {
  if (knownSubject) {
    // Fast path: this socket carried the request, so it knows the waiting executor. The buffer is
    // written alongside for an executor that missed the publish (it polls the buffer).
    bus.publish(knownSubject, bytes);
    await state.saveResponse(requestId, bytes, ttlMs);
    return;
  }
  const fresh = await state.saveResponse(requestId, bytes, ttlMs);
  if (!fresh) return;
  const lease = await state.getLease(requestId);
  if (lease) bus.publish(lease.replySubject, bytes);
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return Buffer.from(String(data));
}

function safeJson(bytes: Uint8Array | null | undefined): unknown {
  const parsed = bytes?.length ? tryParseJson(bytes) : undefined;
  return parsed?.ok ? parsed.value : {};
}
