// Tether beside BullMQ 5, the peer issue 13 names, measured in the same invocation:
// - start latency, one run at a time: Tether from the answer to `POST /e/{key}` (the event stored)
//   to the first step body running in the worker; BullMQ from `queue.add` resolving (the job stored)
//   to the processor being entered. Both ends are stamped on now() (throughput.ts), one clock
//   across the processes of this machine; the next probe goes once the run or job has completed.
// - a burst of 1-step runs, timed as in the throughput suite (first enqueue → last completion
//   counted by the workers), against BullMQ no-op jobs added by `queue.addBulk` in the same batches,
//   and against BullMQ processing alone (jobs added to a paused queue, timed from `queue.resume()`).
// BullMQ runs on the machine's Redis (127.0.0.1:6379) when it answers PING, else on a redis-server
// started here; with neither, its rows are skipped. Each BullMQ measurement gets a queue of its own,
// obliterated afterwards (the Redis may serve others: nothing else is deleted).
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { connect } from "node:net";
import { join } from "node:path";
import { Queue } from "bullmq";
import { startFixture, type FixtureProcess } from "../test/helpers/official-sdk-worker.ts";
import { freePort } from "../test/helpers/ports.ts";
import { ROOT } from "../test/helpers/server-process.ts";
import { waitFor } from "../test/helpers/wait.ts";
import { summarize } from "./stats.ts";
import {
  BATCH, distributed, embedded, inBatches, measureBurst, now, reasonOf, type Setup, startWorkers, throughputOf, type ThroughputResult,
  timedBurst, WARMUP_RUNS, WORKERS,
} from "./throughput.ts";

const PROBE_WORKER = join(import.meta.dirname, "workers", "start-probe.mjs");
const BULLMQ_WORKER = join(import.meta.dirname, "workers", "bullmq.mjs");
/** Probes before the measured ones, in every setup. */
const PROBE_WARMUP = 30;
/**
 * `concurrency` of each BullMQ worker process. BullMQ runs one job at a time per worker unless told
 * otherwise; a Tether SDK worker takes every request its gateway sends it, so WORKERS processes of
 * 50 each keep as many jobs in flight as a burst can use on 2 CPUs.
 */
const BULLMQ_CONCURRENCY = 50;

export interface StartLatency {
  label: string;
  status: "ok" | "failed" | "skipped";
  reason?: string;
  /** Enqueue answered → first step body (processor) entered, per measured probe. */
  ms: number[];
}

export interface PeersResult {
  /** Which Redis BullMQ ran on, or why its rows are skipped. */
  redis: string;
  bullmq: string;
  probes: number;
  latency: StartLatency[];
  throughput: ThroughputResult[];
  /** The 1-minute load average before and after the suite. */
  load: [number, number];
}

/** The reply to one inline command to the Redis on 127.0.0.1:`port` ("" when none answers within a second). */
function redisCommand(port: number, command: string): Promise<string> {
  return new Promise((resolve) => {
    const s = connect({ host: "127.0.0.1", port });
    const done = (reply: string) => {
      s.destroy();
      resolve(reply);
    };
    s.setTimeout(1_000, () => done(""));
    s.once("error", () => done(""));
    s.once("connect", () => s.write(`${command}\r\n`));
    s.once("data", (d) => done(d.toString()));
  });
}

const ping = async (port: number) => (await redisCommand(port, "PING")).startsWith("+PONG");

interface Redis {
  port: number;
  where: string;
  stop(): Promise<void>;
}

/** The machine's Redis, else one started here; a string says why there is none. */
async function findRedis(): Promise<Redis | string> {
  if (await ping(6379)) return { port: 6379, where: "the machine's Redis on 127.0.0.1:6379", stop: async () => {} };
  const port = await freePort();
  const proc: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  if (!(await new Promise<boolean>((resolve) => proc.once("spawn", () => resolve(true)).once("error", () => resolve(false))))) {
    return "skipped: no Redis (none on 127.0.0.1:6379, no redis-server on PATH)";
  }
  const stop = () => new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once("exit", () => resolve());
    proc.kill("SIGTERM");
  });
  try {
    await waitFor(() => ping(port), { timeoutMs: 10_000, what: "redis-server" });
  } catch (err) {
    await stop();
    return `skipped: no Redis (${reasonOf(err)})`;
  }
  return { port, where: `a \`redis-server\` started by the bench on port ${port}`, stop };
}

/** "Redis 7.0.15 (where), persistence: …" as the server reports itself. */
async function describeRedis(redis: Redis): Promise<string> {
  const config = async (key: string) => /\r\n\$\d+\r\n([^\r]*)\r\n$/.exec(await redisCommand(redis.port, `CONFIG GET ${key}`))?.[1] ?? "?";
  const version = /redis_version:(\S+)/.exec(await redisCommand(redis.port, "INFO server"))?.[1] ?? "?";
  return `Redis ${version} (${redis.where}), persistence \`save '${await config("save")}'\`, \`appendonly ${await config("appendonly")}\``;
}

let queues = 0;

/**
 * A fresh queue and `processes` BullMQ worker processes for `fn`; afterwards the workers stop and
 * the queue is obliterated.
 */
async function withBullmq<T>(redis: Redis, processes: number, fn: (queue: Queue, workers: FixtureProcess[]) => Promise<T>): Promise<T> {
  const name = `tether-bench-${process.pid}-${Date.now()}-${queues++}`;
  const queue = new Queue(name, { connection: { host: "127.0.0.1", port: redis.port } });
  const workers: FixtureProcess[] = [];
  try {
    for (let i = 0; i < processes; i++) {
      const w = startFixture(BULLMQ_WORKER, { env: { BENCH_QUEUE: name, BENCH_REDIS_PORT: String(redis.port), BENCH_CONCURRENCY: String(BULLMQ_CONCURRENCY) } });
      workers.push(w);
      await w.waitForLine((l) => l.type === "ready", { timeoutMs: 30_000, what: "BullMQ worker ready" });
    }
    return await fn(queue, workers);
  } finally {
    await Promise.all(workers.map((w) => w.stop(3_000)));
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

/** PROBE_WARMUP + `probes` calls of `probe(tag)`, one at a time; the measured ones' results. */
async function sample(probes: number, probe: (tag: string) => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < PROBE_WARMUP + probes; i++) {
    const ms = await probe(`probe-${i}`);
    if (i >= PROBE_WARMUP) out.push(ms);
  }
  return out;
}

async function startLatency(label: string, measure: () => Promise<number[]>): Promise<StartLatency> {
  try {
    return { label, status: "ok", ms: await measure() };
  } catch (err) {
    return { label, status: "failed", reason: reasonOf(err), ms: [] };
  }
}

/** Tether: one probe worker on fresh processes from `start`. */
function tetherStart(label: string, probes: number, start: () => Promise<Setup>): Promise<StartLatency> {
  return startLatency(label, async () => {
    let setup: Setup | undefined;
    const workers: FixtureProcess[] = [];
    try {
      const s = (setup = await start());
      await startWorkers(PROBE_WORKER, s, workers, 1);
      const key = s.workerEnv?.TETHER_SIGNING_KEY;
      const getJson = async (path: string) => (await fetch(s.apiUrl + path, { headers: key ? { authorization: `Bearer ${key}` } : {} })).json();
      await waitFor(async () => (await getJson("/v1/functions")).data.some((f: { slug: string }) => f.slug.endsWith("-start-probe")), { timeoutMs: 10_000, what: "start-probe registered" });
      return await sample(probes, async (tag) => {
        const res = await fetch(`${s.apiUrl}/e/bench`, { method: "POST", body: JSON.stringify({ name: "bench/start-probe", data: { tag } }) });
        const accepted = now();
        if (res.status !== 200) throw new Error(`the event was answered ${res.status}`);
        const { ids } = (await res.json()) as { ids: string[] };
        const body = await workers[0].waitForLine((l) => l.type === "start" && l.tag === tag, { what: `the step of ${tag}` });
        await waitFor(async () => (await getJson(`/v1/events/${ids[0]}/runs`)).data[0]?.status === "Completed", { what: `the run of ${tag} to complete` });
        return Number(body.t) - accepted;
      });
    } finally {
      await Promise.all(workers.map((w) => w.stop(3_000)));
      await setup?.stop();
    }
  });
}

/** BullMQ: one worker process; each probe is one job. */
function bullmqStart(redis: Redis, probes: number): Promise<StartLatency> {
  return startLatency("BullMQ", () => withBullmq(redis, 1, (queue, [worker]) => sample(probes, async (tag) => {
    await queue.add("probe", { tag });
    const added = now();
    const body = await worker.waitForLine((l) => l.type === "start" && l.tag === tag, { what: `the processor of ${tag}` });
    await worker.waitForLine((l) => l.type === "completed" && l.tag === tag, { what: `${tag} to complete` });
    return Number(body.t) - added;
  })));
}

/**
 * BullMQ no-op jobs on WORKERS processes, after a WARMUP_RUNS warm-up: added in batches while the
 * workers run, or (`alone`) added to the paused queue first and timed from `queue.resume()`.
 */
function bullmqBurst(label: string, redis: Redis, runs: number, alone: boolean): Promise<ThroughputResult> {
  return throughputOf(label, runs, () => withBullmq(redis, WORKERS, async (queue, workers) => {
    const add = (from: number, count: number) => queue.addBulk(Array.from({ length: count }, (_, i) => ({ name: "noop", data: { i: from + i } })));
    await timedBurst(() => inBatches(WARMUP_RUNS, add), workers, WARMUP_RUNS);
    if (!alone) return timedBurst(() => inBatches(runs, add), workers, runs);
    await queue.pause();
    await inBatches(runs, add);
    return timedBurst(() => queue.resume(), workers, runs);
  }));
}

export async function measurePeers(o: { runs: number; probes: number; log: (line: string) => void }): Promise<PeersResult> {
  const load0 = loadavg()[0];
  const bullmq = JSON.parse(readFileSync(join(ROOT, "node_modules", "bullmq", "package.json"), "utf8")).version as string;
  const latency: StartLatency[] = [];
  const throughput: ThroughputResult[] = [];
  const logLatency = (r: StartLatency) => {
    latency.push(r);
    const s = summarize(r.ms);
    o.log(`  start latency, ${r.label}: ${r.status === "ok" ? `p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms (${s.count} probes)` : r.reason}`);
  };
  const logBurst = (r: ThroughputResult) => {
    throughput.push(r);
    o.log(`  burst, ${r.label}: ${r.status === "ok" ? `${r.runsPerSec.toFixed(0)} runs/s (${r.runs} runs in ${(r.elapsedMs / 1000).toFixed(2)} s)` : r.reason}`);
  };
  logLatency(await tetherStart("Tether, embedded (tether dev)", o.probes, embedded));
  logLatency(await tetherStart("Tether, NATS, 1 executor", o.probes, () => distributed(1)));
  logBurst(await measureBurst("Tether, embedded (tether dev)", o.runs, embedded));
  logBurst(await measureBurst("Tether, NATS, 1 executor", o.runs, () => distributed(1)));

  const redis = await findRedis();
  let redisLine: string;
  if (typeof redis === "string") {
    redisLine = redis;
    logLatency({ label: "BullMQ", status: "skipped", reason: redis, ms: [] });
    for (const label of [BULLMQ_BURST, BULLMQ_ALONE]) logBurst({ label, status: "skipped", reason: redis, runs: o.runs, elapsedMs: 0, runsPerSec: 0 });
  } else {
    try {
      redisLine = await describeRedis(redis);
      logLatency(await bullmqStart(redis, o.probes));
      logBurst(await bullmqBurst(BULLMQ_BURST, redis, o.runs, false));
      logBurst(await bullmqBurst(BULLMQ_ALONE, redis, o.runs, true));
    } finally {
      await redis.stop();
    }
  }
  return { redis: redisLine, bullmq, probes: o.probes, latency, throughput, load: [load0, loadavg()[0]] };
}

const BULLMQ_BURST = `BullMQ, addBulk + ${WORKERS} workers`;
const BULLMQ_ALONE = `BullMQ, processing alone, ${WORKERS} workers`;

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : "–");
/** `tether / bullmq` as "×N.NN", or "–" where either is missing or not positive. */
const ratio = (tether: number, bullmq: number) => (tether > 0 && bullmq > 0 ? `×${(tether / bullmq).toFixed(2)}` : "–");
const note = (r: { status: string; reason?: string }) => (r.status === "ok" ? "" : r.status === "failed" ? `failed: ${r.reason}` : r.reason ?? "");

export const PEERS_TITLE = "Tether beside BullMQ: start latency and a burst of 1-step runs";

export function peersSection(r: PeersResult): string {
  const bull = r.latency.find((x) => x.label === "BullMQ");
  const b = summarize(bull?.status === "ok" ? bull.ms : []);
  const latencyRows = r.latency.map((x) => {
    const s = summarize(x.ms);
    const vs = x === bull || x.status !== "ok" ? ["", ""] : [ratio(s.p50, b.p50), ratio(s.p99, b.p99)];
    return `| ${x.label} | ${x.status === "ok" ? s.count : "–"} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.mean)} | ${ms(s.min)} | ${vs[0]} | ${vs[1]} | ${note(x)} |`;
  });
  const bullBurst = r.throughput.find((x) => x.label === BULLMQ_BURST);
  const bullRate = bullBurst?.status === "ok" ? bullBurst.runsPerSec : Number.NaN;
  const burstRows = r.throughput.map((x) => {
    const ok = x.status === "ok";
    const vs = x.label.startsWith("Tether") && ok ? ratio(x.runsPerSec, bullRate) : "";
    return `| ${x.label} | ${x.runs} | ${ok ? (x.elapsedMs / 1000).toFixed(2) : "–"} | ${ok ? x.runsPerSec.toFixed(0) : "–"} | ${vs} | ${note(x)} |`;
  });
  return `## ${PEERS_TITLE}

BullMQ ${r.bullmq} (a Redis-backed job queue: the peer issue 13 names) and Tether, measured one after
the other in the same invocation.
BullMQ ran on ${r.redis}.
Tether embedded is one \`tether dev\` process (SQLite in memory, as in the throughput suite); "NATS, 1
executor" is separate \`tether api\`, \`tether gateway\` and \`tether executor\` processes on a
private nats-server (JetStream on disk). Every setup gets fresh processes; all share the machine's
2 CPUs. The 1-minute load average was ${r.load[0].toFixed(2)} before the suite and ${r.load[1].toFixed(2)} after it.

**Start latency** — one run (job) at a time, ${PROBE_WARMUP} warm-up probes then ${r.probes} measured; the
next probe goes once the previous run is \`Completed\` (Tether, read over REST) or the job completed
(BullMQ's worker \`completed\` event). Tether: from the HTTP 200 answering \`POST /e/{key}\` (the event
is stored before the answer) to the first line of the step body of a 1-step function in one Tether
SDK worker process (\`bench/workers/start-probe.mjs\`). BullMQ: from \`queue.add\` resolving (the job
is stored) to the first line of the processor in one BullMQ worker process (\`bench/workers/bullmq.mjs\`).
Both ends are stamped with \`performance.timeOrigin + performance.now()\` in their own process, one
clock on one machine. A negative "min" is a body that began before the enqueuing client had its
answer: both systems queue the work before they answer. "vs BullMQ" = Tether's value / BullMQ's (×2
means Tether takes twice as long).

| setup | probes | p50 ms | p99 ms | mean ms | min ms | p50 vs BullMQ | p99 vs BullMQ | note |
|---|---:|---:|---:|---:|---:|---:|---:|---|
${latencyRows.join("\n")}

**Burst** — Tether: the throughput suite's burst (events in batches of ${BATCH}, all sent at once, for a
function with one \`step.run\`, ${WORKERS} Tether SDK worker processes), timed from the first event sent
to the last run counted done by the workers (their handler returned). BullMQ: no-op jobs added by
\`queue.addBulk\` in the same batches of ${BATCH}, all at once, processed by ${WORKERS} worker processes with
\`concurrency: ${BULLMQ_CONCURRENCY}\` each, timed from the first \`addBulk\` to the last job the workers saw
completed (stored completed in Redis; jobs are kept, BullMQ's default). "Processing alone": the
same jobs added to a paused queue first, timed from \`queue.resume()\`. Each row after a
${WARMUP_RUNS}-run warm-up. "vs BullMQ" = Tether's runs/s / BullMQ's with addBulk (×0.5 means half as many).

| setup | runs | seconds | runs/s | runs/s vs BullMQ | note |
|---|---:|---:|---:|---:|---|
${burstRows.join("\n")}`;
}
