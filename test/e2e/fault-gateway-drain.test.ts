// Fault injection: SIGTERM to a gateway holding workers with steps in flight, during 1,000
// three-step runs on the real-process cluster (docs/connect-protocol.md §3.11). The gateway sends
// GATEWAY_CLOSING, its workers open a connection to the other gateway (the API no longer hands
// out a draining one), in-flight requests finish on the old sockets, and the gateway exits 0 once
// its connections are gone, well before the drain grace (10 s here). Requests already written to
// a socket finish there (docs/connect-protocol.md §3.10–3.11), so a drain re-executes nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Cluster, ExitInfo, RoleProcess, WorkerProcess } from "../helpers/cluster.ts";
import { natsAvailable } from "../helpers/nats-server.ts";
import { waitFor } from "../helpers/wait.ts";
import { runScenario } from "./fixtures/fault-scenario.ts";

const skip = natsAvailable() ? false : "nats-server not installed";
/** `--drain-grace-ms` given to the cluster (test/helpers/cluster.ts FAULT_ROLE_FLAGS). */
const DRAIN_GRACE_MS = 10_000;

test("SIGTERM on a gateway drains it: workers move, in-flight steps finish, no step runs twice", {
  skip, timeout: 120_000,
}, async (t) => {
  let victim: RoleProcess | undefined;
  let moved: WorkerProcess[] = [];
  let exit: ExitInfo | undefined;
  let drainMs = 0;
  await runScenario(t, "gateway-drain", {
    ready: ({ cluster }) => inFlightOn(cluster.workersOn(busiest(cluster))) >= 5,
    async inject({ cluster, diagnostic }) {
      victim = busiest(cluster);
      moved = cluster.workersOn(victim);
      const inFlight = inFlightOn(moved);
      const started = Date.now();
      exit = await victim.term(DRAIN_GRACE_MS + 10_000);
      drainMs = Date.now() - started;
      diagnostic(`SIGTERM to ${victim.name} with ${moved.length} workers (${moved.map((w) => w.name).join(", ")}) and ${inFlight} step executions in flight: exited ${exit.code ?? exit.signal} after ${drainMs} ms`);
    },
    async recover({ cluster }) {
      const other = cluster.gateways.find((g) => g !== victim)!;
      await waitFor(() => moved.every((w) => w.gatewayGroup === other.gatewayId), { timeoutMs: 20_000, what: "the workers to be on the other gateway" });
    },
    verify(report) {
      assert.ok(moved.length >= 1, "the drained gateway held at least one worker");
      assert.equal(exit?.code, 0, "the drained gateway exits with code 0");
      assert.ok(drainMs < DRAIN_GRACE_MS, `the gateway exits once its workers left, before the grace (${drainMs} ms)`);
      assert.equal(report.reExecutions, 0, `a drain re-executes nothing (${report.reExecutedSteps} steps ran twice)`);
    },
  });
});

/** The gateway whose workers have the most step executions in flight. */
function busiest(c: Cluster): RoleProcess {
  return [...c.gateways].sort((a, b) => inFlightOn(c.workersOn(b)) - inFlightOn(c.workersOn(a)))[0];
}

function inFlightOn(workers: WorkerProcess[]): number {
  return workers.reduce((n, w) => n + w.inFlight.size, 0);
}
