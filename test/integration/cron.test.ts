// Cron triggers end to end on the embedded server (docs/semantics.md §1, §14): registration errors,
// the schedule kept as jobs in the SQLite store, ticks firing `inngest/scheduled.timer` runs.
// Instead of waiting for real minutes, a test makes a stored tick due now (`queue.wake`, as a clock
// moving forward would): the production five-field path runs unchanged.
import Database from "better-sqlite3";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import type { CronJob, FunctionRecord, RunRecord } from "../../src/state/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectRawWorker, connectPayload, K, RawWorker, serveRequests, startSession } from "../helpers/raw-worker.ts";
import { hashStepId } from "../helpers/step-id.ts";
import { waitFor } from "../helpers/wait.ts";

const S = pb.v1.SDKResponseStatus;
const ops = (...o: unknown[]) => ({ status: S.NOT_COMPLETED, body: o });
const done = (v: unknown) => ({ status: S.DONE, body: v });

/** A connect function config with the given triggers. */
function fnWith(appId: string, fnId: string, triggers: unknown[]) {
  const slug = `${appId}-${fnId}`;
  return { id: slug, name: fnId, triggers, steps: { step: { id: "step", name: "step", runtime: { type: "ws", url: `wss://connect/?fnId=${slug}&stepId=step` } } } };
}

describe("cron triggers", () => {
  let srv: InProcessServer;
  let dir: string;
  let db: Database.Database;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "tether-cron-"));
    const file = join(dir, "t.db");
    srv = await startInProcess(["--db", file, "--retry-interval", "0.05"]);
    db = new Database(file, { readonly: true });
  });
  after(async () => {
    db.close();
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fnBySlug = async (slug: string) => waitFor(async () => (await srv.store!.listFunctions()).find((f) => f.slug === slug), { what: `function ${slug}` });
  /** The stored cron ticks of a function, soonest first. */
  const ticksOf = (f: FunctionRecord): CronJob[] =>
    (db.prepare("SELECT doc FROM jobs WHERE id LIKE ? ORDER BY run_at").all(`cron-${f.id}-%`) as { doc: string }[]).map((r) => JSON.parse(r.doc));
  const tickAt = (j: CronJob) => j.payload.cron.at;
  /** Makes these ticks due now, as if the clock had reached them. */
  const fire = async (jobs: CronJob[]) => {
    await srv.store!.queue.wake(jobs.map((j) => j.id), Date.now());
    srv.executor.kick();
  };
  const runsOf = async (f: FunctionRecord) => srv.store!.listRuns({ functionId: f.id });
  const endedRuns = (f: FunctionRecord, n: number) => waitFor(async () => {
    const runs = await runsOf(f);
    return runs.length >= n && runs.every((r) => r.status !== "Running") ? runs : undefined;
  }, { what: `${n} ended runs of ${f.slug}` });
  const triggerOf = async (r: RunRecord) => (await srv.store!.getEvents(r.eventIds))[0].event;
  const settle = () => new Promise((r) => setTimeout(r, 300));
  const register = (body: unknown) => fetch(`${srv.apiUrl}/fn/register`, { method: "POST", body: JSON.stringify(body) });
  const serveApp = (appName: string, functions: unknown[]) => ({ url: "http://127.0.0.1:9/api/inngest", appName, sdk: "js:v4", functions });

  test("Cron: ticks fire through the durable queue: one run per instant at second 0, the next tick one minute later", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "tick", functions: [fnWith("tick", "f", [{ cron: "*/1 * * * *" }])] }]);
    const s = serveRequests(worker, (_req, body) => done({ name: body.event.name, data: body.event.data }));
    const f = await fnBySlug("tick-f");
    const [first] = ticksOf(f);
    assert.ok(first, "registration scheduled the first tick");
    assert.equal(tickAt(first) % 60_000, 0, "ticks are at second 0");
    assert.ok(tickAt(first) > Date.now() && tickAt(first) <= Date.now() + 60_000, "the first tick is the next minute");
    await fire([first]);
    const [run] = await endedRuns(f, 1);
    assert.equal(run.status, "Completed");
    assert.equal((run.output as any).name, "inngest/scheduled.timer");
    assert.equal((run.output as any).data.cron, "*/1 * * * *");
    assert.equal((run.output as any).data.scheduledAt, new Date(tickAt(first)).toISOString());
    const ticks = ticksOf(f);
    assert.equal(ticks.length, 1, "one next tick is scheduled");
    assert.equal(tickAt(ticks[0]), tickAt(first) + 60_000, "the next tick is one minute later");
    await fire(ticks);
    const runs = await endedRuns(f, 2);
    const instants = await Promise.all(runs.map(async (r) => (await triggerOf(r)).id));
    assert.deepEqual(instants, [new Date(tickAt(first)).toISOString(), new Date(tickAt(first) + 60_000).toISOString()]);
    s.stop();
    worker.close();
  });

  test("Triggers: Function with event + cron triggers: handler sees `event.name` of the trigger (`inngest/scheduled.timer` for cron)", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "both", functions: [fnWith("both", "f", [{ event: "both/go" }, { cron: "0 0 1 1 *" }])] }]);
    const s = serveRequests(worker, (_req, body) => done({ name: body.event.name, cron: body.event.data.cron ?? null }));
    const f = await fnBySlug("both-f");
    const sent = await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: "both/go" }) })).json();
    const byEvent = await waitFor(async () => (await srv.store!.listRunsForEvent(sent.ids[0])).find((r) => r.status === "Completed"), { what: "event run" });
    assert.deepEqual(byEvent.output, { name: "both/go", cron: null });
    await fire(ticksOf(f));
    const runs = await endedRuns(f, 2);
    const cronRun = runs.find((r) => r.id !== byEvent.id)!;
    assert.deepEqual(cronRun.output, { name: "inngest/scheduled.timer", cron: "0 0 1 1 *" });
    s.stop();
    worker.close();
  });

  test("Triggers: Any function (even cron-only) can be invoked; handler sees `inngest/function.invoked`", async () => {
    const inv = hashStepId("call");
    const fns = [fnWith("cinv", "caller", [{ event: "cinv/go" }]), fnWith("cinv", "nightly", [{ cron: "0 3 * * *" }])];
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "cinv", functions: fns }]);
    const s = serveRequests(worker, (req, body) => {
      if (req.functionSlug === "cinv-nightly") return done({ seen: body.event.name, n: body.event.data.n });
      if (!(inv in body.steps)) return ops({ id: inv, op: "InvokeFunction", opts: { function_id: "cinv-nightly", payload: { data: { n: 3 } } } });
      return done(body.steps[inv]);
    });
    const sent = await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: "cinv/go" }) })).json();
    const run = await waitFor(async () => (await srv.store!.listRunsForEvent(sent.ids[0])).find((r) => r.status !== "Running"), { what: "caller run" });
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { data: { seen: "inngest/function.invoked", n: 3 } });
    s.stop();
    worker.close();
  });

  test("Cron: invalid cron / unknown TZ ⇒ sync error", async () => {
    const bad = [{ cron: "61 * * * *" }, { cron: "* * *" }, { cron: "TZ=Mars/Olympus 0 12 * * 5" }, { cron: "* * * * *", jitter: "6m" }];
    for (const trigger of bad) {
      const r = await register(serveApp("badcron", [{ id: "badcron-f", triggers: [trigger], steps: { step: { id: "step", runtime: { type: "http", url: "http://127.0.0.1:9/api/inngest?fnId=badcron-f" } } } }]));
      assert.equal(r.status, 400, `${JSON.stringify(trigger)} must be refused`);
      const body = await r.json();
      assert.equal(body.code, "invalid_function_config");
      assert.equal(typeof body.error, "string");
    }
    assert.equal((await srv.store!.listFunctions()).some((f) => f.slug === "badcron-f"), false, "nothing registered");
    // A connect worker's sync fails the same way: SYNC_FAILED, then close 1008 with the code.
    const start = await startSession(srv.apiUrl);
    const w = await RawWorker.open(start.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    w.send(K.WORKER_CONNECT, connectPayload(start, [{ name: "badcron2", functions: [fnWith("badcron2", "f", [{ cron: "TZ=Nowhere/Land * * * * *" }])] }]));
    assert.equal(pb.v1.SystemError.decode((await w.next(K.SYNC_FAILED)).payload).code, "invalid_function_config");
    const closed = await w.closed;
    assert.equal(closed.code, 1008);
    assert.equal(closed.reason, "invalid_function_config");
  });

  test("Cron: two overlapping cron triggers ⇒ one tick is stored and one run fires at the shared instant", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "dup", functions: [fnWith("dup", "f", [{ cron: "* * * * *" }, { cron: "*/1 * * * *" }])] }]);
    const s = serveRequests(worker, () => done("ok"));
    const f = await fnBySlug("dup-f");
    const ticks = ticksOf(f);
    assert.equal(ticks.length, 1, "the shared instant is scheduled once");
    await fire(ticks);
    await endedRuns(f, 1);
    await settle();
    assert.equal((await runsOf(f)).length, 1, "one run at the shared instant");
    s.stop();
    worker.close();
  });

  test("Cron: cron run rerun request ⇒ rejected", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "norerun", functions: [fnWith("norerun", "f", [{ cron: "0 0 * * *" }])] }]);
    const s = serveRequests(worker, () => done("ok"));
    const f = await fnBySlug("norerun-f");
    await fire(ticksOf(f));
    const [run] = await endedRuns(f, 1);
    const r = await fetch(`${srv.apiUrl}/v1/runs/${run.id}/rerun`, { method: "POST", body: "{}" });
    assert.equal(r.status, 400);
    assert.equal((await r.json()).code, "bad_request");
    await settle();
    assert.equal((await runsOf(f)).length, 1, "no run was started");
    s.stop();
    worker.close();
  });

  test("re-registering with a changed cron reschedules the function; removing the cron stops it", async () => {
    const app = (triggers: unknown[]) => serveApp("resched", [{ id: "resched-f", triggers, steps: { step: { id: "step", runtime: { type: "http", url: "http://127.0.0.1:9/api/inngest?fnId=resched-f" } } } }]);
    assert.equal((await register(app([{ cron: "0 0 1 1 *" }]))).status, 200);
    const f = await fnBySlug("resched-f");
    const [yearly] = ticksOf(f);
    assert.ok(yearly, "the yearly tick is scheduled");
    assert.equal((await register(app([{ cron: "*/5 * * * *" }]))).status, 200);
    const ticks = ticksOf(f);
    assert.equal(ticks.length, 2, "the new schedule's tick joins the old (now stale) one");
    const fresh = ticks.find((j) => j.id !== yearly.id)!;
    assert.equal(tickAt(fresh) % 300_000, 0, "the new tick follows */5");
    await fire(ticks);
    const [run] = await waitFor(async () => {
      const runs = await runsOf(f);
      return runs.length ? runs : undefined;
    }, { what: "a run of the new schedule" });
    await settle();
    assert.equal((await runsOf(f)).length, 1, "the stale tick fired nothing");
    assert.equal((await triggerOf(run)).data.cron, "*/5 * * * *");
    assert.ok(!ticksOf(f).some((j) => j.id === yearly.id), "the stale tick is gone");
    // Remove the cron: the pending tick completes without a run and schedules nothing.
    assert.equal((await register(app([{ event: "resched/go" }]))).status, 200);
    const pending = ticksOf(f);
    assert.equal(pending.length, 1, "the */5 chain's next tick is still stored");
    await fire(pending);
    await waitFor(() => ticksOf(f).length === 0, { what: "the stale tick to complete" });
    await settle();
    assert.equal((await runsOf(f)).length, 1, "no run after the cron was removed");
  });
});
