// Bench worker: the official `inngest` SDK in serve mode on node:http. Env: INNGEST_DEV=<api url>.
// Prints {"type":"ready","url"} (the runner then syncs it) and one {"type":"run"} line per run.
import { createServer } from "node:http";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { EVENT_NAME, report, tenStepHandler } from "./ten-step.mjs";

const silent = { info() {}, warn() {}, error() {}, debug() {} };
const client = new Inngest({ id: "bench-official-serve", logger: silent });
const fn = client.createFunction({ id: "ten-step", retries: 0, triggers: [{ event: EVENT_NAME }] }, tenStepHandler());
const server = createServer(serve({ client, functions: [fn] }));
server.listen(0, "127.0.0.1", () => report({ type: "ready", url: `http://127.0.0.1:${server.address().port}/api/inngest` }));
process.once("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
