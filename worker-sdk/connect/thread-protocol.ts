// Messages between the user's thread (functions, WorkerConnection) and the connection thread
// (socket, handshake, heartbeats, leases, reply buffering), and what crosses with them: errors
// keep their SDK class and code, log records go to the user's logger. See docs/worker-threads.md.

import { AuthError, ClosedError, ConfigError, ConnectError, ConnectionLimitError, TetherError } from "../errors.ts";
import type { CheckpointOutcome } from "../engine/socket-channel.ts";
import type { Logger } from "../logger.ts";
import type { FrameKind } from "./proto.ts";
import type { ConnectionSnapshot } from "./worker-connection.ts";

/** The part of ConnectConfig the connection thread runs with (structured-cloneable). */
export interface ThreadConfig {
  apiBaseUrl: string;
  hashedSigningKey?: string;
  instanceId: string;
  maxWorkerConcurrency?: number;
  gatewayUrl?: string;
  handshakeTimeoutMs: number;
  replyAckTimeoutMs: number;
  stableConnectionMs: number;
  flushAttempts: number;
  /** Samples of the user's `random`, cycled (a function cannot cross threads); absent = Math.random. */
  randomSamples?: number[];
  /** App ids served, and their function configs as sent in WORKER_CONNECT. */
  appIds: string[];
  appFunctions: Array<{ appName: string; appVersion?: string; functions: Uint8Array }>;
}

/** In-flight request as mirrored on the user's thread (ages are computed there). */
export interface InFlightView {
  requestId: string;
  runId: string;
  functionSlug: string;
  leaseHeld: boolean;
  startedAt: number;
}

/** What the connection thread reports about itself whenever it changes. */
export type ThreadStatus = Omit<ConnectionSnapshot, "inFlight"> & {
  connectionId: string;
  inFlight: InFlightView[];
  /** A socket is open for checkpoints, progress and realtime messages. */
  messageSocketOpen: boolean;
};

export type LogLevel = "debug" | "info" | "warn" | "error";

/** Connection thread → user's thread. */
export type FromThread =
  | { t: "status"; status: ThreadStatus }
  | { t: "log"; level: LogLevel; obj: unknown; msg?: string }
  | { t: "active" }
  | { t: "failed"; error: unknown }
  | { t: "run"; payload: Uint8Array }
  | { t: "checkpointOutcome"; requestId: string; seq: number; outcome: CheckpointOutcome }
  | { t: "closed" };

/** User's thread → connection thread. */
export type ToThread =
  | { t: "done"; requestId: string; reply?: Uint8Array }
  | { t: "checkpoint"; requestId: string; seq: number; payload: Uint8Array }
  | { t: "frame"; requestId: string; kind: FrameKind; payload: Uint8Array }
  | { t: "close" };

interface WireError {
  __tetherError: true;
  name: string;
  message: string;
  code?: string;
  status?: number;
  stack?: string;
  cause?: unknown;
}

/** Errors (also nested in log fields) as plain data, so their class and code survive the trip. */
export function toWire(value: unknown, depth = 0): unknown {
  if (depth > 4) return undefined;
  if (value instanceof Error) {
    const { code, status } = value as { code?: unknown; status?: unknown };
    return {
      __tetherError: true,
      name: value.name,
      message: value.message,
      stack: value.stack,
      ...(typeof code === "string" ? { code } : {}),
      ...(typeof status === "number" ? { status } : {}),
      ...(value.cause !== undefined ? { cause: toWire(value.cause, depth + 1) } : {}),
    } satisfies WireError;
  }
  if (value === null || typeof value !== "object") return typeof value === "function" ? undefined : value;
  if (Array.isArray(value)) return value.map((item) => toWire(item, depth + 1));
  if (ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item, depth + 1)]));
}

function isWireError(value: unknown): value is WireError {
  return typeof value === "object" && value !== null && (value as WireError).__tetherError === true;
}

function rebuildError(wire: WireError): Error {
  const cause = fromWire(wire.cause);
  const options = { ...(wire.cause !== undefined ? { cause } : {}), ...(wire.status !== undefined ? { status: wire.status } : {}) };
  let error: Error;
  switch (wire.name) {
    case "AuthError": error = new AuthError(wire.message, options); break;
    case "ConnectionLimitError": error = new ConnectionLimitError(wire.message, options); break;
    case "ClosedError": error = new ClosedError(wire.message); break;
    case "ConfigError": error = new ConfigError(wire.message, options); break;
    case "ConnectError": error = new ConnectError(wire.code as ConstructorParameters<typeof ConnectError>[0], wire.message, options); break;
    default: error = new Error(wire.message, wire.cause !== undefined ? { cause } : undefined);
  }
  if (!(error instanceof TetherError)) {
    error.name = wire.name;
    if (wire.code !== undefined) Object.assign(error, { code: wire.code });
  }
  if (wire.stack) error.stack = wire.stack;
  return error;
}

export function fromWire(value: unknown, depth = 0): unknown {
  if (depth > 5) return undefined;
  if (isWireError(value)) return rebuildError(value);
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((item) => fromWire(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromWire(item, depth + 1)]));
}

/** The connection thread's logger: every record goes to the user's logger on the other thread. */
export function forwardingLogger(post: (message: FromThread) => void): Logger {
  const at = (level: LogLevel) => (obj: unknown, msg?: string) => post({ t: "log", level, obj: toWire(obj), msg });
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error"), child: () => logger };
  return logger;
}

/** A deterministic stand-in for the user's `random`: its samples, in a loop. */
export function cycledRandom(samples: number[] | undefined): () => number {
  if (!samples || samples.length === 0) return Math.random;
  let next = 0;
  return () => samples[next++ % samples.length]!;
}
