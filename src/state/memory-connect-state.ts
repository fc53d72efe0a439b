// In-memory connect state for `tether dev`: gateway and executor share one process, so this
// state lives exactly as long as the connections and requests it describes.
import { ulidTime } from "../common/index.ts";
import type { ConnectionRecord, ConnectState, LeaseRecord } from "./connect-state.ts";

export class MemoryConnectState implements ConnectState {
  #conns = new Map<string, ConnectionRecord>();
  #inflight = new Map<string, Set<string>>();
  #leases = new Map<string, LeaseRecord>();
  #responses = new Map<string, { data: Uint8Array; expiresAt: number }>();

  async upsertConnection(c: ConnectionRecord): Promise<void> {
    this.#conns.set(c.id, { ...c, apps: c.apps.map((a) => ({ ...a })) });
  }

  async getConnection(id: string): Promise<ConnectionRecord | undefined> {
    return this.#conns.get(id);
  }

  async deleteConnection(id: string): Promise<void> {
    this.#conns.delete(id);
  }

  async listConnections(): Promise<ConnectionRecord[]> {
    return [...this.#conns.values()];
  }

  async assignRequest(instanceId: string, requestId: string, limit?: number): Promise<boolean> {
    const set = this.#inflight.get(instanceId) ?? new Set<string>();
    if (limit && limit > 0 && !set.has(requestId) && set.size >= limit) return false;
    set.add(requestId);
    this.#inflight.set(instanceId, set);
    return true;
  }

  async releaseRequest(instanceId: string, requestId: string): Promise<void> {
    const set = this.#inflight.get(instanceId);
    if (!set) return;
    set.delete(requestId);
    if (set.size === 0) this.#inflight.delete(instanceId);
  }

  async inFlight(instanceId: string): Promise<number> {
    return this.#inflight.get(instanceId)?.size ?? 0;
  }

  async createLease(lease: LeaseRecord): Promise<boolean> {
    const cur = this.#leases.get(lease.requestId);
    if (cur && ulidTime(cur.leaseId) > Date.now()) return false;
    this.#leases.set(lease.requestId, { ...lease });
    return true;
  }

  async getLease(requestId: string): Promise<LeaseRecord | undefined> {
    return this.#leases.get(requestId);
  }

  async extendLease(requestId: string, presented: string, instanceId: string, newLeaseId: string): Promise<string | undefined> {
    const cur = this.#leases.get(requestId);
    if (!cur) return undefined;
    if (cur.leaseId !== presented) {
      // A retry after a lost ACK presents the previous id: answer the current one (idempotent).
      if (cur.prevLeaseId === presented && cur.instanceId === instanceId) return cur.leaseId;
      return undefined;
    }
    if (cur.instanceId !== instanceId) return undefined;
    const { orphanedAt: _adopted, ...rest } = cur;
    this.#leases.set(requestId, { ...rest, prevLeaseId: cur.leaseId, leaseId: newLeaseId });
    return newLeaseId;
  }

  async orphanLeases(requestIds: string[], atMs: number): Promise<void> {
    for (const id of requestIds) {
      const cur = this.#leases.get(id);
      if (cur && cur.orphanedAt === undefined) this.#leases.set(id, { ...cur, orphanedAt: atMs });
    }
  }

  async adoptLeases(requestIds: string[], instanceId: string): Promise<void> {
    for (const id of requestIds) {
      const cur = this.#leases.get(id);
      if (cur && cur.instanceId === instanceId && cur.orphanedAt !== undefined) {
        const { orphanedAt: _adopted, ...rest } = cur;
        this.#leases.set(id, rest);
      }
    }
  }

  async deleteLease(requestId: string): Promise<void> {
    this.#leases.delete(requestId);
  }

  async saveResponse(requestId: string, data: Uint8Array, ttlMs: number): Promise<boolean> {
    this.#prune();
    if (this.#responses.has(requestId)) return false;
    this.#responses.set(requestId, { data, expiresAt: Date.now() + ttlMs });
    return true;
  }

  async getResponse(requestId: string): Promise<Uint8Array | undefined> {
    const r = this.#responses.get(requestId);
    return r && r.expiresAt > Date.now() ? r.data : undefined;
  }

  async deleteResponse(requestId: string): Promise<void> {
    this.#responses.delete(requestId);
  }

  async close(): Promise<void> {
    this.#conns.clear();
    this.#leases.clear();
    this.#responses.clear();
    this.#inflight.clear();
  }

  #prune(): void {
    if (this.#responses.size < 1024) return;
    const now = Date.now();
    for (const [k, v] of this.#responses) if (v.expiresAt <= now) this.#responses.delete(k);
  }
}
