// Every option of the `tether` command, once: its flag, environment variable, validation, default,
// meaning and the roles it concerns. The parser and the schema (config.ts), each role's `--help`
// and the README's configuration table (a test keeps it equal to `optionsMarkdown()`) all come
// from this table, so none of them can forget an option.
import { z } from "zod";
import { type Cidr, parseCidr } from "./common/cidr.ts";
import { parseDurationMs } from "./common/index.ts";

export const ROLES = ["dev", "start", "api", "gateway", "executor"] as const;
export type Role = (typeof ROLES)[number];

export interface OptionSpec<S extends z.ZodType = z.ZodType> {
  flag: string;
  env: string;
  /** The value's placeholder in the help (`N`, `URL`…); none for a switch. */
  arg?: string;
  /** A flag without a value; its environment variable takes `true` or `false`. */
  switch?: true;
  schema: S;
  /** The default as people read it ("—" when none). */
  shown: string;
  help: string;
  /** The roles the option concerns (`dev` and `start` run every role). */
  roles: readonly Role[];
  /** Kept out of the help and the README (a test hook). */
  hidden?: true;
}

const ALL = ROLES;
const API: readonly Role[] = ["dev", "start", "api"];
const GATEWAY: readonly Role[] = ["dev", "start", "gateway"];
const EXECUTOR: readonly Role[] = ["dev", "start", "executor"];
const STORE: readonly Role[] = ["dev", "start", "api", "executor"];
const DISTRIBUTED: readonly Role[] = ["start", "api", "gateway", "executor"];

const port = z.coerce.number().int().min(0).max(65_535);
const positive = z.coerce.number().int().positive();
const bool = (d: "true" | "false") => z.enum(["true", "false"]).default(d).transform((v) => v === "true");

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

/** Milliseconds from a duration with a unit, at least a second. */
const retention = z.string().default("7d").transform((text, ctx) => {
  const ms = /[a-zµ]/i.test(text) ? parseDurationMs(text) : undefined;
  if (ms === undefined || ms < 1_000) {
    ctx.addIssue({ code: "custom", message: `"${text}" is not a duration of at least 1s with a unit, such as 7d, 12h, 30m or 90s` });
    return z.NEVER;
  }
  return ms;
});

function opt<S extends z.ZodType>(
  flag: string, arg: string | undefined, schema: S, shown: string, roles: readonly Role[], help: string, extra: Partial<Omit<OptionSpec, "schema">> = {},
): OptionSpec<S> {
  return { flag, env: `TETHER_${flag.toUpperCase().replaceAll("-", "_")}`, arg, schema, shown, roles, help, ...extra };
}

/** Options by their key in the parsed config (`gatewayPort` for `--gateway-port`). */
export const OPTIONS = {
  port: opt("port", "N", port.default(8288), "8288", API, "API port"),
  gatewayPort: opt("gateway-port", "N", port.default(8289), "8289", GATEWAY, "gateway (WebSocket) port"),
  host: opt("host", "H", z.string().min(1).optional(), "127.0.0.1 for `dev`, 0.0.0.0 for the other roles", ALL,
    "listen address; `tether dev` beyond loopback without keys logs a warning"),
  insecure: opt("insecure", undefined, bool("false"), "off", DISTRIBUTED,
    "start `start`/`api`/`gateway`/`executor` without their keys, with a warning naming what is open (tests and trusted networks only)", { switch: true }),
  allowSyncUrl: opt("allow-sync-url", "C", cidrList, "—", API,
    "comma-separated CIDR ranges `PUT /fn/register` may fetch although link-local or cloud metadata (refused otherwise)"),
  db: opt("db", "PATH", z.string().optional(), "`.tether/<role>.db`", ["dev", "start"], "SQLite file, or `:memory:`"),
  logLevel: opt("log-level", "L", z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"), "info", ALL,
    "trace, debug, info, warn, error, silent (pretty on a TTY, JSON otherwise)"),
  signingKey: opt("signing-key", "K", z.string().optional(), "—", ALL, "`signkey-<env>-<hex>`; SDK calls must present it (or its hash) as Bearer"),
  eventKey: opt("event-key", "K", z.string().optional(), "—", API, "`POST /e/{key}` must use it; other keys get 401"),
  sessionSecret: opt("session-secret", "S", z.string().optional(), "—", ALL, "HMAC secret of worker session tokens (derived from the signing key otherwise)", { hidden: true }),
  gatewayUrl: opt("gateway-url", "URL", z.string().url().optional(), "from the request's Host", ["dev", "start", "api", "gateway"],
    "gateway URL handed to workers by `/v0/connect/start`"),
  retryInterval: opt("retry-interval", "S", z.coerce.number().positive().optional(), "—", EXECUTOR,
    "linear retry backoff in seconds instead of Inngest's table (15 s, 30 s, 1 m, … 2 h)"),
  queueWorkers: opt("queue-workers", "N", positive.default(200), "200", EXECUTOR, "jobs the executor runs at once"),
  heartbeatIntervalMs: opt("heartbeat-interval-ms", "N", positive.default(10_000), "10000", GATEWAY, "how often workers send a heartbeat (told to them at the handshake)"),
  leaseMs: opt("lease-ms", "N", positive.default(120_000), "120000", ["dev", "start", "gateway", "executor"], "request lease a worker extends while a step runs"),
  orphanGraceMs: opt("orphan-grace-ms", "N", positive.default(10_000), "10000", EXECUTOR,
    "how long a request whose worker socket dropped waits for that worker to come back"),
  nats: opt("nats", "URL", z.string().optional(), "—", DISTRIBUTED,
    "NATS server(s), comma-separated: use NATS + JetStream instead of SQLite (required by `api`, `gateway`, `executor`)", { env: "TETHER_NATS_URL" }),
  natsPrefix: opt("nats-prefix", "P", z.string().regex(/^[a-z][a-z0-9_-]*$/i).default("tether"), "tether", DISTRIBUTED, "prefix of Tether's buckets and streams"),
  natsReplicas: opt("nats-replicas", "N", z.coerce.number().int().refine((n) => n === 1 || n === 3 || n === 5, "must be 1, 3 or 5").default(1), "1", DISTRIBUTED,
    "JetStream replicas (3 on a 3-node cluster)"),
  jobLeaseMs: opt("job-lease-ms", "N", positive.default(8_000), "8000", EXECUTOR,
    "how long a silent executor keeps a job before another takes it; renewed every quarter of it, so a killed executor's runs resume elsewhere within seconds (docs/deployment.md, \"Executor fail-over\")"),
  drainGraceMs: opt("drain-grace-ms", "N", z.coerce.number().int().nonnegative().default(25_000), "25000", GATEWAY, "how long a gateway drains on SIGTERM"),
  checkpointing: opt("checkpointing", "B", bool("true"), "true", EXECUTOR, "let SDKs checkpoint steps (`true` or `false`)"),
  noWorkerWaitMs: opt("no-worker-wait-ms", "N", positive.default(600_000), "600000", EXECUTOR, "how long a run waits for a worker of its app to connect"),
  retention: opt("retention", "D", retention, "7d", STORE,
    "how long finished runs, their steps and events are kept (`7d`, `12h`, `30m`, `90s`; at least 1 s)"),
  maxWorkerConnections: opt("max-worker-connections", "N", positive.default(10_000), "10000", GATEWAY,
    "worker sockets one gateway holds (handshaking ones included); more get 503 `too_many_connections`"),
  maxRealtimeSubscribers: opt("max-realtime-subscribers", "N", positive.default(10_000), "10000", API,
    "realtime subscribers (WebSocket + SSE) one API process holds"),
  metricsPort: opt("metrics-port", "N", port.default(0), "0 (none)", ALL,
    "a port serving only `GET /metrics` (the executor's way to be scraped; the API and gateway also serve it on their own ports)"),
};

export type OptionKey = keyof typeof OPTIONS;
export const OPTION_LIST: readonly (OptionSpec & { key: OptionKey })[] = (Object.keys(OPTIONS) as OptionKey[]).map((key) => ({ ...OPTIONS[key], key }));

/** Each option's schema by its key: the body of the config schema (config.ts). */
export const OPTION_SCHEMAS = Object.fromEntries(OPTION_LIST.map((o) => [o.key, o.schema])) as { [K in OptionKey]: (typeof OPTIONS)[K]["schema"] };

const ROLE_TEXT: Record<Role, string> = {
  dev: "all roles in one process, no keys needed (embedded bus + SQLite); listens on 127.0.0.1 unless --host says otherwise",
  start: "all roles in one process; requires --signing-key and --event-key; with --nats, on NATS + JetStream instead of SQLite",
  api: "one role on NATS (requires --nats, --signing-key, --event-key): events, connect start/flush, REST, dashboard",
  gateway: "one role on NATS (requires --nats, --signing-key): worker WebSockets",
  executor: "one role on NATS (requires --nats, --signing-key): runs functions",
};

const plain = (s: string) => s.replaceAll("`", "");

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** `tether --help` (every role) or `tether <role> --help` (that role's options only). */
export function usage(role?: Role): string {
  const roles = role ? [role] : ROLES;
  const head = role ? `Usage: tether ${role} [options]\n\n  ${wrap(ROLE_TEXT[role], 76, "  ")}\n`
    : `Usage: tether <role> [options]    (tether <role> --help: that role's options)\n\n${ROLES.map((r) => `  ${r.padEnd(9)} ${wrap(ROLE_TEXT[r], 66, " ".repeat(12))}`).join("\n")}\n`;
  const shown = OPTION_LIST.filter((o) => !o.hidden && roles.some((r) => o.roles.includes(r)));
  const body = shown.map((o) => {
    const left = `  --${o.flag}${o.arg ? ` ${o.arg}` : ""}`;
    const text = `${plain(o.help)} [${o.env}${o.switch ? "=true" : ""}]${o.shown !== "—" ? ` (default ${plain(o.shown)})` : ""}`;
    return `${left.padEnd(30)}${wrap(text, 70, " ".repeat(30))}`;
  }).join("\n");
  const otel = "Traces (OpenTelemetry, off unless an endpoint is set): OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (OTLP/HTTP), OTEL_SERVICE_NAME (default tether), OTEL_EXPORTER_OTLP_HEADERS; see docs/observability.md";
  return `${head}\nOptions (environment variable in brackets):\n${body}\n\n${wrap(otel, 96, "  ")}\n`;
}

/** The README's configuration table. */
export function optionsMarkdown(): string {
  const rows = OPTION_LIST.filter((o) => !o.hidden).map((o) => `| \`--${o.flag}\` | \`${o.env}${o.switch ? "=true" : ""}\` | ${o.shown} | ${o.help} |`);
  return ["| flag | environment | default | meaning |", "|---|---|---|---|", ...rows].join("\n");
}
