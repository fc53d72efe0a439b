// A step that runs longer than its request lease stays alive (issue 6, point 4): the worker
// extends the lease through the gateway, so the request is neither given up nor dispatched again.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { connect, Tether } from "../../worker-sdk/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { waitFor } from "../helpers/wait.ts";

let srv: InProcessServer;
before(async () => {
  // Lease 600 ms, extended every 150 ms: the 7 s step outlives the lease plus its 5 s grace.
  srv = await startInProcess(["--lease-ms", "600", "--retry-interval", "0.1"]);
});
after(async () => {
  await srv.close();
});

test("a step running for several lease lengths completes once, kept alive by lease extensions", { timeout: 30_000 }, async () => {
  const tether = new Tether({ id: "long", baseUrl: srv.apiUrl });
  let executions = 0;
  tether.createFunction({ id: "slow", triggers: [{ event: "long/go" }], checkpointing: false }, async ({ step }) => {
    const v = await step.run("slow", async () => {
      executions++;
      await new Promise((r) => setTimeout(r, 7_000));
      return "done";
    });
    return { v };
  });
  const conn = await connect({ apps: [tether], instanceId: "long-worker", handleShutdownSignals: [] });
  try {
    const { ids } = await tether.send({ name: "long/go", data: {} });
    const run = await waitFor(async () => {
      const r = (await (await fetch(`${srv.apiUrl}/v1/events/${ids[0]}/runs`)).json()).data[0];
      return r && r.status !== "Running" ? r : undefined;
    }, { timeoutMs: 20_000, what: "the run" });
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { v: "done" });
    assert.equal(executions, 1, "the long step was dispatched again");
    const full = (await (await fetch(`${srv.apiUrl}/v1/runs/${run.run_id}`)).json()).data;
    assert.equal(full.steps[0].attempt, 0, "the step needed no retry");
  } finally {
    await conn.close();
  }
});
