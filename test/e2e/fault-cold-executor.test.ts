// Fault injection: a burst of events meets executors that have not processed a job yet (fresh
// start, or a restart after a crash). The other scenarios warm the executors up first; this one
// does not: 500 events arrive as 5 concurrent batches, so each executor fans several event jobs
// out at once while its function index is still loading. Every event must still get its run.
import { test } from "node:test";
import { natsAvailable } from "../helpers/nats-server.ts";
import { runScenario } from "./fixtures/fault-scenario.ts";

const skip = natsAvailable() ? false : "nats-server not installed";

test("a burst of events on cold executors creates a run for every event", {
  skip, timeout: 120_000,
}, async (t) => {
  await runScenario(t, "cold-executor", undefined, { coldStart: true });
});
