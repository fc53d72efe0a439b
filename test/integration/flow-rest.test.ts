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
      if (slug === `${APP}-held` || slug === `${APP}-keyed`) {
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
