// Bench worker: the official `inngest` SDK in connect mode (needs NODE_OPTIONS=--experimental-websocket
// on Node 20). Env: TETHER_API_URL. Prints {"type":"ready"} then one {"type":"run"} line per run.
import { Inngest } from "inngest";
import { connect } from "inngest/connect";
import { EVENT_NAME, report, tenStepHandler } from "./ten-step.mjs";

const silent = { info() {}, warn() {}, error() {}, debug() {} };
const client = new Inngest({ id: "bench-official-connect", isDev: true, baseUrl: process.env.TETHER_API_URL, logger: silent });
const fn = client.createFunction({ id: "ten-step", retries: 0, triggers: [{ event: EVENT_NAME }] }, tenStepHandler());
const connection = await connect({ apps: [{ client, functions: [fn] }], instanceId: `bench-${process.pid}`, handleShutdownSignals: [] });
report({ type: "ready" });
process.once("SIGTERM", () => void connection.close().finally(() => process.exit(0)));
