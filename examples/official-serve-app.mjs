// The official `inngest` SDK, unchanged, in serve mode: Tether calls the app over HTTP.
//
//   npm start                                                             # tether dev on :8288
//   INNGEST_DEV=http://127.0.0.1:8288 node examples/official-serve-app.mjs   # app on :3000, synced at startup
//
// INNGEST_DEV (the official SDK's own variable) says where the server is.
import { createServer } from "node:http";
import { Inngest } from "inngest";
import { serve } from "inngest/node";

const SERVER = process.env.INNGEST_DEV?.startsWith("http") ? process.env.INNGEST_DEV : "http://127.0.0.1:8288";
const PORT = Number(process.env.PORT ?? 3000);

const inngest = new Inngest({ id: "hello-serve-app", isDev: true });

const hello = inngest.createFunction(
  { id: "hello", triggers: [{ event: "demo/hello-serve" }] },
  async ({ event, step }) => {
    const greeting = await step.run("greet", () => `Hello, ${event.data.name}!`);
    console.log(greeting);
    return { greeting };
  },
);

createServer(serve({ client: inngest, functions: [hello] })).listen(PORT, "127.0.0.1", async () => {
  const url = `http://127.0.0.1:${PORT}/api/inngest`;
  // Ask Tether to sync the app: Tether sends PUT to `url`, and the SDK registers its functions.
  const sync = await fetch(`${SERVER}/fn/register`, { method: "PUT", body: JSON.stringify({ url }) });
  console.log(`synced ${url}: ${sync.status}`);

  const { ids } = await inngest.send({ name: "demo/hello-serve", data: { name: "Tether" } });
  console.log(`sent event ${ids[0]}`);
});
