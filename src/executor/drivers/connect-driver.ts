// Connect driver: routes a request to a READY worker connection serving the app, leases it,
// forwards it over the bus to the gateway that owns the connection, and waits for the worker's
// reply (docs/connect-protocol.md §3.1–3.6, §4.4). A forward that fails before the worker ACKed is
// re-routed (3 attempts). A lease that lapses without a reply fails the attempt with
// `connect_worker_stopped_responding`.
import type { Logger } from "pino";
import { connect as pb, tether as tpb } from "../../../proto/gen/protos.js";
import type { Bus } from "../../bus/index.ts";
import { subjects } from "../../bus/index.ts";
import { deferred, type Deferred, TetherError, tryParseJson, ulidAt, ulidTime } from "../../common/index.ts";
import type { ConnectionRecord, ConnectState } from "../../state/index.ts";
import type { Driver, DriverRequest, SdkResponse } from "./driver.ts";
import { pickConnection } from "./routing.ts";

export const DEFAULT_LEASE_MS = 120_000;
export const DEFAULT_LEASE_GRACE_MS = 5_000;
export const DEFAULT_FORWARD_ATTEMPTS = 3;
/** How long an orphaned request (its socket closed) may wait to be re-adopted. 2 × status interval. */
export const DEFAULT_ORPHAN_GRACE_MS = 10_000;
const MAX_CHECK_INTERVAL_MS = 1_000;
/** Mirrors Inngest's dev ids (docs/connect-protocol.md §5.1). */
export const ACCOUNT_ID = "00000000-0000-4000-a000-000000000000";
export const ENV_ID = "00000000-0000-4000-b000-000000000000";

export interface ConnectDriverOptions {
  bus: Bus;
  state: ConnectState;
  executorId: string;
  log: Logger;
  /** @default 120_000 */
  leaseMs?: number;
  /** @default 5_000 */
  leaseGraceMs?: number;
  /** Max wait for one reply. @default 7_200_000 */
  maxRequestMs?: number;
  /** @default 10_000 */
  orphanGraceMs?: number;
  /** Called when a request releases its worker capacity slot. */
  onCapacityFreed?: () => void;
  /** A worker checkpointed steps of a live request over its socket; resolve to ack, throw a TetherError to refuse. */
  onCheckpoint?: (runId: string, requestId: string, stepsJson: Uint8Array) => Promise<void>;
  /** Progress of a running step of a live request. */
  onProgress?: (runId: string, stepId: string, data: unknown, append: boolean) => void;
}

interface Waiter {
  requestId: string;
  runId: string;
  /** Checkpoints of the request are stored one after another, in the order they arrive. */
  checkpoints: Promise<void>;
  reply: Deferred<pb.v1.SDKResponse>;
}

export class ConnectDriver implements Driver {
  readonly #o: Required<Omit<ConnectDriverOptions, "log" | "onCapacityFreed" | "onCheckpoint" | "onProgress">>
    & Pick<ConnectDriverOptions, "log" | "onCapacityFreed" | "onCheckpoint" | "onProgress">;
  readonly #waiters = new Map<string, Waiter>();
  /** Requests this executor has in flight per worker instance (load of unlimited workers). */
  readonly #local = new Map<string, number>();
  readonly #unsubscribe: () => void;
  readonly #unsubscribeUpdates: () => void;

  constructor(opts: ConnectDriverOptions) {
    this.#o = {
      leaseMs: DEFAULT_LEASE_MS, leaseGraceMs: DEFAULT_LEASE_GRACE_MS, maxRequestMs: 7_200_000,
      orphanGraceMs: DEFAULT_ORPHAN_GRACE_MS, ...opts,
    };
    this.#unsubscribe = opts.bus.subscribe(this.replySubject, (msg) => this.#onReply(msg.data));
    this.#unsubscribeUpdates = opts.bus.subscribe(this.updateSubject, (msg) => void this.#onUpdate(msg.data, msg.respond));
  }

  get replySubject(): string {
    return subjects.executorReply(this.#o.executorId);
  }

  get updateSubject(): string {
    return subjects.executorUpdate(this.#o.executorId);
  }

  async call(req: DriverRequest): Promise<SdkResponse> {
    const tried = new Set<string>();
    let lastError: TetherError | undefined;
    for (let attempt = 0; attempt < DEFAULT_FORWARD_ATTEMPTS; attempt++) {
      if (attempt > 0 && req.refresh) {
        // Never send a worker what the run was before the failed forward (e.g. a stalled gateway).
        const payload = await req.refresh();
        if (!payload) throw new TetherError("stale_dispatch", "the run is no longer running");
        req = { ...req, payload };
      }
      const conns = await this.#o.state.listConnections();
      const chosen = await pickConnection(this.#o.state, conns, req, tried, Date.now(), (i) => this.#local.get(i) ?? 0);
      if (!chosen.ok) throw new TetherError(chosen.code);
      tried.add(chosen.conn.id);
      try {
        return await this.#dispatch(req, chosen.conn, chosen.appName);
      } catch (err) {
        if (err instanceof TetherError && err.code === "connect_forward_failed") {
          lastError = err;
          continue;
        }
        throw err;
      }
    }
    throw lastError ?? new TetherError("connect_forward_failed");
  }

  async close(): Promise<void> {
    this.#unsubscribe();
    this.#unsubscribeUpdates();
    for (const w of this.#waiters.values()) w.reply.reject(new TetherError("connect_forward_failed", "executor closing"));
    this.#waiters.clear();
  }

  async #dispatch(req: DriverRequest, conn: ConnectionRecord, appName: string): Promise<SdkResponse> {
    const { state, bus, log } = this.#o;
    const requestId = req.requestId;
    const limited = conn.maxWorkerConcurrency !== undefined && conn.maxWorkerConcurrency > 0;
    this.#local.set(conn.instanceId, (this.#local.get(conn.instanceId) ?? 0) + 1);
    const leaseId = ulidAt(Date.now() + this.#o.leaseMs);
    const release = () => {
      const n = (this.#local.get(conn.instanceId) ?? 1) - 1;
      if (n > 0) this.#local.set(conn.instanceId, n);
      else this.#local.delete(conn.instanceId);
      // Off the critical path: the reply is returned while shared state is cleaned up.
      void Promise.all([
        limited ? state.releaseRequest(conn.instanceId, requestId) : undefined,
        state.deleteLease(requestId),
        state.deleteResponse(requestId),
      ]).catch((err) => log.warn({ err, requestId }, "request cleanup failed")).finally(() => this.#o.onCapacityFreed?.());
    };
    if (!(await state.createLease({ requestId, leaseId, instanceId: conn.instanceId, replySubject: this.replySubject, updateSubject: this.updateSubject, runId: req.run.id }))) {
      release();
      throw new TetherError("connect_forward_failed", "request already leased");
    }
    const waiter: Waiter = { requestId, runId: req.run.id, reply: deferred(), checkpoints: Promise.resolve() };
    this.#waiters.set(requestId, waiter);
    const traceCtx = Buffer.from("{}");
    // The official SDK reads both keys as strings or neither (docs/connect-protocol.md §2.2, `user_trace_ctx`).
    const userTraceCtx = req.traceContext ? Buffer.from(JSON.stringify(req.traceContext)) : traceCtx;
    const data = pb.v1.GatewayExecutorRequestData.create({
      requestId,
      accountId: ACCOUNT_ID,
      envId: ENV_ID,
      appId: req.app.id,
      appName,
      functionId: req.fn.id,
      functionSlug: req.fn.slug,
      stepId: req.stepId,
      requestPayload: Buffer.from(JSON.stringify(req.payload)),
      systemTraceCtx: traceCtx,
      userTraceCtx,
      runId: req.run.id,
      leaseId,
      jobId: req.jobId,
    });
    const fwd = tpb.v1.ForwardRequest.encode({ connectionId: conn.id, data, replySubject: this.replySubject, updateSubject: this.updateSubject }).finish();
    try {
      await req.onDispatch?.();
      const forwarded = bus.request(subjects.gatewayForward(conn.gatewayId), fwd, {
        timeoutMs: this.#o.leaseMs + this.#o.leaseGraceMs + 5_000,
      }).then((raw) => {
        const res = tpb.v1.ForwardResponse.decode(raw);
        return { ok: res.success, code: res.errorCode };
      }, (err: unknown) => ({ ok: false, code: err instanceof Error ? err.message : String(err) }));
      // The gateway answers once the worker ACKed. If it died after writing the request, the
      // worker still runs it and replies through another gateway: take the reply, don't wait
      // for the forward to time out.
      const replied = waiter.reply.promise.then(() => ({ ok: true, code: "" }), () => ({ ok: true, code: "" }));
      const { ok, code } = await Promise.race([forwarded, replied]);
      if (!ok) {
        log.debug({ requestId, connectionId: conn.id, code }, "forward failed, re-routing");
        throw new TetherError("connect_forward_failed", code || undefined);
      }
      const reply = await this.#awaitReply(waiter);
      return toSdkResponse(reply);
    } finally {
      this.#waiters.delete(requestId);
      release();
    }
  }

  /** Waits for the reply; checks the buffered reply and the lease on every lease-check tick. */
  async #awaitReply(w: Waiter): Promise<pb.v1.SDKResponse> {
    const { state } = this.#o;
    const checkMs = Math.max(50, Math.min(MAX_CHECK_INTERVAL_MS, Math.floor(this.#o.leaseMs / 4)));
    const deadline = Date.now() + this.#o.maxRequestMs;
    let lapsedAt: number | undefined;
    let timer: NodeJS.Timeout | undefined;
    const tick = async (): Promise<void> => {
      const buffered = await state.getResponse(w.requestId);
      if (buffered) return w.reply.resolve(pb.v1.SDKResponse.decode(buffered));
      const now = Date.now();
      if (now > deadline) return w.reply.reject(new TetherError("request_duration_too_long"));
      const lease = await state.getLease(w.requestId);
      // An orphan's grace already covers the wait for a reply; a lapsed lease gets the 5 s grace.
      if (lease?.orphanedAt !== undefined && now - lease.orphanedAt > this.#o.orphanGraceMs) {
        this.#o.log.debug({ requestId: w.requestId, runId: w.runId }, "orphaned request not re-adopted in time");
        return w.reply.reject(new TetherError("connect_worker_stopped_responding"));
      }
      const live = lease !== undefined && ulidTime(lease.leaseId) > now;
      if (!live) {
        lapsedAt ??= now;
        if (now - lapsedAt >= this.#o.leaseGraceMs) {
          this.#o.log.debug({ requestId: w.requestId, runId: w.runId, lease: lease !== undefined }, "request lease lapsed");
          return w.reply.reject(new TetherError("connect_worker_stopped_responding"));
        }
      } else lapsedAt = undefined;
      timer = setTimeout(safeTick, lapsedAt !== undefined ? Math.min(checkMs, this.#o.leaseGraceMs) : checkMs);
    };
    // State reads fail while NATS is unreachable: keep checking instead of crashing the process.
    const safeTick = () => void tick().catch((err) => {
      this.#o.log.debug({ err, requestId: w.requestId }, "lease check failed, retrying");
      timer = setTimeout(safeTick, checkMs);
    });
    timer = setTimeout(safeTick, checkMs);
    try {
      return await w.reply.promise;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Checkpoints and progress for a request this executor waits on; anything else is stale. */
  async #onUpdate(data: Uint8Array, respond?: (d: Uint8Array) => void): Promise<void> {
    const answer = (ok: boolean, errorCode = "", errorMessage = "") =>
      respond?.(tpb.v1.RequestUpdateAck.encode({ ok, errorCode, errorMessage }).finish());
    let u: tpb.v1.RequestUpdate;
    try {
      u = tpb.v1.RequestUpdate.decode(data);
    } catch {
      return answer(false, "bad_request", "undecodable update");
    }
    if (u.progress) {
      const p = u.progress;
      const w = this.#waiters.get(p.requestId ?? "");
      if (!w || w.runId !== p.runId) return;
      const value = tryParseJson(p.data ?? new Uint8Array(0), { what: "progress" });
      if (!value.ok) return;
      this.#o.onProgress?.(w.runId, p.stepId ?? "", value.value, p.append === true);
      return;
    }
    const cp = u.checkpoint;
    if (!cp) return answer(false, "bad_request", "empty update");
    const w = this.#waiters.get(cp.requestId ?? "");
    if (!w || w.runId !== cp.runId) return answer(false, "stale_dispatch", "the request is no longer live");
    try {
      const stored = w.checkpoints.then(() => this.#o.onCheckpoint?.(w.runId, w.requestId, cp.steps ?? new Uint8Array(0)));
      w.checkpoints = stored.catch(() => undefined);
      await stored;
      answer(true);
    } catch (err) {
      const e = err instanceof TetherError ? err : new TetherError("internal_error", undefined, { cause: err });
      answer(false, e.code, e.message);
    }
  }

  #onReply(data: Uint8Array): void {
    let res: pb.v1.SDKResponse;
    try {
      res = pb.v1.SDKResponse.decode(data);
    } catch (err) {
      this.#o.log.warn({ err }, "undecodable reply on the bus");
      return;
    }
    // First reply wins; a duplicate (socket + flush) finds no waiter and is dropped.
    this.#waiters.get(res.requestId)?.reply.resolve(res);
  }
}

/** Throws `invalid_json` for a body nested deeper than MAX_JSON_DEPTH (the attempt fails with it). */
function toSdkResponse(r: pb.v1.SDKResponse): SdkResponse {
  const text = Buffer.from(r.body ?? []).toString("utf8");
  const parsed = text === "" ? { ok: true as const, value: null } : tryParseJson(text, { what: "the SDK's response" });
  if (!parsed.ok && parsed.reason === "depth") throw parsed.error;
  const body = parsed.ok ? parsed.value : text; // not JSON: the raw text
  const statusCode = r.status === pb.v1.SDKResponseStatus.DONE ? 200
    : r.status === pb.v1.SDKResponseStatus.ERROR ? 500 : 206;
  return {
    statusCode,
    body,
    noRetry: r.noRetry === true,
    retryAfter: r.retryAfter || undefined,
    requestVersion: r.requestVersion || undefined,
    sdkVersion: r.sdkVersion || undefined,
  };
}
