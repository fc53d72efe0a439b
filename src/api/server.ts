// The API process surface: events in, connect start/flush, app sync, REST v1 and health
// (DESIGN.md "api"). Plain node:http with a small route table; every error is a JSON envelope.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { connect as pb } from "../../proto/gen/protos.js";
import { type GatewayDirectory, signSessionToken } from "../../gateway/index.ts";
import { type Bus, flushReply, subjects } from "../bus/index.ts";
import {
  asTetherError, guardHttpServer, guardUpgradeSocket, newId, parseJson, parseRequestTarget, signingKeyMatches, TetherError, toError, writeSocketError,
} from "../common/index.ts";
import { ACCOUNT_ID, cancelRun, ENV_ID, pauseFunction, resumeFunction } from "../executor/index.ts";
import { evaluateBoolean, expressionError, registerApp } from "../functions/index.ts";
import { browserClientSource, MAX_PUBLISH_BYTES, REALTIME_CLIENT_PATH, type RealtimeService } from "../realtime/index.ts";
import type { Metrics } from "../observability/metrics.ts";
import { METRICS_PATH, sendMetrics } from "../observability/metrics-http.ts";
import { sendExamplePage, sendScript } from "./example-pages.ts";
import { listAppsView, listConnectionsView, RunStreams, sendData } from "./dashboard-api.ts";
import { DASHBOARD_PAGES, sendDashboardFile } from "./dashboard-assets.ts";
import { z } from "zod";

const replaySchema = z.object({
  started_after: z.string().min(1),
  started_before: z.string().min(1),
  statuses: z.array(z.enum(["Completed", "Failed", "Cancelled"])).optional(),
});

const bulkCancelSchema = z.object({
  app_id: z.string().optional(),
  function_id: z.string().min(1),
  started_before: z.string().min(1),
  started_after: z.string().optional(),
  if: z.string().optional(),
  name: z.string().optional(),
});
import type { ConnectState, FunctionRecord, Store } from "../state/index.ts";
import { checkpointAsync } from "./checkpoint.ts";
import { syncAppByUrl } from "./sync-url.ts";
import type { Cidr } from "../common/cidr.ts";
import { DEFAULT_MAX_EVENT_BYTES } from "./events.ts";
import {
  bearer, type Ctx, envelope, readBody, readJson, route, Router, sendError, sendJson, sendProto,
} from "./http.ts";
import { MAX_RERUN_INPUT_BYTES, parseRerunBody } from "./rerun.ts";
import { cancelRunById, functionsWithPause, ingestEvents, requireFunction, rerun, rerunById } from "./actions.ts";
import { eventView, functionView, runView } from "./rest.ts";
import { eventSkips } from "../flow/skips.ts";
import { flowView } from "./flow-view.ts";
import { MCP_PATH, serveMcp } from "./mcp.ts";
import { parsePauseBody, pauseView } from "./pause.ts";
import { listEvents, listRuns } from "./listing.ts";

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface ApiOptions {
  store: Store;
  connectState: ConnectState;
  bus: Bus;
  log: Logger;
  /** @default 8288 */
  port?: number;
  /** @default "0.0.0.0" */
  host?: string;
  /**
   * Port of the gateway advertised by /v0/connect/start (host comes from the request); a function
   * when the gateway listens on a port chosen at start (`--gateway-port 0`).
   */
  gatewayPort: number | (() => number);
  /** Full gateway URL override for /v0/connect/start. */
  gatewayUrl?: string;
  sessionSecret: string;
  /** When set, /e/{key} requires it. */
  eventKey?: string;
  /** When set, SDK-facing endpoints require it (raw or hashed) as Bearer. */
  signingKey?: string;
  /** @default 512 KiB */
  maxEventBytes?: number;
  /** Called after an app synced (the embedded executor refreshes its function index). */
  onAppSynced?: () => void;
  /** Distributed mode: hand workers a gateway from the announcements instead of `gatewayPort`. */
  gatewayDirectory?: GatewayDirectory;
  /** The server's metrics, served at `GET /metrics` (src/observability/metrics-http.ts); absent → 404. */
  metrics?: Metrics;
  /** Realtime tokens, publish and subscribers (`/v1/realtime/...`); absent → 404. */
  realtime?: RealtimeService;
  /** Link-local or metadata ranges `PUT /fn/register` may fetch after all (sync-url.ts). @default none */
  allowSyncUrl?: readonly Cidr[];
}

export class ApiServer {
  readonly #o: ApiOptions;
  readonly #log: Logger;
  readonly #server: Server;
  readonly #router: Router;
  readonly #runStreams: RunStreams;
  #closePromise?: Promise<void>;

  constructor(opts: ApiOptions) {
    this.#o = opts;
    this.#log = opts.log.child({ component: "api" });
    this.#runStreams = new RunStreams(opts.store);
    this.#router = new Router([
      route("GET", "/health", async ({ res }) => sendJson(res, 200, { status: 200, message: "OK" })),
      route("GET", METRICS_PATH, (c) => this.#metrics(c)),
      route("POST", "/e/:eventKey", (c) => this.#ingest(c)),
      route("POST", "/v0/connect/start", (c) => this.#connectStart(c)),
      route("POST", "/v0/connect/flush", (c) => this.#connectFlush(c)),
      route("POST", "/fn/register", (c) => this.#register(c)),
      route("PUT", "/fn/register", (c) => this.#syncUrl(c)),
      route("GET", "/v1/runs", (c) => this.#listRuns(c)),
      route("GET", "/v1/events", (c) => this.#listEvents(c)),
      route("GET", "/v1/runs/:runId", (c) => this.#getRun(c)),
      route("GET", "/v1/events/:eventId", (c) => this.#getEvent(c)),
      route("GET", "/v1/events/:eventId/runs", (c) => this.#getEventRuns(c)),
      route("GET", "/v1/functions", (c) => this.#listFunctions(c)),
      route("GET", "/v1/functions/:functionId/flow", (c) => this.#functionFlow(c)),
      route("POST", "/v1/functions/:functionId/pause", (c) => this.#pause(c)),
      route("POST", "/v1/functions/:functionId/resume", (c) => this.#resume(c)),
      route("DELETE", "/v1/runs/:runId", (c) => this.#cancelRun(c)),
      route("DELETE", "/v0/runs/:runId", (c) => this.#cancelRun(c)),
      route("POST", "/v1/cancellations", (c) => this.#bulkCancel(c)),
      route("POST", "/v1/runs/:runId/rerun", (c) => this.#rerun(c)),
      route("POST", "/v2/runs/:runId/rerun", (c) => this.#rerun(c)),
      route("POST", "/v1/functions/:functionId/replay", (c) => this.#replay(c)),
      route("POST", "/v1/checkpoint/:runId/async", (c) => this.#checkpoint(c)),
      route("POST", "/v1/http/runs/:runId/async", (c) => this.#checkpoint(c)),
      route("POST", "/v1/realtime/token", (c) => this.#realtimeToken(c)),
      route("POST", "/v1/realtime/publish", (c) => this.#realtimePublish(c)),
      route("GET", "/v1/realtime/sse", (c) => this.#realtimeSse(c)),
      route("GET", REALTIME_CLIENT_PATH, async ({ res }) => sendScript(res, await browserClientSource())),
      ...["GET", "POST", "DELETE"].map((m) => route(m, MCP_PATH, (c) => this.#mcp(c))),
      route("GET", "/examples/:name", ({ res, params }) => sendExamplePage(res, params.name)),
      route("GET", "/examples/:name/:file", ({ res, params }) => sendExamplePage(res, params.name, params.file)),
      // The dashboard (docs/dashboard.md): its reads, and the same shell for each page's URL.
      route("POST", "/v1/events", (c) => this.#sendEvents(c)),
      route("GET", "/v1/apps", async ({ req, res }) => (this.#authorize(req), sendData(res, await listAppsView(this.#o.store)))),
      route("GET", "/v1/connections", async ({ req, res }) => (this.#authorize(req), sendData(res, await listConnectionsView(this.#o.connectState)))),
      route("GET", "/v1/runs/:runId/stream", (c) => (this.#authorize(c.req), this.#runStreams.handle(c))),
      route("GET", "/dashboard/:file", ({ res, params }) => sendDashboardFile(res, params.file)),
      ...DASHBOARD_PAGES.map((p) => route("GET", p, ({ res }) => sendDashboardFile(res, "index.html"))),
    ]);
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#server.on("upgrade", (req, socket, head) => this.#upgrade(req, socket, head));
    guardHttpServer(this.#server, (req, res) => void this.#handle(req, res));
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(this.#o.port ?? 8288, this.#o.host ?? "0.0.0.0", () => resolve());
    });
    this.#log.info({ port: this.port }, "api listening");
  }

  close(): Promise<void> {
    this.#closePromise ??= new Promise<void>((r) => {
      this.#server.close(() => r());
      this.#server.closeIdleConnections?.();
      // Realtime sockets and SSE streams would hold server.close() open until they end.
      void this.#o.realtime?.close();
      this.#runStreams.close();
    });
    return this.#closePromise;
  }

  /**
   * The error boundary of every HTTP request: the target, path parameters, headers and body are
   * parsed inside it, so whatever a client sends ends as a JSON error answer, never a throw.
   */
  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let path = req.url;
    try {
      const url = parseRequestTarget(req.url);
      path = url.pathname;
      await this.#router.dispatch(req, res, url);
    } catch (err) {
      // A body cut off (the client went away, a broken chunked encoding) is the client's doing.
      const cutOff = req.destroyed && !req.complete;
      const e = cutOff ? new TetherError("bad_request", "the request was cut off", { cause: err }) : asTetherError(err);
      if (e.code === "internal_error") this.#log.error({ err: toError(err), path }, "request failed");
      try {
        sendError(res, e);
      } catch {
        res.destroy();
      }
    }
  }

  /** The error boundary of upgrade requests (realtime WebSockets): refusals are JSON answers. */
  #upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    guardUpgradeSocket(socket);
    try {
      if (!this.#o.realtime?.handleUpgrade(req, socket, head)) writeSocketError(socket, new TetherError("not_found"));
    } catch (err) {
      const e = asTetherError(err);
      if (e.code === "internal_error") this.#log.error({ err: toError(err), path: req.url }, "upgrade failed");
      writeSocketError(socket, e);
    }
  }

  /** SDK-facing endpoints: Bearer signing key (raw or hashed) when one is configured. */
  #authorize(req: IncomingMessage): void {
    const key = this.#o.signingKey;
    if (!key) return;
    const presented = bearer(req);
    if (!presented) throw new TetherError("unauthorized", "missing Authorization header");
    if (!signingKeyMatches(presented, key)) throw new TetherError("unauthorized", "authentication failed");
  }

  /** Data about the deployment: closed like the /v1 routes when keys are configured. */
  async #metrics({ req, res }: Ctx): Promise<void> {
    if (!this.#o.metrics) throw new TetherError("not_found");
    this.#authorize(req);
    await sendMetrics(res, this.#o.metrics);
  }

  async #ingest({ req, res, params }: Ctx): Promise<void> {
    if (this.#o.eventKey && params.eventKey !== this.#o.eventKey) {
      sendJson(res, 401, { status: 401, code: "event_key_not_found", error: "Event key not found", message: "" });
      return;
    }
    await this.#acceptEvents(req, res);
  }

  /**
   * `POST /v1/events`: the same intake as `/e/{key}`, authorized by the signing key instead of an
   * event key (the dashboard's "send a test event" has no event key).
   */
  async #sendEvents({ req, res }: Ctx): Promise<void> {
    this.#authorize(req);
    await this.#acceptEvents(req, res);
  }

  async #acceptEvents(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const maxEventBytes = this.#o.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    const body = await readJson(req, Math.max(DEFAULT_MAX_BODY_BYTES, maxEventBytes * 2));
    const records = await ingestEvents(this.#o, body, { maxEventBytes });
    sendJson(res, 200, { ids: records.map((r) => r.internalId), status: 200 });
  }

  async #connectStart({ req, res }: Ctx): Promise<void> {
    this.#authorize(req);
    const body = await readBody(req, 1024 * 1024);
    let startReq: pb.v1.StartRequest;
    try {
      startReq = pb.v1.StartRequest.decode(body);
    } catch {
      throw new TetherError("bad_request", "the body is not a StartRequest");
    }
    const gw = this.#chooseGateway(req, startReq.excludeGateways ?? []);
    const connectionId = newId();
    const sessionToken = await signSessionToken({ accountId: ACCOUNT_ID, envId: ENV_ID, appsPerConnection: 10 }, this.#o.sessionSecret);
    const start = pb.v1.StartResponse.encode({
      connectionId,
      gatewayEndpoint: gw.url,
      gatewayGroup: gw.group,
      sessionToken,
      syncToken: bearer(req) ?? "",
    }).finish();
    sendProto(res, start);
  }

  /**
   * The gateway a worker should dial: from the announcements in distributed mode (least loaded,
   * avoiding the groups the worker just failed on), else this process's gateway. Without a
   * configured URL it is `ws://<hostname the worker used for the API>:<port>/v0/connect`
   * (docs/connect-protocol.md §1.1).
   */
  #chooseGateway(req: IncomingMessage, exclude: string[]): { url: string; group: string } {
    const host = req.headers.host ?? "localhost";
    const hostname = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0];
    if (this.#o.gatewayDirectory) {
      const gw = this.#o.gatewayDirectory.pick(exclude);
      if (!gw) throw new TetherError("connect_no_healthy_connection", "no gateway is available");
      return { url: gw.url ?? `ws://${hostname}:${gw.port}/v0/connect`, group: gw.id };
    }
    return { url: this.#o.gatewayUrl ?? `ws://${hostname}:${typeof this.#o.gatewayPort === "function" ? this.#o.gatewayPort() : this.#o.gatewayPort}/v0/connect`, group: "tether-gw" };
  }

  async #connectFlush({ req, res }: Ctx): Promise<void> {
    this.#authorize(req);
    const body = await readBody(req, 8 * 1024 * 1024 + 1024);
    if (body.length === 0) throw new TetherError("bad_request", "empty body");
    let reply: pb.v1.SDKResponse;
    try {
      reply = pb.v1.SDKResponse.decode(body);
    } catch {
      throw new TetherError("bad_request", "the body is not an SDKResponse");
    }
    if (!reply.requestId) throw new TetherError("bad_request", "request_id is required");
    const trace = Buffer.from(reply.systemTraceCtx ?? []).toString("utf8");
    if (trace) parseJson(trace, { what: "system_trace_ctx" });
    // A gateway's reply path buffers it and notifies the executor waiting for it (reply-flush.ts).
    await flushReply(this.#o.bus, reply.requestId, body);
    sendProto(res, pb.v1.FlushResponse.encode({ requestId: reply.requestId }).finish());
  }

  async #register({ req, res }: Ctx): Promise<void> {
    this.#authorize(req);
    const body = await readJson(req, DEFAULT_MAX_BODY_BYTES);
    const { app, modified } = await registerApp(this.#o.store, body, undefined, this.#log);
    this.#o.onAppSynced?.();
    if (modified) this.#o.bus.publish(subjects.appsChanged(), new Uint8Array(0));
    this.#log.info({ appId: app.id, appName: app.name, modified }, "app synced");
    sendJson(res, 200, { ok: true, modified, app_id: app.id, sync_id: app.syncId });
  }

  /** `PUT /fn/register {url}`: ask a serve() endpoint to sync itself (as `inngest dev -u URL`), fenced by sync-url.ts. */
  async #syncUrl({ req, res }: Ctx): Promise<void> {
    this.#authorize(req);
    const body = await readJson(req, 64 * 1024);
    sendJson(res, 200, await syncAppByUrl(body, { serverKind: this.#o.signingKey ? "cloud" : "dev", allow: this.#o.allowSyncUrl }));
  }

  /** Run and event listings, newest first, paged by cursor (listing.ts). */
  async #listRuns({ req, res, url }: Ctx): Promise<void> {
    this.#authorize(req);
    sendJson(res, 200, await listRuns(this.#o.store, url.searchParams));
  }

  async #listEvents({ req, res, url }: Ctx): Promise<void> {
    this.#authorize(req);
    sendJson(res, 200, await listEvents(this.#o.store, url.searchParams));
  }

  async #getRun({ req, res, params }: Ctx): Promise<void> {
    this.#authorize(req);
    const run = await this.#o.store.getRun(params.runId);
    if (!run) throw new TetherError("not_found", `run ${params.runId} not found`);
    sendJson(res, 200, envelope(runView(run, await this.#o.store.getSteps(run.id))));
  }

  async #getEvent({ req, res, params }: Ctx): Promise<void> {
    this.#authorize(req);
    const e = await this.#o.store.getEvent(params.eventId);
    if (!e) throw new TetherError("not_found", `event ${params.eventId} not found`);
    sendJson(res, 200, envelope(eventView(e, await eventSkips(this.#o.store, e.internalId))));
  }

  async #getEventRuns({ req, res, params }: Ctx): Promise<void> {
    this.#authorize(req);
    const runs = await this.#o.store.listRunsForEvent(params.eventId);
    sendJson(res, 200, envelope(runs.map((r) => runView(r))));
  }

  async #cancelRun({ req, res, params }: Ctx): Promise<void> {
    this.#authorize(req);
    await cancelRunById(this.#o, params.runId);
    res.writeHead(200).end();
  }

  /** `POST /v1/cancellations`: cancel a function's runs started in a time range, optionally filtered by `if`. */
  async #bulkCancel({ req, res }: Ctx): Promise<void> {
    this.#authorize(req);
    const body = bulkCancelSchema.safeParse(await readJson(req, 64 * 1024));
    if (!body.success) throw new TetherError("bad_request", `${body.error.issues[0].path.join(".")}: ${body.error.issues[0].message}`);
    const b = body.data;
    const before = Date.parse(b.started_before);
    const after = b.started_after ? Date.parse(b.started_after) : 0;
    if (Number.isNaN(before) || Number.isNaN(after)) throw new TetherError("bad_request", "started_before/started_after must be RFC 3339 times");
    if (b.if) {
      const err = expressionError(b.if);
      if (err) throw new TetherError("bad_request", `if: ${err}`);
    }
    const fns = await this.#o.store.listFunctions();
    const fn = fns.find((f) => f.id === b.function_id || f.slug === b.function_id || (b.app_id && f.slug === `${b.app_id}-${b.function_id}`));
    if (!fn) throw new TetherError("not_found", `function ${b.function_id} not found`);
    const runs = await this.#o.store.listRuns({ functionId: fn.id, createdAfter: after, createdBefore: before, status: "Running" });
    let cancelled = 0;
    for (const run of runs) {
      if (b.if) {
        const [trigger] = await this.#o.store.getEvents(run.eventIds.slice(0, 1));
        if (!trigger || !evaluateBoolean(b.if, { event: trigger.event })) continue;
      }
      if (await cancelRun(this.#o.store, run.id, Date.now(), () => true)) cancelled++;
    }
    this.#o.bus.publish(subjects.queueWake(), new Uint8Array(0));
    sendJson(res, 200, {
      id: newId(), created_at: new Date().toISOString(), name: b.name ?? null, environment_id: ENV_ID, app_id: b.app_id ?? fn.appName,
      function_internal_id: fn.id, function_id: fn.slug, started_after: b.started_after ?? null, started_before: b.started_before,
      if: b.if ?? null, kind: "bulk_run", cancelled_runs: cancelled,
    });
  }

  /**
   * Starts a new run of the same function from the same events: from the start, or with
   * `{"fromStep": {"stepId", "input"?}}` from that step (rerun.ts). `/v2` answers Inngest's shape.
   */
  async #rerun({ req, res, params, url }: Ctx): Promise<void> {
    this.#authorize(req);
    const fromStep = parseRerunBody(await readBody(req, MAX_RERUN_INPUT_BYTES + 64 * 1024));
    const { runId: id, originalRunId } = await rerunById(this.#o, params.runId, fromStep);
    if (url.pathname.startsWith("/v2/")) return sendJson(res, 200, { data: { runId: id }, metadata: { fetchedAt: new Date().toISOString() } });
    sendJson(res, 200, envelope({ run_id: id, original_run_id: originalRunId }));
  }

  /**
   * `POST /v1/functions/{id}/replay {started_after, started_before, statuses?}`: reruns a
   * function's ended runs in a time range (default statuses: Failed), from their original events.
   */
  async #replay({ req, res, params }: Ctx): Promise<void> {
    this.#authorize(req);
    const body = replaySchema.safeParse(await readJson(req, 64 * 1024));
    if (!body.success) throw new TetherError("bad_request", `${body.error.issues[0].path.join(".")}: ${body.error.issues[0].message}`);
    const fn = await this.#functionById(params.functionId);
    const after = Date.parse(body.data.started_after);
    const before = Date.parse(body.data.started_before);
    if (Number.isNaN(after) || Number.isNaN(before)) throw new TetherError("bad_request", "started_after/started_before must be RFC 3339 times");
    const statuses = new Set(body.data.statuses ?? ["Failed"]);
    const runs = (await this.#o.store.listRuns({ functionId: fn.id, createdAfter: after, createdBefore: before }))
      .filter((r) => statuses.has(r.status) && !r.originalRunId);
    const started = [];
    for (const run of runs) started.push({ run_id: await rerun(this.#o, run), original_run_id: run.id });
    sendJson(res, 200, envelope({ function_id: fn.slug, replayed: started.length, runs: started }));
  }

  /** `/mcp`: the MCP server (mcp.ts), behind the signing key like the /v1 routes. */
  #mcp(c: Ctx): Promise<void> {
    this.#authorize(c.req);
    const { store, bus, signingKey, maxEventBytes = DEFAULT_MAX_EVENT_BYTES } = this.#o;
    return serveMcp(c, { store, bus, log: this.#log, maxEventBytes, keyed: signingKey !== undefined });
  }

  async #checkpoint({ req, res, params }: Ctx): Promise<void> {
    this.#authorize(req);
    await checkpointAsync(this.#o.store, this.#o.connectState, params.runId, await readJson(req, DEFAULT_MAX_BODY_BYTES));
    res.writeHead(200).end();
  }

  #realtimeService(): RealtimeService {
    if (!this.#o.realtime) throw new TetherError("not_found", "realtime is not enabled");
    return this.#o.realtime;
  }

  async #realtimeToken({ req, res }: Ctx): Promise<void> {
    const rt = this.#realtimeService();
    const auth = bearer(req);
    sendJson(res, 201, { jwt: await rt.issueToken(auth, await readJson(req, 256 * 1024)) });
  }

  async #realtimePublish({ req, res, url }: Ctx): Promise<void> {
    const rt = this.#realtimeService();
    const channel = url.searchParams.get("channel") ?? "";
    const topic = url.searchParams.get("topic") ?? "";
    await rt.authorizePublish(bearer(req), channel, topic);
    const runId = url.searchParams.get("run_id") ?? undefined;
    if (/^text\/stream\b/i.test(req.headers["content-type"] ?? "")) {
      const chunks = await rt.publishStream({ channel, topic, runId, body: req });
      return sendJson(res, 200, { status: 200, chunks });
    }
    const body = await readBody(req, MAX_PUBLISH_BYTES);
    rt.publishBody({ channel, topic, runId, body });
    sendJson(res, 200, { status: 200 });
  }

  async #realtimeSse({ req, res, url }: Ctx): Promise<void> {
    await this.#realtimeService().serveSse(req, res, url.searchParams.get("token") ?? bearer(req), url.searchParams.get("resume"));
  }

  async #functionFlow({ req, res, params, url }: Ctx): Promise<void> {
    this.#authorize(req);
    const fn = await this.#functionById(params.functionId);
    sendJson(res, 200, envelope(await flowView(this.#o.store, fn, url.searchParams.get("key") ?? undefined)));
  }

  /** A function by id or slug, or a 404. */
  #functionById(id: string): Promise<FunctionRecord> {
    return requireFunction(this.#o.store, id);
  }

  /**
   * `POST /v1/functions/{id}/pause [{"cancel_running": true}]`: no run starts while paused; runs in
   * flight wait (cancelled after 7 days), or are cancelled now with `cancel_running`.
   */
  async #pause({ req, res, params }: Ctx): Promise<void> {
    this.#authorize(req);
    const { cancelRunning } = parsePauseBody(await readBody(req, 64 * 1024));
    const fn = await this.#functionById(params.functionId);
    const state = await pauseFunction(this.#o.store, fn, { cancelRunning }, Date.now(), () => true);
    this.#o.bus.publish(subjects.pausesChanged(), new Uint8Array(0));
    this.#o.bus.publish(subjects.queueWake(), new Uint8Array(0));
    sendJson(res, 200, envelope(pauseView(fn, state)));
  }

  /** `POST /v1/functions/{id}/resume`: later events run again; runs in flight go on. */
  async #resume({ req, res, params }: Ctx): Promise<void> {
    this.#authorize(req);
    const fn = await this.#functionById(params.functionId);
    const resumed = await resumeFunction(this.#o.store, fn);
    this.#o.bus.publish(subjects.pausesChanged(), new Uint8Array(0));
    this.#o.bus.publish(subjects.queueWake(), new Uint8Array(0));
    sendJson(res, 200, envelope({ ...pauseView(fn, undefined), resumed_jobs: resumed }));
  }

  async #listFunctions({ req, res }: Ctx): Promise<void> {
    this.#authorize(req);
    sendJson(res, 200, envelope((await functionsWithPause(this.#o.store)).map(({ fn, paused }) => functionView(fn, paused))));
  }
}
