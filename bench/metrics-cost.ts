// Does serving Prometheus metrics cost the step path anything (issue 14)? One `tether dev`
// (embedded, `--checkpointing false`: one SDK request per step) and one Tether SDK connect worker,
// the 10-step function of the latency suite, in rounds that alternate between no scraper and a
// scraper fetching GET /metrics every 250 ms, all in one run of the same processes. Per-step
// latency comes from the worker's clock, as in the latency suite (step-latency.ts); the scrapes'
// own times are reported beside it.
import { join } from "node:path";
import { startFixture, type FixtureProcess } from "../test/helpers/official-sdk-worker.ts";
import { startTether, type TetherProcess } from "../test/helpers/server-process.ts";
import { waitFor } from "../test/helpers/wait.ts";
import { Metrics } from "../src/observability/metrics.ts";
import { intervals, percentile, summarize, type Summary } from "./stats.ts";

const EVENT_NAME = "bench/ten-step";
const STEPS = 10;
/** Prometheus scrapes every 15 s by default; this is 60 times as often. */
export const SCRAPE_INTERVAL_MS = 250;

export interface MetricsCostOptions {
  /** Rounds of each kind (quiet, scraped), alternating. */
  rounds: number;
  /** Runs per round. */
  runsPerRound: number;
  /** Runs before the first round, not measured. */
  warmup: number;
}

export interface ModeSamples {
  /** Every step gap of every run of this kind of round, ms. */
  stepMs: number[];
  /** The step p50 of each round, ms: how much rounds of one kind differ among themselves. */
  roundP50Ms: number[];
}

export interface MetricsCostResult {
  status: "ok" | "failed";
  reason?: string;
  quiet: ModeSamples;
  scraped: ModeSamples;
  /** Duration of each GET /metrics, ms (client side). */
  scrapeMs: number[];
  /** Bytes of the last exposition. */
  pageBytes: number;
  /** What recording one step attempt (its two histograms) costs in this process, ns. */
  recordNs: number;
  opts: MetricsCostOptions;
  elapsedMs: number;
}

/** Fetches /metrics every SCRAPE_INTERVAL_MS until stopped; records how long each took. */
function startScraper(url: string, durations: number[], onPage: (bytes: number) => void): () => Promise<void> {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = (async () => {
      const t0 = performance.now();
      const text = await (await fetch(url)).text();
      durations.push(performance.now() - t0);
      onPage(Buffer.byteLength(text));
    })();
  };
  tick();
  const timer = setInterval(() => {
    if (!stopped) tick();
  }, SCRAPE_INTERVAL_MS);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await current;
  };
}

async function oneRun(tether: TetherProcess, worker: FixtureProcess, tag: string): Promise<number[]> {
  await tether.sendEvent({ name: EVENT_NAME, data: { tag } });
  const line = await worker.waitForLine((l) => l.type === "run" && l.tag === tag, { timeoutMs: 30_000, what: `run ${tag}` });
  return intervals(line.marks as number[]);
}

export async function measureMetricsCost(opts: MetricsCostOptions): Promise<MetricsCostResult> {
  const started = Date.now();
  const empty = (): ModeSamples => ({ stepMs: [], roundP50Ms: [] });
  const result: MetricsCostResult = {
    status: "ok", quiet: empty(), scraped: empty(), scrapeMs: [], pageBytes: 0, recordNs: recordingCostNs(), opts, elapsedMs: 0,
  };
  let tether: TetherProcess | undefined;
  let worker: FixtureProcess | undefined;
  try {
    tether = await startTether({ args: ["--checkpointing", "false"] });
    worker = startFixture(join(import.meta.dirname, "workers", "tether-connect.mjs"), {
      env: { TETHER_API_URL: tether.apiUrl, BENCH_STEPS: String(STEPS) },
    });
    const ready = await worker.waitForLine((l) => l.type === "ready" || l.type === "unavailable", { timeoutMs: 20_000, what: "worker ready" });
    if (ready.type === "unavailable") throw new Error(String(ready.reason));
    await waitFor(async () => (await tether!.getJson("/v1/functions")).data.some((f: { slug: string }) => f.slug.endsWith("-ten-step")), {
      timeoutMs: 10_000, what: "function registered",
    });
    for (let i = 0; i < opts.warmup; i++) await oneRun(tether, worker, `warm-${i}`);
    for (let round = 0; round < opts.rounds * 2; round++) {
      const scraped = round % 2 === 1;
      const stop = scraped ? startScraper(`${tether.apiUrl}/metrics`, result.scrapeMs, (b) => (result.pageBytes = b)) : undefined;
      const gaps: number[] = [];
      for (let i = 0; i < opts.runsPerRound; i++) gaps.push(...await oneRun(tether, worker, `r${round}-${i}`));
      await stop?.();
      const into = scraped ? result.scraped : result.quiet;
      into.stepMs.push(...gaps);
      into.roundP50Ms.push(percentile([...gaps].sort((a, b) => a - b), 50));
    }
  } catch (err) {
    result.status = "failed";
    result.reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
  } finally {
    await worker?.stop(3_000);
    await tether?.stop();
    result.elapsedMs = Date.now() - started;
  }
  return result;
}

/** The executor's per-step calls (src/executor/attempt-metrics.ts) in a loop, over 100 functions. */
function recordingCostNs(): number {
  const m = new Metrics({ processMetrics: false });
  const slugs = Array.from({ length: 100 }, (_, i) => `app-fn-${i}`);
  const calls = 1_000_000;
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) {
    m.stepAttempt(slugs[i % 100]!, "StepRun", "ok", 0.001);
    m.sdkRequest("connect", "ok", 0.001);
  }
  return ((performance.now() - t0) * 1e6) / calls;
}

const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : "–");
const spread = (xs: number[]) => (xs.length ? `${f2(Math.min(...xs))}–${f2(Math.max(...xs))}` : "–");

function row(label: string, s: Summary, m: ModeSamples): string {
  return `| ${label} | ${m.roundP50Ms.length} | ${s.count} | ${f2(s.p50)} | ${f2(s.p99)} | ${f2(s.mean)} | ${spread(m.roundP50Ms)} |`;
}

export function metricsCostSection(r: MetricsCostResult): string {
  const title = "## Metrics: per-step cost of serving /metrics";
  const method = `**Method.** One \`tether dev --db :memory: --checkpointing false\` process and one Tether SDK connect worker
(\`bench/workers/tether-connect.mjs\`, the latency suite's ${STEPS}-step function, one request per step). After
${r.opts.warmup} warm-up runs, ${r.opts.rounds * 2} rounds of ${r.opts.runsPerRound} runs each alternate between no scraper and a
scraper fetching \`GET /metrics\` every ${SCRAPE_INTERVAL_MS} ms (60 times Prometheus's default rate), in the same
processes. Step gaps come from the worker's clock, as in the latency suite. Counting itself (counters,
histograms, the run counts at the store) is on in both kinds of round: it cannot be switched off, so
what is compared is a page being rendered while steps run against none.`;
  if (r.status !== "ok") return `${title}\n\n${method}\n\nNot measured: ${r.reason}`;
  const [q, s] = [summarize(r.quiet.stepMs), summarize(r.scraped.stepMs)];
  const scrapes = summarize(r.scrapeMs);
  return `${title}

${method}

| kind | rounds | steps | step p50 ms | step p99 ms | step mean ms | p50 of each round, ms |
|---|---:|---:|---:|---:|---:|---:|
${row("no scraper", q, r.quiet)}
${row(`scraped every ${SCRAPE_INTERVAL_MS} ms`, s, r.scraped)}

**Ratios** (scraped / no scraper): p50 ×${(s.p50 / q.p50).toFixed(3)}, p99 ×${(s.p99 / q.p99).toFixed(3)}, mean ×${(s.mean / q.mean).toFixed(3)}.
The p50 of single rounds of one kind spreads over the range in the last column: a difference between
the two kinds that stays inside both ranges is not a measurable cost.

**The scrapes:** ${scrapes.count} of them, ${f2(scrapes.p50)} ms p50 and ${f2(scrapes.p99)} ms p99 each (client side), a page of
${(r.pageBytes / 1024).toFixed(1)} KiB.

**Counting, alone:** recording one step attempt (its step and SDK request histograms) takes
${r.recordNs.toFixed(0)} ns in the bench process (10⁶ calls over 100 functions), against a step of ${f2(q.p50)} ms.`;
}
