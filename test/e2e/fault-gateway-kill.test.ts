// Fault injection: `kill -9` of a gateway holding workers with steps in flight, during 1,000
// three-step runs on the real-process cluster. Its workers reconnect to the other gateway (the
// API stops handing out a gateway it has not heard from), replies that could not be sent on the
// dead socket are flushed over HTTP, and leases keep being extended on the new connection.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Cluster, RoleProcess, WorkerProcess } from "../helpers/cluster.ts";
import { natsAvailable } from "../helpers/nats-server.ts";
import { waitFor } from "../helpers/wait.ts";
import { runScenario } from "./fixtures/fault-scenario.ts";

const skip = natsAvailable() ? false : "nats-server not installed";

test("kill -9 of a gateway: its workers move to the other gateway and every run completes", { skip, timeout: 120_000 }, async (t) => {
  let victim: RoleProcess | undefined;
  let moved: WorkerProcess[] = [];
  await runScenario(t, "gateway-kill", {
    ready: ({ cluster }) => inFlightOn(cluster.workersOn(busiest(cluster))) >= 5,
    async inject({ cluster, diagnostic }) {
      victim = busiest(cluster);
      moved = cluster.workersOn(victim);
      const inFlight = inFlightOn(moved);
      await victim.kill9();
      diagnostic(`killed ${victim.name} with ${moved.length} workers (${moved.map((w) => w.name).join(", ")}) and ${inFlight} step executions in flight`);
    },
    async recover({ cluster }) {
      const other = cluster.gateways.find((g) => g !== victim)!;
      await waitFor(() => moved.every((w) => w.gatewayGroup === other.gatewayId), { timeoutMs: 20_000, what: "the workers to reconnect to the other gateway" });
    },
    verify() {
      assert.ok(moved.length >= 1, "the killed gateway held at least one worker");
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
