// Flow-control benchmark (issue 12): a burst of 1-step runs queued behind concurrency limits
// (docs/flow-control.md), beside the same burst with no limit. Three functions of
// bench/workers/flow.mjs: no limit, `concurrency: 10`, and `concurrency: { limit: 1, key:
// "event.data.k" }` with 100 key values. Each (setup, function) pair gets fresh server and worker
// processes, a 100-run warm-up of that function, then the measured burst, timed as in the
// throughput suite (throughput.ts: first event sent → last run counted done by the workers).
//
// "Scheduler overhead per run" is the wall time a limit adds per run over the no-limit burst of the
// same setup and size: (elapsed_limited − elapsed_none) / runs. With a step that does nothing the limit
// itself forces no wait beyond that (10 slots held ~one step round trip each admit far more runs/s
// than the burst reaches; see the section text), so the difference is the cost of the flow path:
// lease compare-and-sets, parking, dispatch and the parked job's second trip through the queue.
// The flow store's own counters give its operations per run (what each counts: `StoreCounts`).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { connect as natsConnect } from "nats";
import type { FixtureProcess } from "../test/helpers/official-sdk-worker.ts";
import { startTether } from "../test/helpers/server-process.ts";
import { BATCH, burst, type BurstEvent, distributed, type Setup, startWorkers, WORKERS } from "./throughput.ts";

const WORKER = join(import.meta.dirname, "workers", "flow.mjs");
/** Distinct values of the keyed limit's key. */
const KEYS = 100;
const WARMUP_RUNS = 100;

interface FlowFunction {
  id: "flow-none" | "flow-c10" | "flow-key";
  label: string;
  event: BurstEvent;
}

const FUNCTIONS: FlowFunction[] = [
  { id: "flow-none", label: "no limit", event: (i) => ({ name: "bench/flow-none", data: { i } }) },
  { id: "flow-c10", label: "`concurrency: 10`", event: (i) => ({ name: "bench/flow-c10", data: { i } }) },
  { id: "flow-key", label: `\`concurrency: {limit: 1, key}\`, ${KEYS} keys`, event: (i) => ({ name: "bench/flow-key", data: { i, k: `k${i % KEYS}` } }) },
];

/**
 * Counters read from the store before and after a burst (differences per run are reported).
 * SQLite: `docWrites` = flow-document puts that write a value, applied or not (the `flow_rev`
 * counter, bumped by every such put; deletes not counted); `parkings` = rows ever inserted into
 * the backlog (`sqlite_sequence`). NATS: `docWrites` = messages written to the `tether_flow` KV
 * bucket (applied puts only: a failed compare-and-set writes nothing; revision-checked deletes are
 * purges and not counted); `parkings` = entries created in `tether_backlog`; `jobPublishes` =
 * messages published to the job stream (first publishes and unparks, every kind of job).
 */
interface StoreCounts {
  docWrites: number;
  parkings: number;
  jobPublishes?: number;
}

interface FlowSetup extends Setup {
  counts(): Promise<StoreCounts>;
}

export interface FlowRow {
  setup: string;
  fn: FlowFunction;
  status: "ok" | "failed";
  reason?: string;
  runs: number;
  elapsedMs: number;
  runsPerSec: number;
  /** Store operations per run during the measured burst. */
  perRun?: StoreCounts;
}

export interface FlowResult {
  setup: string;
  /** Why some bursts of this setup ran fewer runs than asked, if they did. */
  note?: string;
  rows: FlowRow[];
}

/** `tether dev` on a SQLite file in memory-backed storage (/dev/shm) so its counters can be read from here. */
async function embedded(): Promise<FlowSetup> {
  const dir = mkdtempSync(join(process.platform === "linux" ? "/dev/shm" : tmpdir(), "tether-bench-flow-"));
  const dbFile = join(dir, "tether.db");
  const t = await startTether({ db: dbFile });
  return {
    apiUrl: t.apiUrl,
    async counts() {
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      try {
        const rev = db.prepare("SELECT rev FROM flow_rev WHERE id = 1").get() as { rev: number } | undefined;
        const seq = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'flow_backlog'").get() as { seq: number } | undefined;
        return { docWrites: rev?.rev ?? 0, parkings: seq?.seq ?? 0 };
      } finally {
        db.close();
      }
    },
    async stop() {
      await t.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The distributed setup of the throughput suite with `executors` executors; counters from the stream sequences. */
async function onNats(executors: number): Promise<FlowSetup> {
  const setup = await distributed(executors);
  const nc = await natsConnect({ servers: setup.natsUrl! });
  const jsm = await nc.jetstreamManager();
  const lastSeq = async (stream: string) => (await jsm.streams.info(stream).catch(() => undefined))?.state.last_seq ?? 0;
  return {
    ...setup,
    async counts() {
      const [docWrites, parkings, jobPublishes] = await Promise.all([lastSeq("KV_tether_flow"), lastSeq("KV_tether_backlog"), lastSeq("TETHER_JOBS")]);
      return { docWrites, parkings, jobPublishes };
    },
    async stop() {
      await nc.close();
      await setup.stop();
    },
  };
}

/** Counters once they stop moving: the releases of the last runs land just after the workers count them. */
async function settledCounts(s: FlowSetup): Promise<StoreCounts> {
  let last = await s.counts();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const next = await s.counts();
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

async function measureOne(setupLabel: string, fn: FlowFunction, runs: number, start: () => Promise<FlowSetup>, timeoutMs: number): Promise<FlowRow> {
  let setup: FlowSetup | undefined;
  const workers: FixtureProcess[] = [];
  try {
    setup = await start();
    await startWorkers(WORKER, setup, workers);
    await burst(setup.apiUrl, workers, WARMUP_RUNS, { event: fn.event });
    const before = await settledCounts(setup);
    const elapsedMs = await burst(setup.apiUrl, workers, runs, { event: fn.event, timeoutMs });
    const after = await settledCounts(setup);
    const per = (k: keyof StoreCounts) => ((after[k] ?? 0) - (before[k] ?? 0)) / runs;
    const perRun: StoreCounts = { docWrites: per("docWrites"), parkings: per("parkings"), ...(after.jobPublishes === undefined ? {} : { jobPublishes: per("jobPublishes") }) };
    return { setup: setupLabel, fn, status: "ok", runs, elapsedMs, runsPerSec: (runs * 1000) / elapsedMs, perRun };
  } catch (err) {
    return { setup: setupLabel, fn, status: "failed", reason: err instanceof Error ? err.message.split("\n")[0] : String(err), runs, elapsedMs: 0, runsPerSec: 0 };
  } finally {
    await Promise.all(workers.map((w) => w.stop(3_000)));
    await setup?.stop();
  }
}

/** One measured burst: a function and its run count. */
interface FlowCase {
  fn: FlowFunction;
  runs: number;
}

async function measureSetup(label: string, cases: FlowCase[], start: () => Promise<FlowSetup>, log: (line: string) => void, note?: string): Promise<FlowResult> {
  const rows: FlowRow[] = [];
  for (const c of cases) {
    const r = await measureOne(label, c.fn, c.runs, start, BURST_TIMEOUT_MS);
    rows.push(r);
    log(`  ${label}, ${c.fn.id}: ${r.status === "ok" ? `${r.runsPerSec.toFixed(0)} runs/s (${r.runs} runs in ${(r.elapsedMs / 1000).toFixed(1)} s), per run ${JSON.stringify(r.perRun)}` : r.reason}`);
  }
  return { setup: label, rows, ...(note ? { note } : {}) };
}

/** A burst that has not ended by then fails its row. */
const BURST_TIMEOUT_MS = 900_000;

export interface FlowOptions {
  /** Runs per burst: every function embedded, and on NATS unless told otherwise. @default 10000 */
  runs: number;
  /** Runs per burst on NATS. @default runs */
  natsRuns?: number;
  /** Runs of the `concurrency: 10` burst on NATS (and of a no-limit burst of the same size to compare with). @default natsRuns */
  natsC10Runs?: number;
  /** Executor counts of the NATS setups. @default [1, 2] */
  natsExecutors?: number[];
  log?: (line: string) => void;
}

/** Why `concurrency: 10` may run a smaller burst on NATS (`--flow-nats-c10-runs`). */
const NATS_C10_NOTE = (runs: number, asked: number) =>
  `\`concurrency: 10\` ran ${runs} runs here, not ${asked} (asked with --flow-nats-c10-runs); its overhead is against a no-limit burst of the same size.`;

export async function measureFlow(o: FlowOptions): Promise<FlowResult[]> {
  const log = o.log ?? (() => {});
  const [none, c10, key] = FUNCTIONS;
  const out = [await measureSetup("embedded (tether dev)", FUNCTIONS.map((fn) => ({ fn, runs: o.runs })), embedded, log)];
  const natsRuns = o.natsRuns ?? o.runs;
  const c10Runs = Math.min(o.natsC10Runs ?? natsRuns, natsRuns);
  const cases: FlowCase[] = [{ fn: none, runs: natsRuns }, { fn: c10, runs: c10Runs }, { fn: key, runs: natsRuns }];
  if (c10Runs !== natsRuns) cases.splice(1, 0, { fn: none, runs: c10Runs });
  for (const n of o.natsExecutors ?? [1, 2]) {
    const label = `NATS, ${n} executor${n === 1 ? "" : "s"}`;
    out.push(await measureSetup(label, cases, () => onNats(n), log, c10Runs < natsRuns ? NATS_C10_NOTE(c10Runs, natsRuns) : undefined));
  }
  return out;
}

const fixed = (v: number | undefined, digits: number) => (v === undefined ? "–" : v.toFixed(digits));

function tableRows(r: FlowResult): string[] {
  return r.rows.map((x) => {
    // The baseline: the no-limit burst of the same setup and size.
    const none = r.rows.find((b) => b.fn.id === "flow-none" && b.runs === x.runs);
    if (x.status !== "ok") return `| ${r.setup} | ${x.fn.label} | – | – | – | – | – | – | – | failed: ${x.reason} |`;
    const overhead = none?.status === "ok" && x !== none ? fixed((x.elapsedMs - none.elapsedMs) / x.runs, 3) : x === none ? "(baseline)" : "–";
    const p = x.perRun;
    return `| ${r.setup} | ${x.fn.label} | ${x.runs} | ${(x.elapsedMs / 1000).toFixed(2)} | ${x.runsPerSec.toFixed(x.runsPerSec < 10 ? 1 : 0)} | ${overhead} | ${fixed(p?.docWrites, 2)} | ${fixed(p?.parkings, 2)} | ${fixed(p?.jobPublishes, 2)} | |`;
  });
}

export const FLOW_TITLE = "Flow control: a burst of queued runs under concurrency limits";

export function flowSection(results: FlowResult[]): string {
  const notes = results.filter((r) => r.note).map((r) => `- **${r.setup}:** ${r.note}`);
  return `## ${FLOW_TITLE}

The function of the throughput suite (one \`step.run\` that returns at once), registered three times
by \`bench/workers/flow.mjs\`: with no limit, with \`concurrency: 10\`, and with
\`concurrency: {limit: 1, key: "event.data.k"}\` where the events carry ${KEYS} distinct values of
\`k\` (round-robin). A burst of events (batches of ${BATCH}, all sent at once) for one function at a
time, served by ${WORKERS} Tether SDK worker processes; each (setup, function) pair gets fresh server
and worker processes and a ${WARMUP_RUNS}-run warm-up of that function. Time runs from the first
event sent to the last run counted done by the workers. Embedded is one \`tether dev\` process on a
SQLite file in \`/dev/shm\` (so the counters can be read; the throughput suite uses \`:memory:\`); the
NATS rows run separate \`tether api\`, \`tether gateway\` and one or two \`tether executor\`
processes on a private nats-server (two executors share every limit through the JetStream flow
store).

**Scheduler overhead per run** = (elapsed of the limited burst − elapsed of the no-limit burst of the
same setup and size) / runs, in ms of wall time. The step does nothing, so the limits themselves
force almost no wait: a slot is held for one request to the SDK (~3 ms embedded, ~11 ms on NATS:
the Tether SDK rows of the per-step latency table), so 10 slots admit some 3,000 runs/s embedded and
900 on NATS, more than the no-limit burst reaches, and 100 keys of limit 1 ten times that. The
difference is what the flow path costs: a lease compare-and-set per job, parking a job that finds
the limit full, the release that hands its slot over (dispatch) and the parked job's second trip
through the job queue. It is wall time on a saturated 2-CPU machine, not CPU time per run.

**Flow-store operations per run** (counters read from the store before and after the burst):
"doc writes" — SQLite: flow-document puts that write a value, applied or lost to a concurrent
compare-and-set (the \`flow_rev\` counter; deletes of emptied lease documents not counted); NATS:
messages written to the \`tether_flow\` KV bucket (applied writes only). "parkings" — jobs moved into
a backlog. "job publishes" (NATS only) — messages published to the job stream, every job kind
(a run's start job, an unparked job's re-publish, backlog sweep jobs, and one event job per batch of
${BATCH} events: the 0.01 of the no-limit rows).

| setup | function | runs | seconds | runs/s | overhead ms/run | doc writes/run | parkings/run | job publishes/run | note |
|---|---|---:|---:|---:|---:|---:|---:|---:|---|
${results.flatMap(tableRows).join("\n")}
${notes.length ? `\n${notes.join("\n")}\n` : ""}`;
}
