// Executor ⇄ gateway ⇄ worker request lifecycle with a hand-driven worker: ACK, lease extension,
// reply and reply ACK, de-duplication of replies (socket + flush), the flush path, WORKER_PAUSE
// routing, capacity, and how each SDK response drives the run.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import { hashStepId } from "../helpers/step-id.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectRawWorker, fnConfig, K, replyFrame, takeRequest } from "../helpers/raw-worker.ts";
import { waitFor } from "../helpers/wait.ts";

const S = pb.v1.SDKResponseStatus;

describe("request flow", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess(["--retry-interval", "0.05"]);
  });
  after(async () => {
    await srv.close();
  });

  const send = async (name: string, data: Record<string, unknown> = {}) =>
    (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name, data }) })).json()).ids[0] as string;
  const runOf = async (eventId: string) => waitFor(async () => {
    const r = (await (await fetch(`${srv.apiUrl}/v1/events/${eventId}/runs`)).json()).data[0];
    return r && r.status !== "Running" ? r : undefined;
  });
  const fullRun = async (runId: string) => (await (await fetch(`${srv.apiUrl}/v1/runs/${runId}`)).json()).data;

  test("drives a run request by request: StepRun ops are memoised and the final DONE is the output", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "flow", functions: [fnConfig("flow", "two", "flow/two")] }]);
    const eventId = await send("flow/two", { n: 2 });
    const a = hashStepId("a");
    const b = hashStepId("b");
    let { req, body } = await takeRequest(worker);
    assert.equal(req.appName, "flow");
    assert.equal(req.functionSlug, "flow-two");
    assert.equal(req.stepId, "step");
    assert.equal(body.event.data.n, 2);
    assert.deepEqual(body.steps, {});
    assert.equal(body.ctx.attempt, 0);
    assert.equal(body.ctx.max_attempts, 5, "default 4 retries = 5 attempts");
    assert.equal(body.version, -1);
    assert.equal(body.ctx.fn_id, req.functionId, "fn_id and qi_id let SDKs checkpoint");
    assert.equal(body.ctx.qi_id, req.jobId);
    worker.send(K.WORKER_REPLY, replyFrame(req, S.NOT_COMPLETED, [{ id: a, op: "StepRun", name: "a", data: 1 }]));
    await worker.next(K.WORKER_REPLY_ACK);
    ({ req, body } = await takeRequest(worker));
    assert.deepEqual(body.steps, { [a]: { data: 1 } });
    assert.deepEqual(body.ctx.stack, { stack: [a], current: 1 });
    assert.equal(body.version, 2, "the SDK's request version is kept");
    worker.send(K.WORKER_REPLY, replyFrame(req, S.NOT_COMPLETED, [{ id: b, op: "StepRun", name: "b", data: { two: 2 } }]));
    ({ req, body } = await takeRequest(worker));
    assert.deepEqual(body.steps, { [a]: { data: 1 }, [b]: { data: { two: 2 } } });
    worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, { ok: true }));
    const run = await runOf(eventId);
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { ok: true });
    const full = await fullRun(run.run_id);
    assert.deepEqual(full.steps.map((s: { id: string; output: unknown }) => [s.id, s.output]), [[a, 1], [b, { two: 2 }]]);
    worker.close();
  });

  test("extends a lease with a new lease id, and NACKs an unknown lease", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "lease", functions: [fnConfig("lease", "f", "lease/go")] }]);
    const eventId = await send("lease/go");
    const { req } = await takeRequest(worker);
    const ext = (leaseId: string) => pb.v1.WorkerRequestExtendLeaseData.encode({ requestId: req.requestId, leaseId, runId: req.runId }).finish();
    worker.send(K.WORKER_REQUEST_EXTEND_LEASE, ext(req.leaseId));
    const ack = pb.v1.WorkerRequestExtendLeaseAckData.decode((await worker.next(K.WORKER_REQUEST_EXTEND_LEASE_ACK)).payload);
    assert.ok(ack.newLeaseId && ack.newLeaseId !== req.leaseId, "ack.newLeaseId && ack.newLeaseId !== req.leaseId");
    // A retry with the previous id (lost ACK) is idempotent: same new id.
    worker.send(K.WORKER_REQUEST_EXTEND_LEASE, ext(req.leaseId));
    const again = pb.v1.WorkerRequestExtendLeaseAckData.decode((await worker.next(K.WORKER_REQUEST_EXTEND_LEASE_ACK)).payload);
    assert.equal(again.newLeaseId, ack.newLeaseId);
    // Some other live lease id: NACK (no new_lease_id).
    worker.send(K.WORKER_REQUEST_EXTEND_LEASE, ext("01ARZ3NDEKTSV4RRFFQ69G5FAV"));
    const nack = pb.v1.WorkerRequestExtendLeaseAckData.decode((await worker.next(K.WORKER_REQUEST_EXTEND_LEASE_ACK)).payload);
    assert.equal(nack.newLeaseId ?? undefined, undefined);
    worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, 1));
    assert.equal((await runOf(eventId)).status, "Completed");
    worker.close();
  });

  test("an extend-lease payload with a non-ULID lease id closes 1008", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "lease2", functions: [] }]);
    worker.send(K.WORKER_REQUEST_EXTEND_LEASE, pb.v1.WorkerRequestExtendLeaseData.encode({ requestId: "r", leaseId: "not-a-ulid" }).finish());
    assert.deepEqual(await worker.closed, { code: 1008, reason: "connect_worker_request_extend_lease_invalid_payload" });
  });

  test("a reply delivered twice (socket, then /v0/connect/flush) is applied once", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "dup", functions: [fnConfig("dup", "f", "dup/go")] }]);
    const eventId = await send("dup/go");
    const s1 = hashStepId("s1");
    let { req } = await takeRequest(worker);
    const frame = replyFrame(req, S.NOT_COMPLETED, [{ id: s1, op: "StepRun", data: "first" }]);
    worker.send(K.WORKER_REPLY, frame);
    await worker.next(K.WORKER_REPLY_ACK);
    const flush = await fetch(`${srv.apiUrl}/v0/connect/flush`, { method: "POST", body: Buffer.from(frame) });
    assert.equal(flush.status, 200);
    assert.equal(pb.v1.FlushResponse.decode(new Uint8Array(await flush.arrayBuffer())).requestId, req.requestId);
    ({ req } = await takeRequest(worker));
    worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, "end"));
    const run = await runOf(eventId);
    const full = await fullRun(run.run_id);
    assert.equal(full.steps.length, 1);
    assert.equal(full.steps[0].output, "first");
    worker.close();
  });

  test("a reply sent only through /v0/connect/flush completes the request", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "flush", functions: [fnConfig("flush", "f", "flush/go")] }]);
    const eventId = await send("flush/go");
    const { req } = await takeRequest(worker);
    const r = await fetch(`${srv.apiUrl}/v0/connect/flush`, { method: "POST", body: Buffer.from(replyFrame(req, S.DONE, { via: "flush" })) });
    assert.equal(r.status, 200);
    assert.deepEqual((await runOf(eventId)).output, { via: "flush" });
    worker.close();
  });

  test("/v0/connect/flush rejects an empty body and bad trace context with 400 JSON", async () => {
    const empty = await fetch(`${srv.apiUrl}/v0/connect/flush`, { method: "POST" });
    assert.equal(empty.status, 400);
    assert.equal((await empty.json()).code, "bad_request");
    const bad = pb.v1.SDKResponse.encode({ requestId: "x", systemTraceCtx: Buffer.from("{nope") }).finish();
    const r = await fetch(`${srv.apiUrl}/v0/connect/flush`, { method: "POST", body: Buffer.from(bad) });
    assert.equal(r.status, 400);
  });

  test("a paused worker gets no new requests; another connection of the app does", async () => {
    const fns = [fnConfig("pause", "f", "pause/go")];
    const a = await connectRawWorker(srv.apiUrl, [{ name: "pause", functions: fns }]);
    a.worker.send(K.WORKER_PAUSE);
    const b = await connectRawWorker(srv.apiUrl, [{ name: "pause", functions: fns }]);
    await new Promise((r) => setTimeout(r, 50));
    const eventId = await send("pause/go");
    const { req } = await takeRequest(b.worker);
    b.worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, "b"));
    assert.equal((await runOf(eventId)).output, "b");
    assert.equal(a.worker.frames.filter((f) => f.kind === K.GATEWAY_EXECUTOR_REQUEST).length, 0);
    a.worker.close();
    b.worker.close();
  });

  test("max_worker_concurrency caps requests in flight per instance", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "cap", functions: [fnConfig("cap", "f", "cap/go")] }], { maxWorkerConcurrency: 2 });
    const ids = await Promise.all([1, 2, 3, 4].map(() => send("cap/go")));
    const first = [await takeRequest(worker), await takeRequest(worker)];
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(worker.frames.filter((f) => f.kind === K.GATEWAY_EXECUTOR_REQUEST).length, 0, "a third request arrived while 2 were in flight");
    for (const { req } of first) worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, 1));
    for (let i = 0; i < 2; i++) {
      const { req } = await takeRequest(worker, 5_000);
      worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, 1));
    }
    for (const id of ids) assert.equal((await runOf(id)).status, "Completed");
    worker.close();
  });

  test("a retriable StepError retries the same step with attempt + 1; success resets to attempt 0", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "retry", functions: [fnConfig("retry", "f", "retry/go")] }]);
    const eventId = await send("retry/go");
    const s = hashStepId("flaky");
    const err = { name: "Error", message: "boom", stack: "", __serialized: true };
    let { req, body } = await takeRequest(worker);
    assert.equal(body.ctx.attempt, 0);
    worker.send(K.WORKER_REPLY, replyFrame(req, S.NOT_COMPLETED, [{ id: s, op: "StepError", error: err }]));
    ({ req, body } = await takeRequest(worker));
    assert.equal(body.ctx.attempt, 1);
    worker.send(K.WORKER_REPLY, replyFrame(req, S.NOT_COMPLETED, [{ id: s, op: "StepRun", data: "ok" }]));
    ({ req, body } = await takeRequest(worker));
    assert.equal(body.ctx.attempt, 0);
    worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, "done"));
    assert.equal((await runOf(eventId)).status, "Completed");
    worker.close();
  });

  test("StepFailed memoises the error; an uncaught error then fails the run without retries", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "sf", functions: [fnConfig("sf", "f", "sf/go")] }]);
    const eventId = await send("sf/go");
    const s = hashStepId("x");
    const err = { name: "NonRetriableError", message: "nope", __serialized: true };
    let { req, body } = await takeRequest(worker);
    worker.send(K.WORKER_REPLY, replyFrame(req, S.NOT_COMPLETED, [{ id: s, op: "StepFailed", error: err }]));
    ({ req, body } = await takeRequest(worker));
    assert.deepEqual(body.steps[s], { error: err });
    // The official SDK answers an uncaught NonRetriableError with DONE + no_retry.
    worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, err, { noRetry: true }));
    const run = await runOf(eventId);
    assert.equal(run.status, "Failed");
    assert.equal(run.output.name, "NonRetriableError");
    worker.close();
  });

  test("a function-level ERROR is retried until attempts run out, then the run fails", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "fe", functions: [fnConfig("fe", "f", "fe/go", 1)] }]);
    const eventId = await send("fe/go");
    for (let attempt = 0; attempt < 2; attempt++) {
      const { req, body } = await takeRequest(worker);
      assert.equal(body.ctx.attempt, attempt);
      assert.equal(body.ctx.max_attempts, 2);
      worker.send(K.WORKER_REPLY, replyFrame(req, S.ERROR, { name: "Error", message: `fail ${attempt}` }));
    }
    const run = await runOf(eventId);
    assert.equal(run.status, "Failed");
    assert.equal(run.output.message, "fail 1");
    worker.close();
  });

  test("parallel StepPlanned ops run as separate requests and one discovery follows the fan-in", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "par", functions: [fnConfig("par", "f", "par/go")] }]);
    const eventId = await send("par/go");
    const p1 = hashStepId("p1");
    const p2 = hashStepId("p2");
    let { req } = await takeRequest(worker);
    worker.send(K.WORKER_REPLY, replyFrame(req, S.NOT_COMPLETED, [{ id: p1, op: "StepPlanned", name: "p1" }, { id: p2, op: "StepPlanned", name: "p2" }]));
    const r1 = await takeRequest(worker);
    const r2 = await takeRequest(worker);
    assert.deepEqual(new Set([r1.req.stepId, r2.req.stepId]), new Set([p1, p2]));
    assert.equal(r1.body.ctx.disable_immediate_execution, true);
    for (const r of [r1, r2]) worker.send(K.WORKER_REPLY, replyFrame(r.req, S.NOT_COMPLETED, [{ id: r.req.stepId, op: "StepRun", data: r.req.stepId === p1 ? 1 : 2 }]));
    const disc = await takeRequest(worker);
    assert.equal(disc.req.stepId, "step");
    assert.deepEqual(disc.body.steps, { [p1]: { data: 1 }, [p2]: { data: 2 } });
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(worker.frames.filter((f) => f.kind === K.GATEWAY_EXECUTOR_REQUEST).length, 0, "fan-in made more than one discovery");
    worker.send(K.WORKER_REPLY, replyFrame(disc.req, S.DONE, 3));
    assert.equal((await runOf(eventId)).output, 3);
    worker.close();
  });

  test("a Sleep op resumes the run after the duration with the step memoised as null", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "nap", functions: [fnConfig("nap", "f", "nap/go")] }]);
    const eventId = await send("nap/go");
    const s = hashStepId("nap");
    let { req } = await takeRequest(worker);
    const t0 = Date.now();
    worker.send(K.WORKER_REPLY, replyFrame(req, S.NOT_COMPLETED, [{ id: s, op: "Sleep", name: "300ms" }]));
    let body;
    ({ req, body } = await takeRequest(worker));
    assert.ok(Date.now() - t0 >= 250, "woke too early");
    assert.deepEqual(body.steps, { [s]: null });
    worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, "rested"));
    assert.equal((await runOf(eventId)).output, "rested");
    worker.close();
  });

  test("a request for an app with no worker waits until one connects", async () => {
    const fns = [fnConfig("late", "f", "late/go")];
    // Register the app, then leave: the next run has nowhere to go.
    const first = await connectRawWorker(srv.apiUrl, [{ name: "late", functions: fns }]);
    first.worker.close();
    await first.worker.closed;
    const eventId = await send("late/go");
    await new Promise((r) => setTimeout(r, 1_200));
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "late", functions: fns }]);
    const { req } = await takeRequest(worker, 5_000);
    worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, "finally"));
    assert.equal((await runOf(eventId)).output, "finally");
    worker.close();
  });
});

describe("workers that vanish mid-request", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess(["--retry-interval", "0.05", "--orphan-grace-ms", "500"]);
  });
  after(async () => {
    await srv.close();
  });
  const send = async (name: string) =>
    (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name }) })).json()).ids[0] as string;
  const runOf = async (eventId: string) => waitFor(async () => {
    const r = (await (await fetch(`${srv.apiUrl}/v1/events/${eventId}/runs`)).json()).data[0];
    return r && r.status !== "Running" ? r : undefined;
  });

  test("a request whose worker died after ACK is retried on another worker after the orphan grace, not the whole lease", async () => {
    const fns = [fnConfig("gone", "f", "gone/go")];
    const a = await connectRawWorker(srv.apiUrl, [{ name: "gone", functions: fns }], { instanceId: "dies" });
    const eventId = await send("gone/go");
    const first = await takeRequest(a.worker);
    const b = await connectRawWorker(srv.apiUrl, [{ name: "gone", functions: fns }], { instanceId: "lives" });
    const t0 = Date.now();
    a.worker.ws.terminate();
    const again = await takeRequest(b.worker, 10_000);
    assert.ok(Date.now() - t0 < 5_000, "re-dispatch waited for the whole lease");
    assert.equal(again.body.ctx.attempt, 1, "the lost request counts as a failed attempt");
    assert.notEqual(again.req.requestId, first.req.requestId);
    // A late reply from the dead worker's request is discarded.
    const late = await fetch(`${srv.apiUrl}/v0/connect/flush`, { method: "POST", body: Buffer.from(replyFrame(first.req, S.DONE, "late")) });
    assert.equal(late.status, 200);
    b.worker.send(K.WORKER_REPLY, replyFrame(again.req, S.DONE, "from b"));
    assert.equal((await runOf(eventId)).output, "from b");
    b.worker.close();
  });

  test("a worker that reconnects and reports the request in WORKER_STATUS keeps it and replies on the new socket", async () => {
    const fns = [fnConfig("back", "f", "back/go")];
    const a = await connectRawWorker(srv.apiUrl, [{ name: "back", functions: fns }], { instanceId: "comes-back" });
    assert.equal(a.ready.statusInterval, "5s");
    const eventId = await send("back/go");
    const { req } = await takeRequest(a.worker);
    a.worker.ws.terminate();
    const a2 = await connectRawWorker(srv.apiUrl, [{ name: "back", functions: fns }], { instanceId: "comes-back" });
    a2.worker.send(K.WORKER_STATUS, pb.v1.WorkerStatusData.encode({ inFlightRequestIds: [req.requestId] }).finish());
    await new Promise((r) => setTimeout(r, 1_500));
    a2.worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, "survived"));
    await a2.worker.next(K.WORKER_REPLY_ACK);
    assert.equal((await runOf(eventId)).output, "survived");
    assert.equal(a2.worker.frames.filter((f) => f.kind === K.GATEWAY_EXECUTOR_REQUEST).length, 0, "the request was dispatched again");
    a2.worker.close();
  });
});
