// CPU profile of `tether dev` on the step path or the burst path (issue 13, point 9), and a
// summary of where the server's busy time goes. Not a suite of `npm run bench`: a tool to find
// the next cost to remove. The server runs the build (dist/, `npm run build` first) with
// `--cpu-prof`; the workers are Tether SDK workers from bench/workers/.
//   node --import tsx bench/cpu-profile.ts step  [--seconds 20]   sequential 10-step runs, one request per step
//   node --import tsx bench/cpu-profile.ts burst [--runs 10000]   one burst of 1-step runs, 2 workers
//   node --import tsx bench/cpu-profile.ts realtime                 the realtime fan-out (bench/realtime.ts)
//   add --worker to profile the (first) Tether SDK worker instead of the server
//   add --nats to run `tether dev --nats` (every role in one process, on a private nats-server)
// Prints the top functions by self time and by inclusive time (busy time only: idle excluded) and
// leaves the .cpuprofile in the printed directory (Chrome DevTools opens it).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startNats } from "../test/helpers/nats-server.ts";
import { startFixture, type FixtureProcess } from "../test/helpers/official-sdk-worker.ts";
import { freePort } from "../test/helpers/ports.ts";
import { ROOT } from "../test/helpers/server-process.ts";
import { waitFor } from "../test/helpers/wait.ts";
import { measureRealtime, realtimeSection } from "./realtime.ts";
import { burst } from "./throughput.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { nats: { type: "boolean", default: false }, worker: { type: "boolean", default: false }, seconds: { type: "string", default: "20" }, runs: { type: "string", default: "10000" }, top: { type: "string", default: "25" } } });
const mode = positionals[0] === "burst" || positionals[0] === "realtime" ? positionals[0] : "step";
const dir = mkdtempSync(join(tmpdir(), "tether-cpu-profile-"));
const port = await freePort();
const nats = values.nats ? await startNats() : undefined;
const profile = [`--cpu-prof`, `--cpu-prof-dir=${dir}`];
const server: ChildProcess = spawn(process.execPath, [...(values.worker ? [] : profile), join(ROOT, "bin", "tether.js"), "dev", "--port", String(port),
  "--gateway-port", String(await freePort()), "--db", ":memory:", ...(mode === "step" ? ["--checkpointing", "false"] : []), ...(nats ? ["--nats", nats.url] : [])], { cwd: ROOT, stdio: "ignore" });
const apiUrl = `http://127.0.0.1:${port}`;
const workers: FixtureProcess[] = [];
try {
  await waitFor(async () => (await fetch(`${apiUrl}/health`).catch(() => undefined))?.ok === true, { timeoutMs: 30_000, what: "tether dev" });
  if (mode === "realtime") {
    console.log(realtimeSection(await measureRealtime({ server: { apiUrl, pid: server.pid! } })));
  } else await drive();
} finally {
  await Promise.all(workers.map((w) => w.stop(3_000)));
  // SIGINT lets the server exit through its own handler, which writes the profile.
  await new Promise<void>((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGINT");
  });
  await nats?.stop();
}
const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
if (!file) throw new Error(`no profile written in ${dir}`);
summarize(join(dir, file), Number(values.top));

async function drive(): Promise<void> {
  const script = join(ROOT, "bench", "workers", mode === "step" ? "tether-connect.mjs" : "one-step.mjs");
  for (let i = 0; i < (mode === "step" ? 1 : 2); i++) {
    const w = startFixture(script, { env: { TETHER_API_URL: apiUrl, BENCH_STEPS: "10" }, execArgv: values.worker && i === 0 ? profile : [] });
    workers.push(w);
    await w.waitForLine((l) => l.type === "ready", { timeoutMs: 30_000, what: "worker ready" });
  }
  if (mode === "step") {
    const runs = () => workers[0]!.lines().filter((l) => l.type === "run").length;
    const until = performance.now() + Number(values.seconds) * 1000;
    let n = 0;
    while (performance.now() < until) {
      await fetch(`${apiUrl}/e/bench`, { method: "POST", body: JSON.stringify({ name: "bench/ten-step", data: { n } }) });
      n++;
      await waitFor(() => runs() >= n, { timeoutMs: 30_000, intervalMs: 1, what: `run ${n}` });
    }
    console.log(`${n} runs of 10 steps in ${values.seconds} s: ${((Number(values.seconds) * 1000) / n / 10).toFixed(2)} ms per step`);
  } else {
    const ms = await burst(apiUrl, workers, Number(values.runs));
    console.log(`${values.runs} runs in ${(ms / 1000).toFixed(2)} s: ${((Number(values.runs) * 1000) / ms).toFixed(0)} runs/s`);
  }
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

/** Top functions by self and inclusive time, as shares of the busy (non-idle) samples. */
function summarize(path: string, top: number): void {
  const p = JSON.parse(readFileSync(path, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*\/(node_modules\/|(?=dist\/|src\/|gateway\/|worker-sdk\/))/, "")}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let busy = 0;
  p.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === "(idle)") return;
    const d = p.timeDeltas[i] ?? 0;
    busy += d;
    self.set(name(node), (self.get(name(node)) ?? 0) + d);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at)!);
      if (!seen.has(k)) incl.set(k, (incl.get(k) ?? 0) + d);
      seen.add(k);
    }
  });
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(6)} %  ${k}`).join("\n");
  console.log(`\nprofile: ${path}\nbusy: ${(busy / 1e6).toFixed(2)} s of CPU in the ${values.worker ? "worker" : "server"}\n\nself time\n${list(self)}\n\ninclusive time (our code)`);
  console.log(list(new Map([...incl].filter(([k]) => /(dist|src|gateway|worker-sdk)\//.test(k) || k.startsWith("(garbage")))));
}
