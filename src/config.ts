// Process configuration: flags and environment parsed once with zod (STYLE.md), from the one
// table of options in options.ts. Nothing else reads process.env. Flags win over environment
// variables.
import { parseArgs } from "node:util";
import { z } from "zod";
import { ConfigError, isValidSigningKey } from "./common/index.ts";
import { OPTION_LIST, OPTION_SCHEMAS, ROLES, type Role } from "./options.ts";

export { ROLES, type Role } from "./options.ts";

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

export const configSchema = z.object({
  role: z.enum(ROLES),
  ...OPTION_SCHEMAS,
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

export function loadConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(OPTION_LIST.map((o) => [o.flag, { type: o.switch ? "boolean" as const : "string" as const }])),
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    throw new ConfigError("bad_request", (err as Error).message);
  }
  const role = parsed.positionals[0];
  const raw: Record<string, unknown> = { role };
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const o of OPTION_LIST) {
    const v = values[o.flag] ?? env[o.env];
    if (v !== undefined && v !== "") raw[o.key] = String(v);
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
