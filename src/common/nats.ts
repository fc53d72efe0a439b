// NATS plumbing shared by the NATS adapters (bus, connect state): one way to dial a server with
// defaults fit for a long-lived process, and the few NATS error shapes the adapters branch on.
// Deliberately not re-exported from common/index.ts, so the embedded `tether dev` path never
// loads the nats client.
import { connect, type ConnectionOptions, type NatsConnection } from "nats";
import { parseNatsUrl } from "./nats-url.ts";

export { parseNatsUrl, redactNatsUrl, type NatsTarget } from "./nats-url.ts";

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
    // With async traces on (nats.js's default) every request captures a stack trace up front
    // (`new Error()`, and a timeout error per request timer) in case it fails: 14 % of a `tether
    // dev --nats` server's CPU on the step path (bench/cpu-profile.ts step --nats). Errors keep
    // their codes without it.
    noAsyncTraces: true,
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
