// Test helper: a fake Tether/Inngest connect server. One real HTTP server on port 0 serves
// POST /v0/connect/start, POST /v0/connect/flush and the WebSocket upgrade on /v0/connect (a real
// `ws` server). It records every frame and request so tests can assert on the wire, and can be told
// to misbehave (withhold ACKs or heartbeats, send the wrong handshake frame, drop sockets).
// Tether's socket messages (worker.proto): WORKER_CHECKPOINT is recorded and acked (ok by default,
// or as `checkpointAck` says, or by hand with `ackCheckpoint`); WORKER_STEP_PROGRESS is recorded.

import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { connect as generated, tether as tetherGenerated } from "../../proto/gen/protos.js";

const pb = generated.v1;
const tpb = tetherGenerated.v1;
export const Kind = pb.GatewayMessageType;
export const TetherKind = tpb.TetherMessageKind;

/** How the fake answers a checkpoint: an ack, or nothing (withheld; ack later with ackCheckpoint). */
export type CheckpointAnswer = { ok: true } | { ok: false; errorCode: string; errorMessage?: string } | undefined;

export interface RecordedCheckpoint {
  conn: FakeConnection;
  requestId: string;
  runId: string;
  seq: number;
  /** The decoded `steps` JSON: StepRun ops. */
  steps: Array<Record<string, unknown>>;
  at: number;
}

export interface RecordedProgress {
  requestId: string;
  runId: string;
  stepId: string;
  data: unknown;
  append: boolean;
  at: number;
}
export const SUBPROTOCOL = "v0.connect.inngest.com";

export interface FakeGatewayOptions {
  /** Sent in GATEWAY_CONNECTION_READY. @default "10s" */
  heartbeatInterval?: string;
  /** @default "30s" */
  extendLeaseInterval?: string;
  /** @default "0s" */
  statusInterval?: string;
  gatewayGroup?: string;
  /** Answer WORKER_HEARTBEAT. @default true */
  answerHeartbeats?: boolean;
  /** Send WORKER_REPLY_ACK for replies. @default true */
  ackReplies?: boolean;
  /** New lease id for an extension, or undefined for a NACK. @default a fresh id per extension */
  leaseAck?: (request: generated.v1.WorkerRequestExtendLeaseData, n: number) => string | undefined;
  /** Handshake behaviour. "unexpected" sends a heartbeat instead of CONNECTION_READY. @default "normal" */
  handshake?: () => "normal" | "unexpected" | "silent";
  /** HTTP status for /v0/connect/start. @default 200 */
  startStatus?: () => number;
  /** Answer to the n-th WORKER_CHECKPOINT (1-based). @default ok */
  checkpointAck?: (checkpoint: RecordedCheckpoint, n: number) => CheckpointAnswer;
}

export interface RecordedFrame {
  kind: number;
  payload: Uint8Array;
  /** The frame exactly as received, for golden-vector checks. */
  raw: Buffer;
  at: number;
}

export interface RecordedHttp {
  path: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
  at: number;
}

export class FakeConnection {
  readonly frames: RecordedFrame[] = [];
  connectData: generated.v1.WorkerConnectRequestData | undefined;
  closeEvent: { code: number; reason: string; at: number } | undefined;
  readonly protocol: string;

  constructor(readonly ws: WebSocket) {
    this.protocol = ws.protocol;
  }

  kinds(): number[] {
    return this.frames.map((frame) => frame.kind);
  }

  framesOf(kind: number): RecordedFrame[] {
    return this.frames.filter((frame) => frame.kind === kind);
  }

  send(kind: number, payload?: Uint8Array): void {
    this.ws.send(pb.ConnectMessage.encode({ kind, ...(payload ? { payload } : {}) }).finish(), { binary: true });
  }

  sendExecutorRequest(fields: generated.v1.GatewayExecutorRequestData.$Properties): void {
    this.send(Kind.GATEWAY_EXECUTOR_REQUEST, pb.GatewayExecutorRequestData.encode(fields).finish());
  }

  /** Sends WORKER_CHECKPOINT_ACK for checkpoint `seq` of `requestId`. */
  ackCheckpoint(requestId: string, seq: number, answer: NonNullable<CheckpointAnswer> = { ok: true }): void {
    const ack = tpb.WorkerCheckpointAckData.encode({
      requestId,
      seq,
      ok: answer.ok,
      ...(answer.ok ? {} : { errorCode: answer.errorCode, errorMessage: answer.errorMessage ?? "" }),
    }).finish();
    this.send(TetherKind.WORKER_CHECKPOINT_ACK, ack);
  }

  /** Kills the TCP connection without a close frame. */
  drop(): void {
    this.ws.terminate();
  }
}

export class FakeGateway {
  readonly startRequests: RecordedHttp[] = [];
  readonly flushRequests: (RecordedHttp & { response: generated.v1.SDKResponse })[] = [];
  readonly connections: FakeConnection[] = [];
  readonly replies: generated.v1.SDKResponse[] = [];
  readonly checkpoints: RecordedCheckpoint[] = [];
  readonly progress: RecordedProgress[] = [];
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #options: FakeGatewayOptions;
  #issued = 0;
  #leases = 0;

  private constructor(server: Server, wss: WebSocketServer, options: FakeGatewayOptions) {
    this.#server = server;
    this.#wss = wss;
    this.#options = options;
  }

  static async start(options: FakeGatewayOptions = {}): Promise<FakeGateway> {
    const server = createServer();
    const wss = new WebSocketServer({
      noServer: true,
      handleProtocols: (protocols) => (protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
    });
    const gateway = new FakeGateway(server, wss, options);
    server.on("request", (req, res) => void gateway.#onHttp(req, res));
    server.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/v0/connect")) return socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => gateway.#onSocket(ws));
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    return gateway;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/v0/connect`;
  }

  /** Polls `probe` every 10 ms until it returns a truthy value, and returns that value. */
  async waitFor<T>(probe: () => T | undefined | null | false | 0 | "", timeoutMs = 5_000, what = "condition"): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const record: RecordedHttp = { path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks), at: Date.now() };
    if (req.method === "POST" && req.url === "/v0/connect/start") {
      this.startRequests.push(record);
      const status = this.#options.startStatus?.() ?? 200;
      if (status !== 200) {
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: "refused" }));
        return;
      }
      const n = ++this.#issued;
      const bearer = req.headers.authorization?.slice("Bearer ".length) ?? "";
      const body = pb.StartResponse.encode({
        connectionId: `01JCONNECTION${String(n).padStart(13, "0")}`,
        gatewayEndpoint: this.wsUrl,
        gatewayGroup: this.#options.gatewayGroup ?? "fake-gw",
        sessionToken: `session-${n}`,
        syncToken: bearer,
      }).finish();
      res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from(body));
      return;
    }
    if (req.method === "POST" && req.url === "/v0/connect/flush") {
      const response = pb.SDKResponse.decode(record.body);
      this.flushRequests.push({ ...record, response });
      const body = pb.FlushResponse.encode({ requestId: response.requestId }).finish();
      res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from(body));
      return;
    }
    res.writeHead(404).end();
  }

  #onSocket(ws: WebSocket): void {
    const conn = new FakeConnection(ws);
    this.connections.push(conn);
    ws.on("close", (code, reason) => {
      conn.closeEvent = { code, reason: reason.toString(), at: Date.now() };
    });
    ws.on("error", () => undefined);
    ws.on("message", (data: Buffer) => this.#onFrame(conn, data));
    ws.send(new Uint8Array(0), { binary: true }); // GATEWAY_HELLO: kind 0, no payload = empty frame
  }

  #onFrame(conn: FakeConnection, data: Buffer): void {
    const message = pb.ConnectMessage.decode(data);
    conn.frames.push({ kind: message.kind, payload: message.payload, raw: Buffer.from(data), at: Date.now() });
    switch (message.kind as number) {
      case Kind.WORKER_CONNECT: {
        conn.connectData = pb.WorkerConnectRequestData.decode(message.payload);
        const mode = this.#options.handshake?.() ?? "normal";
        if (mode === "unexpected") conn.send(Kind.GATEWAY_HEARTBEAT);
        if (mode !== "normal") return;
        const ready = pb.GatewayConnectionReadyData.encode({
          heartbeatInterval: this.#options.heartbeatInterval ?? "10s",
          extendLeaseInterval: this.#options.extendLeaseInterval ?? "30s",
          statusInterval: this.#options.statusInterval ?? "0s",
        }).finish();
        conn.send(Kind.GATEWAY_CONNECTION_READY, ready);
        return;
      }
      case Kind.WORKER_HEARTBEAT:
        if (this.#options.answerHeartbeats ?? true) conn.send(Kind.GATEWAY_HEARTBEAT);
        return;
      case Kind.WORKER_REPLY: {
        const reply = pb.SDKResponse.decode(message.payload);
        this.replies.push(reply);
        if (this.#options.ackReplies ?? true) {
          conn.send(Kind.WORKER_REPLY_ACK, pb.WorkerReplyAckData.encode({ requestId: reply.requestId }).finish());
        }
        return;
      }
      case Kind.WORKER_REQUEST_EXTEND_LEASE: {
        const extend = pb.WorkerRequestExtendLeaseData.decode(message.payload);
        const n = ++this.#leases;
        const newLeaseId = this.#options.leaseAck ? this.#options.leaseAck(extend, n) : `lease-${n}`;
        const ack = pb.WorkerRequestExtendLeaseAckData.encode({
          requestId: extend.requestId,
          accountId: extend.accountId,
          envId: extend.envId,
          appId: extend.appId,
          functionSlug: extend.functionSlug,
          ...(newLeaseId ? { newLeaseId } : {}),
        }).finish();
        conn.send(Kind.WORKER_REQUEST_EXTEND_LEASE_ACK, ack);
        return;
      }
      case TetherKind.WORKER_CHECKPOINT: {
        const data = tpb.WorkerCheckpointData.decode(message.payload);
        const checkpoint: RecordedCheckpoint = {
          conn,
          requestId: data.requestId,
          runId: data.runId,
          seq: Number(data.seq),
          steps: JSON.parse(Buffer.from(data.steps).toString("utf8")) as Array<Record<string, unknown>>,
          at: Date.now(),
        };
        this.checkpoints.push(checkpoint);
        const answer = this.#options.checkpointAck ? this.#options.checkpointAck(checkpoint, this.checkpoints.length) : { ok: true as const };
        if (answer) conn.ackCheckpoint(checkpoint.requestId, checkpoint.seq, answer);
        return;
      }
      case TetherKind.WORKER_STEP_PROGRESS: {
        const data = tpb.WorkerStepProgressData.decode(message.payload);
        this.progress.push({
          requestId: data.requestId,
          runId: data.runId,
          stepId: data.stepId,
          data: JSON.parse(Buffer.from(data.data).toString("utf8")),
          append: data.append,
          at: Date.now(),
        });
        return;
      }
      default:
        return;
    }
  }
}
