// Fault injection: `kill -9` of a worker process while it has steps in flight, during 1,000
// three-step runs on the real-process cluster. Its requests are orphaned when the socket drops,
// given up after the orphan grace (2 s) and retried on the other workers; the killed worker
// comes back (same instance id, as under a supervisor) before the second half is sent.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { WorkerProcess } from "../helpers/cluster.ts";
import { natsAvailable } from "../helpers/nats-server.ts";
import { runScenario } from "./fixtures/fault-scenario.ts";

const skip = natsAvailable() ? false : "nats-server not installed";

test("kill -9 of a worker with steps in flight: every run completes, only in-flight steps run again", {
  skip, timeout: 120_000,
}, async (t) => {
  let victim: WorkerProcess | undefined;
  let inFlight = 0;
  await runScenario(t, "worker-kill", {
    ready: ({ cluster }) => cluster.workers.some((w) => w.inFlight.size >= 3),
    async inject({ cluster, diagnostic }) {
      victim = [...cluster.workers].sort((a, b) => b.inFlight.size - a.inFlight.size)[0];
      inFlight = victim.inFlight.size;
      await victim.kill9();
      diagnostic(`killed ${victim.name} with ${inFlight} step executions in flight`);
    },
    async recover() {
      await victim!.start();
    },
    verify(report) {
      assert.ok(inFlight >= 3, `the killed worker had steps in flight (${inFlight})`);
      assert.ok(report.reExecutedSteps >= 1, "the steps in flight on the killed worker ran again elsewhere");
    },
  });
});
