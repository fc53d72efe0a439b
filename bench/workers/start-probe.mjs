// Bench worker for the start latency of the peers suite (bench/peers.ts): Tether's SDK in connect
// mode with a 1-step function whose step body, first thing, prints {"type":"start","tag","t"} with
// `t` on now() (done-counter.mjs), the clock the bench stamps the event's answer with. The SDK comes
// from the build (dist/). Env: TETHER_API_URL (and TETHER_SIGNING_KEY on NATS). Prints {"type":"ready"}.
import { now, report } from "./done-counter.mjs";

const sdk = await import("../../dist/worker-sdk/index.js");
const tether = new sdk.Tether({ id: "bench-peers", baseUrl: process.env.TETHER_API_URL });
tether.createFunction({ id: "start-probe", retries: 0, triggers: [{ event: "bench/start-probe" }] }, async ({ event, step }) =>
  step.run("only", () => {
    report({ type: "start", tag: event.data.tag, t: now() });
    return event.data.tag;
  }));
const connection = await sdk.connect({ apps: [tether], instanceId: `bench-probe-${process.pid}`, handleShutdownSignals: [] });
report({ type: "ready" });
process.once("SIGTERM", () => void Promise.resolve(connection.close()).finally(() => process.exit(0)));
