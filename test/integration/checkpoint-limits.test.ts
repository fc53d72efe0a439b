// Checkpointed steps count toward the run's limits (docs/semantics.md §23) like steps in a reply: over
// the worker socket (Tether's WORKER_CHECKPOINT) and over HTTP (`/v1/checkpoint/{runId}/async`,
// the official SDK). A checkpoint that would pass 1000 steps or 32 MiB of state fails the run and
// is refused with stale_dispatch, so the SDK stops.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { tether as tpb } from "../../proto/gen/protos.js";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectRawWorker, fnConfig, type RawWorker, takeRequest } from "../helpers/raw-worker.ts";
import { hashStepId } from "../helpers/step-id.ts";
import { waitFor } from "../helpers/wait.ts";

const TK = tpb.v1.TetherMessageKind;
const stepOps = (from: number, n: number, data: unknown = 1) =>
  Array.from({ length: n }, (_, i) => ({ id: hashStepId(`s${from + i}`), op: "StepRun", name: `s${from + i}`, data }));

describe("checkpointed steps and run limits", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess(["--orphan-grace-ms", "200", "--drain-grace-ms", "200"]);
  });
  after(async () => {
    await srv.close();
  });

  /** Connects a worker for `app`, sends its event and takes the first request. */
  const start = async (app: string) => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: app, functions: [fnConfig(app, "f", `${app}/go`)] }]);
    await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: `${app}/go` }) });
    const { req } = await takeRequest(worker);
    return { worker, req };
  };
  const checkpoint = async (worker: RawWorker, req: { requestId: string; runId: string }, seq: number, steps: unknown[]) => {
    worker.send(TK.WORKER_CHECKPOINT, tpb.v1.WorkerCheckpointData.encode({ requestId: req.requestId, runId: req.runId, seq, steps: Buffer.from(JSON.stringify(steps)) }).finish());
    return tpb.v1.WorkerCheckpointAckData.decode((await worker.next(TK.WORKER_CHECKPOINT_ACK, 15_000)).payload);
  };
  const runView = async (runId: string) => (await (await fetch(`${srv.apiUrl}/v1/runs/${runId}`)).json()).data;

  test("Parallel: 1001st step in a run ⇒ run fails with step-limit error, also when the steps are checkpointed over the socket", async () => {
    const { worker, req } = await start("cklim");
    for (let i = 0; i < 4; i++) {
      const ack = await checkpoint(worker, req, i + 1, stepOps(i * 250, 250));
      assert.equal(ack.ok, true, `checkpoint ${i + 1} (steps up to ${(i + 1) * 250}) is within the limit`);
    }
    const over = await checkpoint(worker, req, 5, stepOps(1000, 1));
    assert.deepEqual([over.ok, over.errorCode], [false, "stale_dispatch"], "the 1001st step is refused and the SDK told to stop");
    const run = await runView(req.runId);
    assert.equal(run.status, "Failed");
    assert.equal(run.output.name, "InngestErrFunctionOverflowed");
    assert.equal(run.steps.length, 1000, "the refused checkpoint stored nothing");
    worker.close();
  });

  test("Run state: cumulative state > 32 MiB ⇒ run fails, also when the steps are checkpointed over the socket", async () => {
    const { worker, req } = await start("ckstate");
    const big = "x".repeat(3_900_000);
    for (let i = 0; i < 8; i++) {
      const ack = await checkpoint(worker, req, i + 1, stepOps(i, 1, big));
      assert.equal(ack.ok, true, `step ${i + 1} (≈${((i + 1) * 3.9).toFixed(1)} MB) is within 32 MiB`);
    }
    const over = await checkpoint(worker, req, 9, stepOps(8, 1, big));
    assert.deepEqual([over.ok, over.errorCode], [false, "stale_dispatch"]);
    const run = await runView(req.runId);
    assert.equal(run.status, "Failed");
    assert.equal(run.output.name, "InngestErrStateOverflowed");
    assert.equal(run.steps.length, 8);
    worker.close();
  });

  test("steps checkpointed through /v1/checkpoint/{runId}/async (official SDK) count toward the 1000-step limit", async () => {
    const { worker, req } = await start("ckhttp");
    const post = (steps: unknown[]) => fetch(`${srv.apiUrl}/v1/checkpoint/${req.runId}/async`, {
      method: "POST", body: JSON.stringify({ run_id: req.runId, request_id: req.requestId, steps }),
    });
    const ok = await post(stepOps(0, 1000));
    assert.equal(ok.status, 200, await ok.text());
    const again = await post(stepOps(990, 10));
    assert.equal(again.status, 200, "re-reporting stored steps does not count them twice");
    const over = await post(stepOps(1000, 1));
    assert.equal(over.status, 409);
    assert.equal((await over.json()).code, "stale_dispatch");
    const run = await waitFor(async () => {
      const v = await runView(req.runId);
      return v.status !== "Running" ? v : undefined;
    }, { what: "the run to fail" });
    assert.equal(run.status, "Failed");
    assert.equal(run.output.name, "InngestErrFunctionOverflowed");
    assert.equal(run.steps.length, 1000);
    worker.close();
  });
});
