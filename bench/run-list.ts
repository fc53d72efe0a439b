// Run-list benchmark (issue 14): the dashboard's listings with 100,000 stored runs, embedded
// (SQLite file) and on NATS (JetStream, a private nats-server). The runs are seeded straight
// through the store (createRuns in batches, then commits that fail some of them, so the status
// path is exercised too): 10 functions, mixed statuses, one event per 4 runs. Then the API starts
// on that store through the composition root (`tether dev --db <file>`, `tether api --nats`),
// with a signing key, and each listing is timed over HTTP: its first call (on NATS that loads the
// listing mirror, jetstream-listing.ts), then warm-up calls and measured samples, p50/p99.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import pino from "pino";
import { newId } from "../src/common/index.ts";
import { connectNats } from "../src/common/nats.ts";
import { loadConfig } from "../src/config.ts";
import { type RunningServer, startServer } from "../src/server.ts";
import { type EventRecord, JetStreamStore, type RunRecord, type RunStatus, SqliteStore, type Store } from "../src/state/index.ts";
import { startNats } from "../test/helpers/nats-server.ts";
import { summarize } from "./stats.ts";

const FUNCTIONS = 10;
const RUNS_PER_EVENT = 4;
const SIGNING_KEY = "signkey-bench-0123456789abcdef0123456789abcdef";
const TARGET_MS = 100;

export interface RunListOptions {
  /** Runs seeded per setup. @default 100_000 */
  runs?: number;
  /** Measured calls per listing (after 10 warm-up calls). @default 200 */
  samples?: number;
  log?: (line: string) => void;
}

export interface ListingTiming {
  label: string;
  path: string;
  firstMs: number;
  p50: number;
  p99: number;
  /** Rows in the measured answer (a sanity check: filters match something). */
  rows: number;
}

export interface RunListRow {
  setup: string;
  status: "ok" | "failed";
  reason?: string;
  seedMs: number;
  /** Heap the API's listing index took, per stored run and event (NATS only). */
  indexBytesPerRecord?: number;
  /** The first listing call of the API process, which loads the listing index (NATS only). */
  indexLoadMs?: number;
  /** 1-minute load average of the machine when the timed calls began and ended (other work on it shows in p99). */
  load?: [number, number];
  timings: ListingTiming[];
}

export interface RunListResult {
  runs: number;
  samples: number;
  rows: RunListRow[];
}

interface Seeded {
  eventIds: string[];
}

/** 100k-shaped data: run i is function i % 10, created 50 ms after run i − 1, its status by i % 100. */
async function seed(store: Store, runs: number, batch: number): Promise<Seeded> {
  const start = Date.now() - runs * 50;
  const eventIds: string[] = [];
  for (let from = 0; from < runs; from += batch) {
    const n = Math.min(batch, runs - from);
    const events: EventRecord[] = [];
    const records: RunRecord[] = [];
    for (let i = from; i < from + n; i++) {
      const at = start + i * 50;
      if (i % RUNS_PER_EVENT === 0) {
        const id = newId();
        events.push({ internalId: id, receivedAt: at, event: { name: `bench/order.${(i / RUNS_PER_EVENT) % 5}`, data: { i }, user: {}, id, ts: at } });
        eventIds.push(id);
      }
      records.push(benchRun(i, at, events[events.length - 1].internalId));
    }
    await store.insertEvents(events, []);
    await store.createRuns(records, []);
    // 2% of the runs end through a commit, as a failing step ends them.
    const failing = records.filter((r, k) => (from + k) % 100 >= 95 && (from + k) % 100 < 97);
    await Promise.all(failing.map((r) => store.commit({ run: { id: r.id, status: "Failed", endedAt: Date.now(), error: { message: "bench" } }, expectRunStatus: "Running" })));
  }
  return { eventIds };
}

function benchRun(i: number, at: number, eventId: string): RunRecord {
  const bucket = i % 100;
  const status: RunStatus = bucket < 80 ? "Completed" : bucket < 90 ? "Failed" : bucket < 95 ? "Cancelled" : "Running";
  const fn = i % FUNCTIONS;
  return {
    id: newId(), functionId: `bench-fn-${fn}`, functionSlug: `bench-app-fn-${fn}`, appId: "bench-app", appName: "bench-app",
    eventIds: [eventId], status, createdAt: at, startedAt: at, ...(status === "Running" ? {} : { endedAt: at + 20, output: { ok: i } }),
    requestVersion: 2, forceStepPlan: false, pendingSteps: [], maxAttempts: 4,
  };
}

async function call(apiUrl: string, path: string): Promise<{ ms: number; body: { data: unknown[]; cursor: string | null } }> {
  const t0 = performance.now();
  const res = await fetch(apiUrl + path, { headers: { authorization: `Bearer ${SIGNING_KEY}` } });
  const body = await res.json() as { data: unknown[]; cursor: string | null };
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return { ms, body };
}

/** The cursor after `pages` first pages of 50. */
async function deepCursor(apiUrl: string, pages: number): Promise<string> {
  let cursor = "";
  for (let p = 0; p < pages; p++) cursor = (await call(apiUrl, `/v1/runs?limit=50${cursor ? `&cursor=${cursor}` : ""}`)).body.cursor!;
  return encodeURIComponent(cursor);
}

async function time(apiUrl: string, label: string, path: () => string, samples: number): Promise<ListingTiming> {
  const first = await call(apiUrl, path());
  for (let i = 0; i < 10; i++) await call(apiUrl, path());
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < samples; i++) {
    const r = await call(apiUrl, path());
    ms.push(r.ms);
    rows = r.body.data.length;
  }
  const s = summarize(ms);
  return { label, path: path(), firstMs: first.ms, p50: s.p50, p99: s.p99, rows };
}

/** Every listing the runs and events pages use, timed against a server on the seeded store. */
async function timeListings(apiUrl: string, seeded: Seeded, samples: number): Promise<{ timings: ListingTiming[]; load: [number, number] }> {
  const loadBefore = loadavg()[0];
  const out: ListingTiming[] = [];
  out.push(await time(apiUrl, "first page", () => "/v1/runs?limit=50", samples));
  out.push(await time(apiUrl, "status=Failed", () => "/v1/runs?status=Failed&limit=50", samples));
  out.push(await time(apiUrl, "function", () => "/v1/runs?function_id=bench-fn-3&limit=50", samples));
  out.push(await time(apiUrl, "function + status=Cancelled", () => "/v1/runs?function_id=bench-fn-3&status=Cancelled&limit=50", samples));
  const cursor = await deepCursor(apiUrl, 20);
  out.push(await time(apiUrl, "page 21 (20 cursors deep)", () => `/v1/runs?limit=50&cursor=${cursor}`, samples));
  let k = 0;
  const eventId = () => seeded.eventIds[(k++ * 7919) % seeded.eventIds.length];
  out.push(await time(apiUrl, "event_id", () => `/v1/runs?event_id=${eventId()}&limit=50`, samples));
  out.push(await time(apiUrl, "events, first page", () => "/v1/events?limit=50", samples));
  return { timings: out, load: [loadBefore, loadavg()[0]] };
}

/** Heap in use after a full collection (the flag is set once; `gc` comes from a fresh context). */
function heapAfterGc(): number {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed;
}

async function embedded(o: Required<RunListOptions>): Promise<RunListRow> {
  const dir = mkdtempSync(join(tmpdir(), "tether-bench-list-"));
  const file = join(dir, "runs.db");
  let server: RunningServer | undefined;
  try {
    const t0 = performance.now();
    const store = new SqliteStore(file);
    const seeded = await seed(store, o.runs, 2_000);
    await store.close();
    const seedMs = performance.now() - t0;
    o.log(`  embedded: seeded ${o.runs} runs in ${(seedMs / 1000).toFixed(1)} s`);
    server = await startServer(loadConfig(["dev", "--db", file, "--host", "127.0.0.1", "--port", "0", "--gateway-port", "0", "--signing-key", SIGNING_KEY], {}), pino({ level: "warn" }));
    heapAfterGc(); // the seeding's garbage is not collected during the measured calls
    const { timings, load } = await timeListings(`http://127.0.0.1:${server.api!.port}`, seeded, o.samples);
    return { setup: "embedded (SQLite file)", status: "ok", seedMs, timings, load };
  } finally {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onNats(o: Required<RunListOptions>): Promise<RunListRow> {
  const nats = await startNats();
  const prefix = `bench${newId().toLowerCase().slice(-8)}`;
  let server: RunningServer | undefined;
  const nc = await connectNats(nats.url);
  try {
    const t0 = performance.now();
    const store = await JetStreamStore.create(nc, { prefix });
    const seeded = await seed(store, o.runs, 500);
    await store.close();
    const seedMs = performance.now() - t0;
    o.log(`  NATS: seeded ${o.runs} runs in ${(seedMs / 1000).toFixed(1)} s`);
    server = await startServer(loadConfig(["api", "--nats", nats.url, "--nats-prefix", prefix, "--host", "127.0.0.1", "--port", "0", "--signing-key", SIGNING_KEY, "--event-key", "bench"], {}), pino({ level: "warn" }));
    const apiUrl = `http://127.0.0.1:${server.api!.port}`;
    const before = heapAfterGc();
    const indexLoadMs = (await call(apiUrl, "/v1/events?limit=1")).ms; // loads the index
    const indexBytesPerRecord = (heapAfterGc() - before) / (o.runs + seeded.eventIds.length);
    const { timings, load } = await timeListings(apiUrl, seeded, o.samples);
    return { setup: "NATS (JetStream, private nats-server)", status: "ok", seedMs, indexBytesPerRecord, indexLoadMs, timings, load };
  } finally {
    await server?.close();
    await nc.close();
    await nats.stop(); // the server's store dir goes with it: no bucket is left behind
  }
}

export async function measureRunList(opts: RunListOptions = {}): Promise<RunListResult> {
  const o: Required<RunListOptions> = { runs: 100_000, samples: 200, log: () => undefined, ...opts };
  const rows: RunListRow[] = [];
  for (const [setup, measure] of [["embedded (SQLite file)", embedded], ["NATS (JetStream, private nats-server)", onNats]] as const) {
    try {
      rows.push(await measure(o));
    } catch (err) {
      o.log(`  ${setup}: failed: ${(err as Error).message}`);
      rows.push({ setup, status: "failed", reason: (err as Error).message, seedMs: 0, timings: [] });
    }
  }
  return { runs: o.runs, samples: o.samples, rows };
}

const ms = (v: number) => v.toFixed(2);

export function runListSection(r: RunListResult): string {
  const tables = r.rows.map((row) => {
    if (row.status !== "ok") return `**${row.setup}**: failed: ${row.reason}`;
    const lines = row.timings.map((t) => `| ${t.label} | \`${t.path.replace(/(event_id=|cursor=)[^&]+/, "$1…")}\` | ${t.rows} | ${ms(t.firstMs)} | ${ms(t.p50)} | ${ms(t.p99)} | ${t.p99 < TARGET_MS ? "yes" : "**no**"} |`);
    const memory = row.indexBytesPerRecord === undefined ? "" : ` The API's first listing call loaded the listing index in ${ms(row.indexLoadMs!)} ms; the index takes ${Math.round(row.indexBytesPerRecord)} bytes of heap per stored run and event.`;
    const load = row.load ? ` Load average (1 min) while timing: ${row.load[0].toFixed(1)} → ${row.load[1].toFixed(1)}.` : "";
    return `**${row.setup}**: seeded in ${(row.seedMs / 1000).toFixed(1)} s.${memory}${load}

| listing | request | rows | first call ms | p50 ms | p99 ms | p99 < ${TARGET_MS} ms |
|---|---|---:|---:|---:|---:|---|
${lines.join("\n")}`;
  });
  return `## Run list: ${r.runs.toLocaleString("en-US")} stored runs (issue 14)

The dashboard's runs and events pages page through \`GET /v1/runs\` and \`GET /v1/events\`
(docs/listing.md). \`bench/run-list.ts\` seeds ${r.runs.toLocaleString("en-US")} runs straight through the store (10 functions;
80% Completed, 12% Failed (2% of them failed by a commit, as a step would), 5% Cancelled, 3% Running;
one event per ${RUNS_PER_EVENT} runs), then starts the API on that store (\`tether dev --db <file>\` embedded,
\`tether api --nats\` on a private nats-server) with a signing key and times each listing over HTTP
from the same machine: its first call, 10 warm-up calls, then ${r.samples} measured calls (p50/p99).
"page 21" follows the cursor of 20 pages of 50 first; \`event_id\` picks a different event per call.
On NATS the first listing call loads the listing index into the API process (a watch of the
summary bucket); later calls answer from memory and read the page's run records.
The API, its store and the bench client share one process, and the machine's 1-minute load
average is printed with each setup: other work on the machine shows in the p99 column first.

${tables.join("\n\n")}`;
}
