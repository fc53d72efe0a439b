// "Why is it waiting?" through REST (docs/flow-control.md): a run queued behind a concurrency limit
// or a throttle says which limit and key in `GET /v1/runs/{id}`; `GET /v1/functions/{id}/flow`
// shows running and queued per key; an event over a rate limit shows why it has no run; a
// step.invoke of a rate-limited function fails the caller's step at once. A scripted raw worker
// holds requests open to keep the limits full.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectRawWorker, fnConfig, K, type RawWorker, replyFrame, serveRequests } from "../helpers/raw-worker.ts";
import { hashStepId } from "../helpers/step-id.ts";
import { waitFor } from "../helpers/wait.ts";

const S = pb.v1.SDKResponseStatus;
const APP = "flowrest";
const inv = hashStepId("call");

const fns = [
  { ...fnConfig(APP, "held", `${APP}/held`), concurrency: [{ limit: 1 }] },
  { ...fnConfig(APP, "keyed", `${APP}/keyed`), concurrency: [{ limit: 1, key: "event.data.acct" }] },
  { ...fnConfig(APP, "thr", `${APP}/thr`), throttle: { limit: 1, period: "60s" } },
  { ...fnConfig(APP, "rl", `${APP}/rl`), rateLimit: { limit: 1, period: "60s" } },
  fnConfig(APP, "caller", `${APP}/caller`),
  { ...fnConfig(APP, "env1", `${APP}/env1`), concurrency: [{ limit: 1, scope: "env", key: '"x"' }] },
  { ...fnConfig(APP, "env5", `${APP}/env5`), concurrency: [{ limit: 5, scope: "env", key: '"x"' }] },
];

describe("flow control through REST", () => {
  let srv: InProcessServer;
  let worker: RawWorker;
  /** Requests held open (not answered) per function slug. */
  const held = new Map<string, pb.v1.GatewayExecutorRequestData[]>();
  const callerResults: unknown[] = [];
  before(async () => {
    srv = await startInProcess();
    ({ worker } = await connectRawWorker(srv.apiUrl, [{ name: APP, functions: fns }]));
    serveRequests(worker, (req, body) => {
      const slug = req.functionSlug;
      if (slug === `${APP}-held` || slug === `${APP}-keyed` || slug === `${APP}-env1` || slug === `${APP}-env5`) {
        held.set(slug, [...(held.get(slug) ?? []), req]);
        return undefined;
      }
      if (slug === `${APP}-caller`) {
        const steps = body.steps as Record<string, unknown>;
        if (!(inv in steps)) return { status: S.NOT_COMPLETED, body: [{ id: inv, op: "InvokeFunction", name: "call", opts: { function_id: `${APP}-rl`, payload: { data: {} } } }] };
        callerResults.push(steps[inv]);
        return { status: S.DONE, body: { got: steps[inv] } };
      }
      return { status: S.DONE, body: { ok: true } };
    });
  });
  after(async () => {
    worker?.ws.terminate();
    await srv?.close();
  });

  const get = async (path: string) => {
    const r = await fetch(`${srv.apiUrl}${path}`);
    assert.equal(r.status, 200, `GET ${path}`);
    return (await r.json()).data;
  };
  const send = async (name: string, data: Record<string, unknown> = {}) =>
    (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: `${APP}/${name}`, data }) })).json()).ids[0] as string;
  const runOf = (eventId: string) => waitFor(async () => (await get(`/v1/events/${eventId}/runs`))[0], { what: `the run of ${eventId}` });
  const release = (slug: string) => {
    const req = held.get(slug)!.shift()!;
    worker.send(K.WORKER_REPLY, replyFrame(req, S.DONE, { released: true }));
  };

  test("a run queued behind a full concurrency limit says so, and the limit's state shows running and queued", async () => {
    const first = await runOf(await send("held"));
    await waitFor(() => (held.get(`${APP}-held`)?.length ?? 0) === 1, { what: "the first request held by the worker" });
    const second = await runOf(await send("held"));
    const waiting = await waitFor(async () => (await get(`/v1/runs/${second.run_id}`)).waiting, { what: "the second run's waiting" });
    assert.equal(waiting.reason, "concurrency");
    assert.equal(waiting.scope, "fn");
    assert.equal(waiting.limit, 1);
    assert.equal(waiting.key, undefined);
    const flow = await get(`/v1/functions/${APP}-held/flow`);
    assert.equal(flow.concurrency.length, 1);
    assert.equal(flow.concurrency[0].running, 1);
    assert.equal(flow.concurrency[0].queued, 1);
    assert.equal((await get(`/v1/runs/${first.run_id}`)).waiting, undefined, "the running run is not waiting");
    release(`${APP}-held`);
    await waitFor(() => (held.get(`${APP}-held`)?.length ?? 0) === 1, { what: "the second request handed to the worker" });
    release(`${APP}-held`);
    const done = await waitFor(async () => {
      const r = await get(`/v1/runs/${second.run_id}`);
      return r.status === "Completed" ? r : undefined;
    }, { what: "the second run to complete" });
    assert.equal(done.waiting, undefined);
    const after = await get(`/v1/functions/${APP}-held/flow`);
    assert.deepEqual([after.concurrency[0].running, after.concurrency[0].queued], [0, 0]);
  });

  test("a keyed limit names the key the run waits for; the limit's state is read for that key", async () => {
    await runOf(await send("keyed", { acct: "a" }));
    await waitFor(() => (held.get(`${APP}-keyed`)?.length ?? 0) === 1, { what: "account a's first request held" });
    const second = await runOf(await send("keyed", { acct: "a" }));
    const waiting = await waitFor(async () => (await get(`/v1/runs/${second.run_id}`)).waiting, { what: "the second run's waiting" });
    assert.deepEqual([waiting.reason, waiting.key], ["concurrency", "a"]);
    const forA = await get(`/v1/functions/${APP}-keyed/flow?key=a`);
    assert.deepEqual([forA.concurrency[0].key, forA.concurrency[0].running, forA.concurrency[0].queued], ["a", 1, 1]);
    const forB = await get(`/v1/functions/${APP}-keyed/flow?key=b`);
    assert.deepEqual([forB.concurrency[0].running, forB.concurrency[0].queued], [0, 0]);
    const noKey = await get(`/v1/functions/${APP}-keyed/flow`);
    assert.equal(noKey.concurrency[0].running, null, "a keyed limit has no state without a key");
    release(`${APP}-keyed`);
    await waitFor(() => (held.get(`${APP}-keyed`)?.length ?? 0) === 1, { what: "the second request handed over" });
    release(`${APP}-keyed`);
  });

  test("Concurrency: two functions share env key \"x\" with limits 1 and 5 ⇒ each compares the shared count with its own limit", async () => {
    const count = (fn: string) => held.get(`${APP}-${fn}`)?.length ?? 0;
    await runOf(await send("env1"));
    await waitFor(() => count("env1") === 1, { what: "env1's first step running" });
    const env1Second = await runOf(await send("env1"));
    // One step runs on key "x": env1 (limit 1) is full, env5 (limit 5) takes four more.
    for (let i = 0; i < 4; i++) await runOf(await send("env5"));
    await waitFor(() => count("env5") === 4, { what: "env5's four steps running beside env1's" });
    const env5Fifth = await runOf(await send("env5"));
    const waiting = await waitFor(async () => (await get(`/v1/runs/${env5Fifth.run_id}`)).waiting, { what: "env5's fifth run waiting at 5 running" });
    assert.deepEqual([waiting.scope, waiting.key, waiting.limit], ["env", "x", 5]);
    assert.equal((await get(`/v1/runs/${env1Second.run_id}`)).waiting?.limit, 1, "env1's second run still waits");
    assert.equal(count("env5"), 4);
    const state = await get(`/v1/functions/${APP}-env5/flow?key=x`);
    assert.deepEqual([state.concurrency[0].running, state.concurrency[0].queued], [5, 2]);
    // A freed slot goes to a waiting job: with 4 running, env5 (limit 5) may go, env1 (limit 1) may not.
    release(`${APP}-env1`);
    await waitFor(() => count("env5") === 5, { what: "the freed slot handed to env5's fifth run" });
    assert.equal((await get(`/v1/functions/${APP}-env5/flow?key=x`)).concurrency[0].running, 5);
    assert.equal(count("env1"), 0, "env1 stays blocked while steps run on the key");
    while (count("env5")) release(`${APP}-env5`);
    await waitFor(() => count("env1") === 1, { what: "env1's second run to go once the key is free" });
    release(`${APP}-env1`);
  });

  test("a throttled start says until when it waits", async () => {
    const t0 = Date.now();
    await runOf(await send("thr"));
    const second = await runOf(await send("thr"));
    const waiting = await waitFor(async () => (await get(`/v1/runs/${second.run_id}`)).waiting, { what: "the throttled run's waiting" });
    assert.equal(waiting.reason, "throttle");
    const until = Date.parse(waiting.until);
    assert.ok(until >= t0 + 55_000 && until <= Date.now() + 61_000, `starts one period after the first (${waiting.until})`);
  });

  test("an event over a rate limit starts no run and says why; a step.invoke of it fails the caller's step at once", async () => {
    const first = await send("rl");
    await runOf(first);
    const second = await send("rl");
    const event = await waitFor(async () => {
      const e = await get(`/v1/events/${second}`);
      return e.skipped ? e : undefined;
    }, { what: "the skipped event's reason" });
    assert.deepEqual(event.skipped.map((s: { reason: string; function_slug: string }) => [s.reason, s.function_slug]), [["rate_limited", `${APP}-rl`]]);
    assert.deepEqual(await get(`/v1/events/${second}/runs`), []);
    const caller = await runOf(await send("caller"));
    const done = await waitFor(async () => {
      const r = await get(`/v1/runs/${caller.run_id}`);
      return r.status === "Completed" ? r : undefined;
    }, { timeoutMs: 10_000, what: "the caller to complete with the invoke's error" });
    const got = done.output.got as { error?: { message?: string } };
    assert.match(got.error?.message ?? "", /skipped/);
  });
});
