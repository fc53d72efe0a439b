// Step 2 of connecting (docs/connect-protocol.md §1.2–1.3): open the WebSocket with the connect
// subprotocol, expect GATEWAY_HELLO, send WORKER_CONNECT, expect GATEWAY_CONNECTION_READY and read
// the intervals from it. Anything else, a text frame, a close or the deadline ends the attempt:
// the socket is closed with 4001 "UNEXPECTED". WORKER_READY is sent later, by the caller, once it
// has attached its handlers.

import WebSocket from "ws";
import { ConnectError } from "../errors.ts";
import { parseDurationMs } from "../duration.ts";
import type { Logger } from "../logger.ts";
import { SDK_LANGUAGE, SDK_VERSION } from "../version.ts";
import { CONNECT_SUBPROTOCOL, CloseCode, CloseReason } from "./close-reasons.ts";
import { closeSocket } from "./close-socket.ts";
import { decodeFrame, encodeFrame, kindName, toBytes } from "./frames.ts";
import { MessageKind, pb, type AppConfiguration } from "./proto.ts";
import type { SystemAttributes } from "./system-attributes.ts";

/** Used when the gateway leaves an interval empty (same fallbacks as the official SDK). */
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 10_000;
export const DEFAULT_EXTEND_LEASE_INTERVAL_MS = 5_000;

const CAPABILITIES = JSON.stringify({ trust_probe: "v1", connect: "v1" });

export interface GatewayIntervals {
  heartbeatMs: number;
  extendLeaseMs: number;
  /** 0 = WORKER_STATUS disabled. */
  statusMs: number;
}

export interface HandshakeInput {
  endpoint: string;
  connectionId: string;
  sessionToken: string;
  syncToken: string;
  instanceId: string;
  apps: AppConfiguration[];
  maxWorkerConcurrency?: number;
  systemAttributes: SystemAttributes;
  /** When this connection attempt began (start request included). */
  startedAt: Date;
  timeoutMs: number;
  signal?: AbortSignal;
  logger: Logger;
}

export interface HandshakeResult {
  ws: WebSocket;
  intervals: GatewayIntervals;
  /**
   * Stops the handshake's listeners and returns frames that arrived after CONNECTION_READY, so the
   * caller can attach its own handlers without losing any.
   */
  takeOver(): Uint8Array[];
}

function parseInterval(value: string, fallbackMs: number, allowZero: boolean, logger: Logger): number {
  if (value.length === 0) return fallbackMs;
  const ms = parseDurationMs(value);
  if (ms === undefined || ms < 0 || (!allowZero && ms === 0)) {
    logger.warn({ value, fallbackMs }, "gateway sent an unusable interval; using the default");
    return fallbackMs;
  }
  return ms;
}

export function readIntervals(payload: Uint8Array, logger: Logger): GatewayIntervals {
  const ready = pb.GatewayConnectionReadyData.decode(payload);
  return {
    heartbeatMs: parseInterval(ready.heartbeatInterval ?? "", DEFAULT_HEARTBEAT_INTERVAL_MS, false, logger),
    extendLeaseMs: parseInterval(ready.extendLeaseInterval ?? "", DEFAULT_EXTEND_LEASE_INTERVAL_MS, false, logger),
    statusMs: parseInterval(ready.statusInterval ?? "", 0, true, logger),
  };
}

function workerConnectPayload(input: HandshakeInput): Uint8Array {
  const startedMs = input.startedAt.getTime();
  return pb.WorkerConnectRequestData.encode({
    connectionId: input.connectionId,
    instanceId: input.instanceId,
    authData: { sessionToken: input.sessionToken, syncToken: input.syncToken },
    capabilities: new TextEncoder().encode(CAPABILITIES),
    apps: input.apps,
    workerManualReadinessAck: true,
    systemAttributes: input.systemAttributes,
    framework: "connect",
    sdkVersion: `v${SDK_VERSION}`,
    sdkLanguage: SDK_LANGUAGE,
    startedAt: { seconds: Math.floor(startedMs / 1000), nanos: (startedMs % 1000) * 1_000_000 },
    ...(input.maxWorkerConcurrency !== undefined ? { maxWorkerConcurrency: input.maxWorkerConcurrency } : {}),
  }).finish();
}

function syncFailedMessage(payload: Uint8Array): string {
  try {
    const error = pb.SystemError.decode(payload);
    return `gateway could not sync the app: ${error.code} ${error.message}`.trim();
  } catch {
    return "gateway could not sync the app";
  }
}

/** Runs one handshake; resolves with the open socket or rejects with a ConnectError. */
export function performHandshake(input: HandshakeInput): Promise<HandshakeResult> {
  return new Promise((resolve, reject) => new Handshake(input, resolve, reject));
}

/** One attempt's state machine: hello → ready → done. Every exit path clears the timer. */
class Handshake {
  readonly #input: HandshakeInput;
  readonly #ws: WebSocket;
  readonly #resolve: (result: HandshakeResult) => void;
  readonly #reject: (error: ConnectError) => void;
  readonly #timer: NodeJS.Timeout;
  readonly #early: Uint8Array[] = [];
  #phase: "hello" | "ready" | "done" = "hello";

  readonly #onMessage = (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void => {
    if (this.#phase === "done") this.#early.push(toBytes(data));
    else if (!isBinary) this.#fail(new ConnectError("HANDSHAKE_FAILED", "gateway sent a text frame"));
    else this.#onFrame(toBytes(data));
  };
  readonly #onClose = (code: number, reason: Buffer): void =>
    this.#fail(new ConnectError("HANDSHAKE_FAILED", `gateway closed the socket during the handshake (${code} ${reason.toString()})`));
  readonly #onUnexpectedResponse = (_request: unknown, response: { statusCode?: number }): void =>
    this.#fail(new ConnectError("HANDSHAKE_FAILED", `gateway refused the upgrade with HTTP ${response.statusCode}`, { status: response.statusCode }));
  readonly #onAbort = (): void =>
    this.#fail(new ConnectError("HANDSHAKE_FAILED", "connection attempt aborted", { retryable: false }));

  constructor(input: HandshakeInput, resolve: (result: HandshakeResult) => void, reject: (error: ConnectError) => void) {
    this.#input = input;
    this.#resolve = resolve;
    this.#reject = reject;
    this.#ws = new WebSocket(input.endpoint, [CONNECT_SUBPROTOCOL], { perMessageDeflate: false });
    // Errors are always followed by "close"; keep a listener so an error is never unhandled.
    this.#ws.on("error", (err) => input.logger.debug({ err }, "gateway socket error"));
    this.#ws.on("message", this.#onMessage);
    this.#ws.on("close", this.#onClose);
    this.#ws.on("unexpected-response", this.#onUnexpectedResponse);
    this.#timer = setTimeout(
      () => this.#fail(new ConnectError("HANDSHAKE_TIMEOUT", `handshake did not finish within ${input.timeoutMs} ms`)),
      input.timeoutMs,
    );
    if (input.signal?.aborted) this.#onAbort();
    else input.signal?.addEventListener("abort", this.#onAbort, { once: true });
  }

  #onFrame(bytes: Uint8Array): void {
    let frame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      return this.#fail(new ConnectError("HANDSHAKE_FAILED", "gateway sent an undecodable frame", { cause: err }));
    }
    if (this.#phase === "hello") {
      if (frame.kind !== MessageKind.GATEWAY_HELLO) {
        return this.#fail(new ConnectError("HANDSHAKE_FAILED", `expected GATEWAY_HELLO, got ${kindName(frame.kind)}`));
      }
      this.#phase = "ready";
      this.#ws.send(encodeFrame(MessageKind.WORKER_CONNECT, workerConnectPayload(this.#input)));
      return;
    }
    if (frame.kind === MessageKind.SYNC_FAILED) {
      return this.#fail(new ConnectError("HANDSHAKE_FAILED", syncFailedMessage(frame.payload)));
    }
    if (frame.kind !== MessageKind.GATEWAY_CONNECTION_READY) {
      return this.#fail(new ConnectError("HANDSHAKE_FAILED", `expected GATEWAY_CONNECTION_READY, got ${kindName(frame.kind)}`));
    }
    let intervals: GatewayIntervals;
    try {
      intervals = readIntervals(frame.payload, this.#input.logger);
    } catch (err) {
      return this.#fail(new ConnectError("HANDSHAKE_FAILED", "undecodable GATEWAY_CONNECTION_READY", { cause: err }));
    }
    this.#succeed(intervals);
  }

  #stopWatching(): void {
    clearTimeout(this.#timer);
    this.#input.signal?.removeEventListener("abort", this.#onAbort);
    this.#ws.off("close", this.#onClose);
    this.#ws.off("unexpected-response", this.#onUnexpectedResponse);
  }

  #succeed(intervals: GatewayIntervals): void {
    this.#phase = "done";
    this.#stopWatching();
    this.#resolve({
      ws: this.#ws,
      intervals,
      // Until takeOver(), frames that follow CONNECTION_READY are kept in #early.
      takeOver: () => {
        this.#ws.off("message", this.#onMessage);
        return this.#early.splice(0);
      },
    });
  }

  #fail(error: ConnectError): void {
    if (this.#phase === "done") return;
    this.#phase = "done";
    this.#stopWatching();
    this.#ws.off("message", this.#onMessage);
    void closeSocket(this.#ws, CloseCode.UNEXPECTED, CloseReason.UNEXPECTED);
    this.#reject(error);
  }
}
