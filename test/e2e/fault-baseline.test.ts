// Fault-injection baseline: the real-process cluster (1 API, 2 gateways, 2 executors on NATS +
// JetStream, 4 workers) runs 1,000 three-step runs with no fault. Every run completes with the
// right output and no step is executed twice.
import { test } from "node:test";
import { natsAvailable } from "../helpers/nats-server.ts";
import { runScenario } from "./fixtures/fault-scenario.ts";

const skip = natsAvailable() ? false : "nats-server not installed";

test("1,000 multi-step runs complete on a distributed cluster with no step executed twice", { skip, timeout: 120_000 }, async (t) => {
  await runScenario(t, "baseline");
});
