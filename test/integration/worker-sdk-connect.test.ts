// The worker SDK's connect client against a fake gateway (real HTTP + WebSocket on port 0):
// handshake order and content, heartbeats, request lifecycle, leases, flush, reconnects, drain
// and shutdown. Assertions are on frames, close codes and state.

import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { z } from "zod";
import { connect as generated } from "../../proto/gen/protos.js";
import { FakeGateway, Kind, SUBPROTOCOL, type FakeConnection, type FakeGatewayOptions } from "../helpers/fake-gateway.ts";
import {
  ClosedError,
  ConnectionState,
  Tether,
  connect,
  hashSigningKey,
  type ConnectOptions,
  type WorkerConnection,
} from "../../worker-sdk/index.ts";

const pb = generated.v1;
const SIGNING_KEY = "signkey-test-0123456789abcdef0123456789abcdef";
const HASHED_KEY = "signkey-test-223e0a160af9da0a03e6dd2c4719c56f5d66a633cbe84e78aaa9f3735865522a";
const utf8 = new TextEncoder();

let gateway: FakeGateway | undefined;
let connection: WorkerConnection | undefined;

afterEach(async () => {
  await connection?.close();
  connection = undefined;
  await gateway?.close();
  gateway = undefined;
});

function makeApp(baseUrl: string): Tether {
  const app = new Tether({ id: "my-app", baseUrl, signingKey: SIGNING_KEY, appVersion: "1.2.3" });
  app.createFunction({ id: "hello", triggers: [{ event: "demo/hello" }], retries: 2 }, async ({ step }) => {
    const a = await step.run("first", () => 1);
    return { a };
  });
  app.createFunction({ id: "slow", triggers: [{ event: "demo/slow" }] }, async ({ step, event }) => {
    const ms = Number(event.data.ms ?? 300);
    return step.run("wait", () => new Promise((resolve) => setTimeout(() => resolve("waited"), ms)));
  });
  return app;
}

async function setup(options: FakeGatewayOptions = {}, connectOptions: Partial<ConnectOptions> = {}) {
  gateway = await FakeGateway.start(options);
  const app = makeApp(gateway.apiUrl);
  connection = await connect({
    apps: [app],
    instanceId: "worker-1",
    handleShutdownSignals: [],
    ...connectOptions,
    tuning: { random: () => 0.5, ...connectOptions.tuning },
  });
  return { gateway, connection, app };
}

function requestPayload(data: Record<string, unknown> = {}): Uint8Array {
  return utf8.encode(
    JSON.stringify({
      event: { name: "demo/hello", data, user: {} },
      events: [{ name: "demo/hello", data, user: {} }],
      steps: {},
      ctx: { run_id: "run-1", attempt: 0, max_attempts: 3, stack: { stack: [], current: 0 }, disable_immediate_execution: false },
      version: 2,
      use_api: false,
    }),
  );
}

function sendRequest(conn: FakeConnection, requestId: string, fn = "hello", data: Record<string, unknown> = {}, appName = "my-app"): void {
  conn.sendExecutorRequest({
    requestId,
    accountId: "acct",
    envId: "env",
    appId: "app-uuid",
    appName,
    functionId: "fn-uuid",
    functionSlug: `my-app-${fn}`,
    stepId: "step",
    requestPayload: requestPayload(data),
    systemTraceCtx: utf8.encode("{}"),
    userTraceCtx: utf8.encode('{"traceparent":"00-abc-def-01","tracestate":""}'),
    runId: "run-1",
    leaseId: "lease-0",
    jobId: "job-1",
  });
}

const decodeBody = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));

describe("worker-sdk connect client", () => {
  test("handshake: start request, WORKER_CONNECT and WORKER_READY in order", async () => {
    const { gateway, connection } = await setup({}, { maxWorkerConcurrency: 7 });
    assert.equal(connection.state, ConnectionState.ACTIVE);
    const start = gateway.startRequests[0]!;
    assert.equal(start.headers["content-type"], "application/protobuf");
    assert.equal(start.headers.authorization, `Bearer ${HASHED_KEY}`);
    assert.equal(start.body.length, 0);

    const conn = gateway.connections[0]!;
    await gateway.waitFor(() => conn.frames.length >= 2, 2000, "READY");
    assert.equal(conn.protocol, SUBPROTOCOL);
    assert.deepEqual(conn.kinds().slice(0, 2), [Kind.WORKER_CONNECT, Kind.WORKER_READY]);
    assert.equal(conn.framesOf(Kind.WORKER_READY)[0]!.raw.toString("hex"), "0804");

    const data = conn.connectData!;
    assert.equal(data.connectionId, connection.connectionId);
    assert.equal(data.instanceId, "worker-1");
    assert.equal(data.authData?.sessionToken, "session-1");
    assert.equal(data.authData?.syncToken, HASHED_KEY);
    assert.deepEqual(decodeBody(data.capabilities), { trust_probe: "v1", connect: "v1" });
    assert.equal(data.workerManualReadinessAck, true);
    assert.equal(data.framework, "connect");
    assert.equal(data.sdkLanguage, "typescript");
    assert.equal(data.sdkVersion, "v0.1.0");
    assert.equal(Number(data.maxWorkerConcurrency), 7);
    assert.ok(Number(data.startedAt?.seconds) > 0, "started_at is set");
    assert.ok(data.systemAttributes?.os, "system attributes are set");
    assert.equal(data.apps.length, 1);
    assert.equal(data.apps[0]!.appName, "my-app");
    assert.equal(data.apps[0]!.appVersion, "1.2.3");
    const functions = decodeBody(data.apps[0]!.functions!) as Array<Record<string, unknown>>;
    assert.deepEqual(functions[0], {
      id: "my-app-hello",
      name: "hello",
      triggers: [{ event: "demo/hello" }],
      steps: {
        step: {
          id: "step",
          name: "step",
          runtime: { type: "ws", url: "wss://connect/?fnId=my-app-hello&stepId=step" },
          retries: { attempts: 2 },
        },
      },
    });
    assert.equal((functions[1]!.steps as { step: Record<string, unknown> }).step.retries, undefined);
  });

  test("heartbeats every interval and stays ACTIVE while they are answered", async () => {
    const { gateway, connection } = await setup({ heartbeatInterval: "40ms" });
    const conn = gateway.connections[0]!;
    await gateway.waitFor(() => conn.framesOf(Kind.WORKER_HEARTBEAT).length >= 5, 3000, "heartbeats");
    assert.equal(conn.framesOf(Kind.WORKER_HEARTBEAT)[0]!.raw.toString("hex"), "0809");
    assert.equal(connection.state, ConnectionState.ACTIVE);
    assert.equal(gateway.connections.length, 1);
    assert.ok(connection.snapshot().lastHeartbeatReceivedAt, "gateway heartbeats are recorded");
  });

  test("treats two unanswered heartbeats as a dead connection and reconnects", async () => {
    const { gateway, connection } = await setup(
      { heartbeatInterval: "40ms", answerHeartbeats: false },
      { tuning: { stableConnectionMs: 0 } },
    );
    await gateway.waitFor(() => gateway.connections[1]?.framesOf(Kind.WORKER_READY).length, 3000, "second connection");
    const first = gateway.connections[0]!;
    assert.equal(first.framesOf(Kind.WORKER_HEARTBEAT).length, 2);
    await gateway.waitFor(() => first.closeEvent, 2000, "first socket closed");
    assert.equal(connection.connectionId, gateway.connections[1]!.connectData!.connectionId);
  });

  test("request: ACK at once, reply with the engine's ops, REPLY_ACK clears it", async () => {
    const { gateway, connection } = await setup();
    const conn = gateway.connections[0]!;
    sendRequest(conn, "req-1");
    await gateway.waitFor(() => gateway.replies[0], 3000, "reply");

    const ack = pb.WorkerRequestAckData.decode(conn.framesOf(Kind.WORKER_REQUEST_ACK)[0]!.payload);
    assert.equal(ack.requestId, "req-1");
    assert.equal(ack.accountId, "acct");
    assert.equal(ack.envId, "env");
    assert.equal(ack.appId, "app-uuid");
    assert.equal(ack.functionSlug, "my-app-hello");
    assert.equal(ack.stepId, "step");
    assert.equal(ack.runId, "run-1");
    assert.deepEqual(decodeBody(ack.userTraceCtx), { traceparent: "00-abc-def-01", tracestate: "" });
    assert.ok(conn.kinds().indexOf(Kind.WORKER_REQUEST_ACK) < conn.kinds().indexOf(Kind.WORKER_REPLY), "ACK precedes the reply");

    const reply = gateway.replies[0]!;
    assert.equal(reply.requestId, "req-1");
    assert.equal(reply.accountId, "acct");
    assert.equal(reply.envId, "env");
    assert.equal(reply.appId, "app-uuid");
    assert.equal(reply.runId, "run-1");
    assert.equal(reply.status, pb.SDKResponseStatus.NOT_COMPLETED);
    assert.equal(reply.noRetry, false);
    assert.equal(reply.retryAfter, null);
    assert.equal(reply.sdkVersion, "tether-js:v0.1.0");
    assert.equal(reply.requestVersion, 2);
    assert.deepEqual(decodeBody(reply.systemTraceCtx), {});
    const ops = decodeBody(reply.body) as Array<Record<string, unknown>>;
    assert.equal(ops.length, 1);
    assert.equal(ops[0]!.op, "StepRun");
    assert.equal(ops[0]!.id, "e0996a37c13d44c3b06074939d43fa3759bd32c1");
    assert.equal(ops[0]!.data, 1);

    await gateway.waitFor(() => connection.snapshot().pendingReplyAcks === 0, 1000, "ack processed");
    assert.equal(connection.snapshot().bufferedReplies, 0);
    assert.equal(gateway.flushRequests.length, 0);
  });

  test("drops a request for an app it does not serve, without an ACK", async () => {
    const { gateway } = await setup();
    const conn = gateway.connections[0]!;
    sendRequest(conn, "req-other", "hello", {}, "other-app");
    sendRequest(conn, "req-ok");
    await gateway.waitFor(() => gateway.replies[0], 3000, "reply");
    const acks = conn.framesOf(Kind.WORKER_REQUEST_ACK).map((f) => pb.WorkerRequestAckData.decode(f.payload).requestId);
    assert.deepEqual(acks, ["req-ok"]);
    assert.deepEqual(gateway.replies.map((r) => r.requestId), ["req-ok"]);
  });

  test("extends the lease with the latest lease id and stops after a NACK", async () => {
    const { gateway } = await setup({
      extendLeaseInterval: "40ms",
      leaseAck: (_req, n) => (n <= 2 ? `lease-${n}` : undefined),
    });
    const conn = gateway.connections[0]!;
    sendRequest(conn, "req-lease", "slow", { ms: 400 });
    await gateway.waitFor(() => gateway.replies[0], 3000, "reply");
    const extensions = conn.framesOf(Kind.WORKER_REQUEST_EXTEND_LEASE).map((f) => pb.WorkerRequestExtendLeaseData.decode(f.payload));
    assert.deepEqual(extensions.map((e) => e.leaseId), ["lease-0", "lease-1", "lease-2"]);
    assert.equal(extensions[0]!.requestId, "req-lease");
    assert.equal(extensions[0]!.functionSlug, "my-app-slow");
    assert.equal(extensions[0]!.runId, "run-1");
    assert.equal(gateway.replies[0]!.requestId, "req-lease");
  });

  test("re-sends a reply through /v0/connect/flush when no WORKER_REPLY_ACK arrives", async () => {
    const { gateway, connection } = await setup({ ackReplies: false }, { tuning: { replyAckTimeoutMs: 150 } });
    sendRequest(gateway.connections[0]!, "req-unacked");
    const flushed = await gateway.waitFor(() => gateway.flushRequests[0], 3000, "flush");
    assert.equal(flushed.headers["content-type"], "application/protobuf");
    assert.equal(flushed.headers.authorization, `Bearer ${HASHED_KEY}`);
    assert.equal(flushed.response.requestId, "req-unacked");
    assert.equal(flushed.response.status, pb.SDKResponseStatus.NOT_COMPLETED);
    assert.deepEqual(flushed.response.body, gateway.replies[0]!.body);
    await gateway.waitFor(() => connection.snapshot().bufferedReplies === 0, 1000, "buffer drained");
  });

  test("reconnects with a new start call after the server drops the socket", async () => {
    const { gateway, connection } = await setup({}, { tuning: { stableConnectionMs: 0 } });
    const firstId = connection.connectionId;
    gateway.connections[0]!.drop();
    await gateway.waitFor(() => connection.state === ConnectionState.RECONNECTING || gateway.connections[1], 2000, "reconnect");
    await gateway.waitFor(() => gateway.connections[1]?.framesOf(Kind.WORKER_READY).length, 3000, "second READY");
    await gateway.waitFor(() => connection.state === ConnectionState.ACTIVE, 1000, "ACTIVE");
    assert.notEqual(connection.connectionId, firstId);
    assert.equal(gateway.startRequests.length, 2);
    const start = pb.StartRequest.decode(gateway.startRequests[1]!.body);
    assert.deepEqual(start.excludeGateways, ["fake-gw"]);
    // The new connection serves requests.
    sendRequest(gateway.connections[1]!, "req-after");
    await gateway.waitFor(() => gateway.replies[0], 3000, "reply");
  });

  test("backs off before retrying a failed start request", async () => {
    let calls = 0;
    gateway = await FakeGateway.start({ startStatus: () => (++calls === 1 ? 500 : 200) });
    const app = makeApp(gateway.apiUrl);
    connection = await connect({ apps: [app], handleShutdownSignals: [], tuning: { random: () => 0.5 } });
    assert.equal(gateway.startRequests.length, 2);
    const gapMs = gateway.startRequests[1]!.at - gateway.startRequests[0]!.at;
    assert.ok(gapMs >= 900, `expected ~1 s backoff, got ${gapMs} ms`);
  });

  test("a wrong handshake frame closes 4001 UNEXPECTED and the worker reconnects", async () => {
    let attempts = 0;
    const { gateway, connection } = await setup({ handshake: () => (++attempts === 1 ? "unexpected" : "normal") });
    const first = gateway.connections[0]!;
    await gateway.waitFor(() => first.closeEvent, 2000, "close");
    assert.deepEqual([first.closeEvent!.code, first.closeEvent!.reason], [4001, "UNEXPECTED"]);
    assert.equal(first.framesOf(Kind.WORKER_READY).length, 0);
    assert.equal(connection.state, ConnectionState.ACTIVE);
    await gateway.waitFor(() => gateway.connections[1]?.framesOf(Kind.WORKER_READY).length === 1, 2000, "second READY");
  });

  test("GATEWAY_CLOSING: the replacement becomes ACTIVE before the old socket is released", async () => {
    const { gateway, connection } = await setup();
    const old = gateway.connections[0]!;
    sendRequest(old, "req-drain", "slow", { ms: 300 });
    await gateway.waitFor(() => old.framesOf(Kind.WORKER_REQUEST_ACK).length, 2000, "ack");
    old.send(Kind.GATEWAY_CLOSING);
    const replacement = await gateway.waitFor(() => gateway.connections[1], 2000, "replacement");
    const ready = await gateway.waitFor(() => replacement.framesOf(Kind.WORKER_READY)[0], 2000, "replacement READY");
    const closed = await gateway.waitFor(() => old.closeEvent, 2000, "old socket closed");
    assert.ok(closed.at >= ready.at, "old socket released only after the replacement is READY");
    assert.deepEqual([closed.code, closed.reason], [1000, "GATEWAY_DRAINING"]);
    // The in-flight request still replies, now on the active socket.
    await gateway.waitFor(() => gateway.replies.find((r) => r.requestId === "req-drain"), 3000, "reply");
    assert.equal(connection.state, ConnectionState.ACTIVE);
    assert.equal(gateway.startRequests.length, 2);
    assert.deepEqual(pb.StartRequest.decode(gateway.startRequests[1]!.body).excludeGateways, []);
  });

  test("a reply finished while disconnected is flushed after the reconnect", async () => {
    const { gateway } = await setup({}, { tuning: { stableConnectionMs: 60_000 } });
    sendRequest(gateway.connections[0]!, "req-offline", "slow", { ms: 100 });
    await gateway.waitFor(() => gateway.connections[0]!.framesOf(Kind.WORKER_REQUEST_ACK).length, 2000, "ack");
    gateway.connections[0]!.drop();
    const flushed = await gateway.waitFor(() => gateway.flushRequests[0], 4000, "flush");
    assert.equal(flushed.response.requestId, "req-offline");
    assert.equal(gateway.connections[1]?.framesOf(Kind.WORKER_READY).length, 1, "flushed after reconnecting");
    assert.equal(gateway.replies.length, 0);
  });

  test("close(): WORKER_PAUSE, in-flight request finishes, then close 1000 WORKER_SHUTDOWN", async () => {
    const { gateway, connection } = await setup();
    const conn = gateway.connections[0]!;
    sendRequest(conn, "req-close", "slow", { ms: 200 });
    await gateway.waitFor(() => conn.framesOf(Kind.WORKER_REQUEST_ACK).length, 2000, "ack");
    const closing = connection.close();
    assert.equal(connection.state, ConnectionState.CLOSING);
    await closing;
    assert.equal(connection.state, ConnectionState.CLOSED);
    await connection.closed;
    await connection.close(); // idempotent
    const kinds = conn.kinds();
    assert.ok(kinds.indexOf(Kind.WORKER_PAUSE) >= 0, "WORKER_PAUSE sent");
    assert.ok(kinds.indexOf(Kind.WORKER_PAUSE) < kinds.indexOf(Kind.WORKER_REPLY), "WORKER_PAUSE before the reply");
    assert.equal(conn.framesOf(Kind.WORKER_PAUSE)[0]!.raw.toString("hex"), "0808");
    const closed = await gateway.waitFor(() => conn.closeEvent, 2000, "close event");
    assert.deepEqual([closed.code, closed.reason], [1000, "WORKER_SHUTDOWN"]);
    assert.equal(gateway.replies[0]!.requestId, "req-close");
  });

  test("shutdown while disconnected with work in flight: reconnects paused, replies, then closes", async () => {
    // An unstable connection backs off ~1 s before reconnecting; the request outlives that.
    const { gateway, connection } = await setup();
    const first = gateway.connections[0]!;
    sendRequest(first, "req-shutdown", "slow", { ms: 1_500 });
    await gateway.waitFor(() => first.framesOf(Kind.WORKER_REQUEST_ACK).length, 2000, "ack");
    first.drop();
    await gateway.waitFor(() => connection.state === ConnectionState.RECONNECTING, 2000, "connection lost");
    const closing = connection.close();
    assert.equal(connection.state, ConnectionState.CLOSING);
    const second = await gateway.waitFor(() => gateway.connections[1], 3000, "replacement");
    await closing;
    assert.deepEqual(second.kinds().filter((k) => k !== Kind.WORKER_HEARTBEAT && k !== Kind.WORKER_REQUEST_EXTEND_LEASE), [
      Kind.WORKER_CONNECT,
      Kind.WORKER_PAUSE,
      Kind.WORKER_REPLY,
    ]);
    assert.equal(gateway.replies[0]!.requestId, "req-shutdown");
    const closed = await gateway.waitFor(() => second.closeEvent, 2000, "close event");
    assert.deepEqual([closed.code, closed.reason], [1000, "WORKER_SHUTDOWN"]);
    assert.equal(connection.state, ConnectionState.CLOSED);
  });

  test("serves several apps on one connection and routes by app name", async () => {
    const gw = (gateway = await FakeGateway.start());
    const first = makeApp(gw.apiUrl);
    const second = new Tether({ id: "other-app", baseUrl: gw.apiUrl });
    second.createFunction({ id: "hello", triggers: [{ event: "other/hello" }] }, async () => "from other");
    connection = await connect({ apps: [first, second], handleShutdownSignals: [] });
    const conn = gw.connections[0]!;
    await gw.waitFor(() => conn.connectData, 2000, "connect data");
    assert.deepEqual(conn.connectData!.apps.map((a) => a.appName), ["my-app", "other-app"]);
    conn.sendExecutorRequest({
      requestId: "req-other",
      appName: "other-app",
      functionSlug: "other-app-hello",
      stepId: "step",
      runId: "run-2",
      leaseId: "lease-0",
      requestPayload: requestPayload(),
    });
    const reply = await gw.waitFor(() => gw.replies[0], 3000, "reply");
    assert.deepEqual([reply.requestId, reply.status, decodeBody(reply.body)], ["req-other", pb.SDKResponseStatus.DONE, "from other"]);
  });

  test("advertises an onFailure companion and serves <slug>-failure requests with the rehydrated error", async () => {
    const gw = (gateway = await FakeGateway.start());
    const app = new Tether({
      id: "fail-app",
      baseUrl: gw.apiUrl,
      schemas: { "demo/charge": z.object({ amount: z.number() }) },
    });
    app.createFunction(
      {
        id: "charge",
        triggers: [{ event: "demo/charge" }],
        onFailure: async ({ error, event }) => ({ handled: error.message, fn: event.data.function_id }),
      },
      async ({ event }) => event.data.amount,
    );
    connection = await connect({ apps: [app], handleShutdownSignals: [] });
    const conn = gw.connections[0]!;
    await gw.waitFor(() => conn.connectData, 2000, "connect data");
    const functions = decodeBody(conn.connectData!.apps[0]!.functions!) as Array<{ id: string; triggers: unknown }>;
    assert.deepEqual(functions.map((fn) => fn.id), ["fail-app-charge", "fail-app-charge-failure"]);
    assert.deepEqual(functions[1]!.triggers, [
      { event: "inngest/function.failed", expression: "event.data.function_id == 'fail-app-charge'" },
    ]);
    const failed = { function_id: "fail-app-charge", run_id: "run-0", error: { name: "Error", message: "card declined" }, event: {} };
    conn.sendExecutorRequest({
      requestId: "req-failure",
      appName: "fail-app",
      functionSlug: "fail-app-charge-failure",
      stepId: "step",
      runId: "run-3",
      leaseId: "lease-0",
      requestPayload: utf8.encode(
        JSON.stringify({
          event: { name: "inngest/function.failed", data: failed },
          events: [{ name: "inngest/function.failed", data: failed }],
          steps: {},
          ctx: { run_id: "run-3", attempt: 0, stack: { stack: [], current: 0 } },
          version: 2,
        }),
      ),
    });
    const reply = await gw.waitFor(() => gw.replies[0], 3000, "reply");
    assert.deepEqual([reply.status, decodeBody(reply.body)], [pb.SDKResponseStatus.DONE, { handled: "card declined", fn: "fail-app-charge" }]);
  });

  test("a shutdown signal closes the connection; connect() rejects if it was never ACTIVE", async () => {
    gateway = await FakeGateway.start({ startStatus: () => 503 });
    const app = makeApp(gateway.apiUrl);
    const pending = connect({ apps: [app], handleShutdownSignals: ["SIGUSR2"], tuning: { random: () => 0.5 } });
    const started = gateway;
    await started.waitFor(() => started.startRequests.length >= 1, 2000, "first start");
    assert.equal(process.listenerCount("SIGUSR2"), 1);
    process.emit("SIGUSR2", "SIGUSR2");
    await assert.rejects(pending, (err: unknown) => err instanceof ClosedError && err.code === "CONNECTION_CLOSED");
    assert.equal(process.listenerCount("SIGUSR2"), 0);
  });

  test("sends WORKER_STATUS when the gateway enables it", async () => {
    const { gateway } = await setup({ statusInterval: "40ms" });
    const conn = gateway.connections[0]!;
    const frame = await gateway.waitFor(() => conn.framesOf(Kind.WORKER_STATUS)[0], 2000, "status");
    const status = pb.WorkerStatusData.decode(frame.payload);
    assert.deepEqual(status.inFlightRequestIds, []);
    assert.equal(status.shutdownRequested, false);
  });

  test("the signing key hash matches the official SDK's", () => {
    assert.equal(hashSigningKey(SIGNING_KEY), HASHED_KEY);
  });
});
