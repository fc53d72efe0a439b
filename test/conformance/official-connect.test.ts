// Conformance: the official `inngest` SDK (v4) in connect mode against a real `tether dev` process.
// Each worker runs in its own process (fixtures/official-connect-worker.mjs) and reports every
// step-body execution on stdout, so "exactly once" is checked from the worker's side while results
// are checked through the REST API (docs/official-sdk-observed.md §4, docs/connect-protocol.md §1).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type FixtureLine, type FixtureProcess, startFixture } from "../helpers/official-sdk-worker.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const WORKER = join(import.meta.dirname, "fixtures", "official-connect-worker.mjs");
const APP = "conf-connect";
const LIMITED_APP = "conf-limited";

const tag = () => randomUUID();
const isReady = (l: FixtureLine) => l.type === "ready";

describe("official SDK, connect mode", () => {
  let tether: TetherProcess | undefined;
  let worker: FixtureProcess | undefined;
  let limited: FixtureProcess | undefined;

  before(async () => {
    tether = await startTether({ args: ["--retry-interval", "0.2"] });
    const env = { TETHER_API_URL: tether.apiUrl };
    worker = startFixture(WORKER, { env: { ...env, APP_ID: APP, WITH_WILDCARD: "1" } });
    limited = startFixture(WORKER, { env: { ...env, APP_ID: LIMITED_APP, MAX_WORKER_CONCURRENCY: "2" } });
    await Promise.all([
      worker.waitForLine(isReady, { what: "connect worker ready" }),
      limited.waitForLine(isReady, { what: "limited connect worker ready" }),
    ]);
    // connect() resolves once WORKER_READY is sent; wait until both apps' functions are known.
    await waitFor(async () => {
      const slugs = (await tether!.getJson("/v1/functions")).data.map((f: { slug: string }) => f.slug);
      return slugs.includes(`${APP}-wildcard`) && slugs.includes(`${LIMITED_APP}-slow`);
    }, { what: "functions registered over connect" });
  });

  after(async () => {
    await Promise.all([worker?.stop(), limited?.stop()]);
    await tether?.stop();
  });

  /** Sends events and returns their ids, asserting the API accepted all of them. */
  async function send(...events: { name: string; data: Record<string, unknown> }[]): Promise<string[]> {
    const res = await tether!.sendEvent(events);
    assert.equal(res.status, 200);
    assert.equal(res.ids.length, events.length);
    return res.ids;
  }

  test("runs a three-step function to Completed and executes each step body exactly once", async () => {
    const t = tag();
    const [eventId] = await send({ name: `${APP}/three-step`, data: { n: 4, tag: t } });

    const runs = await tether!.waitForRuns(eventId);
    assert.equal(runs.length, 1);
    assert.equal(runs[0].status, "Completed");
    assert.deepEqual(runs[0].output, { a: 5, b: 10, c: "10!" });

    const run = (await tether!.getJson(`/v1/runs/${runs[0].run_id}`)).data;
    assert.equal(run.status, "Completed");
    assert.equal(run.steps.length, 3);
    const byName = new Map(run.steps.map((s: any) => [s.name, s]));
    assert.deepEqual(["a", "b", "c"].map((n) => (byName.get(n) as any)?.output), [5, 10, "10!"]);
    for (const s of run.steps) {
      assert.equal(s.op, "StepRun");
      assert.equal(s.status, "Completed");
    }

    await waitFor(() => worker!.execs(t).length >= 3, { what: "three step executions" });
    for (const step of ["a", "b", "c"]) assert.equal(worker!.execs(t, step).length, 1, `step ${step} executions`);
  });

  test("retries a step that throws twice, then completes without re-running the earlier step", async () => {
    const t = tag();
    const [eventId] = await send({ name: `${APP}/flaky`, data: { tag: t } });

    const [run] = await tether!.waitForRuns(eventId);
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { first: "first-ok", second: "recovered-after-3" });

    assert.deepEqual(worker!.execs(t, "flaky").map((l) => l.n), [1, 2, 3]);
    assert.equal(worker!.execs(t, "first").length, 1);

    const detail = (await tether!.getJson(`/v1/runs/${run.run_id}`)).data;
    const flaky = detail.steps.find((s: any) => s.name === "flaky");
    assert.equal(flaky.status, "Completed");
    assert.equal(flaky.output, "recovered-after-3");
    assert.equal(flaky.attempt, 2, "third attempt (0-based)");
  });

  test("fails a run after one attempt when the function throws NonRetriableError", async () => {
    const t = tag();
    const [eventId] = await send({ name: `${APP}/non-retriable`, data: { tag: t } });

    const [run] = await tether!.waitForRuns(eventId);
    assert.equal(run.status, "Failed");
    assert.equal(run.output?.name, "NonRetriableError");

    // The function allows 3 retries at a 0.2 s interval: give a wrongly scheduled retry time to show.
    await new Promise((r) => setTimeout(r, 700));
    assert.deepEqual(worker!.execs(t, "handler").map((l) => l.attempt), [0]);
    const again = (await tether!.getJson(`/v1/runs/${run.run_id}`)).data;
    assert.equal(again.status, "Failed");
  });

  test("never runs more than maxWorkerConcurrency (2) steps at once on a worker", async () => {
    const tags = Array.from({ length: 6 }, tag);
    const ids = await send(...tags.map((t) => ({ name: `${LIMITED_APP}/slow`, data: { tag: t } })));

    const runs = (await Promise.all(ids.map((id) => tether!.waitForRuns(id, { timeoutMs: 20_000 })))).flat();
    assert.equal(runs.length, 6);
    for (const r of runs) assert.equal(r.status, "Completed");

    const execs = tags.flatMap((t) => limited!.execs(t, "sleep"));
    assert.equal(execs.length, 6);
    const maxInFlight = Math.max(...execs.map((l) => l.inFlight));
    assert.ok(maxInFlight <= 2, `worker saw ${maxInFlight} concurrent steps`);
    assert.equal(maxInFlight, 2, "the worker's two slots are both used");
  });

  test("control: without maxWorkerConcurrency the same load runs more than 2 steps at once", async () => {
    const tags = Array.from({ length: 6 }, tag);
    const ids = await send(...tags.map((t) => ({ name: `${APP}/slow`, data: { tag: t } })));
    await Promise.all(ids.map((id) => tether!.waitForRuns(id, { timeoutMs: 20_000 })));
    const maxInFlight = Math.max(...tags.flatMap((t) => worker!.execs(t, "sleep")).map((l) => l.inFlight));
    assert.ok(maxInFlight > 2, `unlimited worker saw only ${maxInFlight} concurrent steps`);
  });

  test("two events start two independent runs", async () => {
    const [t1, t2] = [tag(), tag()];
    const [e1, e2] = await send(
      { name: `${APP}/three-step`, data: { n: 1, tag: t1 } },
      { name: `${APP}/three-step`, data: { n: 2, tag: t2 } },
    );
    const [runs1, runs2] = await Promise.all([tether!.waitForRuns(e1), tether!.waitForRuns(e2)]);
    assert.equal(runs1.length, 1);
    assert.equal(runs2.length, 1);
    assert.notEqual(runs1[0].run_id, runs2[0].run_id);
    assert.deepEqual(runs1[0].output, { a: 2, b: 4, c: "4!" });
    assert.deepEqual(runs2[0].output, { a: 3, b: 6, c: "6!" });
  });

  test("a wildcard trigger demo/* fires for demo/x and not for demos/x", async () => {
    const [hit, miss] = [tag(), tag()];
    const [hitId, missId] = await send(
      { name: "demo/x", data: { tag: hit } },
      { name: "demos/x", data: { tag: miss } },
    );
    const runs = await tether!.waitForRuns(hitId);
    assert.equal(runs.length, 1);
    assert.equal(runs[0].function_slug, `${APP}-wildcard`);
    assert.equal(runs[0].status, "Completed");
    assert.deepEqual(runs[0].output, { seen: "demo/x" });

    // Both events were accepted in one request; by now the second has been matched too.
    assert.deepEqual((await tether!.getJson(`/v1/events/${missId}/runs`)).data, []);
    assert.equal(worker!.execs(miss).length, 0);
  });
});
