// The dashboard on a distributed deployment: `tether api`, `tether gateway` and `tether executor`
// as real processes on a private NATS, with keys. The API process serves the pages and every read
// behind them — apps, live connections, run and event listings, a run's live stream — from
// JetStream and the connect state, with the signing key. (The pages themselves are driven in a
// browser by test/browser/dashboard.test.ts; this checks they have what they need on NATS.)
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { connect, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { RoleProcess } from "../helpers/cluster.ts";
import { freePort } from "../helpers/ports.ts";
import { useNats } from "../helpers/use-nats.ts";
import { waitFor } from "../helpers/wait.ts";

const KEY = "signkey-test-0a9b8c7d6e5f40312233445566778899";
const AUTH = { authorization: `Bearer ${KEY}` };
const APP = "dash-nats";
const nats = useNats();

describe("the dashboard's reads on `tether api` over NATS", { skip: nats.skip, timeout: 120_000 }, () => {
  let api: RoleProcess;
  let gateway: RoleProcess;
  let executor: RoleProcess;
  let conn: WorkerConnection | undefined;
  let tether: Tether;
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));

  before(async () => {
    const common = ["--nats", nats.url(), "--nats-prefix", `d${randomBytes(4).toString("hex")}`, "--host", "127.0.0.1",
      "--signing-key", KEY, "--event-key", "ek"];
    const apiPort = await freePort();
    const gatewayPort = await freePort();
    api = new RoleProcess("api", "api", [...common, "--port", String(apiPort)], apiPort);
    gateway = new RoleProcess("gateway", "gateway", [...common, "--gateway-port", String(gatewayPort)], gatewayPort);
    executor = new RoleProcess("executor", "executor", common);
    await api.start();
    await Promise.all([gateway.start(), executor.start()]);
    tether = new Tether({ id: APP, baseUrl: api.httpUrl, signingKey: KEY, eventKey: "ek" });
    tether.createFunction({ id: "held", triggers: [{ event: "dash/held" }, { cron: "*/5 * * * *" }], concurrency: 2 }, async ({ step }) => {
      await step.run("first", () => 1);
      await step.run("wait-for-test", async () => {
        await held;
        return 2;
      });
      return { ok: true };
    });
    conn = await connect({ apps: [tether], instanceId: "dash-nats-worker", maxWorkerConcurrency: 4, handleShutdownSignals: [] });
  });

  after(async () => {
    release();
    await conn?.close();
    await Promise.all([api, gateway, executor].map((p) => p?.term(10_000)));
  });

  const get = async (path: string, auth = true) => fetch(`${api.httpUrl}${path}`, { headers: auth ? AUTH : {} });
  const data = async (path: string) => {
    const r = await get(path);
    assert.equal(r.status, 200, `${path}: ${r.status}`);
    return r.json();
  };

  test("the pages are served; the data behind them needs the key", async () => {
    for (const page of ["/", "/runs", "/runs/01ABC", "/functions", "/workers", "/events"]) {
      const r = await get(page, false);
      assert.equal(r.status, 200, page);
      assert.match(await r.text(), /<script type="module" src="\/dashboard\/app.js">/);
    }
    assert.equal((await get("/dashboard/app.js", false)).status, 200);
    assert.equal((await get("/dashboard/nope.js", false)).status, 404);
    for (const path of ["/v1/apps", "/v1/connections", "/v1/runs", "/v1/events"]) assert.equal((await get(path, false)).status, 401, path);
  });

  test("apps, live connections, listings and a run's stream, from JetStream", async () => {
    const apps = (await data("/v1/apps")).data;
    const app = apps.find((a: any) => a.name === APP);
    assert.equal(app.method, "connect");
    const fn = app.functions.find((f: any) => f.slug === `${APP}-held`);
    assert.deepEqual(fn.flow.concurrency, [{ limit: 2, scope: "fn" }]);
    assert.ok(Date.parse(fn.triggers.find((t: any) => t.cron).next_tick) > Date.now(), "the cron's next tick");

    const { ids } = await tether.send({ name: "dash/held", data: {} });
    const run = await waitFor(async () => (await data(`/v1/events/${ids[0]}/runs`)).data[0], { timeoutMs: 20_000, what: "the run" });
    // The run is in flight on the worker: its connection shows it.
    await waitFor(async () => {
      const c = (await data("/v1/connections")).data.find((x: any) => x.instance_id === "dash-nats-worker");
      return c?.in_flight === 1 && c.max_worker_concurrency === 4 && c.draining === false;
    }, { timeoutMs: 20_000, what: "the worker's in-flight request" });
    const listed = await waitFor(async () => (await data(`/v1/runs?status=Running&function_id=${fn.id}`)).data.find((r: any) => r.run_id === run.run_id),
      { what: "the running run in the listing" });
    assert.equal(listed.status, "Running");
    assert.ok((await data("/v1/events?limit=5")).data.some((e: any) => e.internal_id === ids[0]), "the event in the events listing");

    // The run's stream: the run now, then its end when the step is let go.
    const ctl = new AbortController();
    const res = await fetch(`${api.httpUrl}/v1/runs/${run.run_id}/stream`, { headers: AUTH, signal: ctl.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/event-stream/);
    const statuses: string[] = [];
    const reading = (async () => {
      const dec = new TextDecoder();
      let buf = "";
      for await (const chunk of res.body!) {
        buf += dec.decode(chunk as Uint8Array, { stream: true });
        for (const m of buf.matchAll(/^data: (.*)$/gm)) statuses.push(JSON.parse(m[1]).status);
        buf = buf.slice(buf.lastIndexOf("\n\n") + 2);
      }
    })();
    await waitFor(() => statuses.length > 0, { what: "the first run event" });
    assert.equal(statuses[0], "Running");
    release();
    await reading; // the stream ends by itself once the run has ended
    assert.equal(statuses.at(-1), "Completed");
    const done = await waitFor(async () => (await data("/v1/runs?status=Completed&limit=10")).data.find((r: any) => r.run_id === run.run_id),
      { what: "the run among the completed ones" });
    assert.deepEqual(done.output, { ok: true });
  });
});
