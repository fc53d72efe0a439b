// The official `inngest` SDK, unchanged, as a connect worker for Tether: no inbound port, the worker
// dials out to Tether's gateway over a WebSocket.
//
//   npm start                                                        # tether dev on :8288/:8289
//   INNGEST_DEV=http://127.0.0.1:8288 NODE_OPTIONS=--experimental-websocket node examples/official-connect-worker.mjs
//
// INNGEST_DEV (the official SDK's own variable) says where the server is: the SDK reads it.
// Node 20 has no global WebSocket without the flag, and the SDK runs its socket in a worker thread,
// so the flag must come through NODE_OPTIONS (Node 22+ needs nothing).
import { Inngest } from "inngest";
import { connect } from "inngest/connect";

// Its own app id and event, so it can run beside examples/hello-worker.ts without replacing it.
const inngest = new Inngest({ id: "hello-official-app", isDev: true });

const hello = inngest.createFunction(
  { id: "hello", triggers: [{ event: "demo/hello-official" }] },
  async ({ event, step }) => {
    const greeting = await step.run("greet", () => `Hello, ${event.data.name}!`);
    const shouted = await step.run("shout", () => greeting.toUpperCase());
    console.log(shouted);
    return { greeting, shouted };
  },
);

// Resolves once the gateway has accepted the worker; Ctrl-C closes it gracefully.
const connection = await connect({ apps: [{ client: inngest, functions: [hello] }] });
console.log(`connected as ${connection.connectionId}`);

// Trigger a run; see it with: curl $INNGEST_DEV/v1/events/<id>/runs
const { ids } = await inngest.send({ name: "demo/hello-official", data: { name: "Tether" } });
console.log(`sent event ${ids[0]}`);
