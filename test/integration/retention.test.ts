// Retention (docs/deployment.md "Retention") with a 2 s period, on SQLite
// and on JetStream (a private nats-server): finished runs (Completed, Failed, Cancelled), their
// steps, pauses and events disappear from the REST API and the store, while a sleeping run, a run
// waiting for an event, a running run, an invoking parent and a rerun — with the events that
// started them — are kept well past the period. The invoked child and the rerun's original run
// are finished, so they go.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import { newId } from "../../src/common/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";
import { connectRawWorker, fnConfig, type RawHandler, serveRequests } from "../helpers/raw-worker.ts";
import { hashStepId } from "../helpers/step-id.ts";
import { waitFor } from "../helpers/wait.ts";

const S = pb.v1.SDKResponseStatus;
const RETENTION_MS = 2_000;
const ops = (...o: unknown[]) => ({ status: S.NOT_COMPLETED, body: o });
const done = (v: unknown) => ({ status: S.DONE, body: v });
const s1 = hashStepId("s1");
const nap = hashStepId("nap");
const wait = hashStepId("wait");
const inv = hashStepId("invoke-child");
/** Longer than the whole test: these runs stay live. */
const napOp = { id: nap, op: "Sleep", name: "nap", opts: { duration: "5m" } };

/** The scripted worker: one function per kind of run the test needs. */
function handler(app: string): RawHandler {
  let firstRr: string | undefined;
  return (req, body) => {
    const steps = body.steps as Record<string, unknown>;
    switch (req.functionSlug) {
      case `${app}-quick`:
        return s1 in steps ? done({ ok: true }) : ops({ id: s1, op: "StepRun", name: "s1", data: { n: 1 } });
      case `${app}-fail`:
        return { status: S.ERROR, body: { name: "Error", message: "boom" } };
      case `${app}-cancel`:
      case `${app}-wait`:
        return ops({ id: wait, op: "WaitForEvent", name: `${app}/never`, opts: { event: `${app}/never`, timeout: "5m" } });
      case `${app}-sleep`:
        return ops(napOp);
      case `${app}-run`:
        return undefined; // never answers: the run stays Running
      case `${app}-parent`:
        if (!(inv in steps)) return ops({ id: inv, op: "InvokeFunction", opts: { function_id: `${app}-child`, payload: { data: {} }, timeout: "5m" } });
        return ops(napOp);
      case `${app}-child`:
        return done({ child: true });
      case `${app}-rr`:
        firstRr ??= body.ctx.run_id;
        return body.ctx.run_id === firstRr ? done({ first: true }) : ops(napOp); // the rerun stays live
      default:
        return undefined;
    }
  };
}

async function retentionScenario(srv: InProcessServer, app: string): Promise<void> {
  const names = ["quick", "fail", "cancel", "sleep", "wait", "run", "parent", "child", "rr"];
  const fns = names.map((n) => fnConfig(app, n, `${app}/${n}`, n === "fail" ? 0 : undefined));
  const { worker } = await connectRawWorker(srv.apiUrl, [{ name: app, functions: fns }]);
  const served = serveRequests(worker, handler(app));
  const get = async (path: string) => {
    const r = await fetch(`${srv.apiUrl}${path}`);
    return { status: r.status, data: r.status === 200 ? (await r.json()).data : undefined };
  };
  const send = async (name: string) =>
    (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: `${app}/${name}`, data: {} }) })).json()).ids[0] as string;
  const runOf = (eventId: string) => waitFor(async () => (await get(`/v1/events/${eventId}/runs`)).data?.[0], { timeoutMs: 20_000, what: `the run of ${eventId}` });
  const inStatus = (runId: string, status: string, step?: string) => waitFor(async () => {
    const r = (await get(`/v1/runs/${runId}`)).data;
    return r?.status === status && (!step || r.steps.some((s: { id: string }) => s.id === step)) ? r : undefined;
  }, { timeoutMs: 20_000, what: `run ${runId} ${status}${step ? ` with step ${step}` : ""}` });
  try {
    const events = Object.fromEntries(await Promise.all([...names.filter((n) => n !== "child"), "nobody-listens"].map(async (n) => [n, await send(n)])));
    const runs = Object.fromEntries(await Promise.all(Object.keys(events).filter((n) => n !== "nobody-listens").map(async (n) => [n, (await runOf(events[n])).run_id])));
    // Finished runs: Completed (with a step), Failed, Cancelled (while waiting), an invoked child.
    const quick = await inStatus(runs.quick, "Completed");
    assert.equal(quick.steps.length, 1, "the completed run has its step before retention");
    await inStatus(runs.fail, "Failed");
    await waitFor(() => served.seen.some((s) => s.body.ctx.run_id === runs.cancel), { what: "the cancel run's wait" });
    assert.equal((await fetch(`${srv.apiUrl}/v1/runs/${runs.cancel}`, { method: "DELETE" })).status, 200);
    await inStatus(runs.cancel, "Cancelled");
    const parent = await inStatus(runs.parent, "Running", inv);
    assert.ok(parent.steps.length > 0);
    const childRunId = served.seen.find((s) => s.req.functionSlug === `${app}-child`)!.body.ctx.run_id as string;
    const child = await inStatus(childRunId, "Completed");
    await inStatus(runs.rr, "Completed");
    const rerun = (await (await fetch(`${srv.apiUrl}/v1/runs/${runs.rr}/rerun`, { method: "POST" })).json()).data.run_id as string;
    await waitFor(() => served.seen.some((s) => s.body.ctx.run_id === rerun), { what: "the rerun's request" });
    await waitFor(() => served.seen.some((s) => s.body.ctx.run_id === runs.sleep), { what: "the sleeping run's request" });
    await waitFor(() => served.seen.some((s) => s.body.ctx.run_id === runs.run), { what: "the running run's request" });

    // Gone after the period: the finished runs, their steps and pauses, and every event none of
    // whose runs is left (the one that started no run included).
    const finished = [runs.quick, runs.fail, runs.cancel, childRunId, runs.rr];
    await waitFor(async () => (await Promise.all(finished.map((id) => get(`/v1/runs/${id}`)))).every((r) => r.status === 404),
      { timeoutMs: 30_000, what: "finished runs deleted" });
    const goneEvents = [events.quick, events.fail, events.cancel, events["nobody-listens"], child.event_id];
    await waitFor(async () => (await Promise.all(goneEvents.map((id) => get(`/v1/events/${id}`)))).every((r) => r.status === 404),
      { timeoutMs: 30_000, what: "their events deleted" });
    const store = srv.store!;
    assert.deepEqual(await store.getSteps(runs.quick), [], "the completed run's steps are deleted");
    assert.deepEqual((await store.pausesForEvent(`${app}/never`, Date.now())).filter((p) => p.runId === runs.cancel), [], "the cancelled run's pause is deleted");

    // Kept, a further period later: live runs and the events that started them.
    await new Promise((r) => setTimeout(r, RETENTION_MS + 1_500));
    for (const name of ["sleep", "wait", "run", "parent"]) {
      assert.equal((await get(`/v1/runs/${runs[name]}`)).data?.status, "Running", `the ${name} run is kept`);
      assert.equal((await get(`/v1/events/${events[name]}`)).status, 200, `the ${name} run's event is kept`);
    }
    assert.ok((await get(`/v1/runs/${runs.parent}`)).data.steps.some((s: { id: string }) => s.id === inv), "the parent keeps its invoke result");
    assert.equal((await get(`/v1/runs/${rerun}`)).data?.status, "Running", "the rerun is kept");
    assert.equal((await get(`/v1/events/${events.rr}`)).status, 200, "the event of a deleted run is kept while its rerun lives");
    assert.ok((await store.pausesForEvent(`${app}/never`, Date.now())).some((p) => p.runId === runs.wait), "the waiting run's pause is kept");
  } finally {
    served.stop();
    worker.close();
  }
}

describe("retention on SQLite", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess(["--retention", `${RETENTION_MS / 1000}s`]);
  });
  after(async () => {
    await srv?.close();
  });

  test("finished runs, their steps and events are deleted after the retention; live runs and their events are kept", { timeout: 90_000 }, async () => {
    await retentionScenario(srv, "ret-sqlite");
  });
});

const hasNats = natsAvailable();

describe("retention on JetStream", hasNats ? {} : { skip: "nats-server not installed" }, () => {
  let nats: NatsServer;
  let srv: InProcessServer;
  before(async () => {
    nats = await startNats();
    const prefix = `r${newId().toLowerCase().slice(-10)}`;
    srv = await startInProcess(["--nats", nats.url, "--nats-prefix", prefix, "--retention", `${RETENTION_MS / 1000}s`]);
  });
  after(async () => {
    await srv?.close();
    await nats?.stop();
  });

  test("finished runs, their steps and events are deleted after the retention; live runs and their events are kept", { timeout: 90_000 }, async () => {
    await retentionScenario(srv, "ret-nats");
  });
});
