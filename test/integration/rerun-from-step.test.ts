// Rerun from a step (docs/semantics.md §25): the steps before it are restored from the original run,
// the chosen step runs again with the replacement input, and bad requests get clear 4xx errors.
// Driven by Tether's worker SDK over connect against the embedded server.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect, hashStepId, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { waitFor } from "../helpers/wait.ts";

describe("rerun from a step", () => {
  let srv: InProcessServer;
  let conn: WorkerConnection;
  let tether: Tether;
  const execs = { a: 0, b: [] as unknown[][], c: 0 };

  before(async () => {
    srv = await startInProcess(["--retry-interval", "0.05"]);
    tether = new Tether({ id: "rfs", baseUrl: srv.apiUrl });
    tether.createFunction({ id: "pipeline", triggers: [{ event: "rfs/go" }] }, async ({ step }) => {
      const a = await step.run("a", () => {
        execs.a++;
        return { base: 100 };
      });
      const b = await step.run("b", (x: number, y: number) => {
        execs.b.push([x, y]);
        return a.base + x + y;
      }, 1, 2);
      await step.sleep("nap", "1s");
      const c = await step.run({ id: "c", name: "twin" }, () => ++execs.c);
      const d = await step.run({ id: "d", name: "twin" }, () => "d");
      return { a, b, c, d };
    });
    conn = await connect({ apps: [tether], instanceId: "rfs-worker", handleShutdownSignals: [] });
  });
  after(async () => {
    await conn?.close();
    await srv?.close();
  });

  const api = async (path: string, init?: RequestInit) => {
    const r = await fetch(`${srv.apiUrl}${path}`, init);
    return { status: r.status, body: await r.json() };
  };
  const rerun = (runId: string, body?: unknown, version = "v1") =>
    api(`/${version}/runs/${runId}/rerun`, { method: "POST", ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const endedRun = (runId: string) => waitFor(async () => {
    const r = (await api(`/v1/runs/${runId}`)).body.data;
    return r && r.status !== "Running" ? r : undefined;
  }, { timeoutMs: 15_000, what: `run ${runId} ended` });
  const originalRun = async () => {
    const { ids } = await tether.send({ name: "rfs/go", data: {} });
    const runId = await waitFor(async () => (await api(`/v1/events/${ids[0]}/runs`)).body.data[0]?.run_id, { what: "run created" });
    return endedRun(runId);
  };

  test("Rerun: rerun from step B with new input ⇒ step A not executed (output restored), B uses new input", { timeout: 30_000 }, async () => {
    const first = await originalRun();
    assert.equal(first.status, "Completed");
    assert.deepEqual(first.output, { a: { base: 100 }, b: 103, c: 1, d: "d" });
    assert.equal(execs.a, 1, "step A ran once in the original run");
    assert.deepEqual(execs.b, [[1, 2]], "step B got its code's arguments");

    const r = await rerun(first.run_id, { fromStep: { stepId: "b", input: [10, 20] } });
    assert.equal(r.status, 200, `rerun accepted: ${JSON.stringify(r.body)}`);
    assert.notEqual(r.body.data.run_id, first.run_id);
    const again = await endedRun(r.body.data.run_id);
    assert.equal(again.status, "Completed");
    assert.equal(again.original_run_id, first.run_id);
    assert.deepEqual(again.output, { a: { base: 100 }, b: 130, c: 2, d: "d" }, "A's output restored, B computed from the new input");
    assert.equal(execs.a, 1, "step A was not executed again");
    assert.deepEqual(execs.b, [[1, 2], [10, 20]], "step B ran once more, with the new input");
    assert.equal(execs.c, 2, "steps after B ran again");
    const steps = again.steps.map((s: { name: string }) => s.name);
    assert.deepEqual(steps.slice(0, 2), ["a", "b"], "A restored first, then B's new result");
    assert.deepEqual(again.steps[1].output, 130);

    const original = (await api(`/v1/runs/${first.run_id}`)).body.data;
    assert.deepEqual(original.output, first.output, "the original run is unchanged");
  });

  test("Rerun: from a sleep step by hashed id on /v2 ⇒ steps before it restored, the sleep and later steps run again", { timeout: 30_000 }, async () => {
    const first = await originalRun();
    const before = { a: execs.a, b: execs.b.length, c: execs.c };
    const r = await rerun(first.run_id, { fromStep: { stepId: hashStepId("nap") } }, "v2");
    assert.equal(r.status, 200, `rerun accepted: ${JSON.stringify(r.body)}`);
    assert.equal(typeof r.body.data.runId, "string", "Inngest's v2 answer: {data: {runId}}");
    const again = await endedRun(r.body.data.runId);
    assert.equal(again.status, "Completed");
    assert.equal(execs.a, before.a, "step A not executed");
    assert.equal(execs.b.length, before.b, "step B not executed");
    assert.equal(execs.c, before.c + 1, "the step after the sleep ran again");
    assert.equal(again.output.b, 103, "B's original output restored");
  });

  test("Rerun: unknown step, ambiguous name, non-array input and input for a sleep are 400 with a code; nothing starts", async () => {
    const first = await originalRun();
    const cases: [unknown, string][] = [
      [{ fromStep: { stepId: "nope" } }, "rerun_step_not_found"],
      [{ fromStep: { stepId: "twin" } }, "rerun_step_ambiguous"],
      [{ fromStep: { stepId: "b", input: { x: 1 } } }, "bad_request"],
      [{ fromStep: { stepId: "b", input: "[1]" } }, "bad_request"],
      [{ fromStep: {} }, "bad_request"],
      [{ fromStep: { stepId: "nap", input: [1] } }, "bad_request"],
    ];
    for (const [body, code] of cases) {
      const r = await rerun(first.run_id, body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → 400`);
      assert.equal(r.body.code, code, `${JSON.stringify(body)} → ${code}`);
      assert.equal(typeof r.body.error, "string", "the error says what is wrong");
    }
    const bad = await api(`/v1/runs/${first.run_id}/rerun`, { method: "POST", body: "{not json" });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, "invalid_json");
    const missing = await rerun("01HZZZZZZZZZZZZZZZZZZZZZZZ", { fromStep: { stepId: "b" } });
    assert.equal(missing.status, 404);
    const runs = (await api(`/v1/events/${first.event_id}/runs`)).body.data;
    assert.equal(runs.length, 1, "no rerun was started by a refused request");
  });
});
