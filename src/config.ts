// Process configuration: flags and environment parsed once with zod (STYLE.md). Nothing else
// reads process.env. Flags win over environment variables.
import { parseArgs } from "node:util";
import { z } from "zod";
import { ConfigError, isValidSigningKey } from "./common/index.ts";

export const ROLES = ["dev", "start", "api", "gateway", "executor"] as const;
export type Role = (typeof ROLES)[number];

const num = z.coerce.number().int().min(0).max(65_535);

export const configSchema = z.object({
  role: z.enum(ROLES),
  port: num.default(8288),
  gatewayPort: num.default(8289),
  host: z.string().default("0.0.0.0"),
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
  jobLeaseMs: z.coerce.number().int().positive().default(60_000),
  /** How long a run waits for a worker of its app to connect before the attempt fails. */
  noWorkerWaitMs: z.coerce.number().int().positive().default(600_000),
  /** Send SDKs what enables their checkpointing (official SDK v4 default). */
  checkpointing: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  /** Gateway drain grace on SIGTERM. */
  drainGraceMs: z.coerce.number().int().nonnegative().default(25_000),
});

export type Config = z.infer<typeof configSchema> & { db: string };

export const USAGE = `Usage: tether <dev|start> [options]

  dev       all roles in one process, no keys needed (embedded bus + SQLite)
  start     all roles in one process; requires --signing-key and --event-key;
            with --nats, on NATS + JetStream instead of SQLite
  api       one role on NATS (requires --nats): events, connect start/flush, REST
  gateway   one role on NATS (requires --nats): worker WebSockets
  executor  one role on NATS (requires --nats): runs functions

Options (environment variable in brackets):
  --port N              API port [TETHER_PORT] (default 8288)
  --gateway-port N      gateway port [TETHER_GATEWAY_PORT] (default 8289)
  --host H              listen address [TETHER_HOST] (default 0.0.0.0)
  --db PATH             SQLite file or :memory: [TETHER_DB] (default .tether/<role>.db)
  --log-level L         trace|debug|info|warn|error|silent [TETHER_LOG_LEVEL] (default info)
  --signing-key K       signkey-<env>-<hex> [TETHER_SIGNING_KEY]
  --event-key K         event key for POST /e/{key} [TETHER_EVENT_KEY]
  --gateway-url URL     gateway URL handed to workers [TETHER_GATEWAY_URL]
  --retry-interval S    linear retry backoff in seconds [TETHER_RETRY_INTERVAL]
  --queue-workers N     jobs executed at once [TETHER_QUEUE_WORKERS] (default 200)
  --nats URL            NATS server(s), comma-separated [TETHER_NATS_URL]
  --nats-prefix P       prefix of buckets and streams [TETHER_NATS_PREFIX] (default tether)
  --nats-replicas N     JetStream replicas, 1, 3 or 5 [TETHER_NATS_REPLICAS] (default 1)
  --job-lease-ms N      executor job lease on JetStream [TETHER_JOB_LEASE_MS] (default 60000)
  --drain-grace-ms N    gateway drain grace on SIGTERM [TETHER_DRAIN_GRACE_MS] (default 25000)
  --checkpointing B     let SDKs checkpoint steps, true|false [TETHER_CHECKPOINTING] (default true)
  --no-worker-wait-ms N how long a run waits for a worker to connect [TETHER_NO_WORKER_WAIT_MS] (default 600000)
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
} as const;

const camel = (s: string) => s.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

export function loadConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: Object.fromEntries(Object.keys(FLAGS).map((k) => [k, { type: "string" as const }])),
    });
  } catch (err) {
    throw new ConfigError("bad_request", (err as Error).message);
  }
  const role = parsed.positionals[0];
  const raw: Record<string, unknown> = { role };
  for (const [flag, envName] of Object.entries(FLAGS)) {
    const v = (parsed.values as Record<string, string | undefined>)[flag] ?? env[envName];
    if (v !== undefined && v !== "") raw[camel(flag)] = v;
  }
  const r = configSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ConfigError("bad_request", `${issue.path.join(".") || "command"}: ${issue.message}`);
  }
  const c = r.data;
  if (c.role === "start") {
    if (!c.signingKey) throw new ConfigError("bad_request", "tether start requires --signing-key (or TETHER_SIGNING_KEY)");
    if (!c.eventKey) throw new ConfigError("bad_request", "tether start requires --event-key (or TETHER_EVENT_KEY)");
  }
  if (["api", "gateway", "executor"].includes(c.role) && !c.nats) {
    throw new ConfigError("bad_request", `tether ${c.role} runs one role of a distributed deployment: give --nats (or TETHER_NATS_URL)`);
  }
  if (c.signingKey && !isValidSigningKey(c.signingKey)) {
    throw new ConfigError("bad_request", "signing key must be hex of even length after its signkey-<env>- prefix");
  }
  return { ...c, db: c.db ?? `.tether/${c.role}.db` };
}
