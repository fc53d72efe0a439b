// Handles GATEWAY_EXECUTOR_REQUEST (docs/connect-protocol.md §3.4): drop it silently unless the worker
// is ACTIVE and serves the app; otherwise ACK at once on the socket it came from, hold the lease
// while the engine runs, and hand the encoded reply to the connection for delivery. The engine
// gets the request's socket channel (checkpoints, progress); a request the server calls stale
// while it runs ends without a reply.

import { appCredentials, type TetherApp } from "../client.ts";
import { runExecutorRequest } from "../engine/run-request.ts";
import type { SocketChannel } from "../engine/socket-channel.ts";
import { StaleDispatchError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { GatewaySocket } from "./gateway-socket.ts";
import type { InFlightRequests } from "./in-flight-requests.ts";
import { MessageKind, pb, type GatewayExecutorRequest } from "./proto.ts";
import { loadRunState } from "./run-state-api.ts";
import { encodeRequestAck, encodeSdkResponse } from "./sdk-response.ts";
import { parseTraceContext } from "../trace-context.ts";

export interface ExecutorRequestHandlerOptions {
  /** Apps served on this connection, by app id. */
  apps: ReadonlyMap<string, TetherApp>;
  /** True while new work may be accepted (state ACTIVE). */
  accepting(): boolean;
  inFlight: InFlightRequests;
  /** Sends the reply on a socket or buffers it. */
  deliverReply(requestId: string, sdkResponse: Uint8Array): void;
  /** The socket channel for a request; `closeChannel` is called when the request ends. */
  openChannel(request: GatewayExecutorRequest): SocketChannel;
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
    const app = request.appName ? this.#options.apps.get(request.appName) : undefined;
    if (!app) {
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
      const { hashedSigningKey } = appCredentials(app);
      const result = await runExecutorRequest({
        functions: app.functions,
        functionSlug: request.functionSlug,
        payload: request.requestPayload,
        stepId: request.stepId,
        logger: app.logger,
        loadRunState: (runId) => loadRunState(app.baseUrl, hashedSigningKey, runId),
        channel: this.#options.openChannel(request),
        traceContext: parseTraceContext(request.userTraceCtx),
      });
      this.#options.deliverReply(request.requestId, encodeSdkResponse(request, result));
    } catch (err) {
      if (!(err instanceof StaleDispatchError)) throw err;
      logger.warn({ ...fields, code: err.code }, "dropping a request the server says is stale; no reply");
    } finally {
      this.#options.closeChannel(request.requestId);
      this.#options.inFlight.finish(request.requestId);
    }
  }
}
