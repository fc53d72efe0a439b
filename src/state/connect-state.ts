// The connect-state port: what gateways and executors share about live connections — the
// connection registry, per-instance capacity, request leases and buffered replies
// (docs/connect-protocol.md §3.5, §3.6, §4.3, §6.1). All of it is ephemeral: it dies with the
// connections it describes. Adapters: memory (embedded) and NATS KV (distributed).

export type ConnectionStatus = "CONNECTED" | "READY" | "DRAINING" | "DISCONNECTED";

export interface ConnectionApp {
  appId: string;
  appName: string;
  appVersion?: string;
  syncId: string;
  functionSlugs: string[];
}

export interface ConnectionRecord {
  id: string;
  gatewayId: string;
  instanceId: string;
  status: ConnectionStatus;
  apps: ConnectionApp[];
  /** Absent or 0 = unlimited. Shared by every connection of the instance. */
  maxWorkerConcurrency?: number;
  lastHeartbeatAt: number;
  connectedAt: number;
  sdkLanguage: string;
  sdkVersion: string;
}

export interface LeaseRecord {
  requestId: string;
  leaseId: string;
  prevLeaseId?: string;
  instanceId: string;
  /** Bus subject the reply is published to (the waiting executor). */
  replySubject: string;
  /** Bus subject for checkpoints and progress of the request (the waiting executor). */
  updateSubject?: string;
  runId: string;
  /**
   * Set when the socket that carried the request closed before replying. A reconnected worker
   * that still runs it clears this by extending the lease or listing the request in WORKER_STATUS;
   * otherwise the executor gives up on it after a short grace instead of the whole lease.
   */
  orphanedAt?: number;
}

export interface ConnectState {
  upsertConnection(c: ConnectionRecord): Promise<void>;
  getConnection(id: string): Promise<ConnectionRecord | undefined>;
  deleteConnection(id: string): Promise<void>;
  listConnections(): Promise<ConnectionRecord[]>;

  /** Atomically counts `requestId` against the instance when under `limit` (unlimited when absent). */
  assignRequest(instanceId: string, requestId: string, limit?: number): Promise<boolean>;
  releaseRequest(instanceId: string, requestId: string): Promise<void>;
  inFlight(instanceId: string): Promise<number>;

  /** Creates the lease unless a live one exists for the request. */
  createLease(lease: LeaseRecord): Promise<boolean>;
  getLease(requestId: string): Promise<LeaseRecord | undefined>;
  /** CAS on the presented lease id; answers the new id, or undefined (NACK). */
  extendLease(requestId: string, presentedLeaseId: string, instanceId: string, newLeaseId: string): Promise<string | undefined>;
  deleteLease(requestId: string): Promise<void>;
  /** The socket that carried these requests is gone (see LeaseRecord.orphanedAt). */
  orphanLeases(requestIds: string[], atMs: number): Promise<void>;
  /** A reconnected worker of `instanceId` reports it still runs these requests. */
  adoptLeases(requestIds: string[], instanceId: string): Promise<void>;

  /** Stores a reply once (first wins, kept `ttlMs`); false when one is already buffered. */
  saveResponse(requestId: string, data: Uint8Array, ttlMs: number): Promise<boolean>;
  getResponse(requestId: string): Promise<Uint8Array | undefined>;
  deleteResponse(requestId: string): Promise<void>;

  close(): Promise<void>;
}
