// Load generator for the connections suite (bench/connections.ts): LOAD_COUNT simulated connect
// workers in one process, each holding one WebSocket to a gateway, with nothing to run. Each
// behaves as one Tether SDK worker does on the wire (worker-sdk/connect/, docs/connect-protocol.md
// §1, §3.7, §3.8): `POST /v0/connect/start` (StartRequest with the excluded gateway groups, Bearer
// hashed signing key), the WebSocket with the `v0.connect.inngest.com` subprotocol, GATEWAY_HELLO →
// WORKER_CONNECT → GATEWAY_CONNECTION_READY → WORKER_READY within one 10 s deadline, then
// WORKER_HEARTBEAT every `heartbeat_interval` (two unanswered: dead) and WORKER_STATUS every
// `status_interval`. A lost connection that had lasted 10 s reconnects at once; a failed attempt
// waits the SDK's backoff (1, 2, 5, 10 … s, ±20 % jitter: worker-sdk/backoff.ts), as the official
// SDK's table does (docs/connect-protocol.md §3.8, docs/official-sdk-observed.md §4.6).
//
// What is lean here and not in the SDK: no function code, no request handling (no events are
// sent), one object and two timers per connection, and the start calls of the process share a
// keep-alive pool of LOAD_START_SOCKETS connections to the API (50,000 SDK processes would open
// 50,000; one API process here has the same 20,000-descriptor limit as everything else).
//
// Env: LOAD_API_URL, LOAD_COUNT, LOAD_ID (names the instance ids), LOAD_LOCAL_ADDRESSES (comma-
// separated 127.x source addresses, used round-robin), LOAD_SIGNING_KEY, LOAD_RAMP (first
// connections in flight at once, default 200), LOAD_START_SOCKETS (default 256), LOAD_REPORT_MS
// (default 500). Prints {"type":"stats",...} lines (cumulative counters, see Stats) until SIGTERM.
import http from "node:http";
import WebSocket from "ws";
import { connect as cpb } from "../../proto/gen/protos.js";
import { fnConfig } from "../../test/helpers/raw-worker.ts";
import { reconnectDelayMs } from "../../worker-sdk/backoff.ts";
import { readIntervals } from "../../worker-sdk/connect/handshake.ts";
import { systemAttributes } from "../../worker-sdk/connect/system-attributes.ts";
import { silentLogger } from "../../worker-sdk/logger.ts";
import { hashSigningKey } from "../../worker-sdk/signing-key.ts";
import { SDK_LANGUAGE, SDK_VERSION } from "../../worker-sdk/version.ts";
import { performance } from "node:perf_hooks";

const K = cpb.v1.GatewayMessageType;
/** The clock of bench/workers/done-counter.mjs: comparable across the processes of one machine. */
const now = () => performance.timeOrigin + performance.now();
const report = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);
const SUBPROTOCOL = "v0.connect.inngest.com";
/** worker-sdk/connect/connect-options.ts: DEFAULT_HANDSHAKE_TIMEOUT_MS, DEFAULT_STABLE_CONNECTION_MS. */
const HANDSHAKE_TIMEOUT_MS = 10_000;
const STABLE_CONNECTION_MS = 10_000;
/** worker-sdk/connect/gateway-socket.ts: MAX_PENDING_HEARTBEATS. */
const MAX_PENDING_HEARTBEATS = 2;
export const APP_NAME = "bench-connections";

const env = (name: string, fallback?: string): string => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`${name} is not set`);
  return v;
};
const apiUrl = new URL("/v0/connect/start", env("LOAD_API_URL"));
const count = Number(env("LOAD_COUNT"));
const id = env("LOAD_ID", String(process.pid));
const addresses = env("LOAD_LOCAL_ADDRESSES", "127.0.0.1").split(",").map((a) => a.trim()).filter(Boolean);
const hashedKey = hashSigningKey(process.env.LOAD_SIGNING_KEY);
const ramp = Number(env("LOAD_RAMP", "200"));
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(env("LOAD_START_SOCKETS", "256")) });
const functions = Buffer.from(JSON.stringify([fnConfig(APP_NAME, "idle", "bench/connections-idle")]));
const capabilities = Buffer.from(JSON.stringify({ trust_probe: "v1", connect: "v1" }));
const attributes = systemAttributes();
const frame = (kind: number, payload?: Uint8Array) => cpb.v1.ConnectMessage.encode({ kind, payload: payload ?? new Uint8Array(0) }).finish();
const HEARTBEAT = frame(K.WORKER_HEARTBEAT);
const READY = frame(K.WORKER_READY);
const STATUS = frame(K.WORKER_STATUS, cpb.v1.WorkerStatusData.encode({ inFlightRequestIds: [], shutdownRequested: false }).finish());

/** Cumulative counters, printed as they are. */
const stats = {
  /** Connections READY now (WORKER_READY sent, socket open). */
  ready: 0,
  /** Connection attempts begun (start call included). */
  attempts: 0,
  /** Attempts that ended READY. */
  readyEvents: 0,
  /** When the last attempt ended READY (`now()`). */
  lastReadyAt: 0,
  /** READY connections that closed or stopped answering heartbeats. */
  lost: 0,
  /** Failed attempts by reason (start_<status|code>, ws_<code>, upgrade_<status>, closed_<code>, handshake_timeout_<open|hello|ready>, sync_failed, …). */
  failures: {} as Record<string, number>,
  heartbeatsSent: 0,
  heartbeatsAnswered: 0,
  statusSent: 0,
  /** Frames of other kinds after the handshake (an idle worker expects none). */
  otherFrames: 0,
};

class AttemptFailed extends Error {}

/** POST /v0/connect/start; rejects with the failure reason as message. */
function startSession(localAddress: string, exclude: Set<string>, deadline: number): Promise<cpb.v1.StartResponse> {
  return new Promise((resolve, reject) => {
    const body = cpb.v1.StartRequest.encode({ excludeGateways: [...exclude] }).finish();
    const headers: Record<string, string> = { "content-type": "application/protobuf", "content-length": String(body.length) };
    if (hashedKey) headers.authorization = `Bearer ${hashedKey}`;
    const req = http.request(apiUrl, { method: "POST", agent, localAddress, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", () => reject(new AttemptFailed("start_aborted")));
      res.on("end", () => {
        clearTimeout(timer);
        if (res.statusCode !== 200) return reject(new AttemptFailed(`start_${res.statusCode}`));
        try {
          resolve(cpb.v1.StartResponse.decode(Buffer.concat(chunks)));
        } catch {
          reject(new AttemptFailed("start_undecodable"));
        }
      });
    });
    // Queued behind the pool or answered late: the SDK's start call has the handshake's deadline.
    const timer = setTimeout(() => req.destroy(new AttemptFailed("start_timeout")), Math.max(0, deadline - Date.now()));
    req.on("error", (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(err instanceof AttemptFailed ? err : new AttemptFailed(`start_${err.code ?? "error"}`));
    });
    req.end(body);
  });
}

class SimWorker {
  readonly instanceId: string;
  readonly localAddress: string;
  readonly exclude = new Set<string>();
  failures = 0;
  ws?: WebSocket;
  group = "";
  readyAt = 0;
  pending = 0;
  heartbeat?: NodeJS.Timeout;
  status?: NodeJS.Timeout;
  stableTimer?: NodeJS.Timeout;

  constructor(i: number) {
    this.instanceId = `load-${id}-${i}`;
    this.localAddress = addresses[i % addresses.length];
  }

  /** One attempt; resolves when it ended (ready or failed). A failure schedules the next one. */
  async connect(): Promise<void> {
    stats.attempts++;
    const deadline = Date.now() + HANDSHAKE_TIMEOUT_MS;
    let group = "";
    try {
      const start = await startSession(this.localAddress, this.exclude, deadline);
      group = start.gatewayGroup;
      await this.#handshake(start, deadline);
      this.exclude.delete(group);
    } catch (err) {
      if (group) this.exclude.add(group);
      const reason = err instanceof AttemptFailed ? err.message : `error_${(err as Error).message}`;
      stats.failures[reason] = (stats.failures[reason] ?? 0) + 1;
      this.failures++;
      this.#later(reconnectDelayMs(this.failures - 1));
    }
  }

  #later(ms: number): void {
    setTimeout(() => void this.connect(), ms);
  }

  #handshake(start: cpb.v1.StartResponse, deadline: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(start.gatewayEndpoint, [SUBPROTOCOL], { perMessageDeflate: false, localAddress: this.localAddress });
      let phase: "open" | "hello" | "ready" | "done" = "open";
      const fail = (reason: string) => {
        if (phase === "done") return;
        phase = "done";
        clearTimeout(timer);
        // Worker side of an aborted handshake (connect-protocol.md §1.3): 4001 UNEXPECTED.
        if (ws.readyState === WebSocket.OPEN) ws.close(4001, "UNEXPECTED");
        else ws.terminate();
        reject(new AttemptFailed(reason));
      };
      // The reason names the step the deadline caught: socket not open, no HELLO, no CONNECTION_READY.
      const timer = setTimeout(() => fail(`handshake_timeout_${phase}`), Math.max(0, deadline - Date.now()));
      ws.on("open", () => phase === "open" && (phase = "hello"));
      let error = "";
      // Always followed by "close"; a socket that never opened names its error there.
      ws.on("error", (err: NodeJS.ErrnoException) => (error = err.code ?? ""));
      ws.on("unexpected-response", (_req, res) => fail(`upgrade_${res.statusCode}`));
      ws.on("close", (code) => {
        if (phase !== "done") return fail(error ? `ws_${error}` : `closed_${code}`);
        if (this.ws === ws) this.#lost();
      });
      ws.on("message", (data: Buffer, isBinary: boolean) => {
        let f: cpb.v1.ConnectMessage;
        try {
          if (!isBinary) throw new Error("text");
          f = cpb.v1.ConnectMessage.decode(data);
        } catch {
          return phase === "done" ? void stats.otherFrames++ : fail("bad_frame");
        }
        if (phase === "done") return this.#onFrame(ws, f);
        if (phase === "hello" || phase === "open") {
          if (f.kind !== K.GATEWAY_HELLO) return fail(`unexpected_${K[f.kind]}`);
          phase = "ready";
          ws.send(frame(K.WORKER_CONNECT, this.#connectPayload(start)));
          return;
        }
        if (f.kind === K.SYNC_FAILED) return fail("sync_failed");
        if (f.kind !== K.GATEWAY_CONNECTION_READY) return fail(`unexpected_${K[f.kind]}`);
        phase = "done";
        clearTimeout(timer);
        this.#activate(ws, start.gatewayGroup, readIntervals(f.payload, silentLogger));
        resolve();
      });
    });
  }

  #connectPayload(start: cpb.v1.StartResponse): Uint8Array {
    const startedMs = Date.now();
    return cpb.v1.WorkerConnectRequestData.encode({
      connectionId: start.connectionId,
      instanceId: this.instanceId,
      authData: { sessionToken: start.sessionToken, syncToken: start.syncToken },
      capabilities,
      apps: [{ appName: APP_NAME, functions }],
      workerManualReadinessAck: true,
      systemAttributes: attributes,
      framework: "connect",
      sdkVersion: `v${SDK_VERSION}`,
      sdkLanguage: SDK_LANGUAGE,
      startedAt: { seconds: Math.floor(startedMs / 1000), nanos: (startedMs % 1000) * 1_000_000 },
    }).finish();
  }

  #activate(ws: WebSocket, group: string, intervals: { heartbeatMs: number; statusMs: number }): void {
    const old = this.ws;
    this.ws = ws;
    this.group = group;
    this.pending = 0;
    this.readyAt = Date.now();
    ws.send(READY);
    // A replacement for a draining socket: the old one goes once the new one is active (§3.11).
    if (old && old !== ws) old.close(1000, "WORKER_SHUTDOWN");
    else stats.ready++;
    stats.readyEvents++;
    stats.lastReadyAt = now();
    this.#stopTimers();
    this.heartbeat = setInterval(() => this.#beat(), intervals.heartbeatMs);
    if (intervals.statusMs > 0) this.status = setInterval(() => this.#sendStatus(), intervals.statusMs);
    this.stableTimer = setTimeout(() => (this.failures = 0), STABLE_CONNECTION_MS);
  }

  #stopTimers(): void {
    clearInterval(this.heartbeat);
    clearInterval(this.status);
    clearTimeout(this.stableTimer);
  }

  #beat(): void {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return;
    if (this.pending >= MAX_PENDING_HEARTBEATS) {
      stats.failures.heartbeats_missed = (stats.failures.heartbeats_missed ?? 0) + 1;
      ws.terminate();
      return;
    }
    this.pending++;
    stats.heartbeatsSent++;
    ws.send(HEARTBEAT);
  }

  #sendStatus(): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    stats.statusSent++;
    this.ws.send(STATUS);
  }

  #onFrame(ws: WebSocket, f: cpb.v1.ConnectMessage): void {
    if (f.kind === K.GATEWAY_HEARTBEAT) {
      if (ws === this.ws) this.pending = 0;
      stats.heartbeatsAnswered++;
      return;
    }
    if (f.kind === K.GATEWAY_CLOSING && ws === this.ws) {
      // Draining gateway: a replacement right away, keeping this socket until it is active.
      void this.connect();
      return;
    }
    stats.otherFrames++;
  }

  /** The active socket closed: reconnect at once after a stable connection, else back off. */
  #lost(): void {
    this.ws = undefined;
    this.#stopTimers();
    stats.ready--;
    stats.lost++;
    if (this.group) this.exclude.add(this.group);
    const stable = Date.now() - this.readyAt >= STABLE_CONNECTION_MS;
    this.failures = stable ? 0 : this.failures + 1;
    if (this.failures === 0) void this.connect();
    else this.#later(reconnectDelayMs(this.failures - 1));
  }
}

const workers = Array.from({ length: count }, (_, i) => new SimWorker(i));
const reportStats = () => report({ type: "stats", t: now(), count, ...stats });
setInterval(reportStats, Number(env("LOAD_REPORT_MS", "500")));
process.on("SIGTERM", () => {
  reportStats();
  process.exit(0);
});

// The first connections go LOAD_RAMP at a time (a fleet that starts over minutes, not one storm);
// each worker's later reconnects follow the SDK's rules only.
let next = 0;
await Promise.all(Array.from({ length: Math.min(ramp, count) }, async () => {
  while (next < count) await workers[next++].connect();
}));
report({ type: "ramped", t: now(), count });
