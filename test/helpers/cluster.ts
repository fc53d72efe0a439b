// A distributed Tether cluster made of real processes, for fault-injection tests: a private
// nats-server (JetStream in a temp dir), 1 API, 2 gateways and 2 executors (each a separate
// `node bin/tether.js <role>` on one `--nats-prefix` of its own) and N worker processes
// (test/e2e/fixtures/fault-worker.ts). Every process can be killed -9, stopped with SIGTERM and
// started again; all output is captured per process; `teardown()` kills everything, and a
// process `exit` hook SIGKILLs whatever a failed test left behind.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect as tcpConnect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./ports.ts";
import { ROOT } from "./server-process.ts";
import { waitFor } from "./wait.ts";

/** Every child this module started and that has not exited yet, and the temp dirs not removed yet. */
const liveChildren = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let exitHookInstalled = false;
function track(p: ChildProcess): void {
  liveChildren.add(p);
  p.once("exit", () => liveChildren.delete(p));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Last resort when a test fails before its teardown ran, or the runner stops this process:
    // never leave servers (or their data) behind.
    const killAll = () => {
      for (const c of liveChildren) c.kill("SIGKILL");
      for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
    };
    process.once("exit", killAll);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        killAll();
        process.kill(process.pid, signal);
      });
    }
  }
}

export interface ProcessLine {
  at: number;
  stream: "stdout" | "stderr";
  text: string;
}

export type ExitInfo = { code: number | null; signal: NodeJS.Signals | null };

/** One managed child process: spawn, restart, signals, captured output split into lines. */
export class ManagedProcess {
  readonly name: string;
  readonly #command: string;
  readonly #args: string[];
  readonly #env: NodeJS.ProcessEnv;
  readonly #lines: ProcessLine[] = [];
  readonly #listeners = new Set<(l: ProcessLine) => void>();
  #proc?: ChildProcess;
  #exited: Promise<ExitInfo> = Promise.resolve({ code: null, signal: null });
  /** Number of times the process was spawned. */
  incarnation = 0;
  /** Exits nobody asked for (no kill9/term): crashes. */
  readonly crashes: { at: number; code: number | null; signal: NodeJS.Signals | null }[] = [];
  #stopping = false;

  constructor(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
    this.name = name;
    this.#command = command;
    this.#args = args;
    this.#env = env;
  }

  get pid(): number | undefined {
    return this.#proc?.pid;
  }

  get alive(): boolean {
    return this.#proc !== undefined && this.#proc.exitCode === null && this.#proc.signalCode === null;
  }

  /** Resolves when the current incarnation exits. */
  get exited(): Promise<ExitInfo> {
    return this.#exited;
  }

  /** Spawns the process (again). Line listeners stay attached across incarnations. */
  spawn(): void {
    if (this.alive) throw new Error(`${this.name} is already running (pid ${this.pid})`);
    const p = spawn(this.#command, this.#args, { cwd: ROOT, env: this.#env, stdio: ["ignore", "pipe", "pipe"] });
    this.#proc = p;
    this.incarnation++;
    track(p);
    this.#stopping = false;
    this.#exited = new Promise((resolve) => p.once("exit", (code, signal) => {
      if (!this.#stopping) {
        this.crashes.push({ at: Date.now(), code, signal });
        this.#push("stderr", `[cluster] exited unexpectedly (${code ?? signal})`);
      }
      resolve({ code, signal });
    }));
    p.once("error", (err) => this.#push("stderr", `spawn failed: ${err.message}`));
    this.#pipe(p.stdout!, "stdout");
    this.#pipe(p.stderr!, "stderr");
    this.#push("stderr", `[cluster] spawned pid ${p.pid} (incarnation ${this.incarnation})`);
  }

  /** SIGKILL; resolves once the process is gone. */
  async kill9(): Promise<void> {
    if (!this.alive) return;
    this.#stopping = true;
    this.#push("stderr", `[cluster] kill -9 ${this.pid}`);
    this.#proc!.kill("SIGKILL");
    await this.#exited;
  }

  /** SIGTERM and wait for the exit; SIGKILL after `timeoutMs`. */
  async term(timeoutMs = 30_000): Promise<ExitInfo> {
    if (!this.alive) return this.#exited;
    this.#stopping = true;
    this.#push("stderr", `[cluster] SIGTERM ${this.pid}`);
    this.#proc!.kill("SIGTERM");
    const t = setTimeout(() => {
      this.#push("stderr", `[cluster] no exit ${timeoutMs} ms after SIGTERM: SIGKILL`);
      this.#proc?.kill("SIGKILL");
    }, timeoutMs);
    try {
      return await this.#exited;
    } finally {
      clearTimeout(t);
    }
  }

  /** Subscribes to every future line (all incarnations); returns the unsubscribe function. */
  onLine(fn: (l: ProcessLine) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /**
   * Resolves with the first line (from now on, or already seen in this incarnation when
   * `includeSeen`) matching `pred`; rejects on timeout or when the process exits first.
   */
  waitForLine(pred: (text: string) => boolean, opts: { timeoutMs?: number; what?: string; since?: number } = {}): Promise<string> {
    const since = opts.since ?? Number.NEGATIVE_INFINITY;
    const seen = this.#lines.find((l) => l.at >= since && pred(l.text));
    if (seen) return Promise.resolve(seen.text);
    const what = opts.what ?? "a matching line";
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (err?: Error, text?: string) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        off();
        if (err) reject(err);
        else resolve(text!);
      };
      const off = this.onLine((l) => {
        if (pred(l.text)) finish(undefined, l.text);
      });
      const timer = setTimeout(() => finish(new Error(`${this.name}: timed out waiting for ${what}\n${this.tail(30)}`)), opts.timeoutMs ?? 20_000);
      this.#exited.then((e) => {
        if (!this.alive) finish(new Error(`${this.name} exited (${e.code ?? e.signal}) while waiting for ${what}\n${this.tail(30)}`));
      });
    });
  }

  /** All captured lines, each prefixed with its time. */
  output(): string {
    return this.#lines.map((l) => `${new Date(l.at).toISOString()} ${l.stream === "stderr" ? "!" : " "} ${l.text}`).join("\n");
  }

  /** The last `n` lines (failure messages). */
  tail(n: number): string {
    return this.#lines.slice(-n).map((l) => `  ${this.name}| ${l.text.length > 300 ? `${l.text.slice(0, 300)}…` : l.text}`).join("\n");
  }

  #pipe(stream: NodeJS.ReadableStream, name: "stdout" | "stderr"): void {
    let buf = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      buf += chunk;
      let i: number;
      while ((i = buf.indexOf("\n")) >= 0) {
        this.#push(name, buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
    stream.on("end", () => {
      if (buf) this.#push(name, buf);
      buf = "";
    });
  }

  #push(stream: "stdout" | "stderr", text: string): void {
    const l = { at: Date.now(), stream, text };
    this.#lines.push(l);
    for (const fn of this.#listeners) fn(l);
  }
}

/** Parses a JSON log line; undefined for anything else. */
export function parseJsonLine(text: string): Record<string, any> | undefined {
  if (!text.startsWith("{")) return undefined;
  try {
    return JSON.parse(text) as Record<string, any>;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// nats-server

export class NatsProcess extends ManagedProcess {
  readonly port: number;
  /** HTTP monitoring port (`/connz`). */
  readonly monitorPort: number;
  readonly dataDir: string;
  readonly url: string;

  constructor(port: number, monitorPort: number, dataDir: string) {
    super("nats", "nats-server", ["-a", "127.0.0.1", "-p", String(port), "-m", String(monitorPort), "-js", "-sd", dataDir]);
    this.port = port;
    this.monitorPort = monitorPort;
    this.dataDir = dataDir;
    this.url = `nats://127.0.0.1:${port}`;
  }

  /** Names of the clients connected now (Tether roles connect as `tether-<role>`). */
  async clientNames(): Promise<string[]> {
    const r = await fetch(`http://127.0.0.1:${this.monitorPort}/connz?limit=1024`);
    const body = (await r.json()) as { connections?: { name?: string }[] };
    return (body.connections ?? []).map((c) => c.name ?? "");
  }

  /** Spawns nats-server and waits until its port accepts connections. */
  async start(): Promise<void> {
    this.spawn();
    await waitFor(async () => {
      if (!this.alive) throw new Error(`nats-server exited\n${this.tail(20)}`);
      return tcpOpen(this.port);
    }, { timeoutMs: 10_000, what: "nats-server to listen" });
  }

  /** Graceful stop (SIGTERM), then start again on the same port and data dir. */
  async restart(): Promise<void> {
    await this.term(10_000);
    await this.start();
  }
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tcpConnect(port, "127.0.0.1", () => {
      s.destroy();
      resolve(true);
    });
    s.on("error", () => resolve(false));
  });
}

// ---------------------------------------------------------------------------------------------
// Tether role processes

export type Role = "api" | "gateway" | "executor";

export class RoleProcess extends ManagedProcess {
  readonly role: Role;
  /** HTTP port: the API port for `api`, the WebSocket port for `gateway`. */
  readonly port?: number;
  /** Gateway id of the current incarnation (gateways only), from its "gateway listening" log. */
  gatewayId?: string;
  #readySince = 0;

  constructor(name: string, role: Role, args: string[], port?: number) {
    super(name, process.execPath, [join(ROOT, "bin", "tether.js"), role, ...args]);
    this.role = role;
    this.port = port;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Spawns the role and waits for "tether is ready" (plus /health or /ready for HTTP roles). */
  async start(): Promise<void> {
    this.#readySince = Date.now();
    this.gatewayId = undefined;
    this.spawn();
    await this.waitForLine((t) => parseJsonLine(t)?.msg === "tether is ready", {
      since: this.#readySince, timeoutMs: 30_000, what: `${this.name} to be ready`,
    });
    if (this.role === "gateway") {
      const listening = await this.waitForLine((t) => parseJsonLine(t)?.msg === "gateway listening", {
        since: this.#readySince, timeoutMs: 5_000, what: "the gateway id",
      });
      this.gatewayId = parseJsonLine(listening)!.gatewayId as string;
      await waitFor(async () => (await fetch(`${this.httpUrl}/ready`)).ok, { timeoutMs: 10_000, what: `${this.name} /ready` });
    }
    if (this.role === "api") {
      await waitFor(async () => (await fetch(`${this.httpUrl}/health`)).ok, { timeoutMs: 10_000, what: `${this.name} /health` });
    }
  }

  async restart(): Promise<void> {
    await this.kill9();
    await this.start();
  }
}

// ---------------------------------------------------------------------------------------------
// Worker processes

/** One step execution reported by a worker (test/e2e/fixtures/fault-worker.ts). */
export interface StepExecution {
  run: string;
  step: string;
  pid: number;
  /** Worker clock (ms epoch) when the step's code started. */
  t: number;
  /** Worker clock when the handler was called for the request this execution belongs to. */
  req: number;
  worker: string;
}

export class WorkerProcess extends ManagedProcess {
  readonly instanceId: string;
  /** Gateway id (group) of the active connection; undefined while reconnecting. */
  gatewayGroup?: string;
  /** Step executions started and not finished in the current incarnation (`run/step`). */
  readonly inFlight = new Set<string>();
  #startedAt = 0;

  constructor(name: string, instanceId: string, apiUrl: string, executions: StepExecution[], env: Record<string, string> = {}) {
    super(name, process.execPath, ["--import", "tsx", join(ROOT, "test", "e2e", "fixtures", "fault-worker.ts")],
      { ...process.env, ...env, TETHER_BASE_URL: apiUrl, FAULT_WORKER_ID: instanceId });
    this.instanceId = instanceId;
    this.onLine((l) => {
      const o = parseJsonLine(l.text);
      if (!o) return;
      if (typeof o.run === "string" && typeof o.step === "string") {
        const key = `${o.run}/${o.step}`;
        if (o.done) this.inFlight.delete(key);
        else {
          this.inFlight.add(key);
          executions.push({ run: o.run, step: o.step, pid: o.pid, t: o.t, req: o.req ?? o.t, worker: this.name });
        }
      } else if (o.msg === "gateway connection active") {
        this.gatewayGroup = o.gatewayGroup;
      } else if (o.msg === "reconnecting") {
        this.gatewayGroup = undefined;
      }
    });
  }

  /** Spawns the worker and waits until its first gateway connection is active. */
  async start(): Promise<void> {
    this.#startedAt = Date.now();
    this.inFlight.clear();
    this.gatewayGroup = undefined;
    this.spawn();
    await this.waitForLine((t) => parseJsonLine(t)?.ready === true, { since: this.#startedAt, timeoutMs: 30_000, what: `${this.name} to connect` });
  }

  override async kill9(): Promise<void> {
    await super.kill9();
    this.inFlight.clear();
    this.gatewayGroup = undefined;
  }

  async restart(): Promise<void> {
    await this.kill9();
    await this.start();
  }
}

// ---------------------------------------------------------------------------------------------
// The cluster

export interface ClusterOptions {
  /** Worker processes. @default 4 */
  workers?: number;
  /** Short name used in the NATS prefix and the log directory. */
  name: string;
  /** Extra flags for every role process. */
  roleArgs?: string[];
  /** Extra environment for the worker processes (e.g. `FAULT_CHECKPOINTING: "false"`). */
  workerEnv?: Record<string, string>;
}

/**
 * Flags for every role, shortened so faults resolve within seconds: orphan grace 2 s, request
 * lease 10 s (extended every 2.5 s; a forward lost in transit times out after lease + 10 s),
 * linear retries every 0.2 s, gateway drain grace 10 s. The job lease (JetStream ack wait) is the
 * default (8 s, renewed every 2 s), so the executor fail-over the scenarios see is the shipped one.
 */
export const FAULT_ROLE_FLAGS = [
  "--orphan-grace-ms", "2000", "--lease-ms", "10000", "--retry-interval", "0.2", "--drain-grace-ms", "10000",
];

/** Keys of every role and worker: a cluster runs closed, as deployed (DESIGN.md invariant 6). */
export const CLUSTER_SIGNING_KEY = "signkey-test-8f2d6c1e9a7b5d3f0e4c2a6b8d1f3e5a";
export const CLUSTER_EVENT_KEY = "test";
const AUTH = { authorization: `Bearer ${CLUSTER_SIGNING_KEY}` };

export interface ClusterRun {
  run_id: string;
  status: string;
  output: unknown;
  event_id: string | null;
  ended_at: string | null;
}

export interface ClusterRunDetail extends ClusterRun {
  steps: { id: string; name: string | null; status: string; attempt: number; output: unknown; completed_at: string | null }[];
}

export class Cluster {
  readonly name: string;
  readonly prefix: string;
  readonly nats: NatsProcess;
  readonly api: RoleProcess;
  readonly gateways: RoleProcess[];
  readonly executors: RoleProcess[];
  readonly workers: WorkerProcess[];
  /** Every step execution any worker reported, in arrival order. */
  readonly executions: StepExecution[];
  #tornDown?: Promise<void>;

  private constructor(o: {
    name: string; prefix: string; nats: NatsProcess; api: RoleProcess; gateways: RoleProcess[]; executors: RoleProcess[];
    workers: WorkerProcess[]; executions: StepExecution[];
  }) {
    this.name = o.name;
    this.prefix = o.prefix;
    this.nats = o.nats;
    this.api = o.api;
    this.gateways = o.gateways;
    this.executors = o.executors;
    this.workers = o.workers;
    this.executions = o.executions;
  }

  /**
   * Starts NATS, then the API (so it hears every gateway announcement), then both gateways and
   * both executors, then the workers one by one (the API spreads them over the gateways).
   * Anything that fails to start is torn down before the error is thrown.
   */
  static async start(opts: ClusterOptions): Promise<Cluster> {
    const prefix = `f${opts.name.replace(/[^a-z0-9]/gi, "").toLowerCase().slice(0, 12)}${randomBytes(3).toString("hex")}`;
    const dataDir = mkdtempSync(join(tmpdir(), "tether-fault-nats-"));
    tempDirs.add(dataDir);
    const nats = new NatsProcess(await freePort(), await freePort(), dataDir);
    const common = ["--nats", nats.url, "--nats-prefix", prefix, "--host", "127.0.0.1", "--log-level", process.env.FAULT_LOG_LEVEL ?? "info",
      "--signing-key", CLUSTER_SIGNING_KEY, "--event-key", CLUSTER_EVENT_KEY, ...FAULT_ROLE_FLAGS, ...(opts.roleArgs ?? [])];
    const apiPort = await freePort();
    const api = new RoleProcess("api", "api", [...common, "--port", String(apiPort)], apiPort);
    const gateways: RoleProcess[] = [];
    for (let i = 1; i <= 2; i++) {
      const port = await freePort();
      gateways.push(new RoleProcess(`gateway-${i}`, "gateway", [...common, "--gateway-port", String(port)], port));
    }
    const executors = [1, 2].map((i) => new RoleProcess(`executor-${i}`, "executor", common));
    const executions: StepExecution[] = [];
    const workers = Array.from({ length: opts.workers ?? 4 }, (_, i) =>
      new WorkerProcess(`worker-${i + 1}`, `${prefix}-worker-${i + 1}`, api.httpUrl, executions, { TETHER_SIGNING_KEY: CLUSTER_SIGNING_KEY, ...opts.workerEnv }));
    const cluster = new Cluster({ name: opts.name, prefix, nats, api, gateways, executors, workers, executions });
    try {
      await nats.start();
      await api.start();
      await Promise.all([...gateways, ...executors].map((p) => p.start()));
      for (const w of workers) await w.start();
    } catch (err) {
      const dir = cluster.dumpLogs();
      await cluster.teardown();
      throw new Error(`cluster ${opts.name} did not start (logs in ${dir}): ${(err as Error).message}`);
    }
    return cluster;
  }

  get apiUrl(): string {
    return this.api.httpUrl;
  }

  get processes(): ManagedProcess[] {
    return [...this.workers, this.api, ...this.gateways, ...this.executors, this.nats];
  }

  gatewayById(id: string | undefined): RoleProcess | undefined {
    return this.gateways.find((g) => g.gatewayId === id);
  }

  /** Workers whose active connection is on `gateway`. */
  workersOn(gateway: RoleProcess): WorkerProcess[] {
    return this.workers.filter((w) => w.alive && w.gatewayGroup !== undefined && w.gatewayGroup === gateway.gatewayId);
  }

  /** `POST /e/{key}` with an array; returns the event ids. Throws unless the API answered 200. */
  async sendEvents(events: unknown[], key = CLUSTER_EVENT_KEY): Promise<string[]> {
    const r = await fetch(`${this.apiUrl}/e/${key}`, { method: "POST", body: JSON.stringify(events) });
    const body = (await r.json()) as { ids?: string[]; status?: number };
    if (r.status !== 200 || !Array.isArray(body.ids) || body.ids.length !== events.length) {
      throw new Error(`POST /e/${key} answered ${r.status}: ${JSON.stringify(body).slice(0, 500)}`);
    }
    return body.ids;
  }

  async getJson<T = any>(path: string): Promise<{ status: number; body: T }> {
    const r = await fetch(this.apiUrl + path, { headers: AUTH });
    return { status: r.status, body: (await r.json()) as T };
  }

  /** `GET /v1/events/{id}/runs` for many events, `concurrency` requests at a time. */
  async runsForEvents(eventIds: string[], concurrency = 24): Promise<Map<string, ClusterRun[]>> {
    const out = new Map<string, ClusterRun[]>();
    await mapLimit(eventIds, concurrency, async (id) => {
      const { status, body } = await this.getJson<{ data: ClusterRun[] }>(`/v1/events/${id}/runs`);
      if (status !== 200) throw new Error(`GET /v1/events/${id}/runs answered ${status}`);
      out.set(id, body.data);
    });
    return out;
  }

  /** `GET /v1/runs/{id}` (with steps) for many runs. */
  async runDetails(runIds: string[], concurrency = 24): Promise<Map<string, ClusterRunDetail>> {
    const out = new Map<string, ClusterRunDetail>();
    await mapLimit(runIds, concurrency, async (id) => {
      const { status, body } = await this.getJson<{ data: ClusterRunDetail }>(`/v1/runs/${id}`);
      if (status !== 200) throw new Error(`GET /v1/runs/${id} answered ${status}`);
      out.set(id, body.data);
    });
    return out;
  }

  /** Writes every process's output to a directory under the OS temp dir; returns its path. */
  dumpLogs(): string {
    const dir = join(tmpdir(), `tether-fault-logs-${this.prefix}`);
    mkdirSync(dir, { recursive: true });
    for (const p of this.processes) writeFileSync(join(dir, `${p.name}.log`), p.output());
    return dir;
  }

  /** Kills every process (-9: nothing here needs a graceful exit) and removes NATS's data dir. */
  teardown(): Promise<void> {
    this.#tornDown ??= (async () => {
      await Promise.all(this.processes.map((p) => p.kill9()));
      rmSync(this.nats.dataDir, { recursive: true, force: true });
      tempDirs.delete(this.nats.dataDir);
    })();
    return this.#tornDown;
  }
}

export function startCluster(opts: ClusterOptions): Promise<Cluster> {
  return Cluster.start(opts);
}

/** Runs `fn` over `items` with at most `limit` promises pending. */
export async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  await Promise.all(lanes);
}
