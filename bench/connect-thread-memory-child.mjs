// One sample for bench/connect-thread-memory.ts, in plain Node (no TypeScript loader), like a user's
// app: memory after importing the built SDK, then after N connect() calls (each runs its own
// connection thread), with a full GC before each reading. Prints one JSON line.
// Usage: node --expose-gc connect-thread-memory-child.mjs <sdk index.js> <api url> <N>
import { pathToFileURL } from "node:url";

const [sdkPath, apiUrl, count] = process.argv.slice(2);
const { connect, Tether, silentLogger } = await import(pathToFileURL(sdkPath).href);

function reading() {
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function settle() {
  // Let the threads finish starting (their heaps grow while loading) before reading.
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 200));
}

const apps = Array.from({ length: Number(count) }, (_, i) => {
  const app = new Tether({ id: `memory-app-${i}`, baseUrl: apiUrl, logger: silentLogger });
  app.createFunction({ id: "noop", triggers: [{ event: `memory/noop-${i}` }] }, async () => "ok");
  return app;
});
await settle();
const before = reading();
const connections = [];
for (const app of apps) connections.push(await connect({ apps: [app], instanceId: app.id, handleShutdownSignals: [] }));
await settle();
const after = reading();
console.log(JSON.stringify({ connections: connections.length, before, after }));
await Promise.all(connections.map((connection) => connection.close()));
