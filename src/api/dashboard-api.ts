// REST reads the dashboard needs beyond Inngest's v1 set (docs/dashboard.md): apps with their
// functions, live worker connections, and a run's changes as Server-Sent Events. Every route
// answers JSON errors through the API's boundary and is authorized like the other /v1 routes.
import type { ServerResponse } from "node:http";
import { TetherError } from "../common/index.ts";
import { parseFlowConfig } from "../flow/config.ts";
import { nextCronInstant } from "../functions/cron.ts";
import type { AppRecord, ConnectionRecord, ConnectState, FunctionRecord, RunRecord, StepRecord, Store } from "../state/index.ts";
import { type Ctx, envelope, sendJson } from "./http.ts";
import { functionView, runView } from "./rest.ts";
import { functionsWithPause } from "./actions.ts";

/** How often an open run stream reads the run again. */
export const RUN_STREAM_POLL_MS = 400;
/** A stream ends after this long (the page reconnects); bounds how long a forgotten tab costs. */
export const RUN_STREAM_MAX_MS = 10 * 60_000;
/** Open run streams per API process: past it a new stream is refused with 503. */
export const MAX_RUN_STREAMS = 512;

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/** `sdk` as apps register it: `js:v4.24.0` → language `js`, version `4.24.0`. */
function sdkParts(sdk: string): { language: string; version: string } {
  const [language, version = ""] = sdk.includes(":") ? sdk.split(":", 2) : [sdk, ""];
  return { language, version: version.replace(/^v/, "") };
}

export function functionDetail(f: FunctionRecord, paused: boolean, now: number) {
  return {
    ...functionView(f, paused),
    triggers: f.triggers.map((t) => {
      if (!t.cron) return t;
      let next: string | null = null;
      try {
        next = iso(nextCronInstant([{ cron: t.cron, jitterMs: 0 }], now)?.at);
      } catch {
        next = null; // an expression croner refuses has no next tick
      }
      return { ...t, next_tick: next };
    }),
    flow: parseFlowConfig(f.config),
    config: f.config,
  };
}

function appView(a: AppRecord, fns: ReturnType<typeof functionDetail>[]) {
  return {
    id: a.id, name: a.name, url: a.url, method: a.method, sdk: a.sdk, ...sdkParts(a.sdk), app_version: a.appVersion ?? null,
    synced_at: iso(a.updatedAt), functions: fns,
  };
}

export async function listAppsView(store: Store, now = Date.now()) {
  const [apps, fns] = await Promise.all([store.listApps(), functionsWithPause(store)]);
  const details = fns.map(({ fn, paused }) => functionDetail(fn, paused, now));
  return apps.map((a) => appView(a, details.filter((f) => f.app_id === a.id)));
}

function connectionView(c: ConnectionRecord, inFlight: number) {
  return {
    id: c.id, instance_id: c.instanceId, gateway_id: c.gatewayId, status: c.status, draining: c.status === "DRAINING",
    apps: c.apps.map((a) => ({ app_id: a.appId, app_name: a.appName, app_version: a.appVersion ?? null, functions: a.functionSlugs.length })),
    sdk_language: c.sdkLanguage, sdk_version: c.sdkVersion,
    connected_at: iso(c.connectedAt), last_heartbeat_at: iso(c.lastHeartbeatAt),
    in_flight: inFlight, max_worker_concurrency: c.maxWorkerConcurrency ?? null,
  };
}

export async function listConnectionsView(state: ConnectState) {
  const conns = (await state.listConnections()).filter((c) => c.status !== "DISCONNECTED");
  const inFlight = await Promise.all(conns.map((c) => state.inFlight(c.instanceId)));
  return conns.sort((a, b) => b.connectedAt - a.connectedAt).map((c, i) => connectionView(c, inFlight[i]));
}

/**
 * `GET /v1/runs/{id}/stream`: the run (as `GET /v1/runs/{id}`) as an SSE `run` event now and
 * after each change, until it ends (a last event, then the stream closes) or RUN_STREAM_MAX_MS.
 * Polling the store keeps this the same on SQLite and JetStream: no per-step publish for a view.
 */
export class RunStreams {
  readonly #open = new Set<ServerResponse>();

  constructor(private readonly store: Store) {}

  async handle({ res, params }: Ctx): Promise<void> {
    if (this.#open.size >= MAX_RUN_STREAMS) throw new TetherError("too_many_connections", "too many open run streams");
    const first = await this.store.getRunWithSteps(params.runId);
    if (!first) throw new TetherError("not_found", `run ${params.runId} not found`);
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    this.#open.add(res);
    const started = Date.now();
    let last = "";
    const send = (run: RunRecord, steps: StepRecord[]) => {
      const text = JSON.stringify(runView(run, steps));
      if (text === last) return;
      last = text;
      res.write(`event: run\ndata: ${text}\n\n`);
    };
    send(first.run, first.steps);
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      clearTimeout(timer);
      this.#open.delete(res);
      if (!res.writableEnded) res.end();
    };
    res.on("close", stop);
    if (first.run.status !== "Running") return stop();
    const tick = async () => {
      try {
        const now = await this.store.getRunWithSteps(params.runId);
        if (!now) return stop();
        send(now.run, now.steps);
        if (now.run.status !== "Running" || Date.now() - started > RUN_STREAM_MAX_MS) return stop();
      } catch {
        return stop(); // the page reconnects; a store error is logged by the store's callers
      }
      if (this.#open.has(res)) timer = setTimeout(() => void tick(), RUN_STREAM_POLL_MS);
    };
    timer = setTimeout(() => void tick(), RUN_STREAM_POLL_MS);
  }

  /** Ends every open stream (the API is closing). */
  close(): void {
    for (const res of [...this.#open]) res.end();
    this.#open.clear();
  }
}

export function sendData(res: ServerResponse, data: unknown): void {
  sendJson(res, 200, envelope(data));
}
