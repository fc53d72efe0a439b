// NATS plumbing shared by the NATS adapters (bus, connect state): one way to dial a server with
// defaults fit for a long-lived process, and the few NATS error shapes the adapters branch on.
// Deliberately not re-exported from common/index.ts, so the embedded `tether dev` path never
// loads the nats client.
import { connect, type ConnectionOptions, type NatsConnection } from "nats";

/** JetStream "wrong last sequence": a revision-checked KV write lost its compare-and-set. */
const JS_WRONG_LAST_SEQUENCE = 10071;
/** JetStream "stream name already in use with a different configuration". */
const JS_STREAM_NAME_IN_USE = 10058;
/** JetStream "subjects overlap with an existing stream": also what a concurrent identical create can get. */
const JS_STREAM_SUBJECT_OVERLAP = 10065;

export interface NatsConnectOptions {
  /** Client name shown by the server (`connz`), e.g. `tether-gateway-<id>`. */
  name?: string;
  /** Anything else the nats.js client accepts (auth, TLS, ping interval...). */
  connectOptions?: Omit<ConnectionOptions, "servers" | "name">;
}

/** Servers and credentials of a `--nats` value: see `parseNatsUrl`. */
export interface NatsTarget {
  servers: string[];
  user?: string;
  pass?: string;
  token?: string;
}

/**
 * Splits a `--nats` value (comma-separated URLs) into servers and credentials. The nats.js client
 * ignores credentials written in a URL, so a secured NATS (docs/security.md) is reached with
 * `nats://user:password@host:4222` (user and password) or `nats://token@host:4222` (a token):
 * they are taken out of the URLs (percent-decoded) and handed to the client as options. Every URL
 * of one value must carry the same credentials, or none.
 */
export function parseNatsUrl(value: string): NatsTarget {
  const servers: string[] = [];
  let creds: { user?: string; pass?: string; token?: string } | undefined;
  for (const raw of value.split(",").map((s) => s.trim()).filter(Boolean)) {
    const at = raw.lastIndexOf("@");
    if (at < 0) {
      servers.push(raw);
      continue;
    }
    const scheme = raw.indexOf("://");
    const userinfo = raw.slice(scheme < 0 ? 0 : scheme + 3, at);
    servers.push((scheme < 0 ? "" : raw.slice(0, scheme + 3)) + raw.slice(at + 1));
    const colon = userinfo.indexOf(":");
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    const next = colon < 0 ? { token: decode(userinfo) } : { user: decode(userinfo.slice(0, colon)), pass: decode(userinfo.slice(colon + 1)) };
    if (creds && JSON.stringify(creds) !== JSON.stringify(next)) {
      throw new Error("every NATS URL of --nats must carry the same credentials");
    }
    creds = next;
  }
  return { servers, ...creds };
}

/** A `--nats` value fit for logs: credentials replaced by `***`. */
export function redactNatsUrl(value: string): string {
  return value.replace(/\/\/[^/@,]*@/g, "//***@");
}

/**
 * Dials `url` (comma-separated for a cluster; credentials in the URL, see `parseNatsUrl`).
 * Reconnects forever: a server process outlives a NATS restart, and its requests fail with coded
 * errors meanwhile.
 */
export async function connectNats(url: string, opts: NatsConnectOptions = {}): Promise<NatsConnection> {
  return connect({
    ...parseNatsUrl(url),
    name: opts.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    ...opts.connectOptions,
  });
}

interface NatsLikeError {
  code?: unknown;
  api_error?: { err_code?: number; code?: number };
}

/** The nats.js error code ("503", "TIMEOUT", "CONNECTION_CLOSED"...), if `err` carries one. */
export function natsErrorCode(err: unknown): string | undefined {
  const code = (err as NatsLikeError | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The JetStream API error code (`err_code`, e.g. 10059 stream not found), if `err` carries one. */
export function natsApiErrorCode(err: unknown): number | undefined {
  return (err as NatsLikeError | undefined)?.api_error?.err_code;
}

/** True when a revision-checked KV write (`create`, `update`, `delete` with previousSeq) lost a race. */
export function isCasConflict(err: unknown): boolean {
  return (err as NatsLikeError | undefined)?.api_error?.err_code === JS_WRONG_LAST_SEQUENCE;
}

/** True when a stream of that name exists with a different configuration. */
export function isStreamNameInUse(err: unknown): boolean {
  return (err as NatsLikeError | undefined)?.api_error?.err_code === JS_STREAM_NAME_IN_USE;
}

/**
 * True when creating a stream lost a race with another process creating it: the server answers
 * "name in use" or, for two identical creates in flight at once, "subjects overlap".
 */
export function isStreamCreateRace(err: unknown): boolean {
  const code = (err as NatsLikeError | undefined)?.api_error?.err_code;
  return code === JS_STREAM_NAME_IN_USE || code === JS_STREAM_SUBJECT_OVERLAP;
}
