// `npm run bench`: per-step latency of a 10-step function for the official SDK (connect and serve)
// and Tether's own SDK (connect), each against its own `tether dev` process. Prints a table and
// rewrites docs/benchmarks.md (skip with --no-write).
// Flags: --runs N (default 100), --warmup N (default 10), --modes id,id (default all), --no-write.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { consoleTable, machineInfo, markdownReport, ratios, rows } from "./report.ts";
import { measureMode, MODES, type ModeResult } from "./step-latency.ts";

const ROOT = join(import.meta.dirname, "..");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "100" },
    warmup: { type: "string", default: "10" },
    modes: { type: "string" },
    "no-write": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
  console.error("--runs must be a positive integer and --warmup a non-negative one");
  process.exit(2);
}
const wanted = values.modes?.split(",").map((s) => s.trim());
const modes = wanted ? MODES.filter((m) => wanted.includes(m.id)) : MODES;
if (modes.length === 0) {
  console.error(`no such mode; known: ${MODES.map((m) => m.id).join(", ")}`);
  process.exit(2);
}

const machine = machineInfo(ROOT);
console.log(`step latency, ${warmup} warm-up + ${runs} runs per mode, ${machine.nproc} CPUs, ${machine.cpu}, Node ${machine.node}`);
const results: ModeResult[] = [];
for (const mode of modes) {
  process.stdout.write(`  ${mode.label} ... `);
  const r = await measureMode(mode, { runs, warmup });
  results.push(r);
  console.log(r.status === "ok" ? `done in ${(r.elapsedMs / 1000).toFixed(1)} s` : `${r.status}: ${r.reason}`);
}

console.log(`\n${consoleTable(rows(results))}\n`);
for (const line of ratios(results)) console.log(line);

const argv = process.argv.slice(2);
const command = `npm run bench${argv.length ? ` -- ${argv.join(" ")}` : ""}`;
if (!values["no-write"]) {
  const file = join(ROOT, "docs", "benchmarks.md");
  writeFileSync(file, markdownReport({ machine, command, date: new Date().toISOString(), runs, warmup, results }));
  console.log(`\nwrote ${file}`);
}
if (results.some((r) => r.status === "failed")) process.exitCode = 1;
