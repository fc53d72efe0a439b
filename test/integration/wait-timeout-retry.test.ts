// A waitForEvent timeout whose run cannot go on at once (src/executor/fired-timer.ts): the
// timeout consumes the wait's pause, so whatever calls the SDK after it must survive a retry —
// no worker connected when the timeout fires (as right after a restart), or a failed attempt of
// the step that follows. Before the fix the timeout job's retry found its pause consumed, took
// the wait for resumed by an event and dropped the run, which stayed Running for ever. Runs on
// both store adapters (SQLite, and JetStream when nats-server is installed).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import { newId } from "../../src/common/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";
import { connectRawWorker, fnConfig, type RawHandler, serveRequests } from "../helpers/raw-worker.ts";
import { hashStepId } from "../helpers/step-id.ts";
import { waitFor } from "../helpers/wait.ts";

const S = pb.v1.SDKResponseStatus;
const W = hashStepId("approval");
const AFTER = hashStepId("after");
/** The executor retries a run with no worker every second: wait out two retries. */
const NO_WORKER_RETRIES_MS = 2_500;

const adapters = [
  { name: "SQLite", args: async () => [] as string[] },
  { name: "JetStream", args: async (nats?: NatsServer) => ["--nats", nats!.url, "--nats-prefix", `w${newId().toLowerCase().slice(-10)}`], nats: true },
];

for (const adapter of adapters) {
  const skip = adapter.nats && !natsAvailable() ? { skip: "nats-server not installed" } : {};
  describe(`waitForEvent timeouts that must be retried (${adapter.name})`, skip, () => {
    let nats: NatsServer | undefined;
    let srv: InProcessServer;
    before(async () => {
      if (adapter.nats) nats = await startNats();
      srv = await startInProcess(["--retry-interval", "0.05", ...(await adapter.args(nats))]);
    });
    after(async () => {
      await srv?.close();
      await nats?.stop();
    });
    const send = async (name: string) =>
      (await (await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name, data: {} }) })).json()).ids[0] as string;
    const runOf = async (eventId: string) => (await (await fetch(`${srv.apiUrl}/v1/events/${eventId}/runs`)).json()).data[0];
    const detail = async (runId: string) => (await (await fetch(`${srv.apiUrl}/v1/runs/${runId}`)).json()).data;
    const ended = (eventId: string) => waitFor(async () => {
      const r = await runOf(eventId);
      return r && r.status !== "Running" ? r : undefined;
    }, { timeoutMs: 30_000, what: `run of ${eventId} ended` });
    const waitThen = (timeout: string, then: RawHandler): RawHandler => (req, body) => W in body.steps
      ? then(req, body)
      : { status: S.NOT_COMPLETED, body: [{ id: W, op: "WaitForEvent", name: "approval", opts: { event: "never/sent", timeout } }] };

    test("a wait that times out while no worker is connected goes on once one connects", async () => {
      const app = `wto-nw-${adapter.name.toLowerCase()}`;
      const fns = [fnConfig(app, "f", `${app}/start`)];
      const handler = waitThen("1s", (_req, body) => ({ status: S.DONE, body: { got: body.steps[W] } }));
      const first = await connectRawWorker(srv.apiUrl, [{ name: app, functions: fns }]);
      const s1 = serveRequests(first.worker, handler);
      const eventId = await send(`${app}/start`);
      await waitFor(() => s1.seen.length >= 1, { what: "the request that parks the run" });
      // The reply went out before the close frame: the wait is stored, then the worker is gone.
      first.worker.close();
      await first.worker.closed;
      s1.stop();
      const runId = (await waitFor(() => runOf(eventId), { what: "run created" })).run_id;
      await waitFor(async () => (await detail(runId)).steps.some((st: any) => st.id === W), { timeoutMs: 15_000, what: "the timeout stored the wait's step" });
      await new Promise((r) => setTimeout(r, NO_WORKER_RETRIES_MS));
      assert.equal((await runOf(eventId)).status, "Running", "no worker yet: the run waits");

      const second = await connectRawWorker(srv.apiUrl, [{ name: app, functions: fns }]);
      const s2 = serveRequests(second.worker, handler);
      try {
        const run = await ended(eventId);
        assert.equal(run.status, "Completed");
        assert.deepEqual(run.output, { got: null });
        const steps = (await detail(runId)).steps.filter((st: any) => st.id === W);
        assert.equal(steps.length, 1, "the wait resolved once");
      } finally {
        s2.stop();
        second.worker.close();
      }
    });

    test("a failed attempt of the step after a timed-out wait is retried and the run completes", async () => {
      const app = `wto-retry-${adapter.name.toLowerCase()}`;
      const { worker } = await connectRawWorker(srv.apiUrl, [{ name: app, functions: [fnConfig(app, "f", `${app}/start`)] }]);
      const s = serveRequests(worker, waitThen("300ms", (_req, body) => body.ctx.attempt === 0
        ? { status: S.NOT_COMPLETED, body: [{ id: AFTER, op: "StepError", name: "after", error: { name: "Error", message: "first attempt fails" } }] }
        : { status: S.DONE, body: { got: body.steps[W], attempt: body.ctx.attempt } }));
      try {
        const run = await ended(await send(`${app}/start`));
        assert.equal(run.status, "Completed");
        assert.deepEqual(run.output, { got: null, attempt: 1 });
        assert.equal(s.seen.filter((r) => W in r.body.steps).length, 2, "the step after the wait ran twice: a failure and its retry");
      } finally {
        s.stop();
        worker.close();
      }
    });
  });
}
