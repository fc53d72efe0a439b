// Fault injection: `kill -9` of one of the two executors while it has requests in flight, during
// 1,000 three-step runs on the real-process cluster. Its jobs are redelivered to the other
// executor when their JetStream lease (ack wait, the default 8 s) lapses; replies and checkpoints
// sent to the dead executor are lost, so the steps it had in flight may run again, but nothing
// stored runs again. Twice: with the SDK's socket checkpointing (steps back to back in one request, the
// default) and with one step per request (the path the official SDK takes), where every step
// result goes through the executor's job commit.
import { test } from "node:test";
import { natsAvailable } from "../helpers/nats-server.ts";
import { type Fault, runScenario } from "./fixtures/fault-scenario.ts";

const skip = natsAvailable() ? false : "nats-server not installed";

const killExecutor: Fault = {
  ready: ({ cluster }) => cluster.workers.reduce((n, w) => n + w.inFlight.size, 0) >= 10,
  async inject({ cluster, diagnostic }) {
    const inFlight = cluster.workers.reduce((n, w) => n + w.inFlight.size, 0);
    await cluster.executors[0].kill9();
    diagnostic(`killed ${cluster.executors[0].name} with ${inFlight} step executions in flight on the workers (both executors')`);
  },
};

test("kill -9 of an executor: its jobs move to the other executor and every run completes", {
  skip, timeout: 120_000,
}, async (t) => {
  await runScenario(t, "executor-kill", killExecutor);
});

test("kill -9 of an executor, one step per request: every run completes", {
  skip, timeout: 120_000,
}, async (t) => {
  await runScenario(t, "executor-kill-step", killExecutor, { oneStepPerRequest: true });
});
