// Runs that wait (docs/semantics.md §12, §15, §16, §18): waitForEvent with `if` and timeouts,
// invoke, cancelOn, REST cancellation and reruns — driven by a scripted worker.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectRawWorker, fnConfig, K, replyFrame, serveRequests } from "../helpers/raw-worker.ts";
import { hashStepId } from "../helpers/step-id.ts";
import { waitFor } from "../helpers/wait.ts";

const S = pb.v1.SDKResponseStatus;
const ops = (...o: unknown[]) => ({ status: S.NOT_COMPLETED, body: o });
const done = (v: unknown) => ({ status: S.DONE, body: v });

describe("durable waits", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess(["--retry-interval", "0.05"]);
  });
  after(async () => {
    await srv.close();
  });
  const send = async (name: string, data: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
    (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name, data, ...extra }) })).json()).ids[0] as string;
  const runsOf = async (eventId: string) => (await (await fetch(`${srv.apiUrl}/v1/events/${eventId}/runs`)).json()).data as any[];
  const endedRun = async (eventId: string, timeoutMs = 10_000) => waitFor(async () => {
    const r = (await runsOf(eventId))[0];
    return r && r.status !== "Running" ? r : undefined;
  }, { timeoutMs, what: `run of ${eventId}` });
  const runStarted = (eventId: string) => waitFor(async () => (await runsOf(eventId))[0], { what: "run created" });

  test("waitForEvent with if: resumes with the full matching event; other events do not match", async () => {
    const w = hashStepId("wait-approval");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "wfe", functions: [fnConfig("wfe", "f", "wfe/start")] }]);
    const s = serveRequests(worker, (_req, body) => {
      if (!(w in body.steps)) return ops({ id: w, op: "WaitForEvent", name: "wfe/approved", opts: { event: "wfe/approved", timeout: "30s", if: "async.data.id == event.data.id" } });
      return done({ got: body.steps[w] });
    });
    const eventId = await send("wfe/start", { id: 7 });
    await waitFor(() => s.seen.length >= 1, { what: "first request" });
    await new Promise((r) => setTimeout(r, 50));
    await send("wfe/approved", { id: 8 });
    const matchId = await send("wfe/approved", { id: 7, by: "ada" });
    const run = await endedRun(eventId);
    assert.equal(run.status, "Completed");
    assert.equal(run.output.got.name, "wfe/approved");
    assert.deepEqual(run.output.got.data, { id: 7, by: "ada" });
    assert.equal(run.output.got.id, matchId);
    s.stop();
    worker.close();
  });

  test("waitForEvent resolves null after its timeout; an event sent before the wait never matches", async () => {
    const w = hashStepId("w");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "wto", functions: [fnConfig("wto", "f", "wto/start")] }]);
    await send("wto/ping", { early: true });
    const s = serveRequests(worker, (_req, body) => {
      if (!(w in body.steps)) return ops({ id: w, op: "WaitForEvent", name: "wto/ping", opts: { event: "wto/ping", timeout: "400ms" } });
      return done({ got: body.steps[w] });
    });
    const t0 = Date.now();
    const run = await endedRun(await send("wto/start"));
    assert.deepEqual(run.output, { got: null });
    assert.ok(Date.now() - t0 >= 350, "resolved before the timeout");
    s.stop();
    worker.close();
  });

  test("one event resumes every run waiting for it", async () => {
    const w = hashStepId("w");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "fan", functions: [fnConfig("fan", "f", "fan/start")] }]);
    const s = serveRequests(worker, (_req, body) => {
      if (!(w in body.steps)) return ops({ id: w, op: "WaitForEvent", name: "fan/go", opts: { event: "fan/go", timeout: "30s" } });
      return done(body.steps[w].data.n);
    });
    const ids = [await send("fan/start"), await send("fan/start"), await send("fan/start")];
    await waitFor(() => s.seen.length >= 3, { what: "three waits" });
    await new Promise((r) => setTimeout(r, 50));
    await send("fan/go", { n: 42 });
    for (const id of ids) assert.equal((await endedRun(id)).output, 42);
    s.stop();
    worker.close();
  });

  test("an unparsable waitForEvent expression fails the run", async () => {
    const w = hashStepId("w");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "bad", functions: [fnConfig("bad", "f", "bad/start")] }]);
    const s = serveRequests(worker, () => ops({ id: w, op: "WaitForEvent", opts: { event: "bad/x", timeout: "1s", if: "event.data.(" } }));
    const run = await endedRun(await send("bad/start"));
    assert.equal(run.status, "Failed");
    s.stop();
    worker.close();
  });

  test("invoke returns the target's output; an unknown target throws in the caller; a timeout errors", async () => {
    const inv = hashStepId("call-child");
    const fns = [fnConfig("inv", "parent", "inv/start"), fnConfig("inv", "child", "inv/never")];
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "inv", functions: fns }]);
    const s = serveRequests(worker, (req, body) => {
      if (req.functionSlug === "inv-child") {
        if (body.event.data.slow) return undefined; // never answers: the caller times out
        return done({ doubled: body.event.data.n * 2, invokedBy: body.event.name });
      }
      const target = body.event.data.target;
      if (!(inv in body.steps)) {
        return ops({ id: inv, op: "InvokeFunction", opts: { function_id: target, payload: { data: { n: 21, slow: body.event.data.slow } }, timeout: body.event.data.timeout } });
      }
      return done(body.steps[inv]);
    });
    const ok = await endedRun(await send("inv/start", { target: "inv-child" }));
    assert.deepEqual(ok.output, { data: { doubled: 42, invokedBy: "inngest/function.invoked" } });
    const missing = await endedRun(await send("inv/start", { target: "inv-nope" }));
    assert.match(missing.output.error.message, /could not find function/);
    const slow = await endedRun(await send("inv/start", { target: "inv-child", slow: true, timeout: "300ms" }));
    assert.equal(slow.output.error.name, "InngestInvokeTimeoutError");
    s.stop();
    worker.close();
  });

  test("invoke: timeout \"1s\" on 5 s target ⇒ caller error; target still completes", async () => {
    const inv = hashStepId("call-slow");
    const fns = [fnConfig("ivt", "parent", "ivt/start"), fnConfig("ivt", "slow", "ivt/never")];
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "ivt", functions: fns }]);
    let held: { req: pb.v1.GatewayExecutorRequestData; runId: string } | undefined;
    const s = serveRequests(worker, (req, body) => {
      if (req.functionSlug === "ivt-slow") {
        held = { req, runId: body.ctx.run_id }; // answered only after the caller timed out
        return undefined;
      }
      if (!(inv in body.steps)) return ops({ id: inv, op: "InvokeFunction", opts: { function_id: "ivt-slow", payload: { data: { n: 1 } }, timeout: "300ms" } });
      return done(body.steps[inv]);
    });
    const caller = await endedRun(await send("ivt/start"));
    assert.equal(caller.status, "Completed");
    assert.equal(caller.output.error.name, "InngestInvokeTimeoutError", "the caller's step got the timeout error");
    await waitFor(() => held, { what: "the target's request" });
    worker.send(K.WORKER_REPLY, replyFrame(held!.req, S.DONE, { slow: "done" }));
    const target = await waitFor(async () => {
      const r = (await (await fetch(`${srv.apiUrl}/v1/runs/${held!.runId}`)).json()).data;
      return r?.status !== "Running" ? r : undefined;
    }, { what: "the target run ended" });
    assert.equal(target.status, "Completed", "the target still completes");
    assert.deepEqual(target.output, { slow: "done" });
    await new Promise((res) => setTimeout(res, 400));
    assert.equal(s.seen.filter((x) => x.req.functionSlug === "ivt-parent").length, 2, "the target's late result does not resume the caller again");
    assert.deepEqual((await runsOf(caller.event_id))[0].output, caller.output, "the caller's output is unchanged");
    s.stop();
    worker.close();
  });

  test("cancelOn: a matching event cancels a waiting run and emits function.cancelled; another id does not", async () => {
    const nap = hashStepId("nap");
    const fn = { ...fnConfig("can", "f", "can/start"), cancel: [{ event: "can/stop", if: "async.data.id == event.data.id" }] };
    const watcher = fnConfig("can", "watch", "inngest/function.cancelled");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "can", functions: [fn, watcher] }]);
    const s = serveRequests(worker, (req, body) => {
      if (req.functionSlug === "can-watch") return done({ cancelled: body.event.data.run_id, msg: body.event.data.error.message });
      if (!(nap in body.steps)) return ops({ id: nap, op: "Sleep", name: "30s" });
      return done("woke");
    });
    const a = await send("can/start", { id: 1 });
    const b = await send("can/start", { id: 2 });
    const runA = await runStarted(a);
    await waitFor(() => s.seen.filter((x) => x.req.functionSlug === "can-f").length >= 2, { what: "both sleeping" });
    await send("can/stop", { id: 1 });
    const ended = await endedRun(a);
    assert.equal(ended.status, "Cancelled");
    assert.equal((await runsOf(b))[0].status, "Running", "the other run was cancelled too");
    await waitFor(() => s.seen.some((x) => x.req.functionSlug === "can-watch" && x.body.event.data.run_id === runA.run_id), { what: "function.cancelled handled" });
    const watch = s.seen.find((x) => x.req.functionSlug === "can-watch")!;
    assert.equal(watch.body.event.name, "inngest/function.cancelled");
    assert.equal(watch.body.event.data.error.message, "function cancelled");
    s.stop();
    worker.close();
  });

  test("DELETE /v1/runs/{id} cancels a run between steps; no later step runs", async () => {
    const one = hashStepId("one");
    const nap = hashStepId("nap");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "del", functions: [fnConfig("del", "f", "del/start")] }]);
    const s = serveRequests(worker, (_req, body) => {
      if (!(one in body.steps)) return ops({ id: one, op: "StepRun", data: 1 });
      if (!(nap in body.steps)) return ops({ id: nap, op: "Sleep", name: "500ms" });
      return done("should not finish");
    });
    const eventId = await send("del/start");
    const run = await runStarted(eventId);
    await waitFor(() => s.seen.length >= 2, { what: "sleeping" });
    const r = await fetch(`${srv.apiUrl}/v1/runs/${run.run_id}`, { method: "DELETE" });
    assert.equal(r.status, 200);
    const ended = await endedRun(eventId);
    assert.equal(ended.status, "Cancelled");
    await new Promise((res) => setTimeout(res, 800));
    assert.equal(s.seen.length, 2, "a request was sent after the cancellation");
    assert.equal((await fetch(`${srv.apiUrl}/v1/runs/01ARZ3NDEKTSV4RRFFQ69G5FAV`, { method: "DELETE" })).status, 404);
    s.stop();
    worker.close();
  });

  test("a reply that arrives after the run was cancelled emits no second inngest/function.finished", async () => {
    const listener = { ...fnConfig("late", "listener", "inngest/function.finished"), triggers: [{ event: "inngest/function.finished", expression: "event.data.function_id == 'late-f'" }] };
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "late", functions: [fnConfig("late", "f", "late/start"), listener] }]);
    let held: pb.v1.GatewayExecutorRequestData | undefined;
    const s = serveRequests(worker, (req, body) => {
      if (body.event.name === "inngest/function.finished") return done(body.event.data._inngest.status);
      held = req; // the function's reply is held until after the cancellation
      return undefined;
    });
    const eventId = await send("late/start");
    const run = await runStarted(eventId);
    await waitFor(() => held, { what: "the function's request" });
    assert.equal((await fetch(`${srv.apiUrl}/v1/runs/${run.run_id}`, { method: "DELETE" })).status, 200);
    const finishedFor = () => s.seen.filter((x) => x.body.event.name === "inngest/function.finished" && x.body.event.data.run_id === run.run_id);
    await waitFor(() => finishedFor().length >= 1, { what: "the cancellation's finished event reaches the listener" });
    worker.send(K.WORKER_REPLY, replyFrame(held!, S.DONE, "late result"));
    await new Promise((res) => setTimeout(res, 800));
    assert.equal((await endedRun(eventId)).status, "Cancelled", "the late reply did not revive the run");
    assert.deepEqual(finishedFor().map((x) => x.body.event.data._inngest.status), ["Cancelled"], "one finished event, the cancellation's");
    s.stop();
    worker.close();
  });

  test("bulk cancellation cancels only the matching runs of a function in the window", async () => {
    const nap = hashStepId("nap");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "bulk", functions: [fnConfig("bulk", "f", "bulk/start")] }]);
    const s = serveRequests(worker, () => ops({ id: nap, op: "Sleep", name: "30s" }));
    const ids = [await send("bulk/start", { plan: "free" }), await send("bulk/start", { plan: "pro" }), await send("bulk/start", { plan: "free" })];
    for (const id of ids) await runStarted(id);
    const r = await fetch(`${srv.apiUrl}/v1/cancellations`, {
      method: "POST",
      body: JSON.stringify({ app_id: "bulk", function_id: "bulk-f", started_before: new Date(Date.now() + 1000).toISOString(), if: "event.data.plan == 'free'" }),
    });
    assert.equal(r.status, 200);
    const body = await r.json();
    assert.ok(typeof body.id === "string" && body.cancelled_runs === 2, JSON.stringify(body));
    assert.deepEqual(await Promise.all(ids.map(async (id) => (await runsOf(id))[0].status)), ["Cancelled", "Running", "Cancelled"]);
    s.stop();
    worker.close();
  });

  test("rerun starts a new run of the same function from the same event", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "rr", functions: [fnConfig("rr", "f", "rr/start")] }]);
    const s = serveRequests(worker, (_req, body) => done({ n: body.event.data.n }));
    const first = await endedRun(await send("rr/start", { n: 5 }));
    const r = await fetch(`${srv.apiUrl}/v1/runs/${first.run_id}/rerun`, { method: "POST" });
    const again = (await r.json()).data;
    assert.notEqual(again.run_id, first.run_id);
    const rerun = await waitFor(async () => {
      const x = (await (await fetch(`${srv.apiUrl}/v1/runs/${again.run_id}`)).json()).data;
      return x.status === "Completed" ? x : undefined;
    });
    assert.deepEqual(rerun.output, { n: 5 });
    assert.equal(rerun.original_run_id, first.run_id);
    s.stop();
    worker.close();
  });

  test("an event with a future ts starts its run at that time", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "ts", functions: [fnConfig("ts", "f", "ts/start")] }]);
    const s = serveRequests(worker, () => done("started"));
    const at = Date.now() + 600;
    const eventId = await send("ts/start", {}, { ts: at });
    await endedRun(eventId);
    assert.ok(Date.now() >= at - 20, "the run started before the event's ts");
    s.stop();
    worker.close();
  });
});

describe("function replay", () => {
  test("replays the failed runs of a function in a time range from their events", async () => {
    const srv = await startInProcess(["--retry-interval", "0.05"]);
    try {
      const fn = fnConfig("rp", "f", "rp/go", 0);
      const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "rp", functions: [fn] }]);
      let healthy = false;
      const s = serveRequests(worker, (_req, body) => (healthy ? done({ n: body.event.data.n }) : { status: S.ERROR, body: { name: "Error", message: "down" } }));
      const from = new Date(Date.now() - 1000).toISOString();
      const ids = (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify([{ name: "rp/go", data: { n: 1 } }, { name: "rp/go", data: { n: 2 } }]) })).json()).ids as string[];
      for (const id of ids) {
        await waitFor(async () => (await (await fetch(`${srv.apiUrl}/v1/events/${id}/runs`)).json()).data[0]?.status === "Failed", { what: "failed run" });
      }
      healthy = true;
      const r = await fetch(`${srv.apiUrl}/v1/functions/rp-f/replay`, {
        method: "POST", body: JSON.stringify({ started_after: from, started_before: new Date(Date.now() + 1000).toISOString() }),
      });
      const body = (await r.json()).data;
      assert.equal(body.replayed, 2);
      for (const x of body.runs) {
        const run = await waitFor(async () => {
          const v = (await (await fetch(`${srv.apiUrl}/v1/runs/${x.run_id}`)).json()).data;
          return v.status === "Completed" ? v : undefined;
        });
        assert.equal(run.original_run_id, x.original_run_id);
      }
      s.stop();
      worker.close();
    } finally {
      await srv.close();
    }
  });
});
