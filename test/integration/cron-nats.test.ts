// Crons on NATS with several executors (docs/semantics.md §14, DESIGN.md invariant 4): the schedule
// is a chain of jobs in the JetStream queue, every executor competes for them, and each tick
// must start exactly one run. To watch real ticks without waiting minutes this test enables the
// internal seconds field (`cronTestHooks`) and uses a once-per-second cron.
import assert from "node:assert/strict";
import pino from "pino";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import { newId } from "../../src/common/index.ts";
import { loadConfig } from "../../src/config.ts";
import { cronTestHooks } from "../../src/functions/cron.ts";
import { type RunningServer, startServer } from "../../src/server.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";
import { connectRawWorker, serveRequests } from "../helpers/raw-worker.ts";
import { waitFor } from "../helpers/wait.ts";

const hasNats = natsAvailable();

describe("crons on NATS with three executors", hasNats ? {} : { skip: "nats-server not installed" }, () => {
  let nats: NatsServer;
  let srv: InProcessServer;
  const executors: RunningServer[] = [];
  before(async () => {
    cronTestHooks.allowSecondsField = true;
    nats = await startNats();
    const prefix = `c${newId().toLowerCase().slice(-10)}`;
    srv = await startInProcess(["--nats", nats.url, "--nats-prefix", prefix, "--job-lease-ms", "2000"]);
    for (let i = 0; i < 2; i++) {
      // A role process needs its key (closed by default); an executor's signs serve() requests.
      const key = ["--signing-key", "signkey-test-0a1b2c3d4e5f60718293a4b5c6d7e8f9"];
      executors.push(await startServer(loadConfig(["executor", "--nats", nats.url, "--nats-prefix", prefix, "--job-lease-ms", "2000", ...key], {}),
        pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" })));
    }
  });
  after(async () => {
    cronTestHooks.allowSecondsField = false;
    await Promise.all(executors.map((e) => e.close()));
    await srv?.close();
    await nats?.stop();
  });

  test("each tick of a once-per-second cron starts exactly one run; no tick is skipped", { timeout: 60_000 }, async () => {
    const slug = "nats-cron-f";
    const fn = { id: slug, name: "f", triggers: [{ cron: "* * * * * *" }], steps: { step: { id: "step", name: "step", runtime: { type: "ws", url: `wss://connect/?fnId=${slug}&stepId=step` } } } };
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "nats-cron", functions: [fn] }]);
    const s = serveRequests(worker, (_req, body) => ({ status: pb.v1.SDKResponseStatus.DONE, body: body.event.id }));
    const store = srv.store!;
    const f = await waitFor(async () => (await store.listFunctions()).find((x) => x.slug === slug), { what: "function registered" });
    const completed = async () => (await store.listRuns({ functionId: f.id })).filter((r) => r.status === "Completed");
    await waitFor(async () => (await completed()).length >= 5, { timeoutMs: 30_000, what: "five cron runs" });
    s.stop();
    worker.close();
    const runs = await store.listRuns({ functionId: f.id });
    const instants = await Promise.all(runs.map(async (r) => {
      const [e] = await store.getEvents(r.eventIds);
      assert.equal(e.event.name, "inngest/scheduled.timer");
      return Date.parse(e.event.id);
    }));
    assert.equal(new Set(instants).size, instants.length, `a tick started two runs: ${instants.map((t) => new Date(t).toISOString())}`);
    const sorted = [...instants].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) assert.equal(sorted[i] - sorted[i - 1], 1_000, "consecutive ticks are one second apart");
    // Every executor saw the queue: the work was shared, not pinned to one process.
    assert.ok(runs.length >= 5, "five or more runs");
  });
});
