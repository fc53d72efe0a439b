// Tether's checkpointing and progress over the worker socket (issue 6), server side, with a
// hand-driven worker: checkpoints are stored and acked, stale ones refused, progress of a running
// step is visible through REST, and the final RunComplete ends the run.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect as pb, tether as tpb } from "../../proto/gen/protos.js";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectRawWorker, fnConfig, replyFrame, takeRequest } from "../helpers/raw-worker.ts";
import { hashStepId } from "../helpers/step-id.ts";
import { waitFor } from "../helpers/wait.ts";

const TK = tpb.v1.TetherMessageKind;

describe("socket checkpointing", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess();
  });
  after(async () => {
    await srv.close();
  });

  test("checkpoints are stored and acked, progress shows in REST, RunComplete ends the run", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "ck", functions: [fnConfig("ck", "f", "ck/go")] }]);
    const eventId = (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: "ck/go" }) })).json()).ids[0];
    const { req, body } = await takeRequest(worker);
    assert.equal(body.ctx.tether_checkpoint, true, "connect requests offer socket checkpointing");
    const [a, b, c] = ["a", "b", "c"].map(hashStepId);
    const checkpoint = (seq: number, steps: unknown[], requestId = req.requestId) => worker.send(TK.WORKER_CHECKPOINT,
      tpb.v1.WorkerCheckpointData.encode({ requestId, runId: req.runId, seq, steps: Buffer.from(JSON.stringify(steps)) }).finish());
    checkpoint(1, [{ id: a, op: "StepRun", name: "a", data: 1 }, { id: b, op: "StepRun", name: "b", data: 2 }]);
    const ack = tpb.v1.WorkerCheckpointAckData.decode((await worker.next(TK.WORKER_CHECKPOINT_ACK)).payload);
    assert.deepEqual([ack.requestId, Number(ack.seq), ack.ok], [req.requestId, 1, true]);
    const run = (await (await fetch(`${srv.apiUrl}/v1/events/${eventId}/runs`)).json()).data[0];
    let view = (await (await fetch(`${srv.apiUrl}/v1/runs/${run.run_id}`)).json()).data;
    assert.equal(view.status, "Running");
    assert.deepEqual(view.steps.map((s: { output: number }) => s.output), [1, 2], "checkpointed steps are stored while the request runs");

    worker.send(TK.WORKER_STEP_PROGRESS, tpb.v1.WorkerStepProgressData.encode({ requestId: req.requestId, runId: req.runId, stepId: c, data: Buffer.from('"tok1 "'), append: true }).finish());
    worker.send(TK.WORKER_STEP_PROGRESS, tpb.v1.WorkerStepProgressData.encode({ requestId: req.requestId, runId: req.runId, stepId: c, data: Buffer.from('"tok2"'), append: true }).finish());
    view = await waitFor(async () => {
      const v = (await (await fetch(`${srv.apiUrl}/v1/runs/${run.run_id}`)).json()).data;
      return v.progress?.[0]?.data === "tok1 tok2" ? v : undefined;
    }, { what: "progress in REST" });
    assert.equal(view.progress[0].step_id, c);

    checkpoint(2, [{ id: c, op: "StepRun", name: "c", data: 3 }], "01ARZ3NDEKTSV4RRFFQ69G5FAV");
    const stale = tpb.v1.WorkerCheckpointAckData.decode((await worker.next(TK.WORKER_CHECKPOINT_ACK)).payload);
    assert.deepEqual([stale.ok, stale.errorCode], [false, "stale_dispatch"]);

    worker.send(pb.v1.GatewayMessageType.WORKER_REPLY, replyFrame(req, pb.v1.SDKResponseStatus.NOT_COMPLETED,
      [{ id: c, op: "StepRun", name: "c", data: 3 }, { id: hashStepId("complete"), op: "RunComplete", data: { sum: 6 } }]));
    const done = await waitFor(async () => {
      const v = (await (await fetch(`${srv.apiUrl}/v1/runs/${run.run_id}`)).json()).data;
      return v.status === "Completed" ? v : undefined;
    });
    assert.deepEqual(done.output, { sum: 6 });
    assert.deepEqual(done.steps.map((s: { output: number }) => s.output), [1, 2, 3]);
    assert.deepEqual(done.progress, [], "a finished step's progress is no longer shown");
    worker.close();
  });

  test("a checkpoint with a step output over 4 MiB is refused with output_too_large", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "ck2", functions: [fnConfig("ck2", "f", "ck2/go")] }]);
    await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: "ck2/go" }) });
    const { req } = await takeRequest(worker);
    worker.send(TK.WORKER_CHECKPOINT, tpb.v1.WorkerCheckpointData.encode({
      requestId: req.requestId, runId: req.runId, seq: 1,
      steps: Buffer.from(JSON.stringify([{ id: hashStepId("big"), op: "StepRun", data: "x".repeat(4 * 1024 * 1024 + 1) }])),
    }).finish());
    const ack = tpb.v1.WorkerCheckpointAckData.decode((await worker.next(TK.WORKER_CHECKPOINT_ACK)).payload);
    assert.deepEqual([ack.ok, ack.errorCode], [false, "output_too_large"]);
    worker.send(pb.v1.GatewayMessageType.WORKER_REPLY, replyFrame(req, pb.v1.SDKResponseStatus.DONE, null));
    worker.close();
  });
});
