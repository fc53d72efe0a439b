// Handles GATEWAY_EXECUTOR_REQUEST on the connection thread (docs/connect-protocol.md §3.4): drop it
// silently unless the worker is ACTIVE and serves the app; otherwise ACK at once on the socket it
// came from, hold the lease while the user's thread runs it, and hand the encoded reply to the
// connection for delivery. A request the user's thread answers without a reply (stale, or the
// engine failed) releases its lease and sends nothing.

import type { Logger } from "../logger.ts";
import type { GatewaySocket } from "./gateway-socket.ts";
import type { InFlightRequests } from "./in-flight-requests.ts";
import { MessageKind, pb, type GatewayExecutorRequest } from "./proto.ts";
import { encodeRequestAck } from "./sdk-response.ts";

export interface ExecutorRequestHandlerOptions {
  /** True when this worker serves the app. */
  serves(appName: string): boolean;
  /** True while new work may be accepted (state ACTIVE). */
  accepting(): boolean;
  inFlight: InFlightRequests;
  /** Runs the request on the user's thread; resolves with the SDKResponse bytes, or none. */
  execute(request: GatewayExecutorRequest, payload: Uint8Array): Promise<Uint8Array | undefined>;
  /** Sends the reply on a socket or buffers it. */
  deliverReply(requestId: string, sdkResponse: Uint8Array): void;
  /** Called when the request ends (its checkpoints stop waiting for acks). */
  closeChannel(requestId: string): void;
  logger: Logger;
}

export class ExecutorRequestHandler {
  readonly #options: ExecutorRequestHandlerOptions;

  constructor(options: ExecutorRequestHandlerOptions) {
    this.#options = options;
  }

  async handle(payload: Uint8Array, origin: GatewaySocket): Promise<void> {
    const { logger } = this.#options;
    let request: GatewayExecutorRequest;
    try {
      request = pb.GatewayExecutorRequestData.decode(payload);
    } catch (err) {
      logger.warn({ err, connectionId: origin.connectionId }, "dropping an undecodable executor request");
      return;
    }
    const fields = { requestId: request.requestId, runId: request.runId, appName: request.appName };
    if (!this.#options.accepting()) {
      logger.warn(fields, "dropping an executor request: connection is not active");
      return;
    }
    if (!request.appName || !this.#options.serves(request.appName)) {
      logger.warn(fields, "dropping an executor request for an app this worker does not serve");
      return;
    }
    // Without a delivered ACK the gateway re-routes the request; running it here would duplicate it.
    if (!origin.send(MessageKind.WORKER_REQUEST_ACK, encodeRequestAck(request))) {
      logger.warn(fields, "dropping an executor request: could not acknowledge it");
      return;
    }
    this.#options.inFlight.add(request, origin);
    try {
      const reply = await this.#options.execute(request, payload);
      if (reply) this.#options.deliverReply(request.requestId, reply);
    } finally {
      this.#options.closeChannel(request.requestId);
      this.#options.inFlight.finish(request.requestId);
    }
  }
}
