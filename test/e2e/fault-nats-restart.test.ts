// Fault injection: nats-server stops (SIGTERM) while steps are in flight, stays down for 2 s and
// starts again on the same port and JetStream data dir, during 1,000 three-step runs on the
// real-process cluster. Every role process must ride it out (the NATS client reconnects
// forever): queued jobs, stored steps and leases survive in JetStream, and the second half of
// the events is sent once every role is connected again and the API accepts events.
import assert from "node:assert/strict";
import { test } from "node:test";
import { natsAvailable } from "../helpers/nats-server.ts";
import { waitFor } from "../helpers/wait.ts";
import { runScenario } from "./fixtures/fault-scenario.ts";

const skip = natsAvailable() ? false : "nats-server not installed";
/** How long the outage lasts: part of the fault's definition, not a wait for a condition. */
const OUTAGE_MS = 2_000;
const ROLE_CLIENTS = ["tether-api", "tether-executor", "tether-executor", "tether-gateway", "tether-gateway"];

test("nats-server restart: every role reconnects and every run completes", {
  skip, timeout: 120_000,
}, async (t) => {
  let downMs = 0;
  await runScenario(t, "nats-restart", {
    ready: ({ cluster }) => cluster.workers.reduce((n, w) => n + w.inFlight.size, 0) >= 10,
    async inject({ cluster, diagnostic }) {
      const since = Date.now();
      const exit = await cluster.nats.term(10_000);
      await new Promise((r) => setTimeout(r, OUTAGE_MS));
      await cluster.nats.start();
      downMs = Date.now() - since;
      diagnostic(`nats-server stopped (exit ${exit.code ?? exit.signal}), down ${downMs} ms, started again on port ${cluster.nats.port}`);
    },
    async recover({ cluster }) {
      await waitFor(async () => {
        const names = (await cluster.nats.clientNames()).filter((n) => n.startsWith("tether-")).sort();
        return JSON.stringify(names) === JSON.stringify(ROLE_CLIENTS);
      }, { timeoutMs: 20_000, intervalMs: 100, what: "every role to reconnect to nats-server" });
      // The API accepts events again (a name no function listens to, so no run is created).
      await waitFor(async () => (await fetch(`${cluster.apiUrl}/e/test`, { method: "POST", body: JSON.stringify({ name: "fault/probe" }) })).status === 200,
        { timeoutMs: 20_000, intervalMs: 100, what: "the API to accept events after the restart" });
    },
    verify() {
      assert.ok(downMs >= OUTAGE_MS, "nats-server was down for the whole outage");
    },
  });
});
