// Issue 15, point 8: a step that blocks the worker's thread keeps its worker. The server runs as its
// own process (an in-process server would be blocked by the same loop); with 100 ms heartbeats
// and a 400 ms lease, a step that busy-loops for 1.5 s misses far more than 5 heartbeats and
// several lease extensions on the user's thread. The connection thread keeps both going, so the
// run completes with the step executed once, on the same connection, with no retry.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { connect, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";

const HEARTBEAT_MS = 100;
const LEASE_MS = 400;
const BLOCK_MS = 1_500;

function blockThread(ms: number): number {
  const until = Date.now() + ms;
  let spins = 0;
  while (Date.now() < until) spins++;
  return spins;
}

describe("worker-sdk: a CPU-bound step keeps its worker", () => {
  let tether: TetherProcess;
  let conn: WorkerConnection | undefined;
  before(async () => {
    tether = await startTether({ args: ["--heartbeat-interval-ms", String(HEARTBEAT_MS), "--lease-ms", String(LEASE_MS)] });
  });
  after(async () => {
    await conn?.close();
    await tether?.stop();
  });

  test("a step blocking its thread past 5 heartbeats runs once, on the same connection, and the run completes", { timeout: 60_000 }, async () => {
    const app = new Tether({ id: "cpu-bound-app", baseUrl: tether.apiUrl });
    const executions = { block: 0, after: 0, attempts: [] as number[] };
    app.createFunction({ id: "crunch", triggers: [{ event: "cpu/crunch" }], retries: 3 }, async ({ step, attempt }) => {
      executions.attempts.push(attempt);
      const spins = await step.run("block", () => {
        executions.block++;
        return blockThread(BLOCK_MS) > 0;
      });
      await step.run("after", () => executions.after++);
      return { spins };
    });
    conn = await connect({ apps: [app], instanceId: "cpu-bound-worker", handleShutdownSignals: [] });
    const connectionId = conn.connectionId;
    assert.ok(connectionId, "connected");

    const { ids } = await tether.sendEvent({ name: "cpu/crunch", data: {} });
    const [run] = await tether.waitForRuns(ids[0]!, { timeoutMs: 30_000 });
    assert.equal(run.status, "Completed", JSON.stringify(run));
    assert.deepEqual(run.output, { spins: true });
    assert.equal(executions.block, 1, "the blocking step ran once");
    assert.equal(executions.after, 1, "the next step ran once");
    assert.ok(executions.attempts.every((attempt) => attempt === 0), `no retry: attempts ${executions.attempts.join(",")}`);
    assert.equal(conn.connectionId, connectionId, "the same gateway connection served the whole run");
    assert.equal(conn.snapshot().consecutiveFailures, 0, "the connection never failed");
  });
});
