// Prometheus metrics of an embedded server (docs/observability.md, "Metrics"): a real Tether
// worker over connect runs a batch of functions (completing, failing with a retry, and one that
// holds a step open); /metrics is scraped before and after, and every counter and histogram must
// have moved by what the worker saw (its handler counts the SDK requests it got). The page must
// parse with a Prometheus text parser. With keys configured, scrapes need the signing key.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import WebSocket from "ws";
import { hashSigningKey } from "../../src/common/index.ts";
import { connect, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { freePort } from "../helpers/ports.ts";
import { type Exposition, parseExposition, scrape } from "../helpers/prometheus.ts";
import { waitFor } from "../helpers/wait.ts";

const APP = "metrics-app";
const FAMILIES: Record<string, string> = {
  tether_runs_started_total: "COUNTER",
  tether_runs_finished_total: "COUNTER",
  tether_step_duration_seconds: "HISTOGRAM",
  tether_sdk_request_duration_seconds: "HISTOGRAM",
  tether_queue_depth: "GAUGE",
  tether_queue_oldest_due_age_seconds: "GAUGE",
  tether_connected_workers: "GAUGE",
  tether_inflight_requests: "GAUGE",
  tether_gateway_frames_total: "COUNTER",
  tether_gateway_closes_total: "COUNTER",
  tether_realtime_subscribers: "GAUGE",
  tether_realtime_messages_total: "COUNTER",
  tether_store_errors_total: "COUNTER",
  tether_nats_errors_total: "COUNTER",
};

/** `after - before` for one sample (or a sum of samples). */
const delta = (b: Exposition, a: Exposition, name: string, labels?: Record<string, string>) => a.value(name, labels) - b.value(name, labels);

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("metrics of an embedded server", () => {
  let srv: InProcessServer;
  let tether: Tether;
  let conn: WorkerConnection;
  const calls = { ok: 0, fails: 0, hold: 0 };
  let gate = deferred();
  const metrics = () => scrape(`${srv.apiUrl}/metrics`);

  before(async () => {
    srv = await startInProcess(["--retry-interval", "0.05"]);
    tether = new Tether({ id: APP, baseUrl: srv.apiUrl });
    tether.createFunction({ id: "ok", triggers: [{ event: "metrics/ok" }] }, async ({ step }) => {
      calls.ok++;
      const a = await step.run("a", () => 1);
      const b = await step.run("b", () => a + 1);
      return { b };
    });
    tether.createFunction({ id: "fails", triggers: [{ event: "metrics/fails" }], retries: 1 }, async () => {
      calls.fails++;
      throw new Error("fails on purpose");
    });
    tether.createFunction({ id: "hold", triggers: [{ event: "metrics/hold" }] }, async ({ step }) => {
      calls.hold++;
      return step.run("held", () => gate.promise.then(() => "released"));
    });
    conn = await connect({ apps: [tether], instanceId: "metrics-worker", handleShutdownSignals: [] });
    await waitFor(async () => (await metrics()).value("tether_connected_workers", { app: APP }) === 1, { what: "the worker counted as connected" });
  });

  after(async () => {
    gate.resolve();
    await conn?.close();
    await srv?.close();
  });

  const api = async (path: string) => (await (await fetch(`${srv.apiUrl}${path}`)).json()).data;
  const endedRuns = (eventIds: string[]) => waitFor(async () => {
    const runs = (await Promise.all(eventIds.map((id) => api(`/v1/events/${id}/runs`)))).flat();
    return runs.length === eventIds.length && runs.every((r: { status: string }) => r.status !== "Running") ? runs : undefined;
  }, { timeoutMs: 30_000, what: "every run ended" });

  test("the exposition parses and holds every Tether metric with its type", async () => {
    const page = await metrics();
    for (const [name, type] of Object.entries(FAMILIES)) {
      assert.equal(page.families.find((f) => f.name === name)?.type, type, `${name} is a ${type}`);
    }
    assert.ok(page.families.some((f) => f.name === "process_cpu_user_seconds_total"), "process metrics in the same registry");
  });

  test("runs, steps and SDK requests move by what a batch of runs did", { timeout: 60_000 }, async () => {
    const before = await metrics();
    const calledBefore = { ...calls };
    const t0 = performance.now();
    const ok = await tether.send(Array.from({ length: 4 }, (_, i) => ({ name: "metrics/ok", data: { i } })));
    const fails = await tether.send([{ name: "metrics/fails", data: {} }, { name: "metrics/fails", data: {} }]);
    const runs = await endedRuns([...ok.ids, ...fails.ids]);
    const elapsedSeconds = (performance.now() - t0) / 1000;
    assert.deepEqual(runs.map((r: { status: string }) => r.status).sort(), ["Completed", "Completed", "Completed", "Completed", "Failed", "Failed"]);
    const after = await metrics();
    const okFn = `${APP}-ok`;
    const failsFn = `${APP}-fails`;

    assert.equal(delta(before, after, "tether_runs_started_total", { function: okFn }), 4);
    assert.equal(delta(before, after, "tether_runs_started_total", { function: failsFn }), 2);
    assert.equal(delta(before, after, "tether_runs_finished_total", { function: okFn, status: "Completed" }), 4);
    assert.equal(delta(before, after, "tether_runs_finished_total", { function: okFn, status: "Failed" }), 0);
    assert.equal(delta(before, after, "tether_runs_finished_total", { function: failsFn, status: "Failed" }), 2);
    assert.equal(delta(before, after, "tether_runs_finished_total", { function: failsFn, status: "Completed" }), 0);

    // One observation per SDK request the worker got: 2 attempts per failing run (retries: 1).
    const okCalls = calls.ok - calledBefore.ok;
    const failCalls = calls.fails - calledBefore.fails;
    assert.equal(failCalls, 4);
    assert.ok(okCalls >= 4, `at least one request per completed run (${okCalls})`);
    assert.equal(delta(before, after, "tether_step_duration_seconds_count", { function: okFn }), okCalls);
    assert.equal(delta(before, after, "tether_step_duration_seconds_count", { function: okFn, outcome: "error" }), 0);
    assert.equal(delta(before, after, "tether_step_duration_seconds_count", { function: failsFn, op: "Error", outcome: "error" }), failCalls);
    assert.equal(delta(before, after, "tether_sdk_request_duration_seconds_count", { driver: "connect" }), okCalls + failCalls);
    // Every request was answered (a failing attempt is an error status, or a final answer with no_retry).
    assert.equal(delta(before, after, "tether_sdk_request_duration_seconds_count", { driver: "connect", outcome: "transport_error" }), 0);
    assert.equal(delta(before, after, "tether_sdk_request_duration_seconds_count", { driver: "serve" }), 0);
    for (const name of ["tether_step_duration_seconds_sum", "tether_sdk_request_duration_seconds_sum"]) {
      const sum = delta(before, after, name);
      assert.ok(sum > 0 && sum <= elapsedSeconds * (okCalls + failCalls), `${name} moved by ${sum} s for ${okCalls + failCalls} requests in ${elapsedSeconds} s`);
    }
    // Every observation landed in its histogram's +Inf bucket too.
    assert.equal(delta(before, after, "tether_step_duration_seconds_bucket", { function: okFn, le: "+Inf" }), okCalls);
  });

  test("the gateway counts connected workers, requests in flight and frames by kind", { timeout: 30_000 }, async () => {
    gate = deferred();
    const before = await metrics();
    const callsBefore = calls.hold;
    const { ids } = await tether.send({ name: "metrics/hold", data: {} });
    await waitFor(async () => (await metrics()).value("tether_inflight_requests", { app: APP }) === 1, { what: "one request in flight" });
    gate.resolve();
    await endedRuns(ids);
    const after = await waitFor(async () => {
      const page = await metrics();
      return page.value("tether_inflight_requests", { app: APP }) === 0 ? page : undefined;
    }, { what: "no request in flight" });
    const requests = calls.hold - callsBefore;
    assert.ok(requests >= 1);
    const frames = (direction: string, kind: string) => delta(before, after, "tether_gateway_frames_total", { direction, kind });
    assert.equal(frames("out", "GATEWAY_EXECUTOR_REQUEST"), requests);
    assert.equal(frames("in", "WORKER_REQUEST_ACK"), requests);
    assert.equal(frames("in", "WORKER_REPLY"), requests);
    assert.equal(frames("out", "WORKER_REPLY_ACK"), requests);
    assert.equal(after.value("tether_connected_workers", { app: APP }), 1);
  });

  test("a worker that leaves is no longer counted, and its close code is", { timeout: 30_000 }, async () => {
    const other = new Tether({ id: "metrics-leaver", baseUrl: srv.apiUrl });
    other.createFunction({ id: "noop", triggers: [{ event: "metrics/never" }] }, async () => null);
    const before = await metrics();
    const leaver = await connect({ apps: [other], instanceId: "metrics-leaver", handleShutdownSignals: [] });
    const joined = await waitFor(async () => {
      const page = await metrics();
      return page.value("tether_connected_workers", { app: "metrics-leaver" }) === 1 ? page : undefined;
    }, { what: "the second worker counted" });
    assert.equal(delta(before, joined, "tether_gateway_frames_total", { direction: "in", kind: "WORKER_CONNECT" }), 1);
    assert.equal(delta(before, joined, "tether_gateway_frames_total", { direction: "out", kind: "GATEWAY_CONNECTION_READY" }), 1);
    await leaver.close();
    const after = await waitFor(async () => {
      const page = await metrics();
      return page.labelSets("tether_connected_workers").some((l) => l.app === "metrics-leaver") ? undefined : page;
    }, { what: "the second worker gone from the gauge" });
    assert.equal(delta(before, after, "tether_gateway_closes_total"), 1);
    assert.equal(after.value("tether_connected_workers", { app: APP }), 1);
  });

  test("realtime subscribers and messages published and delivered", { timeout: 30_000 }, async () => {
    const before = await metrics();
    const { jwt } = await (await fetch(`${srv.apiUrl}/v1/realtime/token`, {
      method: "POST", body: JSON.stringify([{ channel: "m:1", name: "t", kind: "run" }]),
    })).json();
    const ws = new WebSocket(`${srv.apiUrl.replace("http", "ws")}/v1/realtime/connect?token=${encodeURIComponent(jwt)}`);
    const received: unknown[] = [];
    ws.on("message", (d) => received.push(JSON.parse(d.toString())));
    await new Promise((res, rej) => ws.once("open", res).once("error", rej));
    try {
      // Counted once its subscriptions are in the hub (the subscriber's constructor adds them).
      await waitFor(async () => (await metrics()).value("tether_realtime_subscribers") === before.value("tether_realtime_subscribers") + 1, { what: "a subscriber" });
      const r = await fetch(`${srv.apiUrl}/v1/realtime/publish?channel=m:1&topic=t`, { method: "POST", body: JSON.stringify({ n: 1 }) });
      assert.equal(r.status, 200);
      await waitFor(() => received.length === 1, { what: "the message delivered" });
      const after = await metrics();
      assert.equal(delta(before, after, "tether_realtime_messages_total", { direction: "published" }), 1);
      assert.equal(delta(before, after, "tether_realtime_messages_total", { direction: "delivered" }), 1);
    } finally {
      ws.close();
    }
  });
});

describe("metrics with keys configured", () => {
  const KEY = "signkey-test-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
  let srv: InProcessServer;
  let metricsPort: number;

  before(async () => {
    metricsPort = await freePort();
    srv = await startInProcess(["--signing-key", KEY, "--event-key", "ek", "--metrics-port", String(metricsPort)]);
  });
  after(async () => {
    await srv?.close();
  });

  const targets = () => ({
    api: `${srv.apiUrl}/metrics`,
    gateway: `http://127.0.0.1:${srv.gateway.port}/metrics`,
    "metrics port": `http://127.0.0.1:${metricsPort}/metrics`,
  });

  test("a scrape without the signing key, or with a wrong one, is refused with 401 JSON", async () => {
    for (const [where, url] of Object.entries(targets())) {
      for (const headers of [{}, { authorization: "Bearer signkey-test-ffff" }, { authorization: "Basic abc" }] as Record<string, string>[]) {
        const r = await fetch(url, { headers });
        assert.equal(r.status, 401, `${where} with ${JSON.stringify(headers)}`);
        assert.match(r.headers.get("content-type") ?? "", /^application\/json/);
        assert.equal((await r.json()).code, "unauthorized");
      }
    }
  });

  test("the signing key, raw or hashed, opens every endpoint on the same registry", async () => {
    for (const [where, url] of Object.entries(targets())) {
      for (const key of [KEY, hashSigningKey(KEY)]) {
        const page = await scrape(url, { authorization: `Bearer ${key}` });
        assert.ok(page.families.some((f) => f.name === "tether_runs_started_total"), where);
      }
    }
  });

  test("the metrics port serves /metrics only", async () => {
    const other = await fetch(`http://127.0.0.1:${metricsPort}/v1/functions`);
    assert.equal(other.status, 404);
    assert.equal((await other.json()).code, "not_found");
    const post = await fetch(`http://127.0.0.1:${metricsPort}/metrics`, { method: "POST" });
    assert.equal(post.status, 405);
    assert.equal((await post.json()).code, "method_not_allowed");
  });

  test("a parse of the page from the text alone agrees with the parser", async () => {
    const text = await (await fetch(targets().api, { headers: { authorization: `Bearer ${KEY}` } })).text();
    const page = parseExposition(text);
    assert.ok(page.families.length >= Object.keys(FAMILIES).length);
  });
});
