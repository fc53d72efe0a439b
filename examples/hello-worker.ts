// A worker written with Tether's SDK: it dials out to the gateway (no inbound port) and runs
// `demo/hello` events durably, one stored step at a time.
//
//   npm start                                   # terminal 1: tether dev on :8288/:8289
//   node --import tsx examples/hello-worker.ts  # terminal 2: this worker
//   curl -s -X POST http://127.0.0.1:8288/e/dev -d '{"name":"demo/hello","data":{"name":"Ada"}}'
//
// TETHER_BASE_URL points it at another server (default http://127.0.0.1:8288).
import { connect, Tether } from "../worker-sdk/index.ts";

const tether = new Tether({ id: "hello-app" });

tether.createFunction({ id: "say-hello", triggers: [{ event: "demo/hello" }] }, async ({ event, step }) => {
  const name = await step.run("pick-name", () => String(event.data?.name ?? "world"));
  const greeting = await step.run("greet", () => `Hello, ${name}!`);
  const length = await step.run("measure", () => greeting.length);
  return { greeting, length };
});

const connection = await connect({ apps: [tether], instanceId: `hello-${process.pid}` });
console.log(`connected (${connection.connectionId}); send a demo/hello event to run say-hello`);
