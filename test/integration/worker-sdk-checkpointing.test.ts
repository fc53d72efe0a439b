// Checkpointing and progress over the worker's socket (issue 6), against the fake gateway (real
// HTTP + WebSocket on port 0): a 100-step function completes in one request with its checkpoints
// acked and RunComplete in the reply, progress messages arrive, stale acks drop the request, lost
// checkpoints are sent again after a reconnect, and leases are extended for long runs.

import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { connect as generated } from "../../proto/gen/protos.js";
import { FakeGateway, Kind, TetherKind, type FakeConnection, type FakeGatewayOptions } from "../helpers/fake-gateway.ts";
import { Tether, connect, hashStepId as h, type ConnectOptions, type WorkerConnection } from "../../worker-sdk/index.ts";

const pb = generated.v1;
const utf8 = new TextEncoder();
const STEPS = 100;

let gateway: FakeGateway | undefined;
let connection: WorkerConnection | undefined;

afterEach(async () => {
  await connection?.close();
  connection = undefined;
  await gateway?.close();
  gateway = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function makeApp(baseUrl: string): Tether {
  const app = new Tether({ id: "cp-app", baseUrl });
  app.createFunction({ id: "hundred", triggers: [{ event: "cp/hundred" }] }, async ({ step }) => {
    let sum = 0;
    for (let i = 0; i < STEPS; i++) sum += await step.run(`step-${i}`, () => i);
    return { sum };
  });
  app.createFunction({ id: "reporter", triggers: [{ event: "cp/reporter" }] }, async ({ step }) => {
    await step.run("report", async (ctx) => {
      for (let pct = 10; pct <= 100; pct += 10) {
        ctx.progress({ pct });
        await sleep(15);
      }
    });
    return step.run("tokens", async (ctx) => {
      // Two bursts of five chunks: far fewer messages than chunks.
      for (const token of ["H", "e", "l", "l", "o"]) ctx.stream(token);
      await sleep(20);
      for (const token of [",", " ", "w", "or", "ld"]) ctx.stream(token);
      return "reported";
    });
  });
  app.createFunction({ id: "paced", triggers: [{ event: "cp/paced" }] }, async ({ step, event }) => {
    const count = Number(event.data.count ?? 5);
    const ms = Number(event.data.ms ?? 30);
    for (let i = 0; i < count; i++) await step.run(`p-${i}`, () => sleep(ms).then(() => i));
    return "paced";
  });
  app.createFunction({ id: "long-step", triggers: [{ event: "cp/long" }] }, async ({ step, event }) => {
    return step.run("long", () => sleep(Number(event.data.ms ?? 250)).then(() => "long done"));
  });
  return app;
}

async function setup(options: FakeGatewayOptions = {}, connectOptions: Partial<ConnectOptions> = {}) {
  gateway = await FakeGateway.start(options);
  connection = await connect({
    apps: [makeApp(gateway.apiUrl)],
    instanceId: "cp-worker",
    handleShutdownSignals: [],
    ...connectOptions,
    tuning: { random: () => 0.5, ...connectOptions.tuning },
  });
  return { gateway, connection, conn: gateway.connections[0]! };
}

function sendRequest(conn: FakeConnection, requestId: string, fn: string, options: { data?: Record<string, unknown>; checkpoint?: boolean } = {}): void {
  const data = options.data ?? {};
  const event = { name: `cp/${fn}`, data, user: {} };
  conn.sendExecutorRequest({
    requestId,
    accountId: "acct",
    envId: "env",
    appId: "app-uuid",
    appName: "cp-app",
    functionId: "fn-uuid",
    functionSlug: `cp-app-${fn}`,
    stepId: "step",
    requestPayload: utf8.encode(
      JSON.stringify({
        event,
        events: [event],
        steps: {},
        ctx: {
          fn_id: "fn-uuid",
          qi_id: "qi-1",
          ...(options.checkpoint === false ? {} : { tether_checkpoint: true }),
          run_id: `run-${requestId}`,
          attempt: 0,
          max_attempts: 3,
          stack: { stack: [], current: 0 },
          disable_immediate_execution: false,
        },
        version: 2,
        use_api: false,
      }),
    ),
    systemTraceCtx: utf8.encode("{}"),
    userTraceCtx: utf8.encode("{}"),
    runId: `run-${requestId}`,
    leaseId: "lease-0",
    jobId: "job-1",
  });
}

const replyOps = (reply: generated.v1.SDKResponse): Array<Record<string, unknown>> =>
  JSON.parse(Buffer.from(reply.body).toString("utf8")) as Array<Record<string, unknown>>;

/** Step ids stored through checkpoints of `requestId`, in seq order. */
function checkpointedIds(gw: FakeGateway, requestId: string): string[] {
  return gw.checkpoints
    .filter((checkpoint) => checkpoint.requestId === requestId)
    .sort((a, b) => a.seq - b.seq)
    .flatMap((checkpoint) => checkpoint.steps.map((op) => op.id as string));
}

describe("worker-sdk checkpointing over connect", () => {
  test("a 100-step function completes in one request: checkpoints acked, RunComplete in the reply", async () => {
    const { gateway, connection, conn } = await setup();
    sendRequest(conn, "req-100", "hundred");
    const reply = await gateway.waitFor(() => gateway.replies.find((r) => r.requestId === "req-100"), 10_000, "reply");

    assert.equal(conn.framesOf(Kind.GATEWAY_EXECUTOR_REQUEST).length, 0, "the gateway sent one request only");
    assert.equal(gateway.replies.length, 1, "one reply for the whole run");
    assert.equal(reply.status, pb.SDKResponseStatus.NOT_COMPLETED);
    assert.equal(reply.noRetry, false);
    const ops = replyOps(reply);
    assert.deepEqual(ops.at(-1), { op: "RunComplete", id: h("complete"), data: { sum: (STEPS * (STEPS - 1)) / 2 } });
    for (const op of ops.slice(0, -1)) assert.equal(op.op, "StepRun");

    const checkpoints = gateway.checkpoints.filter((checkpoint) => checkpoint.requestId === "req-100");
    assert.ok(checkpoints.length >= 9, `most steps travel in checkpoints (got ${checkpoints.length})`);
    assert.deepEqual(checkpoints.map((c) => c.seq), checkpoints.map((_, i) => i + 1), "seq counts up from 1");
    for (const checkpoint of checkpoints) {
      assert.equal(checkpoint.runId, "run-req-100");
      assert.ok(checkpoint.steps.length >= 1 && checkpoint.steps.length <= 10, "at most bufferedSteps per checkpoint");
      for (const op of checkpoint.steps) assert.equal(op.op, "StepRun");
    }
    const all = [...checkpointedIds(gateway, "req-100"), ...ops.slice(0, -1).map((op) => op.id as string)];
    assert.deepEqual(all, Array.from({ length: STEPS }, (_, i) => h(`step-${i}`)), "every step exactly once, in order");
    const firstCheckpointed = checkpoints[0]!.steps[0]!;
    assert.equal(firstCheckpointed.data, 0);
    assert.deepEqual(firstCheckpointed.userland, { id: "step-0" });
    const kinds = conn.kinds();
    assert.ok(kinds.lastIndexOf(TetherKind.WORKER_CHECKPOINT) < kinds.indexOf(Kind.WORKER_REPLY), "checkpoints precede the reply");
    await gateway.waitFor(() => connection.snapshot().pendingCheckpointAcks === 0, 1_000, "no acks pending");
  });

  test("without ctx.tether_checkpoint the worker runs one step per request and sends no checkpoint", async () => {
    const { gateway, conn } = await setup();
    sendRequest(conn, "req-plain", "hundred", { checkpoint: false });
    const reply = await gateway.waitFor(() => gateway.replies[0], 5_000, "reply");
    assert.deepEqual(replyOps(reply).map((op) => [op.op, op.id]), [["StepRun", h("step-0")]]);
    assert.equal(gateway.checkpoints.length, 0, "no checkpoint frames");
  });

  test("progress and streamed chunks arrive as WORKER_STEP_PROGRESS, rate-limited per step", async () => {
    const { gateway, conn } = await setup({}, { tuning: { progressIntervalMs: 40 } });
    sendRequest(conn, "req-progress", "reporter");
    const reply = await gateway.waitFor(() => gateway.replies[0], 5_000, "reply");
    assert.equal(replyOps(reply).at(-1)!.data, "reported");
    const progress = gateway.progress.filter((p) => p.requestId === "req-progress");
    assert.ok(progress.length >= 3, `several progress messages (got ${progress.length})`);
    assert.ok(progress.length < 14, `updates are coalesced (got ${progress.length})`);
    for (const message of progress) assert.equal(message.runId, "run-req-progress");
    const report = progress.filter((p) => p.stepId === h("report"));
    const tokens = progress.filter((p) => p.stepId === h("tokens"));
    assert.equal(report.length + tokens.length, progress.length, "progress names the hashed step ids");
    // The limit holds on the worker's clock, not on arrival times (a loaded machine delivers
    // messages in bunches): over a step that ran d ms, at most one message per 40 ms interval,
    // plus the first (sent at once) and the flush at the step's end.
    const stepOps = [...gateway.checkpoints.filter((c) => c.requestId === "req-progress").flatMap((c) => c.steps), ...replyOps(reply)];
    for (const [name, messages] of [["report", report], ["tokens", tokens]] as const) {
      const timing = stepOps.find((op) => op.id === h(name))?.timing as { b: number } | undefined;
      assert.ok(timing, `the ${name} step's timing`);
      const ranMs = timing.b / 1e6;
      assert.ok(messages.length <= Math.floor(ranMs / 40) + 2, `${name}: ${messages.length} messages over ${ranMs.toFixed(0)} ms is more than one per interval`);
    }
    assert.ok(report.every((p) => !p.append), "progress() replaces");
    assert.deepEqual(report[0]!.data, { pct: 10 }, "the first update goes out at once");
    assert.deepEqual(report.at(-1)!.data, { pct: 100 }, "the last value is sent when the step ends");
    assert.ok(tokens.every((p) => p.append), "stream() appends");
    assert.ok(tokens.length <= 3, `ten chunks are coalesced (got ${tokens.length} messages)`);
    assert.equal(tokens.map((p) => p.data).join(""), "Hello, world", "chunks arrive in order, concatenated");
    const kinds = conn.kinds();
    assert.ok(kinds.lastIndexOf(TetherKind.WORKER_STEP_PROGRESS) < kinds.indexOf(Kind.WORKER_REPLY), "progress precedes the reply");
  });

  test("a stale_dispatch ack drops the request: user code stops and no reply is sent", async () => {
    const { gateway, connection, conn } = await setup({
      checkpointAck: () => ({ ok: false, errorCode: "stale_dispatch", errorMessage: "the request is no longer live" }),
    });
    sendRequest(conn, "req-stale", "paced", { data: { count: 50, ms: 5 } });
    await gateway.waitFor(() => gateway.checkpoints.length >= 1, 5_000, "first checkpoint");
    await gateway.waitFor(() => connection.snapshot().inFlight.length === 0, 2_000, "request released");
    const ran = checkpointedIds(gateway, "req-stale").length;
    await sleep(200);
    assert.equal(gateway.replies.length, 0, "no reply");
    assert.equal(gateway.flushRequests.length, 0, "nothing flushed");
    assert.equal(checkpointedIds(gateway, "req-stale").length, ran, "no checkpoint after the stale ack");
    assert.ok(ran < 50, "the run stopped early");
  });

  test("output_too_large: the step fails for good and the reply is [StepFailed]", async () => {
    const { gateway, conn } = await setup({
      checkpointAck: () => ({ ok: false, errorCode: "output_too_large", errorMessage: "too big" }),
    });
    sendRequest(conn, "req-big", "hundred");
    const reply = await gateway.waitFor(() => gateway.replies[0], 5_000, "reply");
    const ops = replyOps(reply);
    assert.equal(ops.length, 1);
    assert.equal(ops[0]!.op, "StepFailed");
    assert.equal((ops[0]!.error as { name: string }).name, "OutputTooLargeError");
    assert.equal(reply.noRetry, true);
  });

  test("checkpoints unacked when the socket drops are sent again after the reconnect; the reply still arrives", async () => {
    let withhold = true;
    const { gateway, conn } = await setup(
      { checkpointAck: () => (withhold ? undefined : { ok: true }) },
      { tuning: { stableConnectionMs: 0 } },
    );
    sendRequest(conn, "req-drop", "paced", { data: { count: 30, ms: 10 } });
    await gateway.waitFor(() => gateway.checkpoints.length >= 2, 5_000, "unacked checkpoints");
    const beforeDrop = checkpointedIds(gateway, "req-drop");
    withhold = false;
    conn.drop();
    const reply = await gateway.waitFor(
      () => gateway.replies.find((r) => r.requestId === "req-drop") ?? gateway.flushRequests.find((f) => f.response.requestId === "req-drop")?.response,
      10_000,
      "reply after the reconnect",
    );
    assert.ok(gateway.connections.length >= 2, "the worker reconnected");
    const ops = replyOps(reply);
    assert.deepEqual(ops.at(-1), { op: "RunComplete", id: h("complete"), data: "paced" });
    const resent = gateway.checkpoints.filter((c) => c.conn !== conn).flatMap((c) => c.steps.map((op) => op.id as string));
    const delivered = new Set([...resent, ...ops.map((op) => op.id as string)]);
    for (const id of beforeDrop) assert.ok(delivered.has(id), `step ${id} from an unacked checkpoint is delivered again`);
    for (let i = 0; i < 30; i++) assert.ok(delivered.has(h(`p-${i}`)) || beforeDrop.includes(h(`p-${i}`)), `step p-${i} is delivered`);
  });
});

describe("worker-sdk leases for long requests", () => {
  test("a step outliving several extension intervals keeps its lease, each extension using the last lease id", async () => {
    const { gateway, conn } = await setup({ extendLeaseInterval: "40ms" });
    sendRequest(conn, "req-long", "long-step", { data: { ms: 250 } });
    const reply = await gateway.waitFor(() => gateway.replies[0], 5_000, "reply");
    assert.equal(replyOps(reply).at(-1)!.data, "long done");
    const extensions = conn.framesOf(Kind.WORKER_REQUEST_EXTEND_LEASE).map((f) => pb.WorkerRequestExtendLeaseData.decode(f.payload));
    assert.ok(extensions.length >= 3, `at least 3 extensions (got ${extensions.length})`);
    assert.deepEqual(
      extensions.map((e) => e.leaseId),
      extensions.map((_, i) => (i === 0 ? "lease-0" : `lease-${i}`)),
      "each extension carries the lease id of the previous ack",
    );
    const afterReply = conn.framesOf(Kind.WORKER_REQUEST_EXTEND_LEASE).length;
    await sleep(120);
    assert.equal(conn.framesOf(Kind.WORKER_REQUEST_EXTEND_LEASE).length, afterReply, "extensions stop with the request");
  });

  test("a checkpointing request running many steps keeps extending its lease", async () => {
    const { gateway, conn } = await setup({ extendLeaseInterval: "40ms" });
    sendRequest(conn, "req-many", "paced", { data: { count: 10, ms: 25 } });
    const reply = await gateway.waitFor(() => gateway.replies[0], 5_000, "reply");
    assert.equal(replyOps(reply).at(-1)!.op, "RunComplete");
    const extensions = conn.framesOf(Kind.WORKER_REQUEST_EXTEND_LEASE).map((f) => pb.WorkerRequestExtendLeaseData.decode(f.payload));
    assert.ok(extensions.length >= 4, `the lease was extended throughout (got ${extensions.length})`);
    assert.ok(extensions.every((e) => e.requestId === "req-many"), "extensions name the request");
  });
});
