// `npm run fuzz`: the suite's fuzz properties (test/fuzz/properties.ts) with many more cases
// against a real `tether dev` process, then a summary per entry point (cases, failures, time).
// Usage: npm run fuzz -- [--cases 100000] [--seed N] [--batch 500]
// Exits 1 when any case failed; each failure prints its seed (and path) to replay it.
import { parseArgs } from "node:util";
import { cpus } from "node:os";
import { ENTRY_POINTS } from "../test/fuzz/properties.ts";
import { runFuzzPlan } from "../test/fuzz/runner.ts";

const { values } = parseArgs({ options: { cases: { type: "string" }, seed: { type: "string" }, batch: { type: "string" } } });
const total = Number(values.cases ?? 100_000);
const seed = Number(values.seed ?? Date.now());
const batchSize = Number(values.batch ?? 500);

const weights = ENTRY_POINTS.reduce((n, ep) => n + ep.weight, 0);
const plan = ENTRY_POINTS.map((entryPoint) => ({ entryPoint, cases: Math.round((total * entryPoint.weight) / weights) }));
plan[0].cases += total - plan.reduce((n, p) => n + p.cases, 0);

const started = new Date();
console.log(`fuzzing ${total} cases, seed ${seed}, batches of ${batchSize}, ${cpus().length} cores, node ${process.version}`);
const results = await runFuzzPlan(plan, {
  seed, batchSize,
  onBatch: (r) => console.log(`  ${r.name}: ${r.cases} cases, ${r.failures.length} failures, ${(r.durationMs / 1000).toFixed(0)} s`),
});
const durationMs = Date.now() - started.getTime();

const rows = results.map((r) => [r.name, String(r.cases), String(r.failures.length), `${(r.durationMs / 1000).toFixed(1)} s`, (r.cases / (r.durationMs / 1000)).toFixed(0)]);
rows.push(["total", String(results.reduce((n, r) => n + r.cases, 0)), String(results.reduce((n, r) => n + r.failures.length, 0)), `${(durationMs / 1000).toFixed(1)} s`, ""]);
const header = ["entry point", "cases", "failures", "duration", "cases/s"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(`\n${started.toISOString()}  seed ${seed}\n`);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.log(line(r));

const failures = results.flatMap((r) => r.failures);
for (const f of failures) {
  console.log(`\nFAILED ${f.entryPoint} (seed ${f.seed}${f.path ? `, path ${f.path}` : ""})\n  ${f.error}\n  input: ${f.counterexample}`);
}
process.exit(failures.length ? 1 : 0);
