// Generators of hostile input for the fuzz properties (properties.ts): path segments with broken
// percent-escapes, request targets in every form, odd headers, JSON that is random, nearly valid
// or nested past the limit, SDK ops, and protobuf payloads of every connect message kind.
import fc from "fast-check";
import { connect as pb, tether as tpb } from "../../proto/gen/protos.js";
import { MAX_JSON_DEPTH } from "../../src/common/index.ts";

export const bytes = (maxLength = 256) => fc.uint8Array({ maxLength }).map((b) => Buffer.from(b));

const ESCAPES = ["%", "%%", "%E0%A4%A", "%ZZ", "%0", "%00", "%2F", "%2e%2e", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%FF", "..", ".", "%u0041", "%25"];

/** One path segment: plain, with broken escapes, percent-encoded random bytes, or encoded unicode. */
export const segment = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9._~-]{0,24}$/),
  fc.array(fc.oneof(fc.constantFrom(...ESCAPES), fc.stringMatching(/^[A-Za-z0-9]{0,4}$/)), { maxLength: 6 }).map((p) => p.join("")),
  bytes(12).map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, "0")}`).join("")),
  fc.string({ unit: "grapheme", maxLength: 8 }).map(encodeURIComponent),
);

/** Nested arrays/objects around `inner`: `depth` levels, mixed kinds, optionally left unclosed. */
export const deepJson = (minDepth = 1, maxDepth = 3 * MAX_JSON_DEPTH) => fc.record({
  depth: fc.oneof(fc.integer({ min: MAX_JSON_DEPTH - 2, max: MAX_JSON_DEPTH + 2 }), fc.integer({ min: minDepth, max: maxDepth })),
  kinds: fc.constantFrom("arrays", "objects", "mixed"),
  closed: fc.boolean(),
}).map(({ depth, kinds, closed }) => {
  let open = "";
  let close = "";
  for (let i = 0; i < depth; i++) {
    const array = kinds === "arrays" || (kinds === "mixed" && i % 2 === 0);
    open += array ? "[" : '{"k":';
    close = (array ? "]" : "}") + close;
  }
  return { text: open + "1" + (closed ? close : close.slice(0, close.length >> 1)), depth };
});

const json = fc.json({ maxDepth: 4 });
const jsonValue = fc.jsonValue({ maxDepth: 4 });

const QUERY_KEYS = ["token", "resume", "channel", "topic", "run_id", "fnId", "stepId", "x"];
/** A query string (or none): known and unknown keys, escaped segments and JSON values. */
export const query = fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), fc.oneof(segment, json.map(encodeURIComponent))), { maxLength: 4 })
  .map((ps) => (ps.length ? "?" + ps.map(([k, v]) => `${k}=${v}`).join("&") : ""));

/** Every route of the API and the gateway, `:p` for a parameter. */
export const ROUTE_TEMPLATES = [
  "/health", "/e/:p", "/v0/connect/start", "/v0/connect/flush", "/fn/register", "/v1/runs/:p", "/v0/runs/:p", "/v1/events/:p",
  "/v1/events/:p/runs", "/v1/functions", "/v1/cancellations", "/v1/runs/:p/rerun", "/v2/runs/:p/rerun", "/v1/functions/:p/replay",
  "/v1/functions/:p/pause", "/v1/functions/:p/resume", "/v1/functions/:p/flow",
  "/v1/checkpoint/:p/async", "/v1/http/runs/:p/async", "/v1/realtime/token", "/v1/realtime/publish", "/v1/realtime/sse",
  "/v1/realtime/client.js", "/v1/realtime/connect", "/examples/:p", "/examples/:p/:p", "/", "/v0/", "/ready", "/v0/connect", "/:p",
];

const path = fc.tuple(fc.constantFrom(...ROUTE_TEMPLATES), segment, segment, fc.boolean(), fc.boolean(), query)
  .map(([t, a, b, slash, doubled, q]) => {
    let i = 0;
    const p = t.replace(/:p/g, () => (i++ === 0 ? a : b)) + (slash ? "/" : "") + q;
    return doubled ? p.replace("/", "//") : p;
  });

const authority = fc.tuple(
  fc.constantFrom("a", "127.0.0.1", "[::1]", "", "[::1", "a b", "user:pw@h", "xn--", "%41"),
  fc.option(fc.oneof(fc.integer({ min: 0, max: 200_000 }).map(String), fc.constantFrom("", "x", "-1", "80a"))),
).map(([host, port]) => (port === null ? host : `${host}:${port}`));

/** A request target: origin-form, absolute-form (good and bad authorities), or something odd. */
export const target = fc.oneof(
  { weight: 6, arbitrary: path },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom("http://", "https://", "ws://", "ftp://", "HTTP://", "http:/", ""), authority, path)
      .map(([scheme, auth, p]) => scheme + auth + p),
  },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom("*", "?", "#", "//x", "/\\x", "http://", "/%"), fc.string({ unit: "binary-ascii", maxLength: 40 })) },
);

export const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "get", "M-SEARCH", "BREW", "TRACE"];

const HEADER_NAMES = [
  "authorization", "content-type", "accept", "x-inngest-signature", "x-inngest-sdk", "upgrade", "connection", "sec-websocket-key",
  "sec-websocket-version", "sec-websocket-protocol", "origin", "expect", "transfer-encoding", "content-length", "host", "cookie",
];
const HEADER_VALUES = [
  "Bearer", "Bearer ", "Bearer signkey-test-00", "application/json", "text/stream", "text/stream; charset=utf-8", "application/protobuf",
  "chunked", "gzip, chunked", "-1", "99999999999999999999", "websocket", "Upgrade", "100-continue", "v0.connect.inngest.com", "13", "8",
  "dGhlIHNhbXBsZSBub25jZQ==",
];
/** Header lines: known names with odd values, random tokens, and names no parser accepts. */
export const headers = fc.array(fc.tuple(
  fc.oneof(fc.constantFrom(...HEADER_NAMES), fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,20}$/), fc.string({ maxLength: 10 })),
  fc.oneof(fc.constantFrom(...HEADER_VALUES), fc.string({ unit: "grapheme-ascii", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 })),
), { maxLength: 8 });

/** An HTTP body: empty, random bytes, random JSON, or deep nesting. */
export const body = fc.oneof(
  fc.constant(Buffer.alloc(0)),
  bytes(),
  json.map((t) => Buffer.from(t)),
  deepJson().map((d) => Buffer.from(d.text)),
);

/** How the body is framed: right, chunked, a broken chunk, a length that lies, or none. */
export const framing = fc.constantFrom("length", "length", "length", "chunked", "bad-chunked", "short", "none", "huge-declared");

const ULIDISH = fc.oneof(fc.ulid(), fc.string({ maxLength: 30 }));
const OP_NAMES = [
  "StepRun", "Step", "StepError", "StepPlanned", "Sleep", "WaitForEvent", "InvokeFunction", "RunComplete", "StepFailed", "AIGateway",
  "Gateway", "WaitForSignal", "DeferAdd", "DeferAbort", "None", "DiscoveryRequest", "steprun", "Bogus",
];
/** An SDK generator op: real and unknown op codes with random ids, options and data. */
export const op = fc.record({
  id: fc.oneof(fc.stringMatching(/^[0-9a-f]{40}$/), fc.string({ maxLength: 12 })),
  op: fc.oneof(fc.constantFrom(...OP_NAMES), fc.string({ maxLength: 8 })),
  name: fc.string({ maxLength: 12 }),
  displayName: fc.string({ maxLength: 12 }),
  opts: fc.oneof(jsonValue, fc.record({
    duration: fc.oneof(fc.constantFrom("1s", "10m", "400d", "-1s", "", "1y"), fc.string({ maxLength: 6 })),
    timeout: fc.constantFrom("1s", "2h", "x"),
    event: fc.string({ maxLength: 10 }),
    if: fc.oneof(fc.constantFrom("event.data.a == async.data.a", "((((x", "true", "event.data.x > 1"), fc.string({ maxLength: 20 })),
    function_id: fc.string({ maxLength: 12 }),
    payload: jsonValue,
  }, { requiredKeys: [] })),
  data: jsonValue,
  error: jsonValue,
}, { requiredKeys: ["op"] });

/** A JSON text for an SDK reply, a checkpoint or progress: ops, random JSON, deep or not JSON at all. */
export const sdkJson = fc.oneof(
  { weight: 4, arbitrary: fc.array(op, { maxLength: 4 }).map((ops) => JSON.stringify(ops)) },
  { weight: 2, arbitrary: json },
  { weight: 1, arbitrary: deepJson().map((d) => d.text) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);

/** An SDKResponse as a worker or `/v0/connect/flush` would send it, with garbage in every field. */
export const sdkResponse = (requestId: fc.Arbitrary<string>) => fc.record({
  requestId,
  status: fc.oneof(fc.constantFrom(0, 1, 2), fc.integer({ min: -3, max: 99 })),
  body: sdkJson,
  noRetry: fc.boolean(),
  retryAfter: fc.oneof(fc.constant(""), fc.constantFrom("10", "Wed, 21 Oct 2015 07:28:00 GMT", "-5", "x")),
  requestVersion: fc.integer({ min: -2, max: 3 }),
  systemTraceCtx: fc.oneof(fc.constant(""), json, deepJson().map((d) => d.text), fc.string({ maxLength: 10 })),
}).map((r) => pb.v1.SDKResponse.encode({
  ...r, body: Buffer.from(r.body), systemTraceCtx: Buffer.from(r.systemTraceCtx), sdkVersion: "fuzz:v0",
}).finish());

const K = pb.v1.GatewayMessageType;
const TK = tpb.v1.TetherMessageKind;
export const FRAME_KINDS = [...Object.values(K).filter((v): v is number => typeof v === "number"), TK.WORKER_CHECKPOINT, TK.WORKER_CHECKPOINT_ACK, TK.WORKER_STEP_PROGRESS, TK.WORKER_PUBLISH];

/** A payload that decodes as some connect/Tether message, with garbage in its fields. */
export const framePayload = fc.oneof(
  bytes(128),
  sdkResponse(ULIDISH),
  ULIDISH.map((requestId) => pb.v1.WorkerRequestAckData.encode({ requestId }).finish()),
  fc.record({ requestId: ULIDISH, leaseId: ULIDISH }).map((r) => pb.v1.WorkerRequestExtendLeaseData.encode(r).finish()),
  fc.array(ULIDISH, { maxLength: 4 }).map((ids) => pb.v1.WorkerStatusData.encode({ inFlightRequestIds: ids }).finish()),
  fc.record({ requestId: ULIDISH, runId: ULIDISH, seq: fc.nat(), steps: sdkJson })
    .map((c) => tpb.v1.WorkerCheckpointData.encode({ ...c, steps: Buffer.from(c.steps) }).finish()),
  fc.record({ requestId: ULIDISH, runId: ULIDISH, stepId: fc.string({ maxLength: 8 }), data: sdkJson, append: fc.boolean() })
    .map((p) => tpb.v1.WorkerStepProgressData.encode({ ...p, data: Buffer.from(p.data) }).finish()),
  publishPayload(),
  fc.record({ apps: fc.array(fc.record({ appName: fc.string({ maxLength: 10 }), functions: sdkJson }), { maxLength: 2 }), connectionId: ULIDISH })
    .map((c) => pb.v1.WorkerConnectRequestData.encode({ ...c, apps: c.apps.map((a) => ({ ...a, functions: Buffer.from(a.functions) })) }).finish()),
);

/** WORKER_PUBLISH: channels and topics, stream kinds with and without ids, random data. */
export function publishPayload() {
  return fc.record({
    channel: fc.oneof(fc.constant("fuzz"), fc.string({ maxLength: 8 })),
    topic: fc.constantFrom("a", "b", ""),
    data: sdkJson,
    kind: fc.constantFrom("", "chunk", "datastream-start", "datastream-end", "bogus"),
    streamId: fc.oneof(fc.constant(""), fc.string({ maxLength: 8 })),
  }).map((m) => tpb.v1.WorkerPublishData.encode({ ...m, data: Buffer.from(m.data) }).finish());
}

/** A realtime client message: random text, random JSON, sub/unsub with garbage, deep JSON, binary. */
export const realtimeMessage = (validToken: boolean) => fc.oneof(
  fc.string({ maxLength: 40 }).map((text) => ({ text })),
  json.map((text) => ({ text })),
  fc.oneof(fc.string({ maxLength: 40 }), fc.constant(validToken ? "$TOKEN" : "x.y.z")).map((data) => ({ text: JSON.stringify({ kind: "sub", data }) })),
  jsonValue.map((data) => ({ text: JSON.stringify({ kind: "unsub", data }) })),
  fc.array(fc.record({ channel: fc.constantFrom("fuzz", "x"), name: fc.constantFrom("a", "b") }), { maxLength: 3 })
    .map((data) => ({ text: JSON.stringify({ kind: "unsub", data }) })),
  deepJson().map((d) => ({ text: d.text })),
  bytes(64).map((binary) => ({ binary })),
);

/** The `resume` query value: absent, random, JSON (cursor-shaped or not), deep. */
export const resume = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 20 }),
  json,
  fc.array(fc.record({ channel: fc.constantFrom("fuzz", ""), topic: fc.constantFrom("a", "b", "c"), id: fc.oneof(fc.ulid(), fc.string({ maxLength: 5 })) }), { maxLength: 3 })
    .map((c) => JSON.stringify(c)),
  deepJson(1, 1_500).map((d) => d.text),
);
