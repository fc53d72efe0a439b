// Throughput of 1-step runs (issue 4): how many runs per second complete when a burst of events
// arrives, embedded (`tether dev`) and distributed on NATS with 1 and 2 executor processes (plus
// one API and one gateway process). Two Tether SDK workers serve the function. Time runs from the
// first event sent to the last run completed, as counted by the workers. The CPU time every
// process of a setup used over the timed burst is counted by role, to show per-run cost apart
// from the contention of sharing the machine's cores.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
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
  /** CPU milliseconds each role used over the timed burst (Linux only). */
  cpu?: RoleCpu[];
}

export interface RoleCpu {
  role: string;
  ms: number;
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
  /** The setup's processes whose CPU time is counted, by role. */
  pids?: { role: string; pid: number }[];
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
    const w = startFixture(script, { env: { TETHER_API_URL: setup.apiUrl, ...setup.workerEnv } });
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

let tickMs: number | undefined;

/** CPU milliseconds (user + system, all threads) each of `pids` has used so far, from /proc; undefined off Linux. */
export function cpuTimes(pids: number[]): number[] | undefined {
  if (process.platform !== "linux") return undefined;
  if (tickMs === undefined) {
    let ticks = 100;
    try {
      ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || ticks;
    } catch { /* getconf missing: Linux's usual 100 */ }
    tickMs = 1000 / ticks;
  }
  // utime and stime are fields 14 and 15 of the stat line; counting starts after the command
  // name's closing parenthesis (the name may hold spaces) with field 3.
  return pids.map((pid) => {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").at(-1)!.split(" ");
    return (Number(f[11]) + Number(f[12])) * tickMs!;
  });
}

/**
 * A burst of `runs` 1-step runs after a 100-run warm-up, on fresh processes from `setup`; the CPU
 * time of the setup's processes, the workers (summed) and this process (the event sender) is
 * counted over the timed burst: from before its first event to the workers' count of its last run.
 */
export async function measureBurst(label: string, runs: number, setup: () => Promise<Setup>): Promise<ThroughputResult> {
  let cpu: RoleCpu[] | undefined;
  const result = await throughputOf(label, runs, async () => {
    let env: Setup | undefined;
    const workers: FixtureProcess[] = [];
    try {
      env = await setup();
      await startWorkers(WORKER, env, workers);
      await burst(env.apiUrl, workers, WARMUP_RUNS);
      const pids = [...(env.pids ?? []), ...workers.map((w) => ({ role: "workers", pid: w.proc.pid! }))];
      const [before, self] = [cpuTimes(pids.map((p) => p.pid)), process.cpuUsage()];
      const elapsedMs = await burst(env.apiUrl, workers, runs);
      const [after, sender] = [cpuTimes(pids.map((p) => p.pid)), process.cpuUsage(self)];
      if (before && after) {
        const byRole = new Map<string, number>();
        pids.forEach((p, i) => byRole.set(p.role, (byRole.get(p.role) ?? 0) + after[i] - before[i]));
        byRole.set("bench (sender)", (sender.user + sender.system) / 1000);
        cpu = [...byRole].map(([role, ms]) => ({ role, ms }));
      }
      return elapsedMs;
    } finally {
      await Promise.all(workers.map((w) => w.stop(3_000)));
      await env?.stop();
    }
  });
  return { ...result, cpu };
}

/** 1 API, 1 gateway and `executors` executor processes on a private nats-server. */
export async function distributed(executors: number): Promise<Setup> {
  const nats: NatsServer = await startNats();
  const common = ["--nats", nats.url, "--host", "127.0.0.1", "--log-level", "info", "--signing-key", SIGNING_KEY, "--event-key", "bench"];
  const port = await freePort();
  const gwPort = await freePort();
  const procs = [role("api", [...common, "--port", String(port)]), role("gateway", [...common, "--gateway-port", String(gwPort)])];
  for (let i = 0; i < executors; i++) procs.push(role("executor", common));
  const roles = ["api", "gateway", ...Array.from({ length: executors }, (_, i) => `executor ${i + 1}`)];
  const apiUrl = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${apiUrl}/health`)).ok, { timeoutMs: 30_000, what: "api" });
  await waitFor(() => procs.every((p) => p.output().includes("tether is ready")), { timeoutMs: 30_000, what: "every role ready" });
  await new Promise((r) => setTimeout(r, 2_500)); // the API hears the gateway's first announcement
  return {
    apiUrl,
    natsUrl: nats.url,
    workerEnv: { TETHER_SIGNING_KEY: SIGNING_KEY },
    pids: [...procs.map((p, i) => ({ role: roles[i], pid: p.proc.pid! })), { role: "nats-server", pid: nats.pid }],
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
  return { apiUrl: t.apiUrl, pids: [{ role: "tether dev", pid: t.proc.pid! }], stop: async () => void (await t.stop()) };
}

export async function measureThroughput(o: { runs: number }): Promise<{ rows: ThroughputResult[]; load: [number, number] }> {
  const load0 = loadavg()[0];
  const rows: ThroughputResult[] = [];
  rows.push(await measureBurst("embedded (tether dev)", o.runs, embedded));
  rows.push(await measureBurst("NATS, 1 executor", o.runs, () => distributed(1)));
  rows.push(await measureBurst("NATS, 2 executors", o.runs, () => distributed(2)));
  return { rows, load: [load0, loadavg()[0]] };
}

const isExecutor = (role: string) => role.startsWith("executor ");
/** The CPU table's columns: one per role, the executors together. */
const CPU_COLUMNS = ["tether dev", "api", "gateway", "executors", "nats-server", "workers", "bench (sender)"];
const inColumn = (column: string) => (role: string) => (column === "executors" ? isExecutor(role) : role === column);

/** CPU milliseconds per run of the roles `pick` takes (all by default); undefined without readings. */
function cpuPerRun(r: ThroughputResult | undefined, pick: (role: string) => boolean = () => true): number | undefined {
  if (r?.status !== "ok" || !r.cpu) return undefined;
  return r.cpu.filter((c) => pick(c.role)).reduce((n, c) => n + c.ms, 0) / r.runs;
}

/** A column's CPU-ms per run: "" for a role the setup lacks, the executors' sum with each one's share. */
function cpuCell(r: ThroughputResult, column: string): string {
  if (r.status !== "ok" || !r.cpu) return "–";
  const parts = r.cpu.filter((c) => inColumn(column)(c.role));
  if (parts.length === 0) return "";
  const sum = cpuPerRun(r, inColumn(column))!.toFixed(2);
  return parts.length > 1 ? `${sum} (${parts.map((c) => (c.ms / r.runs).toFixed(2)).join(" + ")})` : sum;
}

const fixed = (v: number | undefined, digits = 2) => (v === undefined ? "–" : v.toFixed(digits));
const perSec = (msPerRun: number | undefined) => fixed(msPerRun && 1000 / msPerRun, 0);

/** What does and does not grow with executors, from the CPU per run of `r`. */
function projection(r: ThroughputResult | undefined): string {
  const exec = cpuPerRun(r, isExecutor);
  if (!r || exec === undefined) return "";
  const [api, gateway, nats, workers, sender] = ["api", "gateway", "nats-server", "workers", "bench (sender)"].map((c) => cpuPerRun(r, inColumn(c))!);
  const tether = exec + api + gateway + nats;
  return `**Projection** (CPU per run of the "${r.label}" row). The executors spend ${fixed(exec)} ms of CPU per run
together, so each core added to run executors adds about ${perSec(exec)} runs/s. What does not grow with the
executors: the API (${fixed(api)} ms per run), the gateway (${fixed(gateway)} ms) and nats-server (${fixed(nats)} ms), one
process each here; at one core each they would cap the deployment at ${perSec(api)}, ${perSec(gateway)} and ${perSec(nats)} runs/s.
The Tether side together (API + gateway + executors + nats-server, ${fixed(tether)} ms per run) gives
${perSec(tether)} runs/s per core when every role gets cores in that proportion; the workers' ${fixed(workers)} ms per run is
the function's SDK side, paid by the app, and the bench's own ${fixed(sender)} ms is the event sender.`;
}

export function throughputSection(t: { rows: ThroughputResult[]; load: [number, number] }): string {
  const results = t.rows;
  const runs = results[0]?.runs ?? 0;
  const rows = results.map((r) => `| ${r.label} | ${r.status === "ok" ? r.runs : "–"} | ${r.status === "ok" ? (r.elapsedMs / 1000).toFixed(2) : "–"} | ${r.status === "ok" ? r.runsPerSec.toFixed(0) : "–"} | ${r.reason ?? ""} |`);
  const cpuRows = results.map((r) => {
    const total = cpuPerRun(r);
    const cores = total === undefined ? undefined : (total * r.runs) / r.elapsedMs;
    return `| ${r.label} | ${CPU_COLUMNS.map((c) => cpuCell(r, c)).join(" | ")} | ${fixed(total)} | ${fixed(cores)} |`;
  });
  const base = results.find((r) => r.label.includes("1 executor"));
  const two = results.find((r) => r.label.includes("2 executors"));
  const ratio = base?.status === "ok" && two?.status === "ok" ? `2 executors / 1 executor: ×${(two.runsPerSec / base.runsPerSec).toFixed(2)}` : "";
  const ratioOf = (pick?: (role: string) => boolean) => {
    const [a, b] = [cpuPerRun(base, pick), cpuPerRun(two, pick)];
    return a && b ? b / a : undefined;
  };
  const cpuRatio = ratioOf();
  const verdict = cpuRatio === undefined ? "" : cpuRatio <= 1.1 ? " — within the 1.10 target" : " — over the 1.10 target";
  return `## Throughput of 1-step runs

A burst of events (sent in batches of ${BATCH}) for a function with one \`step.run\`, served by two
Tether SDK worker processes; runs/s from the first event sent to the last run completed (counted by
the workers), after a 100-run warm-up. Embedded is one \`tether dev\` process; the NATS rows run
separate \`tether api\`, \`tether gateway\` and \`tether executor\` processes on a private nats-server.
Every process shares the same 2 CPUs, so adding an executor process also adds contention. The
1-minute load average was ${t.load[0].toFixed(2)} before the suite and ${t.load[1].toFixed(2)} after it (other work may share the machine).

| setup | runs | seconds | runs/s | note |
|---|---:|---:|---:|---|
${rows.join("\n")}

${ratio}

**CPU per run.** Runs/s on 2 shared cores mixes the cost of a run with the contention of the
processes for those cores; CPU time does not. Over the timed burst (from before its first event to
the workers' count of its last run; not the warm-up) each process's user + system time is read
from \`/proc/<pid>/stat\` (all its threads), the bench process's own with \`process.cpuUsage()\`; the
two workers are summed. CPU-ms per run by role (the executors' sum, then each one's); "cores busy" =
total CPU time / burst time. The readings are ${tickMs === undefined ? "missing (Linux only)" : `clock ticks of ${tickMs} ms, ${(tickMs / runs).toFixed(3)} ms per run at ${runs} runs`}.
The suite's default burst is 10,000 runs (it was 2,000): the first thousands of runs after the
warm-up cost more CPU each, and 2,000-run bursts measured 1.3–1.6× the CPU per run of 10,000-run
ones when the default was chosen. Other work on the machine moves these figures from one run to the
next (the executors' CPU per run by up to about 15% then); the ratios below are from this run alone.

| setup | ${CPU_COLUMNS.join(" | ")} | total | cores busy |
|---|${CPU_COLUMNS.map(() => "---:").join("|")}|---:|---:|
${cpuRows.join("\n")}

Total CPU per run, 2 executors / 1 executor: ×${fixed(cpuRatio)}${verdict}; executor CPU per run (both executors
together / the one): ×${fixed(ratioOf(isExecutor))}.

${projection(two?.status === "ok" ? two : base)}

**Serialisation points** (\`src/state/jetstream-store.ts\`). Every job goes through one work-queue
stream (\`TETHER_JOBS\`) and one durable pull consumer (\`tether_executors\`) shared by all executors:
each executor keeps its own long-poll fetch for its free slots and nats-server hands each message to
one of the pullers, so claiming takes no lock in Tether; the stream and its consumer are one
server-side object each, whose work is in the nats-server column. The KV keys a run writes are its
own: \`runs/<run id>\` (created, then revision-checked updates by the executor holding its job),
\`steps/<run id>.<step id>\` (created), \`events/<event id>\` (put, then a revision-checked add of its
run ids); a finished run publishes one retention job to the expiry stream, consumed only when due.
The one key every run touches is its function's pause document (\`pause.<function id>\` in the flow
bucket), read at intake and by each executor's step path at most once a second (a pause or resume
tells executors on the bus to read it again), written only by a pause: a read, not a lock.`;
}
