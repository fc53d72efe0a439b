// Presentation of bench results: machine facts, a console table, ratios between modes and the
// generated docs/benchmarks.md. No measuring happens here.
import { readFileSync } from "node:fs";
import { availableParallelism, release, totalmem, type as osType } from "node:os";
import { join } from "node:path";
import type { ModeResult } from "./step-latency.ts";
import { summarize } from "./stats.ts";

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGiB: string;
  node: string;
  os: string;
  inngest: string;
}

export function machineInfo(root: string): Machine {
  let cpu = "unknown";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch { /* not Linux */ }
  let inngest = "unknown";
  try {
    inngest = JSON.parse(readFileSync(join(root, "node_modules", "inngest", "package.json"), "utf8")).version;
  } catch { /* not installed */ }
  return {
    nproc: availableParallelism(),
    cpu,
    memoryGiB: (totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    os: `${osType()} ${release()}`,
    inngest,
  };
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : "–");

export interface Row {
  mode: string;
  runs: string;
  p50: string;
  p99: string;
  mean: string;
  rest: string;
  calls: string;
  note: string;
}

export function rows(results: ModeResult[]): Row[] {
  return results.map((r) => {
    if (r.status !== "ok") {
      const note = r.status === "unavailable" ? `not yet available (${r.reason})` : `failed: ${r.reason}`;
      return { mode: r.mode.label, runs: "–", p50: "–", p99: "–", mean: "–", rest: "–", calls: "–", note };
    }
    const s = summarize(r.stepMs);
    return {
      mode: r.mode.label,
      runs: String(r.runStepMeanMs.length),
      p50: ms(s.p50),
      p99: ms(s.p99),
      mean: ms(s.mean),
      rest: ms(summarize(r.restStepMs).mean),
      calls: summarize(r.invocations).mean.toFixed(1),
      note: r.natsMsgsPerRequest === undefined ? "" : `${r.natsMsgsPerRequest.toFixed(1)} NATS messages in per request`,
    };
  });
}

const HEADERS: Row = {
  mode: "mode", runs: "runs", p50: "step p50 ms", p99: "step p99 ms", mean: "step mean ms",
  rest: "REST mean ms/step", calls: "requests/run", note: "note",
};
const KEYS = Object.keys(HEADERS) as (keyof Row)[];

export function consoleTable(data: Row[]): string {
  const all = [HEADERS, ...data];
  const width = (k: keyof Row) => Math.max(...all.map((r) => r[k].length));
  const line = (r: Row) => KEYS.map((k) => r[k].padEnd(width(k))).join("  ").trimEnd();
  return [line(HEADERS), KEYS.map((k) => "-".repeat(width(k))).join("  "), ...data.map(line)].join("\n");
}

export function markdownTable(data: Row[]): string {
  const line = (r: Row) => `| ${KEYS.map((k) => r[k] || " ").join(" | ")} |`;
  return [line(HEADERS), `|${KEYS.map((k) => (k === "mode" || k === "note" ? "---" : "---:")).join("|")}|`, ...data.map(line)].join("\n");
}

/** "A / B" for every pair of measured modes, A being the one with the higher mean; p50 and mean ratios. */
export function ratios(results: ModeResult[]): string[] {
  const ok = results.filter((r) => r.status === "ok" && r.stepMs.length > 0);
  const out: string[] = [];
  for (let i = 0; i < ok.length; i++) {
    for (let j = i + 1; j < ok.length; j++) {
      const [a, b] = [summarize(ok[i].stepMs), summarize(ok[j].stepMs)];
      const [slow, fast, sa, sb] = a.mean >= b.mean ? [ok[i], ok[j], a, b] : [ok[j], ok[i], b, a];
      out.push(`${slow.mode.label} / ${fast.mode.label}: p50 ×${(sa.p50 / sb.p50).toFixed(2)}, mean ×${(sa.mean / sb.mean).toFixed(2)}`);
    }
  }
  return out;
}

export function markdownSection(o: { title: string; intro: string; runs: number; warmup: number; steps: number; results: ModeResult[] }): string {
  const ratioLines = ratios(o.results);
  return `## ${o.title}

${o.intro}

**What is measured.** A function of ${o.steps} trivial \`step.run\` calls in sequence
(\`bench/workers/ten-step.mjs\` with \`BENCH_STEPS=${o.steps}\`). The worker records, on its own clock, when each
step body starts and when the handler returns after the last step; each gap is one step as the user
experiences it. "step p50/p99/mean" are over all gaps of all measured runs. "REST mean ms/step" is
\`(ended_at − run_started_at) / ${o.steps}\` from \`GET /v1/events/{id}/runs\` (includes queue pick-up).
"requests/run" counts handler invocations per run (${o.steps + 1} = one request per step plus the final one).

**Method.** Each mode gets a fresh \`tether dev --db :memory:\` process and its own worker process on
127.0.0.1; ${o.warmup} warm-up runs, then ${o.runs} runs sent one after another. Modes run one after the other.

${markdownTable(rows(o.results))}

**Ratios** (the mode with the higher mean / the lower one, same run):
${ratioLines.length ? ratioLines.map((l) => `- ${l}`).join("\n") : "- (fewer than two modes measured)"}`;
}
