// Process configuration: flags and environment parsed once with zod (STYLE.md). Nothing else
// reads process.env. Flags win over environment variables.
import { parseArgs } from "node:util";
import { z } from "zod";
import { type Cidr, parseCidr } from "./common/cidr.ts";
import { ConfigError, isValidSigningKey, parseDurationMs } from "./common/index.ts";

export const ROLES = ["dev", "start", "api", "gateway", "executor"] as const;
export type Role = (typeof ROLES)[number];

const num = z.coerce.number().int().min(0).max(65_535);

/** Keys each role refuses to start without, unless `--insecure` (docs/deployment.md "Keys"). */
export const ROLE_KEYS: Record<Role, readonly KeyName[]> = {
  dev: [],
  start: ["signingKey", "eventKey"],
  api: ["signingKey", "eventKey"],
  gateway: ["signingKey"],
  executor: ["signingKey"],
};
type KeyName = "signingKey" | "eventKey";
const KEY_FLAG: Record<KeyName, string> = {
  signingKey: "--signing-key (or TETHER_SIGNING_KEY)",
  eventKey: "--event-key (or TETHER_EVENT_KEY)",
};

/** `--allow-sync-url 169.254.10.0/24,fd00::/8`: ranges PUT /fn/register may fetch after all. */
const cidrList = z.string().default("").transform((text, ctx) => {
  const ranges: Cidr[] = [];
  for (const part of text.split(",").filter((p) => p.trim() !== "")) {
    const range = parseCidr(part);
    if (!range) ctx.addIssue({ code: "custom", message: `"${part.trim()}" is not an address or CIDR range` });
    else ranges.push(range);
  }
  return ranges;
});

export const configSchema = z.object({
  role: z.enum(ROLES),
  port: num.default(8288),
  gatewayPort: num.default(8289),
  /** Listen address; `tether dev` defaults to loopback, the deployed roles to every interface. */
  host: z.string().min(1).optional(),
  db: z.string().optional(),
  logLevel: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  signingKey: z.string().optional(),
  eventKey: z.string().optional(),
  sessionSecret: z.string().optional(),
  gatewayUrl: z.string().url().optional(),
  /** Seconds; linear retry backoff instead of Inngest's table. */
  retryInterval: z.coerce.number().positive().optional(),
  queueWorkers: z.coerce.number().int().positive().default(200),
  heartbeatIntervalMs: z.coerce.number().int().positive().default(10_000),
  leaseMs: z.coerce.number().int().positive().default(120_000),
  /** How long a request whose socket closed may wait for its worker to come back. */
  orphanGraceMs: z.coerce.number().int().positive().default(10_000),
  /** NATS server(s), comma-separated: switches to the distributed adapters. */
  nats: z.string().optional(),
  /** Prefix of NATS KV buckets and streams (several deployments on one NATS). */
  natsPrefix: z.string().regex(/^[a-z][a-z0-9_-]*$/i).default("tether"),
  /** JetStream replicas for Tether's streams and buckets (3 on a 3-node cluster). */
  natsReplicas: z.coerce.number().int().refine((n) => n === 1 || n === 3 || n === 5, "must be 1, 3 or 5").default(1),
  /** How long an executor holds a job without renewing it (JetStream ack wait). */
  jobLeaseMs: z.coerce.number().int().positive().default(8_000), // DEFAULT_JOB_LEASE_MS (src/state/store.ts)
  /** How long a run waits for a worker of its app to connect before the attempt fails. */
  noWorkerWaitMs: z.coerce.number().int().positive().default(600_000),
  /** Send SDKs what enables their checkpointing (official SDK v4 default). */
  checkpointing: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  /** Gateway drain grace on SIGTERM. */
  drainGraceMs: z.coerce.number().int().nonnegative().default(25_000),
  /** Milliseconds finished runs, their steps and events are kept, from a duration with a unit. */
  retention: z.string().default("7d").transform((text, ctx) => {
    const ms = /[a-zµ]/i.test(text) ? parseDurationMs(text) : undefined;
    if (ms === undefined || ms < 1_000) {
      ctx.addIssue({ code: "custom", message: `"${text}" is not a duration of at least 1s with a unit, such as 7d, 12h, 30m or 90s` });
      return z.NEVER;
    }
    return ms;
  }),
  /** Run a role without the keys it needs (ROLE_KEYS), with a warning. */
  insecure: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  /** Link-local or metadata ranges PUT /fn/register may fetch anyway. */
  allowSyncUrl: cidrList,
  /** Worker sockets one gateway holds at once (docs/security.md). */
  maxWorkerConnections: z.coerce.number().int().positive().default(10_000),
  /** Realtime subscribers (WebSocket + SSE) one API process holds at once. */
  maxRealtimeSubscribers: z.coerce.number().int().positive().default(10_000),
  /** A listener serving only `GET /metrics` (the executor has no other port); 0 = none. */
  metricsPort: num.default(0),
  /** OTLP/HTTP URL traces are exported to; tracing is off without it (otelSettings below). */
  otlpTracesEndpoint: z.string().url().optional(),
  /** `service.name` of the exported spans. */
  otelServiceName: z.string().min(1).default("tether"),
}).superRefine((c, ctx) => {
  const refuse = (message: string) => ctx.addIssue({ code: "custom", message });
  if (["api", "gateway", "executor"].includes(c.role) && !c.nats) {
    refuse(`tether ${c.role} runs one role of a distributed deployment: give --nats (or TETHER_NATS_URL)`);
  }
  const missing = c.insecure ? [] : ROLE_KEYS[c.role].filter((k) => !c[k]);
  if (missing.length > 0) {
    refuse(`tether ${c.role} requires ${missing.map((k) => KEY_FLAG[k]).join(" and ")}; pass --insecure to run without keys`);
  }
  if (c.signingKey && !isValidSigningKey(c.signingKey)) {
    refuse("signing key must be hex of even length after its signkey-<env>- prefix");
  }
});

export type Config = z.infer<typeof configSchema> & { db: string; host: string };

export const USAGE = `Usage: tether <dev|start> [options]

  dev       all roles in one process, no keys needed (embedded bus + SQLite);
            listens on 127.0.0.1 unless --host says otherwise
  start     all roles in one process; requires --signing-key and --event-key;
            with --nats, on NATS + JetStream instead of SQLite
  api       one role on NATS (requires --nats, --signing-key, --event-key):
            events, connect start/flush, REST
  gateway   one role on NATS (requires --nats, --signing-key): worker WebSockets
  executor  one role on NATS (requires --nats, --signing-key): runs functions

Options (environment variable in brackets):
  --port N              API port [TETHER_PORT] (default 8288)
  --gateway-port N      gateway port [TETHER_GATEWAY_PORT] (default 8289)
  --host H              listen address [TETHER_HOST] (default 127.0.0.1 for dev,
                        0.0.0.0 for the other roles)
  --db PATH             SQLite file or :memory: [TETHER_DB] (default .tether/<role>.db)
  --log-level L         trace|debug|info|warn|error|silent [TETHER_LOG_LEVEL] (default info)
  --signing-key K       signkey-<env>-<hex> [TETHER_SIGNING_KEY]
  --event-key K         event key for POST /e/{key} [TETHER_EVENT_KEY]
  --insecure            run start/api/gateway/executor without their keys, with a
                        warning: anyone who reaches the ports can use them [TETHER_INSECURE=true]
  --allow-sync-url C    CIDR ranges PUT /fn/register may fetch although link-local or
                        cloud metadata, comma-separated [TETHER_ALLOW_SYNC_URL]
  --gateway-url URL     gateway URL handed to workers [TETHER_GATEWAY_URL]
  --retry-interval S    linear retry backoff in seconds [TETHER_RETRY_INTERVAL]
  --queue-workers N     jobs executed at once [TETHER_QUEUE_WORKERS] (default 200)
  --nats URL            NATS server(s), comma-separated [TETHER_NATS_URL]
  --nats-prefix P       prefix of buckets and streams [TETHER_NATS_PREFIX] (default tether)
  --nats-replicas N     JetStream replicas, 1, 3 or 5 [TETHER_NATS_REPLICAS] (default 1)
  --job-lease-ms N      job lease of executors, renewed every quarter of it: a dead executor's
                        runs resume elsewhere this long after it died [TETHER_JOB_LEASE_MS] (default 8000)
  --drain-grace-ms N    gateway drain grace on SIGTERM [TETHER_DRAIN_GRACE_MS] (default 25000)
  --checkpointing B     let SDKs checkpoint steps, true|false [TETHER_CHECKPOINTING] (default true)
  --no-worker-wait-ms N how long a run waits for a worker to connect [TETHER_NO_WORKER_WAIT_MS] (default 600000)
  --retention D         how long finished runs, their steps and events are kept, e.g. 7d, 12h,
                        30m, 90s; running, sleeping and waiting runs are never deleted
                        [TETHER_RETENTION] (default 7d)
  --max-worker-connections N   worker sockets one gateway holds; more are refused with 503
                        too_many_connections [TETHER_MAX_WORKER_CONNECTIONS] (default 10000)
  --max-realtime-subscribers N realtime subscribers one API process holds; more are refused
                        [TETHER_MAX_REALTIME_SUBSCRIBERS] (default 10000)
  --metrics-port N      serve GET /metrics on this port too, for the executor, which has no
                        port otherwise; 0 = off [TETHER_METRICS_PORT] (default 0). The API and
                        gateway serve /metrics on their own ports; see docs/observability.md

Traces (OpenTelemetry, off unless an endpoint is set): OTEL_EXPORTER_OTLP_ENDPOINT or
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (OTLP/HTTP), OTEL_SERVICE_NAME (default tether),
  OTEL_EXPORTER_OTLP_HEADERS; see docs/observability.md
`;

const FLAGS = {
  port: "TETHER_PORT",
  "gateway-port": "TETHER_GATEWAY_PORT",
  host: "TETHER_HOST",
  db: "TETHER_DB",
  "log-level": "TETHER_LOG_LEVEL",
  "signing-key": "TETHER_SIGNING_KEY",
  "event-key": "TETHER_EVENT_KEY",
  "session-secret": "TETHER_SESSION_SECRET",
  "gateway-url": "TETHER_GATEWAY_URL",
  "retry-interval": "TETHER_RETRY_INTERVAL",
  "queue-workers": "TETHER_QUEUE_WORKERS",
  "heartbeat-interval-ms": "TETHER_HEARTBEAT_INTERVAL_MS",
  "lease-ms": "TETHER_LEASE_MS",
  "orphan-grace-ms": "TETHER_ORPHAN_GRACE_MS",
  nats: "TETHER_NATS_URL",
  "nats-prefix": "TETHER_NATS_PREFIX",
  "nats-replicas": "TETHER_NATS_REPLICAS",
  "job-lease-ms": "TETHER_JOB_LEASE_MS",
  "drain-grace-ms": "TETHER_DRAIN_GRACE_MS",
  "no-worker-wait-ms": "TETHER_NO_WORKER_WAIT_MS",
  checkpointing: "TETHER_CHECKPOINTING",
  "allow-sync-url": "TETHER_ALLOW_SYNC_URL",
  retention: "TETHER_RETENTION",
  "max-worker-connections": "TETHER_MAX_WORKER_CONNECTIONS",
  "max-realtime-subscribers": "TETHER_MAX_REALTIME_SUBSCRIBERS",
  "metrics-port": "TETHER_METRICS_PORT",
} as const;

/** Flags without a value; the environment variable takes `true` or `false`. */
const SWITCHES = { insecure: "TETHER_INSECURE" } as const;

const camel = (s: string) => s.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

export function loadConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(Object.keys(FLAGS).map((k) => [k, { type: "string" as const }])),
        ...Object.fromEntries(Object.keys(SWITCHES).map((k) => [k, { type: "boolean" as const }])),
      },
    });
  } catch (err) {
    throw new ConfigError("bad_request", (err as Error).message);
  }
  const role = parsed.positionals[0];
  const raw: Record<string, unknown> = { role };
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const [flag, envName] of Object.entries({ ...FLAGS, ...SWITCHES })) {
    const v = values[flag] ?? env[envName];
    if (v !== undefined && v !== "") raw[camel(flag)] = String(v);
  }
  Object.assign(raw, otelSettings(env));
  const r = configSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ConfigError("bad_request", issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message);
  }
  const c = r.data;
  return { ...c, host: c.host ?? (c.role === "dev" ? "127.0.0.1" : "0.0.0.0"), db: c.db ?? `.tether/${c.role}.db` };
}

/**
 * Tracing from OpenTelemetry's own variables (the OTLP exporter and SDK environment specs): the
 * traces endpoint as given, else the base endpoint with `/v1/traces`; off when neither is set, or
 * with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none.
 */
function otelSettings(env: NodeJS.ProcessEnv): Record<string, string> {
  const get = (name: string) => env[name]?.trim() || undefined;
  if (get("OTEL_SDK_DISABLED")?.toLowerCase() === "true" || get("OTEL_TRACES_EXPORTER")?.toLowerCase() === "none") return {};
  const base = get("OTEL_EXPORTER_OTLP_ENDPOINT");
  const endpoint = get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") ?? (base && `${base.replace(/\/+$/, "")}/v1/traces`);
  const service = get("OTEL_SERVICE_NAME");
  return { ...(endpoint ? { otlpTracesEndpoint: endpoint } : {}), ...(service ? { otelServiceName: service } : {}) };
}

/** Loopback names and addresses: only processes on this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/**
 * What a process started with these settings leaves open to anyone who can reach its ports:
 * nothing for a keyed process or `tether dev` on loopback. The composition root logs it as a
 * warning at start (`--insecure`, or `tether dev --host <not loopback>` without keys).
 */
export function openSurfaces(c: Pick<Config, "role" | "host" | "signingKey" | "eventKey">): string[] {
  if (c.role === "dev" && isLoopbackHost(c.host)) return [];
  const all = c.role === "dev" || c.role === "start";
  const open: string[] = [];
  if ((all || c.role === "api") && !c.signingKey) {
    open.push("API: REST, PUT/POST /fn/register, /v0/connect/start and /flush, checkpoints and realtime tokens need no signing key");
  }
  if ((all || c.role === "api") && !c.eventKey) open.push("API: POST /e/{key} accepts any event key");
  if ((all || c.role === "gateway") && !c.signingKey) {
    open.push("gateway: worker session tokens are signed with the public dev secret, so anyone can forge one");
  }
  if ((all || c.role === "executor") && !c.signingKey) open.push("executor: requests to serve() apps are not signed");
  return open;
}
