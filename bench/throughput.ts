// Throughput of 1-step runs (issue 4): how many runs per second complete when a burst of events
// arrives, embedded (`tether dev`) and distributed on NATS with 1 and 2 executor processes (plus
// one API and one gateway process). Two Tether SDK workers serve the function. Time runs from the
// first event sent to the last run completed, as counted by the workers.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { startNats, type NatsServer } from "../test/helpers/nats-server.ts";
import { startFixture, type FixtureProcess } from "../test/helpers/official-sdk-worker.ts";
import { freePort } from "../test/helpers/ports.ts";
import { ROOT, startTether } from "../test/helpers/server-process.ts";
import { waitFor } from "../test/helpers/wait.ts";

export interface ThroughputResult {
  label: string;
  status: "ok" | "failed" | "skipped";
  reason?: string;
  runs: number;
  elapsedMs: number;
  runsPerSec: number;
}

const WORKER = join(import.meta.dirname, "workers", "one-step.mjs");
export const BATCH = 100;
export const WARMUP_RUNS = 100;
/** The distributed roles run with keys, as deployed; the workers get the signing key. */
const SIGNING_KEY = "signkey-bench-5e1f0a9c3b7d2e8f6a4c1b9d7e3f5a2c";

export interface Setup {
  apiUrl: string;
  /** The private nats-server of a distributed setup. */
  natsUrl?: string;
  /** Extra environment for the workers. */
  workerEnv?: Record<string, string>;
  stop: () => Promise<void>;
}

function role(name: string, args: string[]): { proc: ChildProcess; output: () => string } {
  const proc = spawn(process.execPath, [join(ROOT, "bin", "tether.js"), name, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  return { proc, output: () => out };
}

/** An event of a burst: the `i`-th. */
export type BurstEvent = (i: number) => { name: string; data: Record<string, unknown> };
const oneStepEvent: BurstEvent = (i) => ({ name: "bench/one-step", data: { i } });

/** The clock the workers stamp their lines with: one clock across the processes of this machine. */
export const now = () => performance.timeOrigin + performance.now();

/** `send(from, count)` for every batch of BATCH of `runs` items, all at once. */
export async function inBatches(runs: number, send: (from: number, count: number) => Promise<unknown>): Promise<void> {
  await Promise.all(Array.from({ length: Math.ceil(runs / BATCH) }, (_, b) => send(b * BATCH, Math.min(BATCH, runs - b * BATCH))));
}

/**
 * Calls `start` and waits (at most `timeoutMs`, default 300 s) until the workers count `runs` more
 * done (done-counter.mjs); the milliseconds from the call to the last of those completions, as the
 * workers stamped it (their idle report comes up to 200 ms after it).
 */
export async function timedBurst(start: () => Promise<unknown>, workers: FixtureProcess[], runs: number, timeoutMs = 300_000): Promise<number> {
  const last = (w: FixtureProcess) => w.lines().filter((l) => l.type === "done").at(-1) ?? { n: 0, t: 0 };
  const doneCount = () => workers.reduce((n, w) => n + Number(last(w).n), 0);
  const before = doneCount();
  const t0 = now();
  await start();
  await waitFor(() => doneCount() - before >= runs, { timeoutMs, intervalMs: 20, what: `${runs} runs` });
  return Math.max(...workers.map((w) => Number(last(w).t))) - t0;
}

/**
 * Sends `runs` events in batches and waits (at most `timeoutMs`, default 300 s) until the workers
 * count as many more runs done; the milliseconds taken.
 */
export async function burst(apiUrl: string, workers: FixtureProcess[], runs: number, o: { event?: BurstEvent; timeoutMs?: number } = {}): Promise<number> {
  const event = o.event ?? oneStepEvent;
  const send = (from: number, count: number) => fetch(`${apiUrl}/e/bench`, { method: "POST", body: JSON.stringify(Array.from({ length: count }, (_, i) => event(from + i))) });
  return timedBurst(() => inBatches(runs, send), workers, runs, o.timeoutMs);
}

/** Worker processes serving a burst. */
export const WORKERS = 2;

/**
 * Starts `count` (default WORKERS) Tether SDK workers running `script` against `setup` and waits
 * until each is ready; each goes into `into` as it starts, so the caller's cleanup stops them all.
 */
export async function startWorkers(script: string, setup: Setup, into: FixtureProcess[], count = WORKERS): Promise<void> {
  for (let i = 0; i < count; i++) {
    const w = startFixture(script, { env: { TETHER_API_URL: setup.apiUrl, ...setup.workerEnv }, execArgv: ["--import", "tsx"] });
    into.push(w);
    await w.waitForLine((l) => l.type === "ready", { timeoutMs: 30_000, what: "bench worker ready" });
  }
}

/** The first line of what `err` says. */
export const reasonOf = (err: unknown) => (err instanceof Error ? err.message.split("\n")[0] : String(err));

/** `timed()` resolves to the milliseconds `runs` took; a throw fails the row. */
export async function throughputOf(label: string, runs: number, timed: () => Promise<number>): Promise<ThroughputResult> {
  try {
    const elapsedMs = await timed();
    return { label, status: "ok", runs, elapsedMs, runsPerSec: (runs * 1000) / elapsedMs };
  } catch (err) {
    return { label, status: "failed", reason: reasonOf(err), runs, elapsedMs: 0, runsPerSec: 0 };
  }
}

/** A burst of `runs` 1-step runs after a 100-run warm-up, on fresh processes from `setup`. */
export function measureBurst(label: string, runs: number, setup: () => Promise<Setup>): Promise<ThroughputResult> {
  return throughputOf(label, runs, async () => {
    let env: Setup | undefined;
    const workers: FixtureProcess[] = [];
    try {
      env = await setup();
      await startWorkers(WORKER, env, workers);
      await burst(env.apiUrl, workers, WARMUP_RUNS);
      return await burst(env.apiUrl, workers, runs);
    } finally {
      await Promise.all(workers.map((w) => w.stop(3_000)));
      await env?.stop();
    }
  });
}

/** 1 API, 1 gateway and `executors` executor processes on a private nats-server. */
export async function distributed(executors: number): Promise<Setup> {
  const nats: NatsServer = await startNats();
  const common = ["--nats", nats.url, "--host", "127.0.0.1", "--log-level", "info", "--signing-key", SIGNING_KEY, "--event-key", "bench"];
  const port = await freePort();
  const gwPort = await freePort();
  const procs = [role("api", [...common, "--port", String(port)]), role("gateway", [...common, "--gateway-port", String(gwPort)])];
  for (let i = 0; i < executors; i++) procs.push(role("executor", common));
  const apiUrl = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${apiUrl}/health`)).ok, { timeoutMs: 30_000, what: "api" });
  await waitFor(() => procs.every((p) => p.output().includes("tether is ready")), { timeoutMs: 30_000, what: "every role ready" });
  await new Promise((r) => setTimeout(r, 2_500)); // the API hears the gateway's first announcement
  return {
    apiUrl,
    natsUrl: nats.url,
    workerEnv: { TETHER_SIGNING_KEY: SIGNING_KEY },
    async stop() {
      await Promise.all(procs.map((p) => new Promise<void>((resolve) => {
        if (p.proc.exitCode !== null) return resolve();
        p.proc.once("exit", () => resolve());
        p.proc.kill("SIGKILL");
      })));
      await nats.stop();
    },
  };
}

/** `tether dev` on SQLite in memory. */
export async function embedded(): Promise<Setup> {
  const t = await startTether();
  return { apiUrl: t.apiUrl, stop: async () => void (await t.stop()) };
}

export async function measureThroughput(o: { runs: number }): Promise<ThroughputResult[]> {
  const out: ThroughputResult[] = [];
  out.push(await measureBurst("embedded (tether dev)", o.runs, embedded));
  out.push(await measureBurst("NATS, 1 executor", o.runs, () => distributed(1)));
  out.push(await measureBurst("NATS, 2 executors", o.runs, () => distributed(2)));
  return out;
}

export function throughputSection(results: ThroughputResult[]): string {
  const rows = results.map((r) => `| ${r.label} | ${r.status === "ok" ? r.runs : "–"} | ${r.status === "ok" ? (r.elapsedMs / 1000).toFixed(2) : "–"} | ${r.status === "ok" ? r.runsPerSec.toFixed(0) : "–"} | ${r.reason ?? ""} |`);
  const base = results.find((r) => r.label.includes("1 executor"));
  const two = results.find((r) => r.label.includes("2 executors"));
  const ratio = base?.status === "ok" && two?.status === "ok" ? `2 executors / 1 executor: ×${(two.runsPerSec / base.runsPerSec).toFixed(2)}` : "";
  return `## Throughput of 1-step runs

A burst of events (sent in batches of ${BATCH}) for a function with one \`step.run\`, served by two
Tether SDK worker processes; runs/s from the first event sent to the last run completed (counted by
the workers), after a 100-run warm-up. Embedded is one \`tether dev\` process; the NATS rows run
separate \`tether api\`, \`tether gateway\` and \`tether executor\` processes on a private nats-server.
Every process shares the same 2 CPUs, so adding an executor process also adds contention.

| setup | runs | seconds | runs/s | note |
|---|---:|---:|---:|---|
${rows.join("\n")}

${ratio}`;
}
