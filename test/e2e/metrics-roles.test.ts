// Metrics of a distributed deployment, one role per real process on a private NATS: the API and
// the gateway serve /metrics on their own ports, the executor (which has no port) on
// `--metrics-port`. Runs are counted by the executor that creates and ends them, the worker's
// connection and frames by its gateway, and every endpoint refuses a scrape without the key.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { connect, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { RoleProcess } from "../helpers/cluster.ts";
import { freePort } from "../helpers/ports.ts";
import { type Exposition, scrape } from "../helpers/prometheus.ts";
import { useNats } from "../helpers/use-nats.ts";
import { waitFor } from "../helpers/wait.ts";

const KEY = "signkey-test-5e1d2c3b4a5968778695a4b3c2d1e0f1";
const AUTH = { authorization: `Bearer ${KEY}` };
const APP = "roles-metrics";
const nats = useNats();

const delta = (b: Exposition, a: Exposition, name: string, labels?: Record<string, string>) => a.value(name, labels) - b.value(name, labels);

describe("metrics of the api, gateway and executor processes on NATS", { skip: nats.skip, timeout: 120_000 }, () => {
  let api: RoleProcess;
  let gateway: RoleProcess;
  let executor: RoleProcess;
  let metricsPort: number;
  let conn: WorkerConnection | undefined;
  let tether: Tether;
  let calls = 0;

  before(async () => {
    const common = ["--nats", nats.url(), "--nats-prefix", `m${randomBytes(4).toString("hex")}`, "--host", "127.0.0.1",
      "--signing-key", KEY, "--event-key", "ek"];
    const apiPort = await freePort();
    const gatewayPort = await freePort();
    metricsPort = await freePort();
    api = new RoleProcess("api", "api", [...common, "--port", String(apiPort)], apiPort);
    gateway = new RoleProcess("gateway", "gateway", [...common, "--gateway-port", String(gatewayPort)], gatewayPort);
    executor = new RoleProcess("executor", "executor", [...common, "--metrics-port", String(metricsPort)]);
    await api.start();
    await Promise.all([gateway.start(), executor.start()]);
    tether = new Tether({ id: APP, baseUrl: api.httpUrl, signingKey: KEY, eventKey: "ek" });
    tether.createFunction({ id: "two-steps", triggers: [{ event: "roles/go" }] }, async ({ step }) => {
      calls++;
      const a = await step.run("a", () => 1);
      return step.run("b", () => a + 1);
    });
    conn = await connect({ apps: [tether], instanceId: "roles-worker", handleShutdownSignals: [] });
  });

  after(async () => {
    await conn?.close();
    await Promise.all([api, gateway, executor].map((p) => p?.term(10_000)));
  });

  const executorMetrics = () => scrape(`http://127.0.0.1:${metricsPort}/metrics`, AUTH);
  const gatewayMetrics = () => scrape(`${gateway.httpUrl}/metrics`, AUTH);

  test("each role counts what it does: runs on the executor, the worker and its frames on the gateway", async () => {
    await waitFor(async () => (await gatewayMetrics()).value("tether_connected_workers", { app: APP }) === 1, { what: "the worker on the gateway" });
    const [exBefore, gwBefore, apiBefore] = [await executorMetrics(), await gatewayMetrics(), await scrape(`${api.httpUrl}/metrics`, AUTH)];
    const callsBefore = calls;
    const { ids } = await tether.send([1, 2, 3].map((i) => ({ name: "roles/go", data: { i } })));
    await waitFor(async () => {
      const runs = await Promise.all(ids.map(async (id) => (await (await fetch(`${api.httpUrl}/v1/events/${id}/runs`, { headers: AUTH })).json()).data[0]));
      return runs.every((r) => r?.status === "Completed");
    }, { timeoutMs: 30_000, what: "three completed runs" });
    const requests = calls - callsBefore;
    const fn = `${APP}-two-steps`;

    const ex = await executorMetrics();
    assert.equal(delta(exBefore, ex, "tether_runs_started_total", { function: fn }), 3);
    assert.equal(delta(exBefore, ex, "tether_runs_finished_total", { function: fn, status: "Completed" }), 3);
    assert.equal(delta(exBefore, ex, "tether_step_duration_seconds_count", { function: fn }), requests);
    assert.equal(delta(exBefore, ex, "tether_sdk_request_duration_seconds_count", { driver: "connect" }), requests);
    assert.ok(ex.families.some((f) => f.name === "tether_queue_depth"), "the executor reports the queue");
    assert.ok(ex.value("tether_queue_depth") >= 0 && ex.value("tether_queue_oldest_due_age_seconds") >= 0);
    assert.ok(!ex.families.some((f) => f.name === "tether_connected_workers"), "no gateway metrics on an executor");

    const gw = await gatewayMetrics();
    assert.equal(delta(gwBefore, gw, "tether_gateway_frames_total", { direction: "out", kind: "GATEWAY_EXECUTOR_REQUEST" }), requests);
    assert.equal(delta(gwBefore, gw, "tether_gateway_frames_total", { direction: "in", kind: "WORKER_REPLY" }), requests);
    assert.equal(gw.value("tether_inflight_requests", { app: APP }), 0);

    const apiAfter = await scrape(`${api.httpUrl}/metrics`, AUTH);
    assert.equal(delta(apiBefore, apiAfter, "tether_runs_started_total"), 0, "the API creates none of these runs");
  });

  test("every role's /metrics refuses a scrape without the signing key", async () => {
    for (const url of [`${api.httpUrl}/metrics`, `${gateway.httpUrl}/metrics`, `http://127.0.0.1:${metricsPort}/metrics`]) {
      const r = await fetch(url);
      assert.equal(r.status, 401, url);
      assert.equal((await r.json()).code, "unauthorized");
    }
  });
});
