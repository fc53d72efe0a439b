// Bench worker: Tether's own SDK in connect mode, from the build (dist/worker-sdk, `npm run build`).
// Env: TETHER_API_URL. Prints {"type":"unavailable","reason"} and exits when the SDK has no
// working connect() yet, else {"type":"ready"} and one {"type":"run"} line per run.
import { EVENT_NAME, report, tenStepHandler } from "./ten-step.mjs";

let sdk;
try {
  sdk = await import("../../dist/worker-sdk/index.js");
} catch (err) {
  report({ type: "unavailable", reason: `worker-sdk does not load: ${err?.message ?? err}` });
  process.exit(0);
}
if (typeof sdk.connect !== "function" || typeof sdk.Tether !== "function") {
  report({ type: "unavailable", reason: "worker-sdk/index.ts exports no connect() yet" });
  process.exit(0);
}
const tether = new sdk.Tether({ id: "bench-tether-connect", baseUrl: process.env.TETHER_API_URL });
tether.createFunction({ id: "ten-step", retries: 0, triggers: [{ event: EVENT_NAME }] }, tenStepHandler());
const connection = await sdk.connect({ apps: [tether], instanceId: `bench-${process.pid}`, handleShutdownSignals: [] });
report({ type: "ready" });
process.once("SIGTERM", () => void Promise.resolve(connection.close()).finally(() => process.exit(0)));
