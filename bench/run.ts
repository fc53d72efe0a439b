// `npm run bench`: every benchmark suite, each against its own fresh server processes, written to
// docs/benchmarks.md (skip with --no-write).
//   latency     per-step latency of a 10-step function, one request per step: official SDK
//               (connect, serve) and Tether's SDK, embedded and on NATS (issues 3 and 4)
//   checkpoint  a 100-step function: HTTP callbacks vs connect vs checkpointing (issue 6)
//   throughput  1-step runs/s on NATS with 1 and 2 executors, and embedded (issue 4); CPU per run
//               of each process (issue 13)
//   realtime    1,000 WebSocket subscribers, 100 messages/s: latency and losses (issue 7)
//   flow        a burst of 1-step runs under `concurrency: 10` and 100 keys of limit 1, beside the
//               same burst with no limit, embedded and on NATS (issue 12)
//   peers       Tether beside BullMQ 5 (on the local Redis): start latency of one run at a time,
//               and a burst of 1-step runs, embedded and on NATS (issue 13)
//   connections idle simulated connect workers on 1 gateway process (as many as the descriptor
//               limit allows) and on 3, their RSS and heartbeat cost, and the time until all are
//               READY again after the gateways restart (issue 13, point 5)
//   runlist     GET /v1/runs and /v1/events with 100,000 stored runs, embedded and on NATS (issue 14)
//   metrics     per-step latency with and without a scraper on GET /metrics, alternating rounds of one
//               run (issue 14)
// Flags: --suites a,b (default all), --runs N (latency/checkpoint runs per mode), --warmup N,
// --throughput-runs N (default 10000), --flow-runs N (default 10000), --flow-nats-runs N (default
// --flow-runs), --flow-nats-c10-runs N (default --flow-nats-runs), --peers-runs N (burst size,
// default 10000), --peers-probes N (start-latency probes per setup, default 300), --connections N
// (workers on 1 gateway, default 19000), --connections-spread N (workers on 3 gateways, default
// 50000), --connections-idle S (seconds of the idle phase, default 30), --realtime-subscribers N
// (default 1000), --realtime-seconds S (of publishing at 100/s, default 10), --run-list-runs N
// (stored runs, default 100000), --run-list-samples N (calls per listing, default 200),
// --metrics-rounds N (rounds of each kind, default 10), --metrics-runs N (runs per round, default 60), --no-write. With --suites
// naming only some suites, docs/benchmarks.md keeps the sections of the others (bench-doc.ts).
import { join } from "node:path";
import { parseArgs } from "node:util";
import { consoleTable, machineInfo, markdownSection, ratios, rows } from "./report.ts";
import { measureMode, modeById, type ModeResult, type ModeSpec, variant } from "./step-latency.ts";
import { measureRealtime, realtimeSection } from "./realtime.ts";
import { measureThroughput, throughputSection } from "./throughput.ts";
import { flowSection, measureFlow } from "./flow.ts";
import { measurePeers, peersSection } from "./peers.ts";
import { connectionsSection, measureConnections } from "./connections.ts";
import { writeBenchDoc } from "./bench-doc.ts";
import { measureRunList, runListSection } from "./run-list.ts";
import { measureMetricsCost, metricsCostSection } from "./metrics-cost.ts";

const ROOT = join(import.meta.dirname, "..");
const ALL_SUITES = ["latency", "checkpoint", "throughput", "realtime", "flow", "peers", "connections", "runlist", "metrics"];
const { values } = parseArgs({
  options: {
    suites: { type: "string", default: ALL_SUITES.join(",") },
    runs: { type: "string" },
    "throughput-runs": { type: "string", default: "10000" },
    "flow-runs": { type: "string", default: "10000" },
    "flow-nats-runs": { type: "string" },
    "flow-nats-c10-runs": { type: "string" },
    "peers-runs": { type: "string", default: "10000" },
    "peers-probes": { type: "string", default: "300" },
    connections: { type: "string", default: "19000" },
    "connections-spread": { type: "string", default: "50000" },
    "connections-idle": { type: "string", default: "30" },
    "realtime-subscribers": { type: "string", default: "1000" },
    "realtime-seconds": { type: "string", default: "10" },
    "run-list-runs": { type: "string", default: "100000" },
    "run-list-samples": { type: "string", default: "200" },
    "metrics-rounds": { type: "string", default: "10" },
    "metrics-runs": { type: "string", default: "60" },
    warmup: { type: "string", default: "5" },
    "no-write": { type: "boolean", default: false },
  },
});
const suites = new Set(values.suites!.split(",").map((s) => s.trim()));
const warmup = Number(values.warmup);
const machine = machineInfo(ROOT);
console.log(`${machine.nproc} CPUs, ${machine.cpu}, Node ${machine.node}`);

const PER_STEP = ["--checkpointing", "false"];
const sections: string[] = [];
let failed = false;

async function suite(title: string, intro: string, modes: ModeSpec[], runs: number, steps: number): Promise<void> {
  console.log(`\n${title}`);
  const results: ModeResult[] = [];
  for (const mode of modes) {
    process.stdout.write(`  ${mode.label} ... `);
    const r = await measureMode(mode, { runs, warmup, steps });
    results.push(r);
    failed ||= r.status === "failed";
    console.log(r.status === "ok" ? `done in ${(r.elapsedMs / 1000).toFixed(1)} s` : `${r.status}: ${r.reason}`);
  }
  console.log(`\n${consoleTable(rows(results))}\n`);
  for (const line of ratios(results)) console.log(line);
  sections.push(markdownSection({ title, intro, runs, warmup, steps, results }));
}

if (suites.has("latency")) {
  await suite("Per-step latency of a 10-step function (one request per step)",
    "Every mode runs with `--checkpointing false`, so each step is one request: this isolates the cost of one step round trip (transport, server, SDK replay). Embedded is `tether dev` (SQLite, in-process bus); \"on NATS\" is `tether dev --nats` (JetStream KV and streams, NATS core bus) on a private nats-server.",
    [
      variant(modeById("official-connect"), "official-connect", "official SDK, connect", PER_STEP),
      variant(modeById("official-serve"), "official-serve", "official SDK, serve (HTTP)", PER_STEP),
      variant(modeById("tether-connect"), "tether-connect", "Tether SDK, connect, embedded", PER_STEP),
      variant(modeById("tether-connect-nats"), "tether-connect-nats", "Tether SDK, connect, on NATS", PER_STEP),
    ], Number(values.runs ?? 100), 10);
}
if (suites.has("checkpoint")) {
  await suite("A 100-step function: callbacks, connect and checkpointing",
    "(a) official SDK `serve()` with HTTP callbacks, one request per step; (b) official SDK `connect()` without checkpointing; (c) official SDK `connect()` with its default checkpointing (steps reported to `/v1/checkpoint/{runId}/async`); (d) Tether SDK per step; (e) Tether SDK checkpointing over its socket (`WORKER_CHECKPOINT`).",
    [
      variant(modeById("official-serve"), "a", "(a) official serve(), HTTP callbacks", PER_STEP),
      variant(modeById("official-connect"), "b", "(b) official connect(), no checkpointing", PER_STEP),
      variant(modeById("official-connect"), "c", "(c) official connect(), checkpointing", []),
      variant(modeById("tether-connect"), "d", "(d) Tether SDK, per step", PER_STEP),
      variant(modeById("tether-connect"), "e", "(e) Tether SDK, socket checkpointing", []),
    ], Number(values.runs ?? 20), 100);
}
if (suites.has("throughput")) {
  console.log("\nThroughput of 1-step runs");
  const t = await measureThroughput({ runs: Number(values["throughput-runs"]) });
  for (const r of t.rows) console.log(`  ${r.label}: ${r.status === "ok" ? `${r.runsPerSec.toFixed(0)} runs/s (${r.runs} runs in ${(r.elapsedMs / 1000).toFixed(1)} s)` : r.reason}`);
  failed ||= t.rows.some((r) => r.status === "failed");
  const section = throughputSection(t);
  console.log(`\n${section.split("\n").filter((l) => l.startsWith("|") || l.startsWith("Total CPU")).join("\n")}`);
  sections.push(section);
}

if (suites.has("realtime")) {
  console.log("\nRealtime fan-out");
  const r = await measureRealtime({ subscribers: Number(values["realtime-subscribers"]), durationMs: Number(values["realtime-seconds"]) * 1000 });
  console.log(JSON.stringify(r));
  failed ||= r.status === "failed";
  sections.push(realtimeSection(r));
}

if (suites.has("flow")) {
  console.log("\nFlow control: a burst under concurrency limits");
  const runs = Number(values["flow-runs"]);
  const f = await measureFlow({
    runs, natsRuns: Number(values["flow-nats-runs"] ?? runs), natsC10Runs: values["flow-nats-c10-runs"] === undefined ? undefined : Number(values["flow-nats-c10-runs"]), log: (line) => console.log(line),
  });
  failed ||= f.some((r) => r.rows.some((x) => x.status === "failed"));
  sections.push(flowSection(f));
}

if (suites.has("peers")) {
  console.log("\nTether beside BullMQ");
  const p = await measurePeers({ runs: Number(values["peers-runs"]), probes: Number(values["peers-probes"]), log: (line) => console.log(line) });
  failed ||= [...p.latency, ...p.throughput].some((r) => r.status === "failed");
  const section = peersSection(p);
  console.log(`\n${section.split("\n").filter((l) => l.startsWith("|")).join("\n")}`);
  sections.push(section);
}

if (suites.has("connections")) {
  console.log("\nConnections: idle workers and the reconnect storm");
  const c = await measureConnections({
    single: Number(values.connections), spread: Number(values["connections-spread"]), idleSeconds: Number(values["connections-idle"]), log: (line) => console.log(line),
  });
  failed ||= c.rows.some((r) => r.status === "failed");
  const section = connectionsSection(c);
  console.log(`\n${section.split("\n").filter((l) => l.startsWith("|")).join("\n")}`);
  sections.push(section);
}

if (suites.has("runlist")) {
  console.log("\nRun list: GET /v1/runs and /v1/events over stored runs");
  const r = await measureRunList({ runs: Number(values["run-list-runs"]), samples: Number(values["run-list-samples"]), log: (line) => console.log(line) });
  failed ||= r.rows.some((x) => x.status === "failed");
  const section = runListSection(r);
  console.log(`\n${section.split("\n").filter((l) => l.startsWith("|") || l.startsWith("**")).join("\n")}`);
  sections.push(section);
}

if (suites.has("metrics")) {
  console.log("\nMetrics: step latency with and without scraping /metrics");
  const m = await measureMetricsCost({ rounds: Number(values["metrics-rounds"]), runsPerRound: Number(values["metrics-runs"]), warmup });
  failed ||= m.status === "failed";
  const section = metricsCostSection(m);
  console.log(`\n${section.split("\n").filter((l) => l.startsWith("|") || l.startsWith("**")).join("\n")}`);
  sections.push(section);
}

const argv = process.argv.slice(2);
const command = `npm run bench${argv.length ? ` -- ${argv.join(" ")}` : ""}`;
if (!values["no-write"]) {
  const file = join(ROOT, "docs", "benchmarks.md");
  const all = ALL_SUITES.every((s) => suites.has(s));
  writeBenchDoc(file, { machine, command, date: new Date(), sections, replaceAll: all });
  console.log(`\nwrote ${file}${all ? "" : " (the sections of the suites run)"}`);
}
if (failed) process.exitCode = 1;
