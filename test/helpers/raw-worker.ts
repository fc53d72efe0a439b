// A hand-driven connect worker for gateway tests: speaks the protocol frame by frame so tests
// can send exactly what they want (including bad input) and assert on every frame and close.
import WebSocket from "ws";
import { connect as pb } from "../../proto/gen/protos.js";
import { newId } from "../../src/common/index.ts";

export const K = pb.v1.GatewayMessageType;

export interface Frame {
  kind: number;
  payload: Uint8Array;
}

export class RawWorker {
  readonly ws: WebSocket;
  readonly frames: Frame[] = [];
  /** Every frame as received, undecoded. */
  readonly raw: Buffer[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  #waiters: (() => void)[] = [];

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on("message", (data: Buffer) => {
      this.raw.push(Buffer.from(data));
      this.frames.push(pb.v1.ConnectMessage.decode(data) as Frame);
      for (const w of this.#waiters.splice(0)) w();
    });
    this.closed = new Promise((resolve) => ws.once("close", (code, reason) => {
      // Waiters stop at once: no pending next() keeps the test process alive after a close.
      for (const w of this.#waiters.splice(0)) w();
      resolve({ code, reason: reason.toString() });
    }));
  }

  static async open(url: string, protocol = "v0.connect.inngest.com"): Promise<RawWorker> {
    const ws = new WebSocket(url, protocol);
    const w = new RawWorker(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    return w;
  }

  send(kind: number, payload?: Uint8Array): void {
    this.ws.send(pb.v1.ConnectMessage.encode({ kind, payload: payload ?? new Uint8Array(0) }).finish());
  }

  sendRaw(data: Uint8Array | string): void {
    this.ws.send(data);
  }

  /** Waits for the next frame of `kind` not yet consumed (frames are consumed in order). */
  async next(kind: number, timeoutMs = 5_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex((f) => f.kind === kind);
      if (i >= 0) return this.frames.splice(i, 1)[0];
      if (this.ws.readyState === WebSocket.CLOSED) throw new Error(`no frame of kind ${K[kind]}: the socket closed`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no frame of kind ${K[kind]} within ${timeoutMs} ms`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.#waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  close(): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.close(1000, "WORKER_SHUTDOWN");
    else this.ws.terminate();
  }
}

export async function startSession(apiUrl: string): Promise<pb.v1.StartResponse> {
  const r = await fetch(`${apiUrl}/v0/connect/start`, { method: "POST", headers: { "content-type": "application/protobuf" } });
  if (!r.ok) throw new Error(`start failed: ${r.status} ${await r.text()}`);
  return pb.v1.StartResponse.decode(new Uint8Array(await r.arrayBuffer()));
}

export function fnConfig(appId: string, fnId: string, event: string, retries?: number) {
  const slug = `${appId}-${fnId}`;
  return {
    id: slug, name: fnId, triggers: [{ event }],
    steps: { step: { id: "step", name: "step", runtime: { type: "ws", url: `wss://connect/?fnId=${slug}&stepId=step` }, ...(retries !== undefined ? { retries: { attempts: retries } } : {}) } },
  };
}

export function connectPayload(start: pb.v1.StartResponse, apps: { name: string; functions: unknown[] }[], extra: Partial<pb.v1.IWorkerConnectRequestData> = {}): Uint8Array {
  return pb.v1.WorkerConnectRequestData.encode({
    connectionId: start.connectionId,
    instanceId: extra.instanceId ?? `raw-${newId()}`,
    authData: { sessionToken: start.sessionToken, syncToken: start.syncToken },
    capabilities: Buffer.from(JSON.stringify({ trust_probe: "v1", connect: "v1" })),
    apps: apps.map((a) => ({ appName: a.name, functions: Buffer.from(JSON.stringify(a.functions)) })),
    workerManualReadinessAck: true,
    framework: "connect",
    sdkVersion: "v0.0.1",
    sdkLanguage: "raw-test",
    ...extra,
  }).finish();
}

/** Full handshake: start → WS → HELLO → CONNECT → READY frame → WORKER_READY. */
export async function connectRawWorker(apiUrl: string, apps: { name: string; functions: unknown[] }[], extra: Partial<pb.v1.IWorkerConnectRequestData> = {}) {
  const start = await startSession(apiUrl);
  const w = await RawWorker.open(start.gatewayEndpoint);
  await w.next(K.GATEWAY_HELLO);
  w.send(K.WORKER_CONNECT, connectPayload(start, apps, extra));
  const ready = await w.next(K.GATEWAY_CONNECTION_READY);
  w.send(K.WORKER_READY);
  return { worker: w, start, ready: pb.v1.GatewayConnectionReadyData.decode(ready.payload) };
}

/** Reads the next executor request and ACKs it. */
export async function takeRequest(w: RawWorker, timeoutMs = 5_000) {
  const f = await w.next(K.GATEWAY_EXECUTOR_REQUEST, timeoutMs);
  const req = pb.v1.GatewayExecutorRequestData.decode(f.payload);
  w.send(K.WORKER_REQUEST_ACK, pb.v1.WorkerRequestAckData.encode({ requestId: req.requestId, runId: req.runId, appId: req.appId }).finish());
  return { req, body: JSON.parse(Buffer.from(req.requestPayload).toString("utf8")) };
}

export function replyFrame(req: pb.v1.GatewayExecutorRequestData, status: number, body: unknown, extra: Partial<pb.v1.ISDKResponse> = {}): Uint8Array {
  return pb.v1.SDKResponse.encode({
    requestId: req.requestId, accountId: req.accountId, envId: req.envId, appId: req.appId, runId: req.runId,
    status, body: Buffer.from(JSON.stringify(body)), sdkVersion: "raw:v0", requestVersion: 2,
    systemTraceCtx: req.systemTraceCtx, userTraceCtx: req.userTraceCtx, ...extra,
  }).finish();
}

export type RawHandler = (req: pb.v1.GatewayExecutorRequestData, body: any) => { status: number; body: unknown; noRetry?: boolean } | undefined;

/** Answers every request with `handler` until stopped (scripted SDK for executor tests). */
export function serveRequests(w: RawWorker, handler: RawHandler): { stop(): void; seen: { req: pb.v1.GatewayExecutorRequestData; body: any }[] } {
  const seen: { req: pb.v1.GatewayExecutorRequestData; body: any }[] = [];
  let stopped = false;
  void (async () => {
    while (!stopped) {
      let r;
      try {
        r = await takeRequest(w, 60_000);
      } catch {
        if (w.ws.readyState !== WebSocket.OPEN) return;
        continue;
      }
      seen.push(r);
      const out = handler(r.req, r.body);
      if (out) w.send(K.WORKER_REPLY, replyFrame(r.req, out.status, out.body, { noRetry: out.noRetry ?? false }));
    }
  })();
  return { stop: () => (stopped = true), seen };
}
