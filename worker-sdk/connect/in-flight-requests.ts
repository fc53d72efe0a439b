// Requests the worker has acknowledged and is running. Each holds a lease that is extended every
// `extend_lease_interval` (docs/connect-protocol.md §3.5) with the latest lease id; an extend ACK
// without `new_lease_id` means the lease is lost: extensions stop, the run still finishes.

import type { Logger } from "../logger.ts";
import type { GatewaySocket } from "./gateway-socket.ts";
import { pb, type ExtendLeaseAck, type GatewayExecutorRequest } from "./proto.ts";
import type { InFlightView } from "./thread-protocol.ts";

export interface InFlightRequest {
  readonly request: GatewayExecutorRequest;
  /** Socket the request arrived on. */
  readonly origin: GatewaySocket;
  /** Current lease id; absent when the gateway gave none (nothing to extend). */
  leaseId?: string;
  /** The server refused to renew the lease: shutdown no longer waits for this request. */
  leaseLost: boolean;
  readonly startedAt: number;
  lastExtendedAt?: number;
  timer?: NodeJS.Timeout;
}

export interface InFlightRequestsOptions {
  logger: Logger;
  /** Sends an extension for the request; false when no suitable socket is open (tick skipped). */
  sendExtension(entry: InFlightRequest, payload: Uint8Array): boolean;
  /** A request stopped holding a lease (finished or lost). */
  onReleased(): void;
}

/** The WORKER_REQUEST_EXTEND_LEASE payload for a request's current lease. */
export function extendLeasePayload(entry: InFlightRequest): Uint8Array {
  const r = entry.request;
  return pb.WorkerRequestExtendLeaseData.encode({
    requestId: r.requestId,
    accountId: r.accountId,
    envId: r.envId,
    appId: r.appId,
    functionSlug: r.functionSlug,
    ...(r.stepId != null ? { stepId: r.stepId } : {}),
    systemTraceCtx: r.systemTraceCtx,
    userTraceCtx: r.userTraceCtx,
    runId: r.runId,
    leaseId: entry.leaseId,
  }).finish();
}

export class InFlightRequests {
  readonly #options: InFlightRequestsOptions;
  readonly #entries = new Map<string, InFlightRequest>();

  constructor(options: InFlightRequestsOptions) {
    this.#options = options;
  }

  /** Requests whose lease is not lost; shutdown waits for these. */
  get leasedCount(): number {
    let count = 0;
    for (const entry of this.#entries.values()) if (!entry.leaseLost) count++;
    return count;
  }

  ids(): string[] {
    return [...this.#entries.keys()];
  }

  snapshot(): InFlightView[] {
    return [...this.#entries.values()].map((entry) => ({
      requestId: entry.request.requestId,
      runId: entry.request.runId,
      functionSlug: entry.request.functionSlug,
      leaseHeld: !entry.leaseLost,
      startedAt: entry.startedAt,
    }));
  }

  add(request: GatewayExecutorRequest, origin: GatewaySocket): void {
    const entry: InFlightRequest = {
      request,
      origin,
      leaseId: request.leaseId || undefined,
      leaseLost: false,
      startedAt: Date.now(),
    };
    this.#entries.set(request.requestId, entry);
    if (entry.leaseId) {
      entry.timer = setInterval(() => this.#extend(entry), origin.intervals.extendLeaseMs);
    }
  }

  finish(requestId: string): void {
    const entry = this.#entries.get(requestId);
    if (!entry) return;
    clearInterval(entry.timer);
    this.#entries.delete(requestId);
    if (!entry.leaseLost) this.#options.onReleased();
  }

  onExtendAck(ack: ExtendLeaseAck): void {
    const entry = this.#entries.get(ack.requestId);
    // Late ACKs for finished or released requests are ignored.
    if (!entry || entry.leaseLost) return;
    if (ack.newLeaseId) {
      entry.leaseId = ack.newLeaseId;
      return;
    }
    this.#options.logger.error(
      { requestId: ack.requestId, runId: entry.request.runId, functionSlug: entry.request.functionSlug },
      "lease lost: the server did not renew it; the run continues but its result may be discarded",
    );
    entry.leaseLost = true;
    clearInterval(entry.timer);
    entry.timer = undefined;
    this.#options.onReleased();
  }

  /** Stops every extension timer (shutdown). */
  stopAll(): void {
    for (const entry of this.#entries.values()) {
      clearInterval(entry.timer);
      entry.timer = undefined;
    }
  }

  #extend(entry: InFlightRequest): void {
    if (entry.leaseLost || !entry.leaseId) return;
    if (this.#options.sendExtension(entry, extendLeasePayload(entry))) {
      entry.lastExtendedAt = Date.now();
    } else {
      this.#options.logger.warn({ requestId: entry.request.requestId }, "cannot extend lease: no open gateway socket");
    }
  }
}
