// The fuzz properties, one per entry point of a live Tether process (docs/fuzzing.md): what to
// generate and what must hold for each input — the process stays up, every HTTP answer is < 500
// and errors carry the JSON envelope, every socket ends with a known close code. Used by the test
// suite (test/fuzz/fuzz.test.ts) and by `npm run fuzz` (scripts/fuzz.mjs), with different counts.
import fc from "fast-check";
import WebSocket from "ws";
import { connect as pb, tether as tpb } from "../../proto/gen/protos.js";
import { MAX_JSON_DEPTH } from "../../src/common/index.ts";
import { errorEnvelopeOf, type RawAnswer, rawRequest } from "../helpers/raw-http.ts";
import { connectPayload, fnConfig, K, RawWorker, startSession } from "../helpers/raw-worker.ts";
import * as arb from "./arbitraries.ts";

const TK = tpb.v1.TetherMessageKind;

/** What the properties need of the process under test (test/fuzz/target.ts). */
export interface FuzzTarget {
  apiUrl: string;
  apiPort: number;
  gatewayPort: number;
  /** False once the process has exited: the one failure every property checks. */
  alive(): boolean;
  /** A realtime token for channel `fuzz`, topics `a` and `b`. */
  realtimeToken(): Promise<string>;
  /** Starts a run of the reply worker's function and hands over its first request (ACKed, unanswered). */
  liveRequest(): Promise<LiveRequest>;
}

export interface LiveRequest {
  req: pb.v1.GatewayExecutorRequestData;
  /** Sends a frame on the socket that holds the request. */
  send(kind: number, payload: Uint8Array): void;
  /** Replies with `payload` (an SDKResponse) and waits for the gateway's WORKER_REPLY_ACK. */
  reply(payload: Uint8Array): Promise<void>;
}

export interface EntryPoint<T> {
  name: string;
  /** Share of `npm run fuzz`'s cases. */
  weight: number;
  arbitrary: fc.Arbitrary<T>;
  check(input: T, target: FuzzTarget): Promise<void>;
}

/** Close codes a server may end a socket with; 1006 (no close frame) means it died or dropped us. */
export const ALLOWED_CLOSE_CODES = new Set([1000, 1001, 1005, 1007, 1008, 1009, 1011, 1013]);

export class FuzzFailure extends Error {}

function assertAlive(t: FuzzTarget, what: string): void {
  if (!t.alive()) throw new FuzzFailure(`the process died (${what})`);
}

/** Every answer is < 500; an error answer carries the JSON envelope (and `expectCode` when given). */
export function checkHttpAnswer(a: RawAnswer, o: { what: string; method?: string; mayGoUnanswered?: boolean; expectCode?: string }): void {
  if (a.status === undefined) {
    if (o.mayGoUnanswered) return;
    throw new FuzzFailure(`${o.what}: no answer (${a.error ?? (a.timedOut ? "timed out" : "closed")})`);
  }
  if (a.status >= 500) throw new FuzzFailure(`${o.what}: ${a.status} ${a.body.toString("utf8").slice(0, 300)}`);
  if (a.status >= 400) {
    const json = a.headers["content-type"]?.startsWith("application/json");
    if (o.method === "HEAD" ? !json : !errorEnvelopeOf(a)) {
      throw new FuzzFailure(`${o.what}: ${a.status} without a JSON error envelope: ${a.body.toString("utf8").slice(0, 200)}`);
    }
  }
  if (o.expectCode && errorEnvelopeOf(a)?.code !== o.expectCode) {
    throw new FuzzFailure(`${o.what}: expected ${o.expectCode}, got ${a.status} ${a.body.toString("utf8").slice(0, 200)}`);
  }
}

// --- HTTP requests over a raw socket ---------------------------------------------------------

export interface RawHttpCase {
  port: "api" | "gateway";
  method: string;
  target: string;
  headers: [string, string][];
  body: Buffer;
  framing: string;
}

/** The request bytes for a case; `mayGoUnanswered` when its framing leaves the server waiting for more. */
export function rawHttpBytes(c: Pick<RawHttpCase, "method" | "target" | "headers" | "body" | "framing">): { bytes: Buffer; mayGoUnanswered: boolean } {
  const lines = [`${c.method} ${c.target} HTTP/1.1`, "host: 127.0.0.1", ...c.headers.map(([k, v]) => `${k}: ${v}`), "connection: close"];
  let payload = c.body;
  if (c.framing === "length") lines.push(`content-length: ${c.body.length}`);
  if (c.framing === "short") lines.push(`content-length: ${c.body.length + 7}`);
  if (c.framing === "huge-declared") lines.push("content-length: 99999999999");
  if (c.framing === "chunked" || c.framing === "bad-chunked") {
    lines.push("transfer-encoding: chunked");
    payload = c.framing === "chunked"
      ? Buffer.concat([Buffer.from(`${c.body.length.toString(16)}\r\n`), c.body, Buffer.from("\r\n0\r\n\r\n")])
      : Buffer.concat([Buffer.from("zz\r\n"), c.body, Buffer.from("\r\n")]);
  }
  const framed = c.headers.some(([k]) => /^(content-length|transfer-encoding)$/i.test(k));
  const mayGoUnanswered = framed || ["short", "huge-declared", "bad-chunked"].includes(c.framing) || /[\r\n]/.test(c.target)
    || c.headers.some(([k, v]) => /[\r\n]/.test(k + v));
  return { bytes: Buffer.concat([Buffer.from(lines.join("\r\n") + "\r\n\r\n", "latin1"), payload]), mayGoUnanswered };
}

const rawHttp: EntryPoint<RawHttpCase> = {
  name: "http-request",
  weight: 30,
  arbitrary: fc.record({
    port: fc.constantFrom("api", "api", "api", "gateway"),
    method: fc.constantFrom(...arb.METHODS),
    target: arb.target,
    headers: arb.headers,
    body: fc.oneof(fc.constant(Buffer.alloc(0)), arb.bytes(128)),
    framing: arb.framing,
  // PUT /fn/register fetches the URL in its body: not a thing to aim at random hosts.
  }).filter((c) => !(c.method === "PUT" && c.target.includes("/fn/register"))),
  async check(c, t) {
    const { bytes, mayGoUnanswered } = rawHttpBytes(c);
    const answer = await rawRequest(c.port === "api" ? t.apiPort : t.gatewayPort, bytes, { endAfterWrite: mayGoUnanswered, timeoutMs: 15_000 });
    assertAlive(t, `${c.method} ${c.target}`);
    checkHttpAnswer(answer, { what: `${c.method} ${JSON.stringify(c.target)}`, method: c.method, mayGoUnanswered });
  },
};

// --- JSON bodies on every route that parses one ----------------------------------------------

/** Routes that parse a JSON body, with their body limit (src/api/server.ts, docs/fuzzing.md). */
const JSON_ROUTES: { path: string; limit: number; body: fc.Arbitrary<unknown> }[] = [
  { path: "/e/k", limit: 10 << 20, body: fc.oneof(bodyShapes().event, fc.array(bodyShapes().event, { maxLength: 3 })) },
  { path: "/fn/register", limit: 10 << 20, body: bodyShapes().register },
  { path: "/v1/cancellations", limit: 64 << 10, body: bodyShapes().cancellation },
  { path: "/v1/runs/R/rerun", limit: (4 << 20) + (64 << 10), body: bodyShapes().rerun },
  { path: "/v2/runs/R/rerun", limit: (4 << 20) + (64 << 10), body: bodyShapes().rerun },
  { path: "/v1/functions/F/replay", limit: 64 << 10, body: bodyShapes().replay },
  { path: "/v1/checkpoint/R/async", limit: 10 << 20, body: bodyShapes().checkpoint },
  { path: "/v1/http/runs/R/async", limit: 10 << 20, body: bodyShapes().checkpoint },
  { path: "/v1/realtime/token", limit: 256 << 10, body: bodyShapes().token },
  { path: "/v1/realtime/publish?channel=fuzz&topic=a", limit: 512 << 10, body: fc.jsonValue({ maxDepth: 4 }) },
];

/** Bodies shaped like each route's, with garbage where it hurts. */
function bodyShapes() {
  const value = fc.jsonValue({ maxDepth: 3 });
  const str = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("", "inngest/x", "fuzz/x", "2020-01-01T00:00:00Z", "x".repeat(300)));
  const fn = fc.record({
    id: str, name: str,
    triggers: fc.array(fc.oneof(fc.record({ event: str, expression: str }, { requiredKeys: ["event"] }), fc.record({ cron: fc.constantFrom("* * * * *", "TZ=Nowhere 0 0 * * *", "61 * * * *", "x") })), { maxLength: 3 }),
    steps: fc.dictionary(str, fc.record({ id: str, runtime: fc.record({ type: fc.constantFrom("ws", "http"), url: fc.constantFrom("http://127.0.0.1:9/fuzz", "wss://connect/?fnId=x&stepId=step") }) }), { maxKeys: 2 }),
    cancel: value, timeouts: value, concurrency: value, retries: value,
  }, { requiredKeys: [] });
  return {
    event: fc.record({ name: str, data: value, user: value, id: str, ts: fc.oneof(fc.integer(), fc.double()), v: str }, { requiredKeys: [] }),
    register: fc.record({ url: fc.constant("http://127.0.0.1:9/fuzz"), v: str, appName: str, framework: str, functions: fc.array(fn, { maxLength: 2 }) }, { requiredKeys: [] }),
    cancellation: fc.record({ function_id: str, app_id: str, started_before: str, started_after: str, if: fc.oneof(str, fc.constant("(".repeat(300))) }, { requiredKeys: [] }),
    rerun: fc.record({ fromStep: fc.oneof(value, fc.record({ stepId: fc.oneof(str, fc.integer()), input: value }, { requiredKeys: [] })) }, { requiredKeys: [] }),
    replay: fc.record({ started_after: str, started_before: str, statuses: fc.oneof(value, fc.array(fc.constantFrom("Failed", "Completed", "x"))) }, { requiredKeys: [] }),
    checkpoint: fc.record({ run_id: str, fn_id: str, qi_id: str, request_id: str, steps: fc.oneof(value, fc.array(arb.op, { maxLength: 3 })) }, { requiredKeys: [] }),
    token: fc.oneof(value, fc.array(fc.record({ channel: str, name: str, kind: fc.constantFrom("run", "event", "x") }, { requiredKeys: [] }), { maxLength: 3 })),
  };
}

export interface JsonBodyCase {
  route: number;
  kind: "shaped" | "random" | "bytes" | "deep" | "oversized" | "declared-oversized";
  body: Buffer;
  depth?: number;
  contentType: string;
}

const jsonBody: EntryPoint<JsonBodyCase> = {
  name: "http-json-body",
  weight: 20,
  arbitrary: fc.nat({ max: JSON_ROUTES.length - 1 }).chain((route) => fc.tuple(
    fc.constantFrom("application/json", "application/json", "text/plain", "application/protobuf", "text/stream"),
    fc.oneof(
      { weight: 4, arbitrary: JSON_ROUTES[route].body.map((v) => ({ kind: "shaped" as const, body: Buffer.from(JSON.stringify(v) ?? "null") })) },
      { weight: 2, arbitrary: fc.json({ maxDepth: 5 }).map((t) => ({ kind: "random" as const, body: Buffer.from(t) })) },
      { weight: 2, arbitrary: arb.bytes(512).map((body) => ({ kind: "bytes" as const, body })) },
      { weight: 3, arbitrary: arb.deepJson().map((d) => ({ kind: "deep" as const, body: Buffer.from(d.text), depth: d.depth })) },
      { weight: 1, arbitrary: fc.constantFrom("oversized" as const, "declared-oversized" as const).map((kind) => ({ kind, body: Buffer.alloc(0) })) },
    ),
  ).map(([contentType, v]): JsonBodyCase => ({ route, contentType, ...v }))),
  async check(c, t) {
    const route = JSON_ROUTES[c.route];
    const declaredOver = c.kind === "declared-oversized";
    // Only routes with a small limit get a real oversized body: the big ones are checked by their declared length.
    const body = c.kind === "oversized" && route.limit <= 512 << 10 ? Buffer.alloc(route.limit + 1, "[") : c.body;
    const headers: [string, string][] = [["content-type", c.contentType]];
    if (declaredOver) headers.push(["content-length", String(route.limit + 1)]);
    const { bytes } = rawHttpBytes({ method: "POST", target: route.path, headers, body, framing: declaredOver ? "none" : "length" });
    const answer = await rawRequest(t.apiPort, bytes, { endAfterWrite: declaredOver, timeoutMs: 15_000 });
    assertAlive(t, `POST ${route.path}`);
    checkHttpAnswer(answer, { what: `POST ${route.path} (${c.kind}, ${c.contentType})`, mayGoUnanswered: declaredOver, expectCode: expectedCode(c, body, route) });
  },
};

/** The code a body must get whatever else is wrong with it: too big, or nested past the limit. */
function expectedCode(c: JsonBodyCase, body: Buffer, route: { path: string; limit: number }): string | undefined {
  // A streamed publish is text, cut into chunks (at most MAX_STREAM_CHUNKS): neither rule applies.
  if (route.path.startsWith("/v1/realtime/publish") && c.contentType === "text/stream") return undefined;
  if (body.length > route.limit || c.kind === "declared-oversized") return "payload_too_large";
  if (c.kind === "deep" && (c.depth ?? 0) > MAX_JSON_DEPTH) return "invalid_json";
  return undefined;
}

// --- Gateway frames ---------------------------------------------------------------------------

export interface GatewayCase {
  subprotocol: boolean;
  handshake: "none" | "valid" | "valid-ready";
  frames: ({ raw: Buffer } | { text: string } | { kind: number; payload: Uint8Array })[];
}

const FUZZ_GATEWAY_APP = "fuzz-gw";

const gatewayFrames: EntryPoint<GatewayCase> = {
  name: "gateway-frames",
  weight: 15,
  arbitrary: fc.record({
    subprotocol: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    handshake: fc.constantFrom("none", "valid", "valid-ready"),
    frames: fc.array(fc.oneof(
      { weight: 1, arbitrary: arb.bytes(64).map((raw) => ({ raw })) },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((text) => ({ text })) },
      { weight: 8, arbitrary: fc.record({ kind: fc.oneof(fc.constantFrom(...arb.FRAME_KINDS), fc.integer({ min: -2, max: 300 })), payload: arb.framePayload }) },
    ), { minLength: 1, maxLength: 6 }),
  }),
  async check(c, t) {
    const start = await startSession(t.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint, c.subprotocol ? undefined : "not-connect").catch(() => undefined);
    if (!w) {
      assertAlive(t, "gateway handshake");
      if (c.subprotocol) throw new FuzzFailure("the gateway refused a WebSocket with its subprotocol");
      return; // no subprotocol agreed: the client gives up, as it should
    }
    try {
      await w.next(K.GATEWAY_HELLO).catch(() => undefined);
      if (c.handshake !== "none") {
        w.send(K.WORKER_CONNECT, connectPayload(start, [{ name: FUZZ_GATEWAY_APP, functions: [fnConfig(FUZZ_GATEWAY_APP, "f", "fuzz-gw/never")] }]));
        await w.next(K.GATEWAY_CONNECTION_READY, 15_000);
        if (c.handshake === "valid-ready") w.send(K.WORKER_READY);
      }
      for (const f of c.frames) {
        if (w.ws.readyState !== WebSocket.OPEN) break;
        if ("raw" in f) w.sendRaw(f.raw);
        else if ("text" in f) w.ws.send(f.text);
        else w.ws.send(pb.v1.ConnectMessage.encode({ kind: f.kind, payload: f.payload }).finish());
      }
      w.close();
      const { code, reason } = await w.closed;
      assertAlive(t, "gateway frames");
      if (!ALLOWED_CLOSE_CODES.has(code)) throw new FuzzFailure(`gateway closed with ${code} ${reason}`);
    } finally {
      w.ws.terminate();
    }
  },
};

// --- Worker payloads the executor parses (replies, checkpoints, progress, publishes) -----------

export interface WorkerPayloadCase {
  before: { kind: "checkpoint" | "progress" | "publish"; live: boolean; data: string; publish: Uint8Array }[];
  reply: Uint8Array;
}

const workerReplies: EntryPoint<WorkerPayloadCase> = {
  name: "worker-payloads",
  weight: 8,
  arbitrary: fc.record({
    before: fc.array(fc.record({
      kind: fc.constantFrom("checkpoint", "progress", "publish"),
      live: fc.boolean(),
      data: arb.sdkJson,
      publish: arb.publishPayload(),
    }), { maxLength: 3 }),
    reply: arb.sdkResponse(fc.constant("$LIVE")),
  }),
  async check(c, t) {
    const live = await t.liveRequest();
    const { requestId, runId } = live.req;
    for (const [seq, f] of c.before.entries()) {
      const ids = f.live ? { requestId, runId } : { requestId: "fuzz-unknown", runId: "fuzz-unknown" };
      if (f.kind === "checkpoint") live.send(TK.WORKER_CHECKPOINT, tpb.v1.WorkerCheckpointData.encode({ ...ids, seq: seq + 1, steps: Buffer.from(f.data) }).finish());
      if (f.kind === "progress") live.send(TK.WORKER_STEP_PROGRESS, tpb.v1.WorkerStepProgressData.encode({ ...ids, stepId: "s", data: Buffer.from(f.data) }).finish());
      if (f.kind === "publish") live.send(TK.WORKER_PUBLISH, f.publish);
    }
    const reply = pb.v1.SDKResponse.decode(c.reply);
    await live.reply(pb.v1.SDKResponse.encode({ ...reply, requestId, runId }).finish());
    assertAlive(t, "worker payloads");
  },
};

// --- /v0/connect/flush and /v1/checkpoint bodies ------------------------------------------------

export interface SdkHttpCase {
  route: "flush" | "checkpoint";
  live: boolean;
  body: Uint8Array | string;
}

const sdkHttp: EntryPoint<SdkHttpCase> = {
  name: "flush-and-checkpoint",
  weight: 7,
  arbitrary: fc.oneof(
    fc.record({ route: fc.constant("flush" as const), live: fc.boolean(), body: fc.oneof(arb.bytes(256), arb.sdkResponse(fc.oneof(fc.ulid(), fc.constantFrom("", "$LIVE")))) }),
    fc.record({
      route: fc.constant("checkpoint" as const),
      live: fc.boolean(),
      body: fc.oneof(
        fc.record({ run_id: fc.string(), request_id: fc.constantFrom("$LIVE", "x"), fn_id: fc.string(), qi_id: fc.string(), steps: fc.array(arb.op, { maxLength: 4 }) })
          .map((b) => JSON.stringify(b)),
        fc.json({ maxDepth: 4 }),
        arb.deepJson().map((d) => d.text),
      ),
    }),
  ),
  async check(c, t) {
    const live = c.live ? await t.liveRequest() : undefined;
    let body: Buffer;
    let path = "/v0/connect/flush";
    if (c.route === "flush") {
      body = Buffer.from(c.body as Uint8Array);
      if (live) {
        try {
          body = Buffer.from(pb.v1.SDKResponse.encode({ ...pb.v1.SDKResponse.decode(body), requestId: live.req.requestId }).finish());
        } catch { /* not an SDKResponse: sent as it is */ }
      }
    } else {
      path = `/v1/checkpoint/${live?.req.runId ?? "fuzz-run"}/async`;
      body = Buffer.from((c.body as string).replace("$LIVE", live?.req.requestId ?? "x"));
    }
    const { bytes } = rawHttpBytes({ method: "POST", target: path, headers: [["content-type", "application/json"]], body, framing: "length" });
    const answer = await rawRequest(t.apiPort, bytes, { timeoutMs: 15_000 });
    assertAlive(t, `POST ${path}`);
    checkHttpAnswer(answer, { what: `POST ${path}` });
    // The request still ends (a duplicate reply after a flushed one is dropped).
    if (live) await live.reply(pb.v1.SDKResponse.encode({ requestId: live.req.requestId, runId: live.req.runId, status: 0, body: Buffer.from("null") }).finish());
  },
};

// --- Realtime: WebSocket client messages and SSE query strings -----------------------------------

export interface RealtimeWsCase {
  token: "valid" | "missing" | string;
  resume?: string;
  messages: ({ text: string } | { binary: Buffer })[];
}

const realtimeWs: EntryPoint<RealtimeWsCase> = {
  name: "realtime-websocket",
  weight: 12,
  arbitrary: fc.record({
    token: fc.oneof({ weight: 6, arbitrary: fc.constant("valid") }, { weight: 1, arbitrary: fc.constant("missing") }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }),
    resume: arb.resume,
    messages: fc.array(arb.realtimeMessage(true), { maxLength: 5 }),
  }, { requiredKeys: ["token", "messages"] }),
  async check(c, t) {
    const token = c.token === "valid" ? await t.realtimeToken() : c.token === "missing" ? undefined : c.token;
    const q = new URLSearchParams();
    if (token !== undefined) q.set("token", token);
    if (c.resume !== undefined) q.set("resume", c.resume);
    const ws = new WebSocket(`ws://127.0.0.1:${t.apiPort}/v1/realtime/connect?${q}`);
    ws.on("error", () => undefined);
    const closed = new Promise<{ code: number; reason: string }>((r) => ws.once("close", (code, reason) => r({ code, reason: reason.toString() })));
    const opened = await new Promise<RawAnswer | true>((resolve) => {
      ws.once("open", () => resolve(true));
      ws.once("unexpected-response", (_req, res) => {
        const chunks: Buffer[] = [];
        res.on("data", (d: Buffer) => chunks.push(d));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks), timedOut: false }));
      });
      ws.once("close", () => resolve({ headers: {}, body: Buffer.alloc(0), timedOut: false, error: "closed before opening" }));
    });
    try {
      if (opened !== true) return checkHttpAnswer(opened, { what: "realtime upgrade" });
      const fresh = c.messages.some((m) => "text" in m && m.text.includes("$TOKEN")) ? await t.realtimeToken() : "";
      for (const m of c.messages) {
        if (ws.readyState !== WebSocket.OPEN) break;
        if ("binary" in m) ws.send(m.binary, { binary: true });
        else ws.send(m.text.replace("$TOKEN", fresh));
      }
      if (ws.readyState === WebSocket.OPEN) ws.close(1000);
      const { code, reason } = await closed;
      if (!ALLOWED_CLOSE_CODES.has(code)) throw new FuzzFailure(`realtime socket closed with ${code} ${reason}`);
    } finally {
      ws.terminate();
      assertAlive(t, "realtime websocket");
    }
  },
};

export interface SseCase {
  token: "valid" | "missing" | string;
  resume?: string;
  extra: string;
  bearer: boolean;
}

const realtimeSse: EntryPoint<SseCase> = {
  name: "realtime-sse",
  weight: 8,
  arbitrary: fc.record({
    token: fc.oneof({ weight: 4, arbitrary: fc.constant("valid") }, { weight: 1, arbitrary: fc.constant("missing") }, { weight: 2, arbitrary: arb.segment }),
    resume: arb.resume,
    extra: arb.query,
    bearer: fc.boolean(),
  }, { requiredKeys: ["token", "extra", "bearer"] }),
  async check(c, t) {
    const token = c.token === "valid" ? await t.realtimeToken() : c.token === "missing" ? undefined : c.token;
    const q: string[] = [];
    if (token !== undefined && !c.bearer) q.push(`token=${c.token === "valid" ? token : c.token}`);
    if (c.resume !== undefined) q.push(`resume=${encodeURIComponent(c.resume)}`);
    const target = `/v1/realtime/sse?${q.join("&")}${c.extra.replace("?", "&")}`;
    const headers: [string, string][] = c.bearer && token !== undefined ? [["authorization", `Bearer ${token}`]] : [];
    const { bytes } = rawHttpBytes({ method: "GET", target, headers, body: Buffer.alloc(0), framing: "none" });
    const answer = await rawRequest(t.apiPort, bytes, { timeoutMs: 15_000 });
    assertAlive(t, "realtime sse");
    checkHttpAnswer(answer, { what: `GET ${target.slice(0, 200)}` });
    if (answer.status === 200 && !answer.headers["content-type"]?.startsWith("text/event-stream")) {
      throw new FuzzFailure(`GET ${target.slice(0, 200)}: 200 without an event stream`);
    }
  },
};

/** Every entry point, in the order the suite and `npm run fuzz` run them. */
export const ENTRY_POINTS: EntryPoint<any>[] = [rawHttp, jsonBody, gatewayFrames, workerReplies, sdkHttp, realtimeWs, realtimeSse];
