// Connections (issue 13, point 5): idle connect workers held by gateway processes, and the
// reconnect storm after the gateways restart. A deployment on a private nats-server — separate
// `tether api`, `tether gateway` (one or several) and `tether executor` processes — and
// simulated workers from bench/workers/connect-load.ts, several generator processes, each from a
// loopback source address of its own. Per row:
// 1. gateway RSS once the gateways are up and idle;
// 2. the workers connect (each generator LOAD_RAMP handshakes at a time);
// 3. an idle phase with heartbeats: the gateways' RSS at its end (per connection = growth /
//    connections held), their CPU and the other roles' (/proc), heartbeats, WORKER_STATUS frames
//    and connect-state writes (puts to the connections bucket's stream) per second;
// 4. every gateway is killed (-9) and started again on its port: the time from the kill until the
//    workers have all sent WORKER_READY again, and until the connect state holds every connection
//    READY again (a KV watch in this process), with the attempts that failed and why.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { KvWatchInclude, type NatsConnection } from "nats";
import { connectNats } from "../src/common/nats.ts";
import { NatsProcess, RoleProcess } from "../test/helpers/cluster.ts";
import { startFixture, type FixtureLine, type FixtureProcess } from "../test/helpers/official-sdk-worker.ts";
import { freePort } from "../test/helpers/ports.ts";
import { waitFor } from "../test/helpers/wait.ts";
import { cpuTimes, now, reasonOf } from "./throughput.ts";

const GENERATOR = join(import.meta.dirname, "workers", "connect-load.ts");
const SIGNING_KEY = "signkey-bench-7c3e1a9f5b2d8e4c6a0f1b3d5e7a9c2e";
/** Simulated workers per generator process: well under the per-process descriptor limit. */
export const PER_GENERATOR = 5_000;
/**
 * Handshakes in flight while the workers first connect, over all generators: more only queue up
 * on 2 CPUs, past the SDK's 10 s handshake deadline (2,000 did, and the ramp turned into retries).
 */
const RAMP = 800;
/** Keep-alive connections each generator's start calls share (the API holds generators × this). */
const START_SOCKETS = 256;
/** After the ramp, before the idle phase: the last handshakes' garbage and timers settle. */
const SETTLE_MS = 5_000;
/** Sockets one gateway may hold (`--max-worker-connections`): below the descriptor limit, so an uneven storm is refused with 503, not EMFILE. */
const MAX_PER_GATEWAY = 19_000;
/** How long the restart may take before the row says how many came back instead. */
const RESTART_LIMIT_MS = 180_000;

export interface Failures {
  [reason: string]: number;
}

export interface ConnectionsRow {
  label: string;
  status: "ok" | "failed";
  reason?: string;
  gateways: number;
  workers: number;
  generators: number;
  /** Source addresses, one per generator. */
  addresses: string[];
  rampSeconds?: number;
  rampFailures?: Failures;
  /** Per gateway: RSS (KiB) idle before any worker, at the end of the idle phase, and connections held then. */
  rssBeforeKiB?: number[];
  rssAfterKiB?: number[];
  held?: number[];
  /** Per gateway: RSS (KiB) 10 s after every worker was READY again on the restarted process, and its connections. */
  rssRestartedKiB?: number[];
  heldRestarted?: number[];
  idleSeconds?: number;
  /** CPU ms per second of the idle phase, by role (gateways summed, then each). */
  idleCpu?: { role: string; msPerSec: number }[];
  heartbeatsPerSec?: number;
  heartbeatsAnsweredPerSec?: number;
  statusPerSec?: number;
  kvPutsPerSec?: number;
  idleFailures?: Failures;
  /** Kill → every restarted gateway answering /ready. */
  bootSeconds?: number;
  /** Kill → the last worker sent WORKER_READY. */
  workersReadySeconds?: number;
  /** Kill → the connect state held the given share of the connections READY (this process's KV watch). */
  stateReadySeconds?: { p50: number; p90: number; p100: number };
  restartAttempts?: number;
  restartFailures?: Failures;
  /** CPU ms used from the kill until every worker was READY again, by role (the new gateways from their start, boot included). */
  restartCpu?: { role: string; ms: number }[];
  /** The workers were not all READY again within RESTART_LIMIT_MS: how many were. */
  restartIncomplete?: string;
}

export interface ConnectionsResult {
  rows: ConnectionsRow[];
  /** `ulimit -n` of this process (soft / hard), which every process here inherits. */
  fdLimit: { soft: string; hard: string };
  load: [number, number];
}

const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function rssKiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : Number.NaN;
}

function fdLimit(): { soft: string; hard: string } {
  const read = (flag: string) => {
    try {
      return execFileSync("sh", ["-c", `ulimit ${flag}`], { encoding: "utf8" }).trim();
    } catch {
      return "?";
    }
  };
  return { soft: read("-Sn"), hard: read("-Hn") };
}

/** failures after − before, only reasons that grew. */
function failuresSince(after: Failures, before: Failures): Failures {
  const out: Failures = {};
  for (const [k, v] of Object.entries(after)) if (v - (before[k] ?? 0) > 0) out[k] = v - (before[k] ?? 0);
  return out;
}

/** The generators' latest cumulative counters, summed. */
class Generators {
  readonly procs: FixtureProcess[] = [];
  readonly addresses: string[] = [];

  latest(g: FixtureProcess): FixtureLine | undefined {
    const lines = g.lines();
    for (let i = lines.length - 1; i >= 0; i--) if (lines[i].type === "stats") return lines[i];
    return undefined;
  }

  total(key: string): number {
    return sumOf(this.procs.map((g) => Number(this.latest(g)?.[key] ?? 0)));
  }

  max(key: string): number {
    return Math.max(...this.procs.map((g) => Number(this.latest(g)?.[key] ?? 0)));
  }

  failures(): Failures {
    const out: Failures = {};
    for (const g of this.procs) {
      for (const [k, v] of Object.entries((this.latest(g)?.failures ?? {}) as Failures)) out[k] = (out[k] ?? 0) + v;
    }
    return out;
  }

  /** A stats line from every generator newer than `t` (`now()` clock). */
  async fresh(t: number): Promise<void> {
    await waitFor(() => this.procs.every((g) => Number(this.latest(g)?.t ?? 0) > t), { timeoutMs: 10_000, intervalMs: 50, what: "generator stats" });
  }

  stop(): Promise<void[]> {
    return Promise.all(this.procs.map((g) => g.stop(5_000)));
  }
}

interface Deployment {
  nats: NatsProcess;
  nc: NatsConnection;
  prefix: string;
  api: RoleProcess;
  gateways: RoleProcess[];
  executor: RoleProcess;
  stop(): Promise<void>;
}

async function deploy(gateways: number): Promise<Deployment> {
  const dir = mkdtempSync(join(tmpdir(), "tether-bench-conn-nats-"));
  const nats = new NatsProcess(await freePort(), await freePort(), dir);
  const prefix = `bc${randomBytes(3).toString("hex")}`;
  const common = ["--nats", nats.url, "--nats-prefix", prefix, "--host", "127.0.0.1", "--log-level", "info",
    "--signing-key", SIGNING_KEY, "--event-key", "bench"];
  const apiPort = await freePort();
  const api = new RoleProcess("api", "api", [...common, "--port", String(apiPort)], apiPort);
  const gws: RoleProcess[] = [];
  for (let i = 1; i <= gateways; i++) {
    const port = await freePort();
    gws.push(new RoleProcess(`gateway-${i}`, "gateway", [...common, "--gateway-port", String(port), "--max-worker-connections", String(MAX_PER_GATEWAY)], port));
  }
  const executor = new RoleProcess("executor", "executor", common);
  let nc: NatsConnection | undefined;
  const stop = async () => {
    await nc?.close().catch(() => undefined);
    await Promise.all([api, ...gws, executor].map((p) => p.kill9()));
    await nats.term(10_000);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await nats.start();
    await api.start();
    await Promise.all([...gws, executor].map((p) => p.start()));
    nc = await connectNats(nats.url, { name: "bench-connections" });
    // The API hands out a gateway once it heard its announcement (every 2 s).
    await waitFor(async () => (await fetch(`${api.httpUrl}/v0/connect/start`, { method: "POST", headers: { authorization: `Bearer ${SIGNING_KEY}` } })).ok,
      { timeoutMs: 10_000, what: "the API to hand out a gateway" });
    return { nats, nc, prefix, api, gateways: gws, executor, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

interface StateRecord {
  gatewayId: string;
  status: string;
  connectedAt: number;
}

/** Connection records in the connect state now: READY ones per gateway id. */
async function readyByGateway(d: Deployment): Promise<Map<string, number>> {
  const kv = await d.nc.jetstream().views.kv(`${d.prefix}_connections`);
  const out = new Map<string, number>();
  const records = new Map<string, StateRecord>();
  const iter = await kv.watch({ initializedFn: () => iter.stop() });
  for await (const e of iter) {
    if (e.operation === "PUT") records.set(e.key, JSON.parse(new TextDecoder().decode(e.value)) as StateRecord);
    else records.delete(e.key);
  }
  for (const r of records.values()) if (r.status === "READY") out.set(r.gatewayId, (out.get(r.gatewayId) ?? 0) + 1);
  return out;
}

/**
 * Follows the connections bucket from now on; `done` resolves with the times (ms after `t0`, on
 * `now()`) at which 50 %, 90 % and all of `n` connections made after `since` (Date.now() clock)
 * were READY, or rejects after `timeoutMs`.
 */
async function watchReady(d: Deployment, n: number, since: number, t0: number, timeoutMs: number): Promise<{ done: Promise<{ p50: number; p90: number; p100: number }>; stop(): void }> {
  const kv = await d.nc.jetstream().views.kv(`${d.prefix}_connections`);
  const iter = await kv.watch({ include: KvWatchInclude.UpdatesOnly });
  const ready = new Set<string>();
  const marks: number[] = [];
  const done = (async () => {
    const timer = setTimeout(() => iter.stop(), timeoutMs);
    try {
      for await (const e of iter) {
        if (e.operation !== "PUT") continue;
        const r = JSON.parse(new TextDecoder().decode(e.value)) as StateRecord;
        if (r.status !== "READY" || r.connectedAt < since || ready.has(e.key)) continue;
        ready.add(e.key);
        if (ready.size === Math.ceil(n / 2) || ready.size === Math.ceil(n * 0.9) || ready.size === n) marks.push(now() - t0);
        if (ready.size >= n) break;
      }
    } finally {
      clearTimeout(timer);
      iter.stop();
    }
    if (ready.size < n) throw new Error(`the connect state held ${ready.size} of ${n} connections READY after ${timeoutMs / 1000} s`);
    // Marks coincide when n is tiny (ceil(n/2) = n): the same time for each.
    return { p50: marks[0], p90: marks[Math.min(1, marks.length - 1)], p100: marks[marks.length - 1] };
  })();
  return { done, stop: () => iter.stop() };
}

async function kvPuts(d: Deployment): Promise<number> {
  const info = await (await d.nc.jetstreamManager()).streams.info(`KV_${d.prefix}_connections`);
  return info.state.last_seq;
}

async function measureRow(label: string, gateways: number, workers: number, idleMs: number, log: (line: string) => void): Promise<ConnectionsRow> {
  const generators = Math.ceil(workers / PER_GENERATOR);
  const gens = new Generators();
  const row: ConnectionsRow = {
    label, status: "ok", gateways, workers, generators,
    addresses: Array.from({ length: generators }, (_, i) => `127.0.0.${2 + i}`),
  };
  let d: Deployment | undefined;
  try {
    d = await deploy(gateways);
    const dep = d;
    const gwPids = () => dep.gateways.map((g) => g.pid!);
    await new Promise((r) => setTimeout(r, 2_000));
    row.rssBeforeKiB = gwPids().map(rssKiB);

    // Ramp: the workers connect.
    const t0 = now();
    for (let i = 0; i < generators; i++) {
      const count = Math.min(PER_GENERATOR, workers - i * PER_GENERATOR);
      gens.procs.push(startFixture(GENERATOR, {
        execArgv: ["--import", "tsx"],
        env: {
          LOAD_API_URL: d.api.httpUrl, LOAD_COUNT: String(count), LOAD_ID: `g${i}`, LOAD_LOCAL_ADDRESSES: row.addresses[i],
          LOAD_SIGNING_KEY: SIGNING_KEY, LOAD_RAMP: String(Math.ceil(RAMP / generators)), LOAD_START_SOCKETS: String(START_SOCKETS),
        },
      }));
      gens.addresses.push(row.addresses[i]);
    }
    await waitFor(() => gens.procs.length > 0 && gens.total("ready") >= workers, {
      timeoutMs: Math.max(120_000, workers * 10), intervalMs: 250, what: `${workers} workers READY`,
    }).catch((err) => {
      throw new Error(`${reasonOf(err)} (${gens.total("ready")} READY; failures ${JSON.stringify(gens.failures())})`);
    });
    row.rampSeconds = (gens.max("lastReadyAt") - t0) / 1000;
    row.rampFailures = gens.failures();
    log(`    ${workers} READY in ${row.rampSeconds.toFixed(1)} s (failed attempts: ${JSON.stringify(row.rampFailures)})`);

    // Idle phase.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const pids = [
      ...dep.gateways.map((g) => ({ role: g.name, pid: g.pid! })), { role: "api", pid: d.api.pid! }, { role: "executor", pid: d.executor.pid! },
      { role: "nats-server", pid: d.nats.pid! },
    ];
    await gens.fresh(now());
    const before = { t: now(), cpu: cpuTimes(pids.map((p) => p.pid)), puts: await kvPuts(d), hb: gens.total("heartbeatsSent"),
      hbOk: gens.total("heartbeatsAnswered"), status: gens.total("statusSent"), failures: gens.failures() };
    await new Promise((r) => setTimeout(r, idleMs));
    await gens.fresh(now());
    const after = { t: now(), cpu: cpuTimes(pids.map((p) => p.pid)), puts: await kvPuts(d), hb: gens.total("heartbeatsSent"),
      hbOk: gens.total("heartbeatsAnswered"), status: gens.total("statusSent"), failures: gens.failures() };
    const secs = (after.t - before.t) / 1000;
    row.idleSeconds = secs;
    row.rssAfterKiB = gwPids().map(rssKiB);
    const held = await readyByGateway(d);
    row.held = dep.gateways.map((g) => held.get(g.gatewayId!) ?? 0);
    if (before.cpu && after.cpu) {
      const perRole = pids.map((p, i) => ({ role: p.role, msPerSec: (after.cpu![i] - before.cpu![i]) / secs }));
      const gw = perRole.filter((r) => r.role.startsWith("gateway"));
      row.idleCpu = [{ role: "gateways", msPerSec: sumOf(gw.map((r) => r.msPerSec)) }, ...perRole];
    }
    row.heartbeatsPerSec = (after.hb - before.hb) / secs;
    row.heartbeatsAnsweredPerSec = (after.hbOk - before.hbOk) / secs;
    row.statusPerSec = (after.status - before.status) / secs;
    row.kvPutsPerSec = (after.puts - before.puts) / secs;
    row.idleFailures = failuresSince(after.failures, before.failures);
    log(`    idle ${secs.toFixed(1)} s: gateway RSS ${row.rssBeforeKiB.map((k) => (k / 1024).toFixed(0)).join("/")} → ${row.rssAfterKiB.map((k) => (k / 1024).toFixed(0)).join("/")} MiB `
      + `holding ${row.held.join("/")}; ${row.heartbeatsPerSec.toFixed(0)} heartbeats/s, ${row.kvPutsPerSec.toFixed(0)} KV puts/s`);

    // Restart: kill -9 every gateway, start each again on its port.
    const killedAt = Date.now();
    const k0 = now();
    const lostBefore = gens.total("lost");
    const attemptsBefore = gens.total("attempts");
    const failuresBefore = gens.failures();
    const others = [{ role: "api", pid: d.api.pid! }, { role: "executor", pid: d.executor.pid! }, { role: "nats-server", pid: d.nats.pid! },
      ...gens.procs.map((g) => ({ role: "generators", pid: g.proc.pid! }))];
    const cpuBefore = cpuTimes(others.map((p) => p.pid));
    const watch = await watchReady(d, workers, killedAt, k0, RESTART_LIMIT_MS);
    try {
      await Promise.all(dep.gateways.map((g) => g.kill9()));
      await Promise.all(dep.gateways.map((g) => g.start()));
      row.bootSeconds = (now() - k0) / 1000;
      const back = await waitFor(() => gens.total("lost") - lostBefore >= workers && gens.total("ready") >= workers && gens.max("lastReadyAt") > k0, {
        timeoutMs: RESTART_LIMIT_MS - (now() - k0), intervalMs: 100, what: `${workers} workers READY again`,
      }).then(() => true, () => false);
      if (back) row.workersReadySeconds = (gens.max("lastReadyAt") - k0) / 1000;
      else row.restartIncomplete = `${gens.total("ready")} of ${workers} READY after ${RESTART_LIMIT_MS / 1000} s`;
      const cpuAfter = cpuTimes(others.map((p) => p.pid));
      const gwCpu = cpuTimes(gwPids());
      if (cpuBefore && cpuAfter && gwCpu) {
        const byRole = new Map<string, number>([["gateways", sumOf(gwCpu)]]);
        others.forEach((p, i) => byRole.set(p.role, (byRole.get(p.role) ?? 0) + cpuAfter[i] - cpuBefore[i]));
        row.restartCpu = [...byRole].map(([role, ms]) => ({ role, ms }));
      }
      const marks = await watch.done.catch(() => undefined);
      if (marks) row.stateReadySeconds = { p50: marks.p50 / 1000, p90: marks.p90 / 1000, p100: marks.p100 / 1000 };
    } finally {
      watch.stop();
    }
    await gens.fresh(now());
    row.restartAttempts = gens.total("attempts") - attemptsBefore;
    row.restartFailures = failuresSince(gens.failures(), failuresBefore);
    log(`    restart: gateways up ${row.bootSeconds.toFixed(1)} s, workers READY ${row.restartIncomplete ?? `${f(row.workersReadySeconds)} s`}, `
      + `connect state READY ${f(row.stateReadySeconds?.p100)} s after the kill (${row.restartAttempts} attempts, unsuccessful by reason: ${JSON.stringify(row.restartFailures)})`);
    await new Promise((r) => setTimeout(r, 10_000));
    row.rssRestartedKiB = gwPids().map(rssKiB);
    const heldAgain = await readyByGateway(d);
    row.heldRestarted = dep.gateways.map((g) => heldAgain.get(g.gatewayId!) ?? 0);
  } catch (err) {
    row.status = "failed";
    row.reason = reasonOf(err);
    log(`    failed: ${row.reason}`);
  } finally {
    await gens.stop();
    await d?.stop();
  }
  return row;
}

export async function measureConnections(o: { single: number; spread: number; idleSeconds: number; log: (line: string) => void }): Promise<ConnectionsResult> {
  const load0 = loadavg()[0];
  const rows: ConnectionsRow[] = [];
  o.log(`  1 gateway, ${o.single} workers`);
  rows.push(await measureRow(`1 gateway, ${o.single.toLocaleString("en-US")} workers`, 1, o.single, o.idleSeconds * 1000, o.log));
  o.log(`  3 gateways, ${o.spread} workers`);
  rows.push(await measureRow(`3 gateways, ${o.spread.toLocaleString("en-US")} workers`, 3, o.spread, o.idleSeconds * 1000, o.log));
  return { rows, fdLimit: fdLimit(), load: [load0, loadavg()[0]] };
}

// ---------------------------------------------------------------------------------------------
// Presentation

export const CONNECTIONS_TITLE = "Connections: idle workers per gateway and the reconnect storm";
/** Issue 13, point 5. */
const TARGET_KB_PER_CONNECTION = 10;
const TARGET_READY_SECONDS = 15;

const f = (v: number | undefined, digits = 1) => (v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(digits));
const list = (xs: number[] | undefined, fmt: (v: number) => string) => (xs?.length ? xs.map(fmt).join(" / ") : "–");
const failureText = (x: Failures | undefined) => {
  const e = Object.entries(x ?? {});
  return e.length ? e.map(([k, v]) => `${k} ${v}`).join(", ") : "0";
};
/** KB (1,000 bytes) of RSS growth per connection held, over all gateways of the row. */
function perConnectionKB(before: number[] | undefined, after: number[] | undefined, held: number[] | undefined): number | undefined {
  if (!before || !after || !held || sumOf(held) === 0) return undefined;
  return (sumOf(after.map((a, i) => a - before[i])) * 1024) / 1000 / sumOf(held);
}
const verdict = (v: number | undefined, target: number) => (v === undefined ? "" : v <= target ? " ✓" : " ✗");

export function connectionsSection(r: ConnectionsResult): string {
  const cpu = (x: ConnectionsRow, role: string) => f(x.idleCpu?.find((c) => c.role === role)?.msPerSec, 0);
  const memRows = r.rows.map((x) => {
    if (x.status !== "ok") return `| ${x.label} | ${x.gateways} | ${x.generators} | – | – | – | – | – | – | failed: ${x.reason} |`;
    const kb = perConnectionKB(x.rssBeforeKiB, x.rssAfterKiB, x.held);
    const kbRestarted = perConnectionKB(x.rssBeforeKiB, x.rssRestartedKiB, x.heldRestarted);
    return `| ${x.label} | ${x.gateways} | ${x.generators} (${x.addresses[0]}–${x.addresses.at(-1)}) | ${f(x.rampSeconds)} | ${list(x.held, String)} | `
      + `${list(x.rssBeforeKiB, (k) => (k / 1024).toFixed(0))} | ${list(x.rssAfterKiB, (k) => (k / 1024).toFixed(0))} | ${f(kb, 2)}${verdict(kb, TARGET_KB_PER_CONNECTION)} | `
      + `${f(kbRestarted, 2)}${verdict(kbRestarted, TARGET_KB_PER_CONNECTION)} | ${failureText(x.rampFailures)} |`;
  });
  const idleRows = r.rows.filter((x) => x.status === "ok").map((x) => {
    const perHb = x.kvPutsPerSec !== undefined && x.heartbeatsPerSec ? x.kvPutsPerSec / x.heartbeatsPerSec : undefined;
    const gwShare = x.idleCpu?.find((c) => c.role === "gateways")?.msPerSec;
    return `| ${x.label} | ${f(x.idleSeconds, 0)} | ${f(x.heartbeatsPerSec, 0)} | ${f(x.heartbeatsAnsweredPerSec, 0)} | ${f(x.statusPerSec, 0)} | ${f(x.kvPutsPerSec, 0)} | ${f(perHb, 2)} | `
      + `${cpu(x, "gateways")}${x.gateways > 1 ? ` (${x.idleCpu?.filter((c) => c.role.startsWith("gateway-")).map((c) => c.msPerSec.toFixed(0)).join(" + ")})` : ""} | `
      + `${f(gwShare !== undefined ? (gwShare * 1000) / x.workers : undefined, 2)} | ${cpu(x, "api")} | ${cpu(x, "executor")} | ${cpu(x, "nats-server")} | ${failureText(x.idleFailures)} |`;
  });
  const restartRows = r.rows.filter((x) => x.status === "ok").map((x) => {
    const s = x.stateReadySeconds;
    const workersReady = x.restartIncomplete ? `✗ ${x.restartIncomplete}` : `${f(x.workersReadySeconds)}${verdict(x.workersReadySeconds, TARGET_READY_SECONDS)}`;
    return `| ${x.label} | ${f(x.bootSeconds)} | ${workersReady} | ${f(s?.p50)} / ${f(s?.p90)} / ${f(s?.p100)}${verdict(s?.p100, TARGET_READY_SECONDS)} | `
      + `${list(x.heldRestarted, String)} | ${x.restartAttempts ?? "–"} | ${failureText(x.restartFailures)} |`;
  });
  const STORM_ROLES = ["gateways", "api", "executor", "nats-server", "generators"];
  const stormRows = r.rows.filter((x) => x.status === "ok" && x.restartCpu).map((x) => {
    const ms = (role: string) => x.restartCpu!.find((c) => c.role === role)?.ms;
    const total = sumOf(x.restartCpu!.map((c) => c.ms));
    const seconds = x.workersReadySeconds ?? RESTART_LIMIT_MS / 1000;
    return `| ${x.label} | ${STORM_ROLES.map((role) => `${f(ms(role), 0)} (${f((ms(role) ?? Number.NaN) / x.workers, 2)})`).join(" | ")} | `
      + `${f(total / 1000 / seconds, 2)} |`;
  });
  return `## ${CONNECTIONS_TITLE}

**Target** (issue 13, point 5): one gateway process holds 50,000 idle connected workers with
heartbeats at ≤ ${TARGET_KB_PER_CONNECTION} KB of RSS each; after a gateway restart all are READY again in ≤ ${TARGET_READY_SECONDS} s.

**The machine's limit.** Every process here may hold at most ${r.fdLimit.soft} file descriptors (\`ulimit -n\`: soft
${r.fdLimit.soft}, hard ${r.fdLimit.hard}; raising it needs CAP_SYS_RESOURCE, which this machine does not grant), so no
process can hold 50,000 sockets: one gateway process cannot be given 50,000 workers here. The suite
measures instead (a) one gateway process at the largest count that limit allows, and (b) 50,000
workers on the machine across 3 gateway processes (at most ${MAX_PER_GATEWAY.toLocaleString("en-US")} each,
\`--max-worker-connections\`), to show what one connection costs a gateway and that it does not
grow with the count. A gateway on a host with a higher limit holds more the same way.

**Method.** A private nats-server; separate \`tether api\`, \`tether gateway\` (1 or 3) and \`tether
executor\` processes on it, with keys, as deployed (\`--log-level info\`). The workers are simulated by
\`bench/workers/connect-load.ts\`: ${PER_GENERATOR.toLocaleString("en-US")} per generator process, each generator from a loopback
source address of its own (127.0.0.2, .3, … — one address has about 28,000 ephemeral ports). Each
simulated worker speaks the protocol as Tether's SDK does: \`POST /v0/connect/start\` (the
generator's start calls share a keep-alive pool of ${START_SOCKETS} connections to the API), the WebSocket,
HELLO → WORKER_CONNECT → CONNECTION_READY → WORKER_READY within 10 s, WORKER_HEARTBEAT every
\`heartbeat_interval\` (10 s) and WORKER_STATUS every \`status_interval\` (5 s); a connection lost after
10 s reconnects at once, a failed attempt backs off 1, 2, 5, 10 … s ±20 % (the SDK's table and
jitter). They run no functions. The workers first connect ${RAMP} handshakes at a time over all generators
("ramp"); after ${SETTLE_MS / 1000} s, an idle phase in which only heartbeats and status reports flow; then every
gateway is killed (\`kill -9\`) and started again on its port, and all workers reconnect at once.

- **RSS** is \`VmRSS\` of the gateway process (\`/proc/<pid>/status\`): idle before any worker, at the
  end of the idle phase, and 10 s after the restarted process has every worker READY again. "KB per
  connection" = the growth over all gateways of the row / the connections they hold READY (read from
  the connect state), in KB of 1,000 bytes; the target's ✓/✗ beside it.
- **Idle phase**: heartbeats sent and answered, WORKER_STATUS frames and puts into the connect
  state's \`connections\` bucket (its stream's sequence) per second, over the whole machine; CPU
  (user + system, \`/proc/<pid>/stat\`) per role in ms per second (1,000 = one core busy).
- **Restart**: from the kill to every restarted gateway answering \`/ready\` ("gateways up"); to the
  last simulated worker sending WORKER_READY ("workers READY"); and to the connect state holding
  50 % / 90 % / all of the connections, made by the new processes, as READY (a KV watch in the bench
  process: what an executor routes by). Attempts counts every start call made by the workers during
  the storm; failed ones by reason (\`start_<status or error>\`, \`ws_<error>\` (no socket), \`upgrade_<status>\`,
  \`closed_<code>\`, \`handshake_timeout_<step>\` — the SDK's 10 s deadline caught the socket before it
  opened (\`open\`), before GATEWAY_HELLO (\`hello\`) or before GATEWAY_CONNECTION_READY (\`ready\`) —,
  \`sync_failed\`).

All processes share the machine's CPUs; the 1-minute load average was ${r.load[0].toFixed(2)} before the suite
and ${r.load[1].toFixed(2)} after it.

| setup | gateways | generators (source addresses) | ramp s | READY per gateway | gateway RSS before MiB | after MiB | KB per connection | KB per connection after restart | failed attempts in the ramp |
|---|---:|---|---:|---:|---:|---:|---:|---:|---|
${memRows.join("\n")}

**Idle phase** (per second):

| setup | seconds | heartbeats | answered | WORKER_STATUS | connect-state puts | puts per heartbeat | gateway CPU ms/s | gateway CPU µs/s per connection | api CPU ms/s | executor CPU ms/s | nats-server CPU ms/s | failed |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
${idleRows.join("\n")}

**Restart** (seconds after \`kill -9\` of every gateway):

| setup | gateways up | workers READY | connect state READY 50 % / 90 % / all | READY per gateway after | start calls | failed attempts |
|---|---:|---:|---:|---:|---:|---|
${restartRows.join("\n")}

**CPU of the restart** (from the kill until every worker was READY again; the new gateway processes
from their start, their boot included): CPU ms by role, in brackets per reconnected worker; "cores
busy" = all of it / the seconds until the workers were READY. The generators' share is the
simulated workers' own (paid by the workers' hosts in a deployment, here by the same 2 CPUs).

| setup | ${STORM_ROLES.join(" | ")} | cores busy |
|---|${STORM_ROLES.map(() => "---:").join("|")}|---:|
${stormRows.join("\n")}

**What bounds these numbers** (from CPU and heap profiles of the gateway under this suite):
- *Every NATS process mirrors every connection.* \`NatsConnectState\` (src/state/nats-connect-state.ts)
  watches the whole \`connections\` bucket in each process that opens it — gateways, API and
  executors — though only executors list connections. Each heartbeat's put is parsed by every
  process, and each gateway keeps a copy of every record, other gateways' included, which it
  replaces every heartbeat: old-generation garbage that lets V8 grow the heap, so RSS grows
  well beyond what the live heap holds. Starting the mirror on the first
  \`listConnections()\` (which only executors call) takes it out of gateways and API processes.
- *One connect-state put per heartbeat per connection*: routing takes a connection whose last
  heartbeat is under 20 s old (2 × the 10 s interval), so each heartbeat is written; the puts per
  heartbeat column shows it.
- *The storm*: the SDK reconnects at once, then backs off 1, 2, 5, 10 s ±20 %, so the workers
  come back in waves a few hundred milliseconds wide, and gives a handshake 10 s from the socket's
  creation. A wave larger than the machine handshakes in 10 s times out (\`handshake_timeout_open\`:
  not even accepted yet) and comes back 5 or 10 s later; the gateway refuses upgrades while its
  oldest handshake waited over 6 s, but time spent in the kernel's accept queue is out of its
  sight. Every process here, the simulated workers included, shares the same 2 CPUs.`;
}
