// Idempotency (docs/semantics.md §9), function timeouts (§13) and limits (§23), with a scripted worker.
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

describe("idempotency, timeouts and limits", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess(["--retry-interval", "0.05"]);
  });
  after(async () => {
    await srv.close();
  });
  const sendAll = async (events: unknown[]) =>
    (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify(events) })).json()).ids as string[];
  const runsOf = async (eventId: string) => (await (await fetch(`${srv.apiUrl}/v1/events/${eventId}/runs`)).json()).data as any[];
  const endedRun = async (eventId: string) => waitFor(async () => {
    const r = (await runsOf(eventId))[0];
    return r && r.status !== "Running" ? r : undefined;
  }, { timeoutMs: 15_000, what: `run of ${eventId}` });
  const settle = () => new Promise((r) => setTimeout(r, 400));

  test("the same event id within 24 h triggers once, across event names; both events are stored", async () => {
    const fns = [fnConfig("dedup", "a", "dedup/a"), fnConfig("dedup", "b", "dedup/b")];
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "dedup", functions: fns }]);
    const s = serveRequests(worker, () => done("ok"));
    const [first] = await sendAll([{ name: "dedup/a", id: "order-1" }]);
    await endedRun(first);
    const [second, third] = await sendAll([{ name: "dedup/a", id: "order-1" }, { name: "dedup/b", id: "order-1" }]);
    await settle();
    assert.equal((await runsOf(second)).length, 0, "a duplicate id started a run");
    assert.equal((await runsOf(third)).length, 0, "ids are global across event names");
    assert.equal((await (await fetch(`${srv.apiUrl}/v1/events/${second}`)).json()).data.id, "order-1", "the duplicate is still stored");
    s.stop();
    worker.close();
  });

  test("an event fans out to every matching function once", async () => {
    const fns = [fnConfig("fan2", "a", "fan2/go"), fnConfig("fan2", "b", "fan2/go")];
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "fan2", functions: fns }]);
    const s = serveRequests(worker, (req) => done(req.functionSlug));
    const [id] = await sendAll([{ name: "fan2/go", id: "fan-1" }]);
    await waitFor(async () => (await runsOf(id)).filter((r) => r.status === "Completed").length === 2, { what: "both runs" });
    s.stop();
    worker.close();
  });

  test("function idempotency: one run per key per function; other functions are unaffected", async () => {
    const fns = [{ ...fnConfig("idem", "once", "idem/cart"), idempotency: "event.data.cart" }, fnConfig("idem", "always", "idem/cart")];
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "idem", functions: fns }]);
    const s = serveRequests(worker, () => done("ok"));
    const [a, b] = await sendAll([{ name: "idem/cart", data: { cart: "c1" } }, { name: "idem/cart", data: { cart: "c1" } }]);
    await waitFor(async () => (await runsOf(a)).length + (await runsOf(b)).length === 3, { what: "three runs" });
    await settle();
    const slugs = [...(await runsOf(a)), ...(await runsOf(b))].map((r) => r.function_slug).sort();
    assert.deepEqual(slugs, ["idem-always", "idem-always", "idem-once"]);
    s.stop();
    worker.close();
  });

  test("timeouts.finish cancels a run that is still running, without interrupting a step", async () => {
    const nap = hashStepId("nap");
    const fn = { ...fnConfig("tf", "f", "tf/go"), timeouts: { finish: "300ms" } };
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "tf", functions: [fn] }]);
    const s = serveRequests(worker, () => ops({ id: nap, op: "Sleep", name: "5s" }));
    const t0 = Date.now();
    const [id] = await sendAll([{ name: "tf/go" }]);
    const run = await endedRun(id);
    assert.equal(run.status, "Cancelled");
    assert.ok(Date.now() - t0 < 3_000, "cancelled long after timeouts.finish");
    s.stop();
    worker.close();
  });

  test("timeouts.finish: a first step longer than the timeout is not interrupted; the run is Cancelled and no later step runs", async () => {
    const fn = { ...fnConfig("tf3", "f", "tf3/go"), timeouts: { finish: "300ms" } };
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "tf3", functions: [fn] }]);
    const slow = hashStepId("slow");
    let held: pb.v1.GatewayExecutorRequestData | undefined;
    // The very first request's step is still running when timeouts.finish passes.
    const s = serveRequests(worker, (req) => {
      if (!held) {
        held = req;
        return undefined;
      }
      return done("ran after the timeout");
    });
    const t0 = Date.now();
    const [id] = await sendAll([{ name: "tf3/go" }]);
    const run = await endedRun(id);
    assert.equal(run.status, "Cancelled");
    assert.ok(Date.now() - t0 < 3_000, "cancelled about 300 ms after the first request, not after its reply");
    worker.send(K.WORKER_REPLY, replyFrame(held!, S.NOT_COMPLETED, [{ id: slow, op: "StepRun", data: "finished anyway" }]));
    const detail = await waitFor(async () => {
      const d = (await (await fetch(`${srv.apiUrl}/v1/runs/${run.run_id}`)).json()).data;
      return d.steps.length === 1 ? d : undefined;
    }, { what: "the step's late result stored" });
    assert.equal(detail.status, "Cancelled", "the late result does not revive the run");
    await settle();
    assert.equal(s.seen.length, 1, "no request after the cancellation");
    s.stop();
    worker.close();
  });

  test("timeouts.start cancels a run that never started in time", async () => {
    const fn = { ...fnConfig("ts2", "f", "ts2/go"), timeouts: { start: "300ms" } };
    const first = await connectRawWorker(srv.apiUrl, [{ name: "ts2", functions: [fn] }]);
    first.worker.close();
    await first.worker.closed;
    const [id] = await sendAll([{ name: "ts2/go" }]);
    const run = await endedRun(id);
    assert.equal(run.status, "Cancelled");
    assert.equal(run.run_started_at !== null, true, "REST shape keeps run_started_at");
  });

  test("timeouts: timeout cancellation emits `inngest/function.cancelled`", async () => {
    const first = hashStepId("first");
    const work = hashStepId("work");
    const finish = { ...fnConfig("tce", "finish", "tce/finish"), timeouts: { finish: "300ms" } };
    const start = { ...fnConfig("tce2", "start", "tce/start"), timeouts: { start: "300ms" } };
    const watcher = fnConfig("tce", "watch", "inngest/function.cancelled");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "tce", functions: [finish, watcher] }]);
    let held: pb.v1.GatewayExecutorRequestData | undefined;
    const s = serveRequests(worker, (req, body) => {
      if (req.functionSlug === "tce-watch") return done(body.event.data.run_id);
      if (!(first in body.steps)) return ops({ id: first, op: "StepRun", data: 1 }); // the run has started
      if (!held) {
        held = req; // a step still running when timeouts.finish passes
        return undefined;
      }
      return done("ran after the timeout");
    });
    const [finishId] = await sendAll([{ name: "tce/finish" }]);
    const finishRun = await endedRun(finishId);
    assert.equal(finishRun.status, "Cancelled");
    // The step is not interrupted: its late result is stored, and nothing runs after it.
    worker.send(K.WORKER_REPLY, replyFrame(held!, S.NOT_COMPLETED, [{ id: work, op: "StepRun", data: "finished anyway" }]));
    const detail = await waitFor(async () => {
      const d = (await (await fetch(`${srv.apiUrl}/v1/runs/${finishRun.run_id}`)).json()).data;
      return d.steps.length === 2 ? d : undefined;
    }, { what: "the step's late result stored" });
    assert.deepEqual(detail.steps.map((x: { output: unknown }) => x.output), [1, "finished anyway"]);
    // timeouts.start: a function of an app no worker serves any more never starts in time.
    const late = await connectRawWorker(srv.apiUrl, [{ name: "tce2", functions: [start] }]);
    late.worker.close();
    await late.worker.closed;
    const [startId] = await sendAll([{ name: "tce/start" }]);
    const startRun = await endedRun(startId);
    assert.equal(startRun.status, "Cancelled");
    for (const runId of [finishRun.run_id, startRun.run_id]) {
      const seen = await waitFor(() => s.seen.find((x) => x.req.functionSlug === "tce-watch" && x.body.event.data.run_id === runId), { what: `function.cancelled for ${runId}` });
      assert.equal(seen.body.event.name, "inngest/function.cancelled");
      assert.equal(seen.body.event.id, runId, "the cancelled event's id is the run id");
      assert.equal(seen.body.event.data.error.message, "function cancelled");
      assert.equal(seen.body.event.data._inngest.status, "Cancelled");
    }
    await settle();
    assert.equal(s.seen.filter((x) => x.req.functionSlug === "tce-finish").length, 2, "no request after the timeout cancelled the run");
    assert.equal(s.seen.filter((x) => x.req.functionSlug === "tce-watch").length, 2, "one function.cancelled per run");
    s.stop();
    worker.close();
  });

  test("a step output over 4 MiB is stored as an error the function sees", async () => {
    const big = hashStepId("big");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "big", functions: [fnConfig("big", "f", "big/go")] }]);
    const s = serveRequests(worker, (_req, body) => {
      if (!(big in body.steps)) return ops({ id: big, op: "StepRun", data: "x".repeat(4 * 1024 * 1024 + 10) });
      return done({ seen: body.steps[big] });
    });
    const [id] = await sendAll([{ name: "big/go" }]);
    const run = await endedRun(id);
    assert.equal(run.output.seen.error.name, "OutputTooLargeError");
    s.stop();
    worker.close();
  });

  test("the 1001st step fails the run with the step-limit error", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "many", functions: [fnConfig("many", "f", "many/go")] }]);
    const s = serveRequests(worker, (_req, body) => ops({ id: hashStepId(`s${Object.keys(body.steps).length}`), op: "StepRun", data: 1 }));
    const [id] = await sendAll([{ name: "many/go" }]);
    const run = await waitFor(async () => {
      const r = (await runsOf(id))[0];
      return r && r.status !== "Running" ? r : undefined;
    }, { timeoutMs: 60_000, what: "the run to overflow" });
    assert.equal(run.status, "Failed");
    assert.equal(run.output.name, "InngestErrFunctionOverflowed");
    const full = (await (await fetch(`${srv.apiUrl}/v1/runs/${run.run_id}`)).json()).data;
    assert.equal(full.steps.length, 1000);
    s.stop();
    worker.close();
  });
});
