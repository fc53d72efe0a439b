// Hostile input against a real `tether dev` / `tether start` process (issue 11, points 1 and 2):
// each request that used to kill the process (bad percent-escapes, absolute-form targets, also on
// WebSocket upgrades) is a 400 with the JSON envelope and the process keeps serving; JSON nested
// deeper than MAX_JSON_DEPTH is `invalid_json` on every route and socket that parses JSON.
import assert from "node:assert/strict";
import { connect as netConnect } from "node:net";
import { after, before, describe, test } from "node:test";
import WebSocket from "ws";
import { connect as pb, tether as tpb } from "../../proto/gen/protos.js";
import { MAX_JSON_DEPTH } from "../../src/common/index.ts";
import { errorEnvelopeOf, httpRequest, type RawAnswer, rawRequest } from "../helpers/raw-http.ts";
import { connectPayload, connectRawWorker, fnConfig, K, RawWorker, replyFrame, startSession, takeRequest } from "../helpers/raw-worker.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const TK = tpb.v1.TetherMessageKind;
const SIGNING_KEY = "signkey-test-0123456789abcdef";
const EVENT_KEY = "hostile-event-key";

const arrays = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

const upgrade = (target: string, extra = "") => Buffer.from(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n`
  + `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n${extra}\r\n`);

/** The requests the hostile-client review sent, with the answer each must now get. */
const crashers = (eventKey: string): { name: string; bytes: Buffer; status: number; code?: string }[] => [
  { name: "POST /e/% (a lone percent sign)", bytes: httpRequest("POST", "/e/%"), status: 400, code: "bad_request" },
  { name: "GET /v1/runs/%E0%A4%A (a truncated UTF-8 escape)", bytes: httpRequest("GET", "/v1/runs/%E0%A4%A"), status: 400, code: "bad_request" },
  { name: "GET /v1/events/%ZZ/runs", bytes: httpRequest("GET", "/v1/events/%ZZ/runs"), status: 400, code: "bad_request" },
  { name: "GET http://a:99999/health (absolute-form, bad port)", bytes: httpRequest("GET", "http://a:99999/health"), status: 400, code: "bad_request" },
  { name: "GET ftp://a/health (absolute-form, other scheme)", bytes: httpRequest("GET", "ftp://a/health"), status: 400, code: "bad_request" },
  { name: "OPTIONS * (asterisk-form)", bytes: httpRequest("OPTIONS", "*"), status: 400, code: "bad_request" },
  { name: "upgrade to http://a:99999/v1/realtime/connect", bytes: upgrade("http://a:99999/v1/realtime/connect"), status: 400, code: "bad_request" },
  { name: "upgrade to /v1/realtime/connect with a bad key", bytes: Buffer.from(upgrade("/v1/realtime/connect").toString().replace("dGhlIHNhbXBsZSBub25jZQ==", "x")), status: 400, code: "bad_request" },
  { name: "upgrade to an unknown path", bytes: upgrade("/nope"), status: 404, code: "not_found" },
  { name: "a header line without a colon", bytes: Buffer.from("GET /health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n"), status: 400, code: "bad_request" },
  { name: "headers larger than the parser allows", bytes: httpRequest("GET", "/health", { headers: { "x-big": "a".repeat(20_000) } }), status: 431, code: "headers_too_large" },
  {
    name: "a broken chunked body on POST /e/{key}",
    bytes: Buffer.from(`POST /e/${eventKey} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`),
    status: 400, code: "bad_request",
  },
  { name: "GET http://a:99/health (absolute-form that parses: its path is served)", bytes: httpRequest("GET", "http://a:99/health"), status: 200 },
];

async function assertServing(srv: TetherProcess): Promise<void> {
  assert.equal(srv.proc.exitCode, null, `the process exited:\n${srv.output()}`);
  const health = await fetch(`${srv.apiUrl}/health`);
  assert.equal(health.status, 200);
}

function assertAnswer(answer: RawAnswer, want: { status: number; code?: string }, what: string): void {
  assert.equal(answer.status, want.status, `${what}: ${answer.error ?? ""} ${answer.body.toString().slice(0, 200)}`);
  if (!want.code) return;
  const envelope = errorEnvelopeOf(answer);
  assert.ok(envelope, `${what}: the answer is not a JSON error envelope: ${answer.body.toString().slice(0, 200)}`);
  assert.equal(envelope.code, want.code, what);
  assert.equal(envelope.status, want.status, what);
}

for (const role of ["dev", "start"] as const) {
  describe(`tether ${role}: requests that used to crash the process`, () => {
    let srv: TetherProcess;
    before(async () => {
      srv = await startTether(role === "start" ? { role, args: ["--signing-key", SIGNING_KEY, "--event-key", EVENT_KEY] } : {});
    });
    after(async () => {
      await srv.stop();
    });

    test("each is answered with its status and the JSON error envelope, and the process keeps serving", async () => {
      for (const c of crashers(role === "start" ? EVENT_KEY : "k")) {
        assertAnswer(await rawRequest(srv.port, c.bytes), c, c.name);
        await assertServing(srv);
      }
    });

    test("the gateway answers bad upgrades with the JSON envelope and keeps serving", async () => {
      const cases = [
        { bytes: upgrade("http://a:99999/v0/connect"), status: 400, code: "bad_request" },
        { bytes: Buffer.from(upgrade("/v0/connect").toString().replace("GET", "POST")), status: 405, code: "method_not_allowed" },
        { bytes: upgrade("/v0/connect", "Sec-WebSocket-Protocol: ,,\r\n"), status: 400, code: "bad_request" },
        { bytes: httpRequest("GET", "http://a:99999/ready"), status: 400, code: "bad_request" },
        { bytes: Buffer.from("GET /ready HTTP/1.1\r\nHost: x\r\nno colon\r\n\r\n"), status: 400, code: "bad_request" },
      ];
      for (const c of cases) {
        assertAnswer(await rawRequest(srv.gatewayPort, c.bytes), c, c.bytes.toString().split("\r\n")[0]);
      }
      const ready = await rawRequest(srv.gatewayPort, httpRequest("GET", "/ready"));
      assert.equal(ready.status, 200);
      await assertServing(srv);
    });
  });
}

describe("JSON nested deeper than MAX_JSON_DEPTH", () => {
  let srv: TetherProcess;
  before(async () => {
    srv = await startTether();
  });
  after(async () => {
    await srv.stop();
  });

  const JSON_ROUTES: [string, string][] = [
    ["POST", "/e/k"], ["POST", "/fn/register"], ["PUT", "/fn/register"], ["POST", "/v1/cancellations"],
    ["POST", "/v1/runs/R/rerun"], ["POST", "/v2/runs/R/rerun"], ["POST", "/v1/functions/F/replay"],
    ["POST", "/v1/checkpoint/R/async"], ["POST", "/v1/http/runs/R/async"], ["POST", "/v1/realtime/token"],
    ["POST", "/v1/realtime/publish?channel=c&topic=t"],
  ];

  test("is 400 invalid_json on every route that parses a JSON body (one level over the limit, and ~4,500 levels)", async () => {
    for (const [method, path] of JSON_ROUTES) {
      for (const body of [arrays(MAX_JSON_DEPTH + 1), objects(MAX_JSON_DEPTH + 1), arrays(4_500), objects(4_500)]) {
        const answer = await rawRequest(srv.port, httpRequest(method, path, { body, headers: { "content-type": "application/json" } }));
        assertAnswer(answer, { status: 400, code: "invalid_json" }, `${method} ${path} (${body.length} bytes)`);
        assert.deepEqual(JSON.parse(answer.body.toString()).data, { max_depth: MAX_JSON_DEPTH });
      }
    }
    await assertServing(srv);
  });

  test("a body over its route's limit, sent whole, is answered 413 payload_too_large, never a reset", async () => {
    // The server reads the rest of an oversized body before answering: closing with unread input
    // resets the connection, and a reset can discard the answer before the client reads it.
    const limit = 512 * 1024; // MAX_PUBLISH_BYTES
    const target = "/v1/realtime/publish?channel=c&topic=t";
    for (let i = 0; i < 10; i++) {
      const body = Buffer.alloc(limit + (i % 2 === 0 ? 1 : 100 * 1024), "[");
      const answer = await rawRequest(srv.port, httpRequest("POST", target, { body, headers: { "content-type": "text/plain" } }));
      assertAnswer(answer, { status: 413, code: "payload_too_large" }, `publish of ${body.length} bytes (try ${i})`);
    }
    // The client is still writing when the server finds the body too large: its last part comes later.
    const request = httpRequest("POST", target, { body: Buffer.alloc(limit + 200 * 1024, "["), headers: { "content-type": "text/plain" } });
    const cut = request.length - 100 * 1024;
    const answer = await new Promise<{ data: string; error?: string }>((resolve) => {
      let data = "";
      const socket = netConnect(srv.port, "127.0.0.1", () => {
        socket.write(request.subarray(0, cut));
        setTimeout(() => socket.write(request.subarray(cut)), 300);
      });
      socket.on("data", (d: Buffer) => (data += d.toString("latin1")));
      socket.on("error", (err: NodeJS.ErrnoException) => resolve({ data, error: err.code }));
      socket.on("close", () => resolve({ data }));
    });
    assert.match(answer.data, /^HTTP\/1\.1 413 /, `answered 413 while the client was still writing (got ${answer.error ?? "close"}: ${answer.data.slice(0, 80)})`);
    assert.match(answer.data, /"code":"payload_too_large"/);
    await assertServing(srv);
  });

  test("at the limit, an event and a realtime publish are accepted", async () => {
    const event = `{"name":"deep/ok","data":{"v":${arrays(MAX_JSON_DEPTH - 2)}}}`;
    const sent = await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: event });
    assert.equal(sent.status, 200);
    const published = await fetch(`${srv.apiUrl}/v1/realtime/publish?channel=c&topic=t`, { method: "POST", body: objects(MAX_JSON_DEPTH) });
    assert.equal(published.status, 200);
    const stored = await srv.getJson(`/v1/events/${(await sent.json()).ids[0]}`);
    assert.ok(Array.isArray(stored.data.data.v), "the event was stored whole");
  });

  test("is invalid_json in a flushed reply's system_trace_ctx", async () => {
    const body = pb.v1.SDKResponse.encode({ requestId: "Q", status: pb.v1.SDKResponseStatus.DONE, systemTraceCtx: Buffer.from(arrays(MAX_JSON_DEPTH + 1)) }).finish();
    const answer = await rawRequest(srv.port, httpRequest("POST", "/v0/connect/flush", { body: Buffer.from(body) }));
    assertAnswer(answer, { status: 400, code: "invalid_json" }, "flush");
  });

  test("closes a realtime WebSocket with 1007 invalid_json; a deep resume cursor is bad_request on SSE", async () => {
    const { jwt } = await (await fetch(`${srv.apiUrl}/v1/realtime/token`, { method: "POST", body: JSON.stringify([{ channel: "c", name: "t" }]) })).json();
    const ws = new WebSocket(`ws://127.0.0.1:${srv.port}/v1/realtime/connect?token=${jwt}`);
    ws.on("error", () => undefined); // the close code is the assertion; an error must not end the file
    const closed = new Promise<[number, string]>((r) => ws.once("close", (code, reason) => r([code, reason.toString()])));
    await new Promise((r) => ws.once("open", r));
    ws.send(objects(MAX_JSON_DEPTH + 1));
    assert.deepEqual(await closed, [1007, "invalid_json"]);
    const sse = await rawRequest(srv.port, httpRequest("GET", `/v1/realtime/sse?token=${jwt}&resume=${encodeURIComponent(arrays(MAX_JSON_DEPTH + 1))}`));
    assertAnswer(sse, { status: 400, code: "bad_request" }, "sse resume");
    await assertServing(srv);
  });

  test("a WORKER_CONNECT whose functions nest too deeply is refused with connect_worker_hello_invalid_payload", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    const payload = pb.v1.WorkerConnectRequestData.decode(connectPayload(start, [{ name: "deep-fns", functions: [] }]));
    payload.apps[0].functions = Buffer.from(arrays(MAX_JSON_DEPTH + 1));
    w.send(K.WORKER_CONNECT, pb.v1.WorkerConnectRequestData.encode(payload).finish());
    assert.deepEqual(await w.closed, { code: 1008, reason: "connect_worker_hello_invalid_payload" });
  });

  test("worker payloads: a deep checkpoint is refused with invalid_json, a deep reply fails the run with invalid_json", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "deep-reply", functions: [fnConfig("deep-reply", "f", "deep-reply/go", 0)] }]);
    try {
      const { ids } = await srv.sendEvent({ name: "deep-reply/go" });
      const { req } = await takeRequest(worker, 15_000);
      worker.send(TK.WORKER_CHECKPOINT, tpb.v1.WorkerCheckpointData.encode({
        requestId: req.requestId, runId: req.runId, seq: 1, steps: Buffer.from(arrays(MAX_JSON_DEPTH + 1)),
      }).finish());
      const ack = tpb.v1.WorkerCheckpointAckData.decode((await worker.next(TK.WORKER_CHECKPOINT_ACK, 15_000)).payload);
      assert.equal(ack.ok, false);
      assert.equal(ack.errorCode, "invalid_json");
      worker.send(K.WORKER_REPLY, replyFrame(req, pb.v1.SDKResponseStatus.DONE, null, { body: Buffer.from(objects(MAX_JSON_DEPTH + 1)) }));
      const [run] = await srv.waitForRuns(ids[0]);
      assert.equal(run.status, "Failed");
      assert.equal(run.output.name, "invalid_json");
    } finally {
      worker.close();
    }
    await waitFor(async () => (await fetch(`${srv.apiUrl}/health`)).ok);
    await assertServing(srv);
  });
});
