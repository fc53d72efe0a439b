// Where the flow-control tests run the official SDK's functions (test/conformance/fixtures/
// official-sets-worker.mjs, FUNCTIONS=flow or failover): one `tether dev` process with one worker,
// or a cluster of real processes (test/helpers/cluster.ts: nats-server, 1 API, 2 gateways, 2
// executors) with several workers spread over both gateways. Either way the test sees one event
// API, one REST API and the lines of every worker merged, each tagged with its worker's index; the
// workers run on this machine, so their Date.now() stamps share a clock.
import { join } from "node:path";
import { type Cluster, CLUSTER_SIGNING_KEY, parseJsonLine, startCluster } from "./cluster.ts";
import { type FixtureLine, type FixtureProcess, startFixture } from "./official-sdk-worker.ts";
import { startTether, type TetherProcess } from "./server-process.ts";
import { waitFor } from "./wait.ts";

/** Connections a worker may make to land on a gateway no other worker uses. */
const MAX_SPREAD_ATTEMPTS = 5;
const WORKER = join(import.meta.dirname, "..", "conformance", "fixtures", "official-sets-worker.mjs");

export interface FlowEvent {
  name: string;
  data: Record<string, unknown>;
  /** The event's own id (de-duplication), when the test sets one. */
  id?: string;
}

export interface FlowDeployment {
  /** The app id the workers serve (function slugs are `<app>-<function id>`). */
  readonly app: string;
  /** Sends events in one request; returns their ids once the API accepted every one. */
  send(...events: FlowEvent[]): Promise<string[]>;
  /** `GET` on the REST API (authenticated where the deployment needs it); the parsed body. */
  getJson(path: string): Promise<any>;
  /** Every JSON line every worker printed so far, each with `worker`: the worker's index. */
  lines(): FixtureLine[];
  /** The first line (merged over the workers) that matches; rejects if a worker exits first. */
  waitForLine(match: (l: FixtureLine) => boolean, opts?: { timeoutMs?: number; what?: string }): Promise<FixtureLine>;
  /** Stops the workers, then the servers. */
  stop(): Promise<void>;
}

export interface FlowDeploymentOptions {
  app: string;
  /** The fixture's function set (official-sets-worker.mjs `FUNCTIONS`). @default "flow" */
  functionSet?: "flow" | "failover";
  /** Function ids the workers must have registered before the deployment counts as started. */
  functions: string[];
}

export interface LocalFlowDeployment extends FlowDeployment {
  readonly tether: TetherProcess;
  readonly worker: FixtureProcess;
}

export interface ClusterFlowDeployment extends FlowDeployment {
  readonly cluster: Cluster;
  readonly workers: FixtureProcess[];
}

/** `tether dev` (SQLite in memory) and one flow worker in dev mode. */
export async function startLocalFlow(opts: FlowDeploymentOptions): Promise<LocalFlowDeployment> {
  const tether = await startTether();
  const workers: FixtureProcess[] = [];
  const stop = async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await tether.stop();
  };
  try {
    workers.push(flowWorker(tether.apiUrl, opts));
    await workers[0].waitForLine((l) => l.type === "ready", { what: "flow worker ready" });
    const deployment = mergeWorkers(opts.app, workers, {
      send: (events) => sendLocal(tether, events),
      getJson: (path) => tether.getJson(path),
      stop,
    });
    await registered(deployment, opts.functions);
    return Object.assign(deployment, { tether, worker: workers[0] });
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * A cluster of real processes (both executors and both gateways) and `workers` flow workers in
 * cloud mode (the cluster runs closed), started one by one so the API spreads them over the
 * gateways; start fails unless every gateway serves at least one of them.
 */
export async function startClusterFlow(opts: FlowDeploymentOptions & { name: string; workers: number; roleArgs?: string[] }): Promise<ClusterFlowDeployment> {
  const cluster = await startCluster({ name: opts.name, workers: 0, roleArgs: opts.roleArgs });
  const workers: FixtureProcess[] = [];
  const stop = async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await cluster.teardown();
  };
  try {
    const gatewayOf = (w: FixtureProcess) =>
      cluster.gateways.find((g) => roleLogs(g, "worker connected").some((o) => o.instanceId === `${opts.app}-${w.proc.pid}`));
    for (let i = 0; i < opts.workers; i++) {
      for (let attempt = 1; ; attempt++) {
        const w = flowWorker(cluster.apiUrl, opts, CLUSTER_SIGNING_KEY);
        workers.push(w);
        await w.waitForLine((l) => l.type === "ready", { timeoutMs: 30_000, what: `flow worker ${i} ready` });
        const gateway = await waitFor(() => gatewayOf(w), { timeoutMs: 5_000, what: `flow worker ${i}'s gateway` });
        // Until the API has heard a gateway's announcement (every 2 s) it hands out only the
        // others: a worker sent to a busy gateway while one is idle connects again.
        const busy = workers.slice(0, -1).map(gatewayOf);
        const idle = cluster.gateways.some((g) => g !== gateway && !busy.includes(g));
        if (!busy.includes(gateway) || !idle || attempt === MAX_SPREAD_ATTEMPTS) break;
        await workers.pop()!.stop();
      }
    }
    const spread = new Set(workers.map(gatewayOf)).size;
    if (spread < Math.min(workers.length, cluster.gateways.length)) throw new Error(`the workers use ${spread} of the ${cluster.gateways.length} gateways`);
    const deployment = mergeWorkers(opts.app, workers, {
      send: (events) => cluster.sendEvents(events),
      getJson: async (path) => (await cluster.getJson(path)).body,
      stop,
    });
    await registered(deployment, opts.functions);
    return Object.assign(deployment, { cluster, workers });
  } catch (err) {
    const logs = cluster.dumpLogs();
    await stop();
    throw new Error(`flow cluster ${opts.name} did not start (logs in ${logs}): ${(err as Error).message}`);
  }
}

/** The JSON log lines with this `msg` a role process printed so far (every incarnation). */
export function roleLogs(p: Cluster["executors"][number], msg: string): Record<string, any>[] {
  return p.output().split("\n").map((l) => parseJsonLine(l.slice(Math.max(0, l.indexOf("{")))))
    .filter((o): o is Record<string, any> => o?.msg === msg);
}

/** One official-SDK worker serving the function set; with `signingKey` in cloud mode (a cluster runs closed). */
function flowWorker(apiUrl: string, opts: FlowDeploymentOptions, signingKey?: string): FixtureProcess {
  const env = { TETHER_API_URL: apiUrl, APP_ID: opts.app, FUNCTIONS: opts.functionSet ?? "flow" };
  return startFixture(WORKER, { env: signingKey ? { ...env, SIGNING_KEY: signingKey } : env });
}

async function sendLocal(tether: TetherProcess, events: FlowEvent[]): Promise<string[]> {
  const res = await tether.sendEvent(events);
  if (res.status !== 200 || res.ids?.length !== events.length) throw new Error(`event API answered ${JSON.stringify(res)}`);
  return res.ids;
}

function mergeWorkers(app: string, workers: FixtureProcess[], io: {
  send(events: FlowEvent[]): Promise<string[]>; getJson(path: string): Promise<any>; stop(): Promise<void>;
}): FlowDeployment {
  const lines = () => workers.flatMap((w, worker) => w.lines().map((l) => ({ ...l, worker })));
  const dead = () => workers.findIndex((w) => w.proc.exitCode !== null || w.proc.signalCode !== null);
  return {
    app,
    send: (...events) => io.send(events),
    getJson: io.getJson,
    lines,
    waitForLine: (match, o = {}) => waitFor(() => {
      const hit = lines().find(match);
      if (hit) return hit;
      const i = dead();
      if (i >= 0) throw new Error(`worker ${i} exited: ${workers[i].output()}`);
      return undefined;
    }, { timeoutMs: o.timeoutMs ?? 15_000, what: o.what ?? "worker line" }),
    stop: io.stop,
  };
}

async function registered(d: FlowDeployment, ids: string[]): Promise<void> {
  await waitFor(async () => {
    const slugs = (await d.getJson("/v1/functions")).data.map((f: { slug: string }) => f.slug);
    return ids.every((id) => slugs.includes(`${d.app}-${id}`));
  }, { timeoutMs: 20_000, what: "flow functions registered over connect" });
}
