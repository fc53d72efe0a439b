// The gateway's side of the connect protocol with a hand-driven worker: handshake frames,
// heartbeats, every bad-input close code, and that the server and stored state survive them.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectPayload, connectRawWorker, fnConfig, K, RawWorker, startSession } from "../helpers/raw-worker.ts";
import { waitFor } from "../helpers/wait.ts";

describe("gateway protocol", () => {
  let srv: InProcessServer;
  let storedRunId: string;

  before(async () => {
    srv = await startInProcess(["--heartbeat-interval-ms", "200"]);
    // A completed run that every bad-input test must leave intact.
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "keep", functions: [fnConfig("keep", "f", "keep/go")] }]);
    const ids = (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: "keep/go" }) })).json()).ids;
    const f = await worker.next(K.GATEWAY_EXECUTOR_REQUEST);
    const req = pb.v1.GatewayExecutorRequestData.decode(f.payload);
    worker.send(K.WORKER_REQUEST_ACK, pb.v1.WorkerRequestAckData.encode({ requestId: req.requestId }).finish());
    worker.send(K.WORKER_REPLY, pb.v1.SDKResponse.encode({ requestId: req.requestId, status: pb.v1.SDKResponseStatus.DONE, body: Buffer.from('"kept"') }).finish());
    const run = await waitFor(async () => {
      const r = (await (await fetch(`${srv.apiUrl}/v1/events/${ids[0]}/runs`)).json()).data[0];
      return r?.status === "Completed" ? r : undefined;
    });
    storedRunId = run.run_id;
    worker.close();
  });

  after(async () => {
    await srv.close();
  });

  async function assertServerIntact(): Promise<void> {
    assert.equal((await fetch(`${srv.apiUrl}/health`)).status, 200);
    const run = (await (await fetch(`${srv.apiUrl}/v1/runs/${storedRunId}`)).json()).data;
    assert.equal(run.status, "Completed");
    assert.equal(run.output, "kept");
  }

  test("sends GATEWAY_HELLO as a zero-length binary frame, then CONNECTION_READY with ms-style intervals", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    assert.equal(w.ws.protocol, "v0.connect.inngest.com");
    await w.next(K.GATEWAY_HELLO);
    assert.equal(w.raw[0].length, 0);
    w.send(K.WORKER_CONNECT, connectPayload(start, [{ name: "hs", functions: [fnConfig("hs", "f", "hs/x")] }]));
    const ready = pb.v1.GatewayConnectionReadyData.decode((await w.next(K.GATEWAY_CONNECTION_READY)).payload);
    assert.equal(ready.heartbeatInterval, "200ms");
    assert.equal(ready.extendLeaseInterval, "30s");
    assert.equal(ready.statusInterval, "5s", "workers report in-flight requests every 5 s");
    w.send(K.WORKER_READY);
    w.send(K.WORKER_HEARTBEAT);
    await w.next(K.GATEWAY_HEARTBEAT);
    assert.deepEqual([...w.raw.at(-1)!], [0x08, 0x0a]);
    w.close();
  });

  test("a frame that is not protobuf closes 1007", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    w.sendRaw(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    const c = await w.closed;
    assert.equal(c.code, 1007);
    assert.equal(c.reason, "failed to unmarshal Protobuf");
    await assertServerIntact();
  });

  test("a frame over 8 MiB closes 1009", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    w.sendRaw(Buffer.alloc(8 * 1024 * 1024 + 16, 1));
    assert.equal((await w.closed).code, 1009);
    await assertServerIntact();
  });

  test("anything but WORKER_CONNECT first closes 1008 connect_worker_hello_invalid_msg", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    w.send(K.WORKER_HEARTBEAT);
    assert.deepEqual(await w.closed, { code: 1008, reason: "connect_worker_hello_invalid_msg" });
    await assertServerIntact();
  });

  test("no WORKER_CONNECT within 5 s closes 1008 connect_worker_hello_timeout", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    const t0 = Date.now();
    assert.deepEqual(await w.closed, { code: 1008, reason: "connect_worker_hello_timeout" });
    assert.ok(Date.now() - t0 >= 4_500, "closed before the 5 s handshake window");
    await assertServerIntact();
  });

  test("a bad session token closes 1008 connect_authentication_failed", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    const forged = pb.v1.StartResponse.create({ ...start, sessionToken: start.sessionToken.slice(0, -4) + "AAAA" });
    w.send(K.WORKER_CONNECT, connectPayload(forged, [{ name: "x", functions: [] }]));
    assert.deepEqual(await w.closed, { code: 1008, reason: "connect_authentication_failed" });
    await assertServerIntact();
  });

  test("a connection id that is not a ULID closes 1008 connect_worker_hello_invalid_payload", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    w.send(K.WORKER_CONNECT, connectPayload(pb.v1.StartResponse.create({ ...start, connectionId: "nope" }), [{ name: "x", functions: [] }]));
    assert.deepEqual(await w.closed, { code: 1008, reason: "connect_worker_hello_invalid_payload" });
  });

  test("more than 10 apps on one connection closes 1008 connect_too_many_apps_per_connection", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    const apps = Array.from({ length: 11 }, (_, i) => ({ name: `many-${i}`, functions: [] }));
    w.send(K.WORKER_CONNECT, connectPayload(start, apps));
    assert.deepEqual(await w.closed, { code: 1008, reason: "connect_too_many_apps_per_connection" });
  });

  test("an app whose functions do not validate gets SYNC_FAILED and close 1008 with the code", async () => {
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    w.send(K.WORKER_CONNECT, connectPayload(start, [{ name: "bad", functions: [fnConfig("bad", "f", "bad/x", 21)] }]));
    const err = pb.v1.SystemError.decode((await w.next(K.SYNC_FAILED)).payload);
    assert.equal(err.code, "invalid_function_config");
    assert.deepEqual(await w.closed, { code: 1008, reason: "invalid_function_config" });
    await assertServerIntact();
  });

  test("a worker that stops heartbeating is dropped after 5 missed intervals", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "quiet", functions: [] }]);
    const t0 = Date.now();
    const c = await worker.closed;
    assert.equal(c.code, 1006, "dropped without a close frame");
    assert.ok(Date.now() - t0 >= 900, "dropped too early");
  });

  test("the gateway answers GET /v0/ and /ready", async () => {
    const base = `http://127.0.0.1:${srv.gateway.port}`;
    assert.equal(await (await fetch(`${base}/v0/`)).text(), ".");
    assert.equal((await fetch(`${base}/ready`)).status, 200);
  });
});
