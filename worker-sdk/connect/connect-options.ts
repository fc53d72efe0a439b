// connect() options, their defaults and validation. Produces the resolved ConnectConfig the
// connection runs with; nothing after this reads options or the environment.

import os from "node:os";
import { z } from "zod";
import { appCredentials, Tether, type TetherApp } from "../client.ts";
import { readSdkEnvironment } from "../env.ts";
import { ConfigError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import {
  DEFAULT_CHECKPOINT_ACK_TIMEOUT_MS,
  DEFAULT_MAX_UNACKED_CHECKPOINTS,
  DEFAULT_PROGRESS_INTERVAL_MS,
} from "../engine/socket-channel.ts";
import { hashSigningKey } from "../signing-key.ts";
import { DEFAULT_FLUSH_ATTEMPTS, DEFAULT_REPLY_ACK_TIMEOUT_MS } from "./reply-buffer.ts";

/** Signals that trigger a graceful close() unless told otherwise. */
export const DEFAULT_SHUTDOWN_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;
export const DEFAULT_STABLE_CONNECTION_MS = 10_000;

/** Timing knobs. The defaults match the official SDK; tests shorten them. */
export interface ConnectTuning {
  /** Deadline for start request + socket + handshake. @default 10000 */
  handshakeTimeoutMs?: number;
  /** Wait for WORKER_REPLY_ACK before a reply is flushed over HTTP. @default 5000 */
  replyAckTimeoutMs?: number;
  /** ACTIVE this long and the reconnect backoff starts over. @default 10000 */
  stableConnectionMs?: number;
  /** Flush rounds before buffered replies are given up. @default 5 */
  flushAttempts?: number;
  /** Randomness for backoff jitter, in [0, 1). @default Math.random */
  random?: () => number;
  /** Checkpoints of one request awaiting their ack before the function waits. @default 4 */
  maxUnackedCheckpoints?: number;
  /** A checkpoint unacknowledged this long counts as lost; its steps are sent again. @default 30000 */
  checkpointAckTimeoutMs?: number;
  /** At most one WORKER_STEP_PROGRESS per step per this interval. @default 50 */
  progressIntervalMs?: number;
}

export interface ConnectOptions {
  /** Apps served on this connection (at most one per app id). */
  apps: TetherApp[];
  /** Stable id of this worker process; capacity is counted per instance. @default os.hostname() */
  instanceId?: string;
  /**
   * Most requests this instance runs at once; advertised to the server, which enforces it.
   * @default TETHER_CONNECT_MAX_WORKER_CONCURRENCY, else INNGEST_CONNECT_MAX_WORKER_CONCURRENCY, else unlimited
   */
  maxWorkerConcurrency?: number;
  /** Signing key for start/flush; only its hash is sent. @default the first app's signing key */
  signingKey?: string;
  /**
   * Gateway WebSocket URL, replacing the one the start call returns.
   * @default TETHER_CONNECT_GATEWAY_URL, else INNGEST_CONNECT_GATEWAY_URL, else the start response's endpoint
   */
  gatewayUrl?: string;
  /** Signals that close the connection gracefully; `[]` disables. A second signal is not caught. @default ["SIGINT", "SIGTERM"] */
  handleShutdownSignals?: NodeJS.Signals[];
  /** pino-like logger. @default the first app's logger */
  logger?: Logger;
  /** Timing knobs; see ConnectTuning. @default official SDK timings */
  tuning?: ConnectTuning;
}

export interface ConnectConfig {
  apps: ReadonlyMap<string, TetherApp>;
  apiBaseUrl: string;
  hashedSigningKey?: string;
  instanceId: string;
  maxWorkerConcurrency?: number;
  gatewayUrl?: string;
  shutdownSignals: readonly NodeJS.Signals[];
  logger: Logger;
  handshakeTimeoutMs: number;
  replyAckTimeoutMs: number;
  stableConnectionMs: number;
  flushAttempts: number;
  random: () => number;
  maxUnackedCheckpoints: number;
  checkpointAckTimeoutMs: number;
  progressIntervalMs: number;
}

const positiveMs = z.number().int().positive();
const schema = z.object({
  apps: z.array(z.instanceof(Tether)).min(1),
  instanceId: z.string().min(1).optional(),
  maxWorkerConcurrency: z.number().int().positive().optional(),
  signingKey: z.string().min(1).optional(),
  gatewayUrl: z.url({ protocol: /^wss?$/ }).optional(),
  handleShutdownSignals: z.array(z.string()).optional(),
  tuning: z
    .object({
      handshakeTimeoutMs: positiveMs.optional(),
      replyAckTimeoutMs: positiveMs.optional(),
      stableConnectionMs: z.number().int().nonnegative().optional(),
      flushAttempts: z.number().int().positive().optional(),
      maxUnackedCheckpoints: z.number().int().positive().optional(),
      checkpointAckTimeoutMs: positiveMs.optional(),
      progressIntervalMs: z.number().int().nonnegative().optional(),
    })
    .optional(),
});

function envConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number.parseInt(value, 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
}

export function resolveConnectConfig(options: ConnectOptions): ConnectConfig {
  const env = readSdkEnvironment();
  const parsed = schema.safeParse({
    ...options,
    gatewayUrl: options?.gatewayUrl ?? env.gatewayUrl,
    maxWorkerConcurrency: options?.maxWorkerConcurrency ?? envConcurrency(env.maxWorkerConcurrency),
  });
  if (!parsed.success) throw new ConfigError(`invalid connect options: ${z.prettifyError(parsed.error)}`);
  const data = parsed.data;
  const apps = new Map<string, TetherApp>();
  for (const app of options.apps) {
    if (apps.has(app.id)) throw new ConfigError(`app id "${app.id}" appears twice in connect options`);
    apps.set(app.id, app);
  }
  const first = options.apps[0]!;
  const tuning = options.tuning ?? {};
  return {
    apps,
    apiBaseUrl: first.baseUrl,
    hashedSigningKey: data.signingKey ? hashSigningKey(data.signingKey) : appCredentials(first).hashedSigningKey,
    instanceId: data.instanceId ?? os.hostname(),
    maxWorkerConcurrency: data.maxWorkerConcurrency,
    gatewayUrl: data.gatewayUrl,
    shutdownSignals: (options.handleShutdownSignals ?? DEFAULT_SHUTDOWN_SIGNALS) as readonly NodeJS.Signals[],
    logger: options.logger ?? first.logger,
    handshakeTimeoutMs: tuning.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS,
    replyAckTimeoutMs: tuning.replyAckTimeoutMs ?? DEFAULT_REPLY_ACK_TIMEOUT_MS,
    stableConnectionMs: tuning.stableConnectionMs ?? DEFAULT_STABLE_CONNECTION_MS,
    flushAttempts: tuning.flushAttempts ?? DEFAULT_FLUSH_ATTEMPTS,
    random: tuning.random ?? Math.random,
    maxUnackedCheckpoints: tuning.maxUnackedCheckpoints ?? DEFAULT_MAX_UNACKED_CHECKPOINTS,
    checkpointAckTimeoutMs: tuning.checkpointAckTimeoutMs ?? DEFAULT_CHECKPOINT_ACK_TIMEOUT_MS,
    progressIntervalMs: tuning.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS,
  };
}
