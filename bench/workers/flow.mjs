// Bench worker for the flow suite (bench/flow.ts): Tether's SDK in connect mode with the 1-step
// function of one-step.mjs three times over, one per concurrency setting (docs/flow-control.md):
//   flow-none  no limit                                    event bench/flow-none
//   flow-c10   concurrency: 10                             event bench/flow-c10
//   flow-key   concurrency: { limit: 1, key: event.data.k } event bench/flow-key
// The SDK comes from the build (dist/, `npm run build`). Env: TETHER_API_URL (and TETHER_SIGNING_KEY on NATS). Prints
// {"type":"ready"} and {"type":"done","n":<count over all three>} (done-counter.mjs). The suite
// sends one function's burst at a time, so one count serves all three.
import { oneStep, report } from "./done-counter.mjs";

const sdk = await import("../../dist/worker-sdk/index.js");
const tether = new sdk.Tether({ id: "bench-flow", baseUrl: process.env.TETHER_API_URL });
const handler = oneStep();
const LIMITS = {
  "flow-none": undefined,
  "flow-c10": 10,
  "flow-key": { limit: 1, key: "event.data.k" },
};
for (const [id, concurrency] of Object.entries(LIMITS)) {
  tether.createFunction({ id, retries: 0, triggers: [{ event: `bench/${id}` }], ...(concurrency === undefined ? {} : { concurrency }) }, handler);
}
const connection = await sdk.connect({ apps: [tether], instanceId: `bench-flow-${process.pid}`, handleShutdownSignals: [] });
report({ type: "ready" });
process.once("SIGTERM", () => void Promise.resolve(connection.close()).finally(() => process.exit(0)));
