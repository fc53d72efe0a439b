// Conformance: the official `inngest` SDK (v4) in serve mode (`inngest/node`) against a real
// `tether dev` process. The app runs in its own process (fixtures/official-serve-app.mjs) and is
// synced the way `inngest dev -u URL` does it: `PUT {api}/fn/register {"url"}` makes Tether PUT
// the app, which then registers itself with `POST /fn/register` (docs/official-sdk-observed.md §6).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type FixtureProcess, startFixture } from "../helpers/official-sdk-worker.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const APP_SCRIPT = join(import.meta.dirname, "fixtures", "official-serve-app.mjs");
const APP = "conf-serve";
const SLUGS = [`${APP}-flaky`, `${APP}-non-retriable`, `${APP}-three-step`];

describe("official SDK, serve mode", () => {
  let tether: TetherProcess | undefined;
  let app: FixtureProcess | undefined;
  let appUrl = "";
  let firstSync: { status: number; body: any } | undefined;

  before(async () => {
    tether = await startTether({ args: ["--retry-interval", "0.2"] });
    app = startFixture(APP_SCRIPT, { env: { INNGEST_DEV: tether.apiUrl, APP_ID: APP } });
    appUrl = (await app.waitForLine((l) => l.type === "ready", { what: "serve app listening" })).url;
    // Every test needs the app synced; the sync itself is asserted in the first test.
    firstSync = await sync(appUrl);
  });

  after(async () => {
    await app?.stop();
    await tether?.stop();
  });

  async function sync(url: string): Promise<{ status: number; body: any }> {
    const res = await fetch(`${tether!.apiUrl}/fn/register`, { method: "PUT", body: JSON.stringify({ url }) });
    return { status: res.status, body: await res.json() };
  }

  async function send(name: string, data: Record<string, unknown>): Promise<string> {
    const res = await tether!.sendEvent({ name, data });
    assert.equal(res.status, 200);
    return res.ids[0];
  }

  test("PUT /fn/register {url} makes the app sync itself and registers its functions", async () => {
    assert.equal(firstSync?.status, 200);
    // The app's own answer is never handed back (src/api/sync-url.ts): what it synced is read below.
    assert.deepEqual(firstSync?.body, { ok: true, status: 200 });

    const fns = (await tether!.getJson("/v1/functions")).data.filter((f: any) => f.app_name === APP);
    assert.deepEqual(fns.map((f: any) => f.slug).sort(), SLUGS);
    const three = fns.find((f: any) => f.slug === `${APP}-three-step`);
    assert.deepEqual(three.triggers, [{ event: `${APP}/three-step` }]);

    // Syncing the same app again changes nothing.
    const second = await sync(appUrl);
    assert.equal(second.status, 200);
    const again = (await tether!.getJson("/v1/functions")).data.filter((f: any) => f.app_name === APP);
    assert.deepEqual(again, fns);
  });

  test("runs a three-step function to Completed and executes each step body exactly once", async () => {
    const t = randomUUID();
    const eventId = await send(`${APP}/three-step`, { n: 4, tag: t });

    const runs = await tether!.waitForRuns(eventId);
    assert.equal(runs.length, 1);
    assert.equal(runs[0].status, "Completed");
    assert.deepEqual(runs[0].output, { a: 5, b: 10, c: "10!" });

    const run = (await tether!.getJson(`/v1/runs/${runs[0].run_id}`)).data;
    assert.equal(run.steps.length, 3);
    const byName = new Map(run.steps.map((s: any) => [s.name, s]));
    assert.deepEqual(["a", "b", "c"].map((n) => (byName.get(n) as any)?.output), [5, 10, "10!"]);

    await waitFor(() => app!.execs(t).length >= 3, { what: "three step executions" });
    for (const step of ["a", "b", "c"]) assert.equal(app!.execs(t, step).length, 1, `step ${step} executions`);
  });

  test("retries a step that throws twice, then completes without re-running the earlier step", async () => {
    const t = randomUUID();
    const [run] = await tether!.waitForRuns(await send(`${APP}/flaky`, { tag: t }));
    assert.equal(run.status, "Completed");
    assert.deepEqual(run.output, { first: "first-ok", second: "recovered-after-3" });
    assert.deepEqual(app!.execs(t, "flaky").map((l) => l.n), [1, 2, 3]);
    assert.equal(app!.execs(t, "first").length, 1);
  });

  test("fails a run after one attempt when the function throws NonRetriableError", async () => {
    const t = randomUUID();
    const [run] = await tether!.waitForRuns(await send(`${APP}/non-retriable`, { tag: t }));
    assert.equal(run.status, "Failed");
    assert.equal(run.output?.name, "NonRetriableError");
    await new Promise((r) => setTimeout(r, 700));
    assert.deepEqual(app!.execs(t, "handler").map((l) => l.attempt), [0]);
  });

  test("PUT /fn/register answers 502 with a JSON error when the app is unreachable", async () => {
    const res = await sync("http://127.0.0.1:1/api/inngest");
    assert.equal(res.status, 502);
    assert.equal(res.body.code, "sdk_transport_error");
  });
});

describe("official SDK, serve mode in cloud mode (signed requests)", () => {
  // Example key from docs/official-sdk-observed.md §2; the SDK verifies Tether's X-Inngest-Signature.
  const SIGNING_KEY = "signkey-test-0123456789abcdef0123456789abcdef";
  const SIGNED_APP = "conf-serve-signed";
  const auth = { authorization: `Bearer ${SIGNING_KEY}` };
  let tether: TetherProcess | undefined;
  let app: FixtureProcess | undefined;

  before(async () => {
    tether = await startTether({ args: ["--signing-key", SIGNING_KEY] });
    // INNGEST_DEV=0 forces cloud mode: the SDK rejects unsigned or wrongly signed requests.
    app = startFixture(APP_SCRIPT, {
      env: { INNGEST_DEV: "0", INNGEST_BASE_URL: tether.apiUrl, INNGEST_SIGNING_KEY: SIGNING_KEY, APP_ID: SIGNED_APP },
    });
    const { url } = await app.waitForLine((l) => l.type === "ready", { what: "signed serve app listening" });
    const res = await fetch(`${tether.apiUrl}/fn/register`, { method: "PUT", headers: auth, body: JSON.stringify({ url }) });
    assert.equal(res.status, 200, await res.text());
  });

  after(async () => {
    await app?.stop();
    await tether?.stop();
  });

  test("runs a three-step function to Completed with signed requests", async () => {
    const t = randomUUID();
    const sent = await tether!.sendEvent({ name: `${SIGNED_APP}/three-step`, data: { n: 4, tag: t } });
    const runs = await waitFor(async () => {
      const res = await fetch(`${tether!.apiUrl}/v1/events/${sent.ids[0]}/runs`, { headers: auth });
      const list = (await res.json()).data as any[];
      return list.length > 0 && list.every((r) => r.status !== "Running") ? list : undefined;
    }, { timeoutMs: 20_000, what: "signed run to end" });
    assert.equal(runs[0].status, "Completed");
    assert.deepEqual(runs[0].output, { a: 5, b: 10, c: "10!" });
    for (const step of ["a", "b", "c"]) assert.equal(app!.execs(t, step).length, 1, `step ${step} executions`);
  });

  test("REST calls without the signing key are refused", async () => {
    const res = await fetch(`${tether!.apiUrl}/v1/functions`);
    assert.equal(res.status, 401);
  });
});
