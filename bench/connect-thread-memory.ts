// What the connection thread costs (issue 15, point 8; docs/worker-threads.md): RSS and the main
// heap of a plain Node process before and after 1, 2 and 4 connect() calls against one `tether dev`,
// each in a fresh process, a few samples each; per connection = RSS added / calls. Runs the
// built SDK: `npm run build` first (dist/worker-sdk; --sdk names another build, e.g. worker-sdk/dist).
// Usage: node --import tsx bench/connect-thread-memory.ts [--samples N] [--sdk path/to/index.js]
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { ROOT, startTether } from "../test/helpers/server-process.ts";

const run = promisify(execFile);
const { values } = parseArgs({ options: { samples: { type: "string", default: "3" }, sdk: { type: "string", default: join(ROOT, "dist", "worker-sdk", "index.js") } } });
const COUNTS = [1, 2, 4];
const MB = 1024 * 1024;

interface Sample { connections: number; before: { rss: number; heapUsed: number }; after: { rss: number; heapUsed: number } }

async function sample(apiUrl: string, count: number): Promise<Sample> {
  const child = join(ROOT, "bench", "connect-thread-memory-child.mjs");
  const { stdout } = await run(process.execPath, ["--expose-gc", child, values.sdk!, apiUrl, String(count)], { cwd: ROOT });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Sample;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const tether = await startTether();
try {
  console.log("connections | RSS added (MB, median) | main heap added (MB, median) | RSS per connection (MB)");
  for (const count of COUNTS) {
    const samples: Sample[] = [];
    for (let i = 0; i < Number(values.samples); i++) samples.push(await sample(tether.apiUrl, count));
    const rss = median(samples.map((s) => (s.after.rss - s.before.rss) / MB));
    const heap = median(samples.map((s) => (s.after.heapUsed - s.before.heapUsed) / MB));
    console.log(`${count} | ${rss.toFixed(1)} | ${heap.toFixed(2)} | ${(rss / count).toFixed(1)}`);
  }
} finally {
  await tether.stop();
}
