// The gateway: a WebSocket server (`ws` in noServer mode) for worker connections on
// `/v0/connect`, plus `GET /v0/` and `GET /ready`. It owns its connections, announces them in
// the connect state, and takes executor requests for them over the bus (one subject per
// gateway). Draining: GATEWAY_CLOSING to every worker, /ready answers 503, exit when the
// connections are gone or the grace period ends (docs/connect-protocol.md §3.11).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { WebSocketServer } from "ws";
import { tether as tpb } from "../proto/gen/protos.js";
import type { Bus } from "../src/bus/index.ts";
import { serveReplyFlush, subjects } from "../src/bus/index.ts";
import {
  answerHandshakeError, asTetherError, errorEnvelope, guardHttpServer, guardUpgradeSocket, newId, parseRequestTarget, TetherError, writeSocketError,
} from "../src/common/index.ts";
import type { ConnectState } from "../src/state/index.ts";
import { answerScrape, METRICS_PATH } from "../src/observability/metrics-http.ts";
import type { Metrics, WorkerCounts } from "../src/observability/metrics.ts";
import { AppSyncCache } from "./app-sync-cache.ts";
import { kindName } from "./frames.ts";
import { announceGateway } from "./directory.ts";
import { deliverReply, type GatewayTimings, WorkerSocket, type WorkerSocketDeps } from "./worker-socket.ts";

export const CONNECT_SUBPROTOCOL = "v0.connect.inngest.com";
export const DEFAULT_MAX_PAYLOAD_BYTES = 8 * 1024 * 1024;
export const DEFAULT_DRAIN_GRACE_MS = 25_000;
/** Worker sockets one gateway holds, handshaking ones included (docs/security.md). */
export const DEFAULT_MAX_WORKER_CONNECTIONS = 10_000;
/**
 * Pending TCP connections the kernel queues for the gateway's accept (capped by the host's
 * somaxconn): the reconnect storm after a gateway restart arrives at once, and with Node's default
 * of 511 the rest of the SYNs were dropped and retried a second later.
 */
export const LISTEN_BACKLOG = 4_096;
/**
 * A handshake still waiting for the gateway this long after its upgrade means the gateway is
 * behind: new upgrades are refused (503 `too_many_connections`) until it catches up. SDKs give up
 * on a handshake after 10 s (docs/connect-protocol.md §1.3) and try again, so work started for a
 * worker that will leave first is lost, and a reconnect storm larger than the gateway can take in
 * 10 s otherwise turns into timeouts and retries of everything; refused workers back off instead.
 * Above the WORKER_CONNECT timeout (5 s), so a silent socket never counts.
 */
export const HANDSHAKE_BACKLOG_MS = 6_000;
export const DEFAULT_TIMINGS: GatewayTimings = {
  heartbeatIntervalMs: 10_000,
  extendLeaseIntervalMs: 30_000,
  statusIntervalMs: 5_000,
  leaseMs: 120_000,
  handshakeTimeoutMs: 5_000,
  heartbeatMissFactor: 5,
  ackGraceMs: 5_000,
  replyBufferTtlMs: 60_000,
};

export interface GatewayOptions {
  bus: Bus;
  state: ConnectState;
  log: Logger;
  /** @default a new ULID */
  gatewayId?: string;
  /** @default 8289 */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /** Checks WORKER_CONNECT session tokens; see `sessionSecretFor` (no default: never the dev secret by accident). */
  sessionSecret: string;
  timings?: Partial<GatewayTimings>;
  /** @default 8 MiB */
  maxPayloadBytes?: number;
  /** @default 10 */
  maxAppsPerConnection?: number;
  /** @default 25_000 */
  drainGraceMs?: number;
  /** Worker sockets held at once, handshaking ones included; more get 503 `too_many_connections`. @default 10_000 */
  maxConnections?: number;
  /** URL workers should dial; else API processes build it from the worker's Host and this port. */
  url?: string;
  /** Announce this gateway on the bus for API processes to hand out (distributed mode). */
  announce?: boolean;
  /** The server's metrics: this gateway's are added, and `GET /metrics` serves them all. */
  metrics?: Metrics;
  /** When set, `GET /metrics` needs it (raw or hashed) as Bearer. */
  signingKey?: string;
}

export class Gateway {
  readonly id: string;
  readonly #o: GatewayOptions;
  readonly #log: Logger;
  readonly #timings: GatewayTimings;
  readonly #wss: WebSocketServer;
  readonly #server: Server;
  readonly #sockets = new Set<WorkerSocket>();
  readonly #byConnId = new Map<string, WorkerSocket>();
  /** What every worker socket shares: one object, not closures per connection. */
  readonly #socketDeps: WorkerSocketDeps;
  /** Sockets in their handshake, oldest first (entries past it are dropped as they are met). */
  readonly #handshaking = new Set<WorkerSocket>();
  /** The missed-heartbeat watchdog of every socket, one timer (docs/connect-protocol.md §3.7). */
  #heartbeatSweep?: NodeJS.Timeout;
  #state: "idle" | "running" | "draining" | "closed" = "idle";
  #unsubscribe?: () => void;
  #unserveFlush?: () => void;
  #announcer?: { stop(): void; now(): void };
  #closePromise?: Promise<void>;

  constructor(opts: GatewayOptions) {
    this.#o = opts;
    this.id = opts.gatewayId ?? newId();
    this.#log = opts.log.child({ component: "gateway", gatewayId: this.id });
    this.#timings = { ...DEFAULT_TIMINGS, ...opts.timings };
    this.#wss = new WebSocketServer({
      noServer: true,
      maxPayload: opts.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
      perMessageDeflate: false,
      handleProtocols: (protocols) => (protocols.has(CONNECT_SUBPROTOCOL) ? CONNECT_SUBPROTOCOL : false),
    });
    this.#wss.on("wsClientError", answerHandshakeError);
    this.#socketDeps = {
      gatewayId: this.id,
      bus: opts.bus,
      state: opts.state,
      log: this.#log,
      timings: this.#timings,
      sessionSecret: opts.sessionSecret,
      maxAppsPerConnection: opts.maxAppsPerConnection ?? 10,
      appSyncs: new AppSyncCache(),
      isDraining: () => this.#state !== "running",
      metrics: opts.metrics,
      onIdentified: (named) => this.#byConnId.set(named.connectionId!, named),
      onClosed: (closed) => {
        this.#sockets.delete(closed);
        if (closed.connectionId && this.#byConnId.get(closed.connectionId) === closed) this.#byConnId.delete(closed.connectionId);
      },
    };
    opts.metrics?.watchGateway(this, kindName);
    this.#server = createServer((req, res) => this.#onRequest(req, res));
    this.#server.on("upgrade", (req, socket, head) => this.#onUpgrade(req, socket, head));
    guardHttpServer(this.#server, (req, res) => this.#onRequest(req, res));
  }

  get state() {
    return this.#state;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  async start(): Promise<void> {
    if (this.#state !== "idle") return;
    this.#unsubscribe = this.#o.bus.subscribe(subjects.gatewayForward(this.id), (msg) => {
      void this.#onForward(msg.data).then((r) => msg.respond?.(r));
    });
    // Replies workers flush over HTTP to an API process (src/bus/reply-flush.ts).
    this.#unserveFlush = serveReplyFlush(this.#o.bus, (id, bytes) => deliverReply(this.#o.state, this.#o.bus, id, bytes, this.#timings.replyBufferTtlMs), this.#log);
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen({ port: this.#o.port ?? 8289, host: this.#o.host ?? "127.0.0.1", backlog: LISTEN_BACKLOG }, () => resolve());
    });
    this.#state = "running";
    this.#heartbeatSweep = setInterval(() => {
      const now = Date.now();
      for (const s of this.#sockets) s.checkHeartbeat(now);
    }, this.#timings.heartbeatIntervalMs);
    if (this.#o.announce) {
      this.#announcer = announceGateway(this.#o.bus, () => ({
        id: this.id, url: this.#o.url, port: this.port, status: this.#state === "running" ? "active" : "draining",
        connections: this.#sockets.size,
      }));
    }
    this.#log.info({ port: this.port }, "gateway listening");
  }

  /**
   * Drain then close: GATEWAY_CLOSING, wait for workers to leave (≤ grace), close the rest 1001.
   * A process that is exiting as a whole (the embedded server) passes `graceMs: 0`.
   */
  close(opts: { graceMs?: number } = {}): Promise<void> {
    this.#closePromise ??= (async () => {
      const graceMs = opts.graceMs ?? this.#o.drainGraceMs ?? DEFAULT_DRAIN_GRACE_MS;
      if (this.#state === "running" && graceMs > 0) {
        this.#state = "draining";
        this.#announcer?.now();
        this.#log.info({ connections: this.#sockets.size, graceMs }, "gateway draining");
        for (const s of this.#sockets) s.startDraining();
        const deadline = Date.now() + graceMs;
        while (this.#sockets.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      }
      for (const s of this.#sockets) s.close(1001, "connect_gateway_closing");
      clearInterval(this.#heartbeatSweep);
      this.#announcer?.stop();
      this.#unsubscribe?.();
      this.#unserveFlush?.();
      this.#state = "closed";
      await new Promise<void>((r) => this.#server.close(() => r()));
      this.#server.closeAllConnections?.();
      this.#wss.close();
    })();
    return this.#closePromise;
  }

  /** Worker connections and requests in flight, per app (the metrics read it at each scrape). */
  workerCounts(): Map<string, WorkerCounts> {
    const counts = new Map<string, WorkerCounts>();
    for (const s of this.#sockets) s.countInto(counts);
    return counts;
  }

  debugSnapshot() {
    return { id: this.id, state: this.#state, sockets: [...this.#sockets].map((s) => s.debugSnapshot()) };
  }

  /** `GET /v0/`, `GET /ready` and `GET /metrics`; anything else is a JSON 404 (a target that is not a URL: 400). */
  #onRequest(req: IncomingMessage, res: ServerResponse): void {
    let path: string;
    try {
      path = parseRequestTarget(req.url).pathname;
    } catch (err) {
      return this.#sendError(res, asTetherError(err));
    }
    if (req.method === "GET" && path === "/v0/") return void res.end(".");
    if (req.method === "GET" && path === METRICS_PATH && this.#o.metrics) return void answerScrape(req, res, this.#o.metrics, this.#o.signingKey, this.#log);
    if (req.method === "GET" && path === "/ready") {
      const ok = this.#state === "running";
      res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ status: ok ? "ready" : this.#state }));
    }
    this.#sendError(res, new TetherError("not_found"));
  }

  #sendError(res: ServerResponse, err: TetherError): void {
    res.writeHead(err.httpStatus, { "content-type": "application/json" });
    res.end(JSON.stringify(errorEnvelope(err)));
  }

  /** The error boundary of worker upgrades: anything refused is a JSON answer on the socket. */
  #onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    guardUpgradeSocket(socket);
    try {
      this.#upgrade(req, socket, head);
    } catch (err) {
      const e = asTetherError(err);
      if (e.code === "internal_error") this.#log.error({ err }, "worker upgrade failed");
      writeSocketError(socket, e);
    }
  }

  #upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (parseRequestTarget(req.url).pathname !== "/v0/connect") return writeSocketError(socket, new TetherError("not_found"));
    if (req.method !== "GET") return writeSocketError(socket, new TetherError("method_not_allowed"));
    if (this.#state !== "running") return writeSocketError(socket, new TetherError("connect_gateway_closing"));
    if (this.#sockets.size >= (this.#o.maxConnections ?? DEFAULT_MAX_WORKER_CONNECTIONS)) {
      return writeSocketError(socket, new TetherError("too_many_connections"));
    }
    if (this.#behind(Date.now())) return writeSocketError(socket, new TetherError("too_many_connections"));
    // The 101 answer and GATEWAY_HELLO leave in one write.
    socket.cork();
    process.nextTick(() => socket.uncork());
    this.#wss.handleUpgrade(req, socket, head, (ws) => {
      const s = new WorkerSocket(ws, this.#socketDeps);
      this.#sockets.add(s);
      this.#handshaking.add(s);
    });
  }

  /** The oldest handshake the gateway has not got through waited longer than HANDSHAKE_BACKLOG_MS. */
  #behind(now: number): boolean {
    for (const s of this.#handshaking) {
      if (s.phase === "handshake" || s.phase === "syncing") {
        return now - s.openedAt > Math.max(HANDSHAKE_BACKLOG_MS, this.#timings.handshakeTimeoutMs + 1_000);
      }
      this.#handshaking.delete(s);
    }
    return false;
  }

  async #onForward(data: Uint8Array): Promise<Uint8Array> {
    const answer = (success: boolean, errorCode = "") => tpb.v1.ForwardResponse.encode({ success, errorCode }).finish();
    let req: tpb.v1.ForwardRequest;
    try {
      req = tpb.v1.ForwardRequest.decode(data);
    } catch {
      return answer(false, "bad_request");
    }
    const s = this.#byConnId.get(req.connectionId);
    if (!s || !req.data) return answer(false, "connect_no_healthy_connection");
    const ok = await s.deliver(req.data as never, req.replySubject || undefined, req.updateSubject || undefined);
    return answer(ok, ok ? "" : "connect_forward_failed");
  }
}
