// Checkpointing with the official SDK in connect mode (issue 6, docs/execution-protocol.md §4.2): with
// `fn_id`/`qi_id` in the request the SDK runs all 20 steps in one request and reports each to
// `/v1/checkpoint/{runId}/async`; the stored run shows every step. Stale reports get 409.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type FixtureProcess, startFixture } from "../helpers/official-sdk-worker.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const WORKER = join(import.meta.dirname, "fixtures", "official-checkpoint-worker.mjs");

describe("official SDK checkpointing (connect)", () => {
  let tether: TetherProcess;
  let worker: FixtureProcess;
  before(async () => {
    tether = await startTether();
    worker = startFixture(WORKER, { env: { TETHER_API_URL: tether.apiUrl } });
    await worker.waitForLine((l) => l.type === "ready", { timeoutMs: 20_000, what: "worker ready" });
  });
  after(async () => {
    await worker?.stop();
    await tether?.stop();
  });

  test("a 20-step function completes in one request and the stored run shows all 20 steps", async () => {
    const sent = await tether.sendEvent({ name: "ckpt/twenty", data: { tag: "a" } });
    const [run] = await tether.waitForRuns(sent.ids[0]);
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { total: 190 });
    const invocations = worker.lines().filter((l) => l.type === "invocation" && l.tag === "a");
    assert.equal(invocations.length, 1, `expected one request, saw ${invocations.length}`);
    const execs = worker.lines().filter((l) => l.type === "exec" && l.tag === "a");
    assert.equal(execs.length, 20, "each step body ran once");
    const full = (await tether.getJson(`/v1/runs/${run.run_id}`)).data;
    assert.equal(full.steps.length, 20);
    assert.deepEqual(full.steps.map((s: { output: number }) => s.output), Array.from({ length: 20 }, (_, i) => i));
  });

  test("a checkpoint for a request that is not live is answered 409 and stores nothing", async () => {
    const sent = await tether.sendEvent({ name: "ckpt/twenty", data: { tag: "b" } });
    const [run] = await tether.waitForRuns(sent.ids[0]);
    const r = await fetch(`${tether.apiUrl}/v1/checkpoint/${run.run_id}/async`, {
      method: "POST",
      body: JSON.stringify({ run_id: run.run_id, request_id: "01ARZ3NDEKTSV4RRFFQ69G5FAV", steps: [{ id: "x", op: "StepRun", data: 1 }] }),
    });
    assert.equal(r.status, 409);
    const body = await r.json();
    assert.equal(body.code, "stale_dispatch");
    assert.deepEqual(body.data, { run_id: run.run_id });
    const bad = await fetch(`${tether.apiUrl}/v1/checkpoint/${run.run_id}/async`, { method: "POST", body: "{nope" });
    assert.equal(bad.status, 400);
    await waitFor(async () => (await tether.getJson(`/v1/runs/${run.run_id}`)).data.steps.length === 20, { what: "steps unchanged" });
  });
});
