// Bench worker for throughput: Tether's SDK in connect mode with a 1-step function, from the
// build (dist/, `npm run build`). Env: TETHER_API_URL. Prints {"type":"ready"} and {"type":"done","n":<count>}
// every 100 completed runs (and at the end of a burst, when idle for 200 ms).
import { oneStep, report } from "./done-counter.mjs";

const sdk = await import("../../dist/worker-sdk/index.js");
const tether = new sdk.Tether({ id: "bench-throughput", baseUrl: process.env.TETHER_API_URL });
tether.createFunction({ id: "one-step", retries: 0, triggers: [{ event: "bench/one-step" }] }, oneStep());
const connection = await sdk.connect({ apps: [tether], instanceId: `bench-tp-${process.pid}`, handleShutdownSignals: [] });
report({ type: "ready" });
process.once("SIGTERM", () => void Promise.resolve(connection.close()).finally(() => process.exit(0)));
