// Per-step latency of a 10-step function for one worker mode. Starts its own `tether dev`
// (real process, :memory: db) and worker process, warms up, then sends N events one after the
// other. Each run's step marks come from the worker's clock (workers/ten-step.mjs); the REST view
// (ended_at − run_started_at) is kept as a cross-check at millisecond resolution.
import { join } from "node:path";
import { startNats, type NatsServer } from "../test/helpers/nats-server.ts";
import { freePort } from "../test/helpers/ports.ts";
import { startFixture, type FixtureProcess } from "../test/helpers/official-sdk-worker.ts";
import { startTether, type TetherProcess } from "../test/helpers/server-process.ts";
import { waitFor } from "../test/helpers/wait.ts";
import { intervals } from "./stats.ts";

export const STEP_COUNT = 10;
const EVENT_NAME = "bench/ten-step";
const WORKERS = join(import.meta.dirname, "workers");

export interface ModeSpec {
  id: string;
  label: string;
  script: string;
  execArgv?: string[];
  /** Worker env for a server at apiUrl. */
  env(apiUrl: string): Record<string, string>;
  /** Serve mode: sync the app with `PUT /fn/register {url}` once it listens. */
  sync: boolean;
  /** Run the server on a private nats-server (JetStream) instead of the embedded adapters. */
  nats?: boolean;
  /** Extra `tether dev` flags, e.g. `--checkpointing false`. */
  serverArgs?: string[];
}

/** A mode with another id/label and extra server flags (same worker). */
export function variant(base: ModeSpec, id: string, label: string, serverArgs: string[]): ModeSpec {
  return { ...base, id, label, serverArgs: [...(base.serverArgs ?? []), ...serverArgs] };
}

export const modeById = (id: string): ModeSpec => {
  const m = MODES.find((x) => x.id === id);
  if (!m) throw new Error(`no mode ${id}`);
  return m;
};

export const MODES: ModeSpec[] = [
  {
    id: "official-connect",
    label: "official SDK, connect",
    script: join(WORKERS, "official-connect.mjs"),
    env: (apiUrl) => ({ TETHER_API_URL: apiUrl }),
    sync: false,
  },
  {
    id: "official-serve",
    label: "official SDK, serve (HTTP)",
    script: join(WORKERS, "official-serve.mjs"),
    env: (apiUrl) => ({ INNGEST_DEV: apiUrl }),
    sync: true,
  },
  {
    id: "tether-connect",
    label: "Tether SDK, connect",
    script: join(WORKERS, "tether-connect.mjs"),
    env: (apiUrl) => ({ TETHER_API_URL: apiUrl }),
    sync: false,
  },
  {
    id: "tether-connect-nats",
    label: "Tether SDK, connect, on NATS",
    script: join(WORKERS, "tether-connect.mjs"),
    env: (apiUrl) => ({ TETHER_API_URL: apiUrl }),
    sync: false,
    nats: true,
  },
];

export interface MeasureOptions {
  runs: number;
  warmup: number;
  /** Steps in the benchmarked function. @default 10 */
  steps?: number;
  /** Per run. @default 30_000 */
  runTimeoutMs?: number;
}

export interface ModeResult {
  mode: ModeSpec;
  status: "ok" | "unavailable" | "failed";
  reason?: string;
  /** Every step round trip of every measured run (runs × STEP_COUNT samples), worker clock. */
  stepMs: number[];
  /** (last mark − first mark) / STEP_COUNT per measured run, worker clock. */
  runStepMeanMs: number[];
  /** (ended_at − run_started_at) / STEP_COUNT per measured run, from GET /v1/events/{id}/runs. */
  restStepMs: number[];
  /** Handler invocations per measured run, as counted by the worker. */
  invocations: number[];
  /** On NATS: messages into the nats-server per SDK request, over 10 extra runs after the measured ones (monitoring port's in_msgs). */
  natsMsgsPerRequest?: number;
  elapsedMs: number;
}

export async function measureMode(mode: ModeSpec, opts: MeasureOptions): Promise<ModeResult> {
  const started = Date.now();
  const result: ModeResult = { mode, status: "ok", stepMs: [], runStepMeanMs: [], restStepMs: [], invocations: [], elapsedMs: 0 };
  let tether: TetherProcess | undefined;
  let worker: FixtureProcess | undefined;
  let nats: NatsServer | undefined;
  try {
    const steps = opts.steps ?? STEP_COUNT;
    const monitorPort = mode.nats ? await freePort() : undefined;
    if (mode.nats) nats = await startNats(["-m", String(monitorPort)]);
    tether = await startTether({ args: [...(nats ? ["--nats", nats.url] : []), ...(mode.serverArgs ?? [])] });
    worker = startFixture(mode.script, { env: { ...mode.env(tether.apiUrl), BENCH_STEPS: String(steps) }, execArgv: mode.execArgv });
    const first = await worker.waitForLine((l) => l.type === "ready" || l.type === "unavailable", {
      timeoutMs: 20_000, what: `${mode.id} worker ready`,
    });
    if (first.type === "unavailable") {
      result.status = "unavailable";
      result.reason = String(first.reason);
      return result;
    }
    if (mode.sync) await syncApp(tether, first.url);
    await waitFor(async () => (await tether!.getJson("/v1/functions")).data.some((f: { slug: string }) => f.slug.endsWith("-ten-step")), {
      timeoutMs: 10_000, what: `${mode.id} function registered`,
    });

    for (let i = 0; i < opts.warmup + opts.runs; i++) {
      const tag = `${mode.id}-${i}`;
      const sent = await tether.sendEvent({ name: EVENT_NAME, data: { tag } });
      const line = await worker.waitForLine((l) => l.type === "run" && l.tag === tag, {
        timeoutMs: opts.runTimeoutMs ?? 30_000, what: `${mode.id} run ${i}`,
      });
      const [run] = await tether.waitForRuns(sent.ids[0], { timeoutMs: opts.runTimeoutMs ?? 30_000 });
      if (run?.status !== "Completed" || run.output?.sum !== (steps * (steps - 1)) / 2) {
        throw new Error(`run ${i} ended ${run?.status} with ${JSON.stringify(run?.output)}`);
      }
      if (i < opts.warmup) continue;
      const marks = line.marks as number[];
      result.stepMs.push(...intervals(marks));
      result.runStepMeanMs.push((marks[marks.length - 1] - marks[0]) / steps);
      result.invocations.push(Number(line.invocations));
      result.restStepMs.push((Date.parse(run.ended_at) - Date.parse(run.run_started_at)) / steps);
    }
    if (monitorPort !== undefined) {
      // Where a step's time goes on NATS: every round trip is a message in and one out. Only the
      // worker's report ends these runs (no REST reads in between), so the count is the step path's.
      const inMsgs = async () => ((await (await fetch(`http://127.0.0.1:${monitorPort}/varz`)).json()) as { in_msgs: number }).in_msgs;
      const before = await inMsgs();
      let requests = 0;
      for (let i = 0; i < 10; i++) {
        const tag = `${mode.id}-count-${i}`;
        await tether.sendEvent({ name: EVENT_NAME, data: { tag } });
        const line = await worker.waitForLine((l) => l.type === "run" && l.tag === tag, { timeoutMs: opts.runTimeoutMs ?? 30_000, what: `${mode.id} count run ${i}` });
        requests += Number(line.invocations);
      }
      result.natsMsgsPerRequest = (await inMsgs() - before) / requests;
    }
    return result;
  } catch (err) {
    result.status = "failed";
    result.reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return result;
  } finally {
    await worker?.stop(3_000);
    await tether?.stop();
    await nats?.stop();
    result.elapsedMs = Date.now() - started;
  }
}

async function syncApp(tether: TetherProcess, url: string): Promise<void> {
  const res = await fetch(`${tether.apiUrl}/fn/register`, { method: "PUT", body: JSON.stringify({ url }) });
  const body = await res.json();
  if (!res.ok || body.ok !== true) throw new Error(`sync of ${url} failed: ${res.status} ${JSON.stringify(body)}`);
}
