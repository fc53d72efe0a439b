// Composition of a Tether process. `tether dev` / `tether start` run every role in one process
// on the embedded adapters (in-process bus, SQLite, in-memory connect state); with `--nats`
// (and for `tether api|gateway|executor`) the roles run on NATS, JetStream KV and streams, so
// any number of each can share one NATS. Used by the CLI and by tests; signals are the CLI's.
import type { SpanExporter } from "@opentelemetry/sdk-trace";
import type { Logger } from "pino";
import { Gateway, GatewayDirectory, sessionSecretFor } from "../gateway/index.ts";
import { ApiServer, serveAppSync } from "./api/index.ts";
import { type Bus, MemoryBus, NatsBus } from "./bus/index.ts";
import { connectNats } from "./common/nats.ts";
import { type Config, openSurfaces, type Role } from "./config.ts";
import { ACCOUNT_ID, ENV_ID, Executor } from "./executor/index.ts";
import { type RunTracing, startTracing } from "./observability/tracing.ts";
import { tracedStore } from "./observability/tracing-store.ts";
import { Metrics } from "./observability/metrics.ts";
import { MetricsServer } from "./observability/metrics-http.ts";
import { meteredStore } from "./observability/metrics-store.ts";
import { JetStreamReplayLog, MemoryReplayLog, RealtimeService, type ReplayLog } from "./realtime/index.ts";
import {
  type ConnectState, JetStreamStore, MemoryConnectState, NatsConnectState, SqliteStore, type Store,
} from "./state/index.ts";

/** How long a process running the API and a gateway waits at start for its API to hear the gateway. */
const GATEWAY_HEARD_TIMEOUT_MS = 5_000;

export type RoleName = "api" | "gateway" | "executor";

export interface RunningServer {
  api?: ApiServer;
  gateway?: Gateway;
  executor?: Executor;
  store?: Store;
  /** This server's metrics registry (served at /metrics; docs/observability.md). */
  metrics: Metrics;
  /** The `--metrics-port` listener, when one was asked for. */
  metricsServer?: MetricsServer;
  /** Run traces, when an OTLP endpoint (or `traceExporter`) is set. */
  tracing?: RunTracing;
  close(): Promise<void>;
}

/** What tests hand a process besides its config. */
export interface ServerHooks {
  /** Export traces here (e.g. an InMemorySpanExporter) instead of over OTLP; turns tracing on. */
  traceExporter?: SpanExporter;
}

export function rolesOf(role: Role): Set<RoleName> {
  return role === "dev" || role === "start" ? new Set(["api", "gateway", "executor"]) : new Set([role]);
}

/**
 * Closed by default (DESIGN.md invariant 6): config refuses a role without its keys unless
 * `--insecure`; what such a process (or `tether dev` off loopback without keys) leaves open is
 * said once, loudly, before it listens.
 */
function warnIfOpen(config: Config, log: Logger): void {
  const open = openSurfaces(config);
  if (open.length === 0) return;
  if (config.role === "dev") log.warn({ host: config.host, open }, "tether dev listens beyond loopback without keys");
  else log.warn({ role: config.role, open }, "running without keys (--insecure): anyone who reaches these ports can use them");
}

export async function startServer(config: Config, log: Logger, hooks: ServerHooks = {}): Promise<RunningServer> {
  const roles = rolesOf(config.role);
  const sessionSecret = sessionSecretFor({
    signingKey: config.signingKey, sessionSecret: config.sessionSecret, keyless: config.role === "dev" || config.insecure,
  });
  warnIfOpen(config, log);
  const distributed = config.nats !== undefined;
  const cleanup: (() => Promise<void> | void)[] = [];
  // One registry per server, never prom-client's global one: tests run several servers at once.
  const metrics = new Metrics();
  let bus: Bus;
  let connectState: ConnectState;
  let store: Store | undefined;
  let replay: ReplayLog | undefined;
  if (distributed) {
    const nc = await connectNats(config.nats!, { name: `tether-${config.role}` });
    metrics.followNats(nc);
    cleanup.push(() => nc.drain().catch(() => undefined));
    bus = new NatsBus(nc);
    connectState = await NatsConnectState.create(nc, { prefix: config.natsPrefix, replicas: config.natsReplicas, log });
    if (roles.has("api") || roles.has("executor")) {
      store = await JetStreamStore.create(nc, {
        prefix: config.natsPrefix, jobLeaseMs: config.jobLeaseMs, replicas: config.natsReplicas, log, retentionMs: config.retention,
      });
    }
    if (roles.has("api")) replay = await JetStreamReplayLog.tryCreate(nc, { prefix: config.natsPrefix, replicas: config.natsReplicas }, log);
  } else {
    bus = new MemoryBus();
    replay = new MemoryReplayLog(bus, log);
    connectState = new MemoryConnectState();
    store = new SqliteStore(config.db, { retentionMs: config.retention, log });
  }
  const tracing = startTracing({ endpoint: config.otlpTracesEndpoint, serviceName: config.otelServiceName, exporter: hooks.traceExporter });
  if (tracing) {
    if (config.otlpTracesEndpoint) log.info({ endpoint: config.otlpTracesEndpoint }, "exporting run traces over OTLP");
    if (store) store = tracedStore(store, tracing);
  }
  if (store) store = meteredStore(store, metrics);
  if (store && roles.has("executor")) metrics.watchQueue(store.queue);
  const executor = roles.has("executor") ? new Executor({
    store: store!, connectState, bus, log, concurrency: config.queueWorkers, soleExecutor: !distributed,
    retryIntervalMs: config.retryInterval ? config.retryInterval * 1000 : undefined, jobLeaseMs: config.jobLeaseMs,
    requestLeaseMs: config.leaseMs, orphanGraceMs: config.orphanGraceMs, signingKey: config.signingKey,
    noWorkerWaitMs: config.noWorkerWaitMs, checkpointing: config.checkpointing, tracing, metrics,
  }) : undefined;
  const gateway = roles.has("gateway") ? new Gateway({
    bus, state: connectState, log, port: config.gatewayPort, host: config.host, sessionSecret,
    url: distributed ? config.gatewayUrl : undefined, announce: distributed, drainGraceMs: config.drainGraceMs,
    maxConnections: config.maxWorkerConnections, metrics, signingKey: config.signingKey,
    timings: {
      heartbeatIntervalMs: config.heartbeatIntervalMs, leaseMs: config.leaseMs,
      extendLeaseIntervalMs: Math.max(1, Math.floor(config.leaseMs / 4)),
    },
  }) : undefined;
  let api: ApiServer | undefined;
  let directory: GatewayDirectory | undefined;
  if (roles.has("api")) {
    directory = distributed ? new GatewayDirectory(bus) : undefined;
    const dir = directory;
    if (dir) cleanup.push(() => dir.close());
    cleanup.push(serveAppSync(bus, store!, log, () => executor?.invalidateFunctions()));
    api = new ApiServer({
      store: store!, connectState, bus, log, port: config.port, host: config.host, gatewayPort: () => gateway?.port ?? config.gatewayPort,
      gatewayUrl: config.gatewayUrl, sessionSecret, eventKey: config.eventKey, signingKey: config.signingKey, allowSyncUrl: config.allowSyncUrl,
      onAppSynced: () => executor?.invalidateFunctions(), gatewayDirectory: directory, metrics,
      realtime: new RealtimeService({
        bus, log, sessionSecret, accountId: ACCOUNT_ID, envId: ENV_ID, signingKey: config.signingKey, replay,
        maxSubscribers: config.maxRealtimeSubscribers, metrics,
      }),
    });
  }
  const metricsServer = config.metricsPort ? new MetricsServer({
    metrics, port: config.metricsPort, host: config.host, signingKey: config.signingKey, log,
  }) : undefined;
  await executor?.start();
  await gateway?.start();
  await api?.start();
  await metricsServer?.start();
  // Ready means a worker asking this API for a gateway gets this process's own.
  if (directory && gateway) await directory.heard(gateway.id, GATEWAY_HEARD_TIMEOUT_MS);
  let closing: Promise<void> | undefined;
  return {
    api, gateway, executor, store, tracing, metrics, metricsServer,
    close() {
      closing ??= (async () => {
        // Stop intake; a gateway drains (workers move to other gateways) unless this process
        // runs every role, where in-flight requests finish over the still-open gateway first.
        await api?.close();
        await metricsServer?.close();
        if (gateway && (executor || !distributed)) {
          await executor?.close(config.drainGraceMs);
          await gateway.close({ graceMs: distributed ? config.drainGraceMs : 0 });
        } else {
          await Promise.all([gateway?.close(), executor?.close(config.drainGraceMs)]);
        }
        for (const c of cleanup.reverse()) await c();
        await tracing?.close();
        await bus.close();
        await connectState.close();
        await store?.close();
      })();
      return closing;
    },
  };
}
