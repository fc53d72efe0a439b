// Job leases on JetStream (issue 11, executor fail-over): short leases renewed at a quarter of
// their length, set on the shared consumer, renewed from the claim, and safe when they lapse
// under an executor that is still running the job. One real nats-server; the executor tests run
// every role in this process with a Tether SDK worker (docs/deployment.md, "Executor fail-over").
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Writable } from "node:stream";
import { nanos } from "nats";
import pino from "pino";
import { connectNats } from "../../src/common/nats.ts";
import { newId } from "../../src/common/index.ts";
import { loadConfig } from "../../src/config.ts";
import { type RunningServer, startServer } from "../../src/server.ts";
import { JetStreamStore, type JobRecord, type RunRecord } from "../../src/state/index.ts";
import { connect, Tether } from "../../worker-sdk/index.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";
import { freePort } from "../helpers/ports.ts";
import { waitFor } from "../helpers/wait.ts";

const hasNats = natsAvailable();
/** The executor's warning for a job handed back to it while it still runs it. */
const LAPSED = "job lease lapsed while running; kept";
const prefixOf = () => `l${newId().toLowerCase().slice(-10)}`;

const run = (id = newId()): RunRecord => ({
  id, functionId: "F", functionSlug: "app-f", appId: "A", appName: "app", eventIds: [], status: "Running",
  createdAt: Date.now(), requestVersion: -1, forceStepPlan: false, pendingSteps: [], maxAttempts: 5,
});
const job = (runId: string): JobRecord => ({ id: `${runId}-j`, kind: "run", runId, stepId: "step", attempt: 0, runAt: Date.now(), createdAt: Date.now() });

describe("job leases on JetStream", hasNats ? {} : { skip: "nats-server not installed" }, () => {
  let nats: NatsServer;
  before(async () => {
    nats = await startNats();
  });
  after(async () => {
    await nats?.stop();
  });

  test("an executor sets the shared job consumer's ack wait to its job lease, replacing a longer one", async () => {
    const prefix = prefixOf();
    const [nca, ncb] = await Promise.all([connectNats(nats.url), connectNats(nats.url)]);
    try {
      await JetStreamStore.create(nca, { prefix, jobLeaseMs: 60_000 }); // e.g. made by an earlier version
      const jsm = await nca.jetstreamManager();
      const ackWait = async () => (await jsm.consumers.info(`${prefix.toUpperCase()}_JOBS`, `${prefix}_executors`)).config.ack_wait;
      assert.equal(await ackWait(), nanos(60_000));
      const b = await JetStreamStore.create(ncb, { prefix, jobLeaseMs: 1_500 });
      assert.equal(await ackWait(), nanos(60_000), "binding the store alone (an API process) changes nothing");
      await b.queue.claim(Date.now(), 10, 1_500); // the first claim binds the consumer
      await waitFor(async () => (await ackWait()) === nanos(1_500), { timeoutMs: 5_000, what: "the ack wait to become 1.5 s" });
      await b.close();
    } finally {
      await Promise.all([nca.close(), ncb.close()]);
    }
  });

  test("renewing on a closed connection rejects instead of throwing, and the jobs go to another executor after the lease", async () => {
    const prefix = prefixOf();
    const leaseMs = 1_000;
    const [nca, ncb] = await Promise.all([connectNats(nats.url), connectNats(nats.url)]);
    try {
      const a = await JetStreamStore.create(nca, { prefix, jobLeaseMs: leaseMs });
      const b = await JetStreamStore.create(ncb, { prefix, jobLeaseMs: leaseMs });
      const runs = [run(), run()];
      await a.createRuns(runs, runs.map((r) => job(r.id)));
      const held: JobRecord[] = [];
      await waitFor(async () => {
        held.push(...(await a.queue.claim(Date.now(), 10, leaseMs)));
        return held.length === 2;
      }, { what: "executor a to claim both jobs" });
      await nca.close(); // executor a's NATS connection is gone (its process is dying)
      await assert.rejects(a.queue.renew(held.map((j) => j.id), Date.now() + leaseMs));
      const taken = new Set<string>();
      await waitFor(async () => {
        for (const j of await b.queue.claim(Date.now(), 10, leaseMs)) taken.add(j.id);
        return taken.size === 2;
      }, { timeoutMs: leaseMs * 6, intervalMs: 50, what: "executor b to get both jobs" });
      await Promise.all([a.close(), b.close()]);
    } finally {
      await Promise.all([nca.close(), ncb.close()]);
    }
  });

  describe("an executor running a step longer than its job lease (1 s)", () => {
    let srv: RunningServer;
    let apiUrl: string;
    const warnings: Record<string, unknown>[] = [];
    before(async () => {
      const [port, gatewayPort] = [await freePort(), await freePort()];
      const config = loadConfig(["dev", "--host", "127.0.0.1", "--port", String(port), "--gateway-port", String(gatewayPort),
        "--nats", nats.url, "--nats-prefix", prefixOf(), "--job-lease-ms", "1000"], {});
      const sink = new Writable({
        write(chunk, _enc, done) {
          for (const line of String(chunk).split("\n")) if (line) warnings.push(JSON.parse(line) as Record<string, unknown>);
          done();
        },
      });
      srv = await startServer(config, pino({ level: "warn" }, sink));
      apiUrl = `http://127.0.0.1:${port}`;
    });
    after(async () => {
      await srv?.close();
    });

    /** Sends `name`, waits for its run to end; the worker serves `fn` meanwhile. */
    async function runOnce(id: string, body: (executions: number) => Promise<void> | void) {
      const tether = new Tether({ id, baseUrl: apiUrl });
      let executions = 0;
      tether.createFunction({ id: "f", triggers: [{ event: `${id}/go` }] }, async ({ step }) => {
        const v = await step.run("long", async () => {
          await body(++executions);
          return "done";
        });
        return { v };
      });
      const conn = await connect({ apps: [tether], instanceId: `${id}-worker`, handleShutdownSignals: [] });
      try {
        const { ids } = await tether.send({ name: `${id}/go`, data: {} });
        const ended = await waitFor(async () => {
          const r = (await (await fetch(`${apiUrl}/v1/events/${ids[0]}/runs`)).json()).data[0];
          return r && r.status !== "Running" ? r : undefined;
        }, { timeoutMs: 20_000, what: "the run to end" });
        return { ended, executions };
      } finally {
        await conn.close();
      }
    }

    test("renewals keep the job: a step of 4 leases runs once", { timeout: 30_000 }, async () => {
      const { ended, executions } = await runOnce("renewed", () => new Promise((r) => setTimeout(r, 4_000)));
      assert.equal(ended.status, "Completed");
      assert.deepEqual(ended.output, { v: "done" });
      assert.equal(executions, 1, "the job was taken from its executor while the step ran");
      assert.equal(warnings.filter((w) => w.msg === LAPSED).length, 0, "the job's lease never lapsed");
    });

    test("a job handed back to the executor still running it (its lease lapsed in a stalled event loop) is not run again", { timeout: 30_000 }, async () => {
      const { ended, executions } = await runOnce("stalled", async (n) => {
        if (n === 1) {
          // Every role runs in this process: a synchronous stall of 3 leases starves the renewals,
          // so JetStream redelivers the job, to the only executor there is.
          const until = Date.now() + 3_000;
          while (Date.now() < until) { /* busy */ }
        }
        await new Promise((r) => setTimeout(r, 1_500));
      });
      assert.equal(ended.status, "Completed");
      assert.equal(executions, 1, "the redelivered job was run a second time beside the first");
      assert.ok(warnings.some((w) => w.msg === LAPSED), "the lapse is logged");
    });
  });
});
