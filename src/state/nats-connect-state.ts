// Connect state on JetStream KV for the distributed deployment (docs/connect-protocol.md §3.5, §4.3,
// §4.7, §6.1). MemoryConnectState is the reference behaviour; test/contract holds both to it.
//
// Buckets (`<prefix>_<name>`, history 1, created or bound idempotently by every process):
//   connections  key(connectionId) -> ConnectionRecord JSON. max_age 1 h: gateways re-upsert on
//                every heartbeat, so only records of a crashed gateway (never deleted) and the
//                delete markers watchers need age out.
//   capacity     key(instanceId)   -> {"requests":{requestId: assignedAtMs}}, the in-flight set
//                of one worker instance as ONE value, so "count < limit, then add" is a single
//                revision-checked write; emptied sets are deleted. max_age 24 h, above any
//                request's duration, so a value is only dropped once its instance is long idle.
//                As in the memory adapter an entry lives until releaseRequest(): one whose
//                releaser crashed holds its slot until then.
//   leases       key(requestId)    -> LeaseRecord JSON. max_age 2 h + 2 min (Inngest's key TTL):
//                leases are rewritten on every extension, so only abandoned ones age out.
//   responses    key(requestId)    -> 8-byte big-endian float64 expiry (ms) + reply bytes.
//                The bucket's max_age IS the buffered-reply TTL (default 60 s, the only value
//                callers use); the stored expiry lets a shorter `ttlMs` be honoured exactly, and
//                a longer one is capped by max_age.
// Leases and replies are deleted by purging their key's subject, which leaves no delete marker:
// the executor deletes both for every request, and markers would pile up for the max age.
//
// Every read-modify-write is a CAS loop: read the entry and its revision, decide, write with
// `update(key, value, revision)` (or put with previousSeq 0 for a new key, delete with
// previousSeq to remove), and start over when another writer got there first.
//
// listConnections() is on the executor's per-request path, so it answers from an in-memory
// mirror of the connections bucket fed by a watch (jetstream-kv-mirror.ts). The mirror is
// eventually consistent: it lags the bucket by one server->client delivery (sub-millisecond on a
// LAN) and by however long a NATS outage lasts. Writes made through this instance are applied to its own mirror at once
// (read-your-writes). Routing tolerates staleness: a record it picks that has since gone fails
// the forward fast and the request is re-routed. getConnection() reads the bucket itself.
//
// Wall clocks: lease and reply expiries are absolute times compared across processes, as in
// Inngest (the lease ULID carries its expiry); hosts need NTP.
import { createHash } from "node:crypto";
import { type JetStreamManager, type KV, type KvEntry, type NatsConnection, StorageType } from "nats";
import pino, { type Logger } from "pino";
import { ConfigError, sleep, TetherError, ulidTime } from "../common/index.ts";
import { isCasConflict, isStreamCreateRace } from "../common/nats.ts";
import type { ConnectionRecord, ConnectState, LeaseRecord } from "./connect-state.ts";
import { KvMirror, type MirrorEntry } from "./jetstream-kv-mirror.ts";

export const DEFAULT_BUCKET_PREFIX = "tether";
export const DEFAULT_CONNECTION_MAX_AGE_MS = 3_600_000;
export const DEFAULT_CAPACITY_MAX_AGE_MS = 24 * 3_600_000;
export const DEFAULT_RESPONSE_MAX_AGE_MS = 60_000;
export const DEFAULT_LEASE_MAX_AGE_MS = 2 * 3_600_000 + 120_000;
/** A write still losing its CAS after this many tries is a bug or a pathological hot key. */
const MAX_CAS_ATTEMPTS = 100;
const MAX_TOMBSTONES = 10_000;

/** A capacity slot this old with no live lease (or a buffered reply) belongs to a request whose executor died. */
const DEFAULT_STALE_SLOT_MS = 10_000;

export interface NatsConnectStateOptions {
  /** Bucket name prefix (letters, digits, `-`, `_`); isolates deployments and tests. @default "tether" */
  prefix?: string;
  /**
   * max_age of the connections bucket. Must exceed the gateway's upsert (heartbeat) interval by
   * far; listConnections() drops records whose heartbeat is older, as the bucket does.
   * @default 3_600_000 (1 h)
   */
  connectionMaxAgeMs?: number;
  /** max_age of the capacity bucket; must exceed the longest request. @default 86_400_000 (24 h) */
  capacityMaxAgeMs?: number;
  /** max_age of the responses bucket: the longest a buffered reply is kept. @default 60_000 */
  responseMaxAgeMs?: number;
  /** max_age of the leases bucket. @default 7_320_000 (2 h + 2 min) */
  leaseMaxAgeMs?: number;
  /** @default "file" */
  storage?: "file" | "memory";
  /** JetStream replicas per bucket (1, 3 or 5). @default 1 */
  replicas?: number;
  /** A capacity slot older than this whose request has no live lease, or a buffered reply, is reclaimed. @default 10_000 */
  staleSlotMs?: number;
  /** @default a silent logger */
  log?: Logger;
}

interface Buckets {
  connections: KV;
  capacity: KV;
  leases: KV;
  responses: KV;
  /** For purges, which the KV API only offers with a delete marker. */
  jsm: JetStreamManager;
  names: { leases: string; responses: string };
}

interface CapacityValue {
  requests: Record<string, number>;
}

/** What a CAS step decided: leave the key alone, write a value, or delete the key. */
type Decision<T> = { result: T; write?: Uint8Array | "delete" };

const enc = new TextEncoder();
const dec = new TextDecoder();
const toJson = (v: unknown): Uint8Array => enc.encode(JSON.stringify(v));
const fromJson = <T>(b: Uint8Array): T => JSON.parse(dec.decode(b)) as T;
const live = (e: KvEntry | null): KvEntry | null => (e && e.operation === "PUT" ? e : null);

const RAW_KEY = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * A valid KV key for any id: ULIDs and other plain ids stay readable; anything else (dots,
 * spaces, hostnames, very long ids) becomes `=` + base64url(sha256). `=` cannot start a raw
 * key, so the two forms never collide.
 */
export function kvKey(id: string): string {
  return RAW_KEY.test(id) ? id : `=${createHash("sha256").update(id).digest("base64url")}`;
}

export class NatsConnectState implements ConnectState {
  readonly #b: Buckets;
  readonly #log: Logger;
  #staleSlotMs = DEFAULT_STALE_SLOT_MS;
  readonly #prefix: string;
  readonly #connectionMaxAgeMs: number;
  readonly #mirror = new Map<string, ConnectionRecord>();
  /** Revision of each mirrored record, so a late watch entry never overwrites a newer local write. */
  readonly #mirrorRev = new Map<string, number>();
  /** Revisions of recently deleted records (bounded, oldest dropped first) for the same reason. */
  readonly #tombstones = new Map<string, number>();
  /** The watch that feeds the mirror (jetstream-kv-mirror.ts), started by the first list. */
  readonly #watcher: KvMirror;
  #closed = false;
  #closing: Promise<void> | undefined;

  private constructor(nc: NatsConnection, b: Buckets, prefix: string, connectionMaxAgeMs: number, log: Logger) {
    this.#b = b;
    this.#prefix = prefix;
    this.#connectionMaxAgeMs = connectionMaxAgeMs;
    this.#log = log;
    this.#watcher = new KvMirror(nc, b.connections, {
      reset: (entries) => this.#resetMirror(entries),
      apply: (key, value, revision) => this.#applyEntry(key, value, revision),
    }, log, "connection");
  }

  /**
   * Creates the buckets or binds to existing ones (safe when many processes start at once), and
   * waits until the connection mirror holds the bucket's current contents. Borrows `nc`: close()
   * leaves it open. An existing bucket keeps the limits it was created with (a warning names any
   * mismatch); the buckets hold only ephemeral state, so deleting them (with every process
   * stopped: a live watch does not survive its stream being replaced) applies new limits.
   */
  static async create(nc: NatsConnection, opts: NatsConnectStateOptions = {}): Promise<NatsConnectState> {
    const prefix = opts.prefix ?? DEFAULT_BUCKET_PREFIX;
    if (!/^[-\w]+$/.test(prefix)) throw new ConfigError("bad_request", `invalid KV bucket prefix: ${prefix}`);
    const log = (opts.log ?? pino({ level: "silent" })).child({ component: "nats-connect-state" });
    const js = nc.jetstream();
    const base = {
      history: 1,
      replicas: opts.replicas ?? 1,
      storage: opts.storage === "memory" ? StorageType.Memory : StorageType.File,
    };
    const open = async (name: string, ttlMs: number): Promise<KV> => {
      const bucket = `${prefix}_${name}`;
      const kvOpts = { ...base, ttl: ttlMs };
      let kv: KV | undefined;
      for (let attempt = 1; !kv; attempt++) {
        try {
          kv = await js.views.kv(bucket, kvOpts);
        } catch (err) {
          // Another process created it between our lookup and our create: look again and bind.
          if (!isStreamCreateRace(err) || attempt >= 3) throw err;
        }
      }
      const status = await kv.status();
      if (status.ttl !== ttlMs) log.warn({ bucket, maxAgeMs: status.ttl, wantedMs: ttlMs }, "existing bucket keeps its max age");
      return kv;
    };
    const connectionMaxAgeMs = opts.connectionMaxAgeMs ?? DEFAULT_CONNECTION_MAX_AGE_MS;
    const [connections, capacity, leases, responses, jsm] = await Promise.all([
      open("connections", connectionMaxAgeMs),
      open("capacity", opts.capacityMaxAgeMs ?? DEFAULT_CAPACITY_MAX_AGE_MS),
      open("leases", opts.leaseMaxAgeMs ?? DEFAULT_LEASE_MAX_AGE_MS),
      open("responses", opts.responseMaxAgeMs ?? DEFAULT_RESPONSE_MAX_AGE_MS),
      nc.jetstreamManager(),
    ]);
    const names = { leases: `${prefix}_leases`, responses: `${prefix}_responses` };
    const state = new NatsConnectState(nc, { connections, capacity, leases, responses, jsm, names }, prefix, connectionMaxAgeMs, log);
    state.#staleSlotMs = opts.staleSlotMs ?? DEFAULT_STALE_SLOT_MS;
    return state;
  }

  // --- connection registry -------------------------------------------------------------------

  async upsertConnection(c: ConnectionRecord): Promise<void> {
    const key = kvKey(c.id);
    const record: ConnectionRecord = { ...c, apps: c.apps.map((a) => ({ ...a, functionSlugs: [...a.functionSlugs] })) };
    const revision = await this.#b.connections.put(key, toJson(record));
    this.#applyToMirror(key, revision, record);
  }

  async getConnection(id: string): Promise<ConnectionRecord | undefined> {
    const e = live(await this.#b.connections.get(kvKey(id)));
    return e ? fromJson<ConnectionRecord>(e.value) : undefined;
  }

  async deleteConnection(id: string): Promise<void> {
    const key = kvKey(id);
    await this.#b.connections.delete(key);
    // The DEL's revision is unknown here; the watch brings it shortly. Until then an older PUT
    // from another process still in flight on the watch could briefly resurrect the record.
    this.#mirror.delete(key);
  }

  /**
   * From the watch-fed mirror: cheap, eventually consistent (see the module header). The bucket
   * ages records out without telling watchers, so records past its max age are dropped here too.
   */
  async listConnections(): Promise<ConnectionRecord[]> {
    // The mirror starts with the first list: only processes that route requests (executors, the
    // API's views) list connections, and a gateway that copied every worker's record and re-read
    // every heartbeat of every other gateway spent most of its idle CPU and memory on it (issue
    // 13, bench/connections.ts). A failed start is retried by the next list.
    await this.#watcher.ready();
    const oldest = Date.now() - this.#connectionMaxAgeMs;
    const out: ConnectionRecord[] = [];
    for (const [key, c] of this.#mirror) {
      if (c.lastHeartbeatAt >= oldest) out.push(c);
      else this.#mirror.delete(key);
    }
    return out;
  }

  // --- per-instance capacity (§6.1) ----------------------------------------------------------

  async assignRequest(instanceId: string, requestId: string, limit?: number): Promise<boolean> {
    const assign = () => this.#cas(this.#b.capacity, kvKey(instanceId), "assignRequest", (cur) => {
      const requests = inFlightOf(cur);
      if (requests.has(requestId)) return { result: true };
      if (limit && limit > 0 && requests.size >= limit) return { result: false };
      requests.set(requestId, Date.now());
      return { result: true, write: toJson({ requests: Object.fromEntries(requests) }) };
    });
    if (await assign()) return true;
    // At the limit: slots held by requests whose lease is gone (their executor died before
    // releasing them) are reclaimed, then the assignment is tried once more.
    return (await this.#reclaimStale(instanceId)) > 0 ? assign() : false;
  }

  /** Drops in-flight entries older than the stale-slot age with no live lease; answers how many. */
  async #reclaimStale(instanceId: string): Promise<number> {
    const now = Date.now();
    const entries = [...inFlightOf(live(await this.#b.capacity.get(kvKey(instanceId))))];
    const dead: string[] = [];
    await Promise.all(entries.filter(([, at]) => now - at > this.#staleSlotMs).map(async ([id]) => {
      const lease = await this.getLease(id);
      // A buffered reply frees the slot too: the worker is done, and the executor that would
      // release it may be dead, while the lease it last extended runs for up to --lease-ms.
      if (!lease || ulidTime(lease.leaseId) <= now || (await this.getResponse(id)) !== undefined) dead.push(id);
    }));
    if (dead.length === 0) return 0;
    await this.#cas(this.#b.capacity, kvKey(instanceId), "reclaimStale", (cur) => {
      const requests = inFlightOf(cur);
      for (const id of dead) requests.delete(id);
      return { result: undefined, write: requests.size ? toJson({ requests: Object.fromEntries(requests) }) : "delete" };
    });
    this.#log.info({ instanceId, reclaimed: dead.length }, "reclaimed capacity held by requests without a lease");
    return dead.length;
  }

  async releaseRequest(instanceId: string, requestId: string): Promise<void> {
    await this.#cas(this.#b.capacity, kvKey(instanceId), "releaseRequest", (cur) => {
      const requests = inFlightOf(cur);
      if (!requests.delete(requestId)) return { result: undefined };
      return { result: undefined, write: requests.size ? toJson({ requests: Object.fromEntries(requests) }) : "delete" };
    });
  }

  async inFlight(instanceId: string): Promise<number> {
    return inFlightOf(live(await this.#b.capacity.get(kvKey(instanceId)))).size;
  }

  // --- request leases (§3.5) -----------------------------------------------------------------

  async createLease(lease: LeaseRecord): Promise<boolean> {
    const key = kvKey(lease.requestId);
    const value = toJson({ ...lease });
    // Fast path: a fresh request id has never been written.
    if (await this.#createIfAbsent(this.#b.leases, key, value)) return true;
    return this.#cas(this.#b.leases, key, "createLease", (cur) => {
      if (cur && ulidTime(fromJson<LeaseRecord>(cur.value).leaseId) > Date.now()) return { result: false };
      return { result: true, write: value };
    });
  }

  async getLease(requestId: string): Promise<LeaseRecord | undefined> {
    const e = live(await this.#b.leases.get(kvKey(requestId)));
    return e ? fromJson<LeaseRecord>(e.value) : undefined;
  }

  async extendLease(requestId: string, presented: string, instanceId: string, newLeaseId: string): Promise<string | undefined> {
    return this.#cas(this.#b.leases, kvKey(requestId), "extendLease", (e): Decision<string | undefined> => {
      if (!e) return { result: undefined };
      const cur = fromJson<LeaseRecord>(e.value);
      if (cur.leaseId !== presented) {
        // A retry after a lost ACK presents the previous id: answer the current one (idempotent).
        // The same rule makes two racing extensions with one id converge on one new id.
        return { result: cur.prevLeaseId === presented && cur.instanceId === instanceId ? cur.leaseId : undefined };
      }
      if (cur.instanceId !== instanceId) return { result: undefined };
      // An extension is proof of life: it also re-adopts an orphaned lease.
      const { orphanedAt: _adopted, ...rest } = cur;
      return { result: newLeaseId, write: toJson({ ...rest, prevLeaseId: cur.leaseId, leaseId: newLeaseId }) };
    });
  }

  async orphanLeases(requestIds: string[], atMs: number): Promise<void> {
    await Promise.all(requestIds.map((id) => this.#cas(this.#b.leases, kvKey(id), "orphanLeases", (e): Decision<void> => {
      const cur = e ? fromJson<LeaseRecord>(e.value) : undefined;
      // The first orphaning wins: a later socket closing must not restart the grace period.
      if (!cur || cur.orphanedAt !== undefined) return { result: undefined };
      return { result: undefined, write: toJson({ ...cur, orphanedAt: atMs }) };
    })));
  }

  async adoptLeases(requestIds: string[], instanceId: string): Promise<void> {
    await Promise.all(requestIds.map((id) => this.#cas(this.#b.leases, kvKey(id), "adoptLeases", (e): Decision<void> => {
      const cur = e ? fromJson<LeaseRecord>(e.value) : undefined;
      if (!cur || cur.instanceId !== instanceId || cur.orphanedAt === undefined) return { result: undefined };
      const { orphanedAt: _adopted, ...rest } = cur;
      return { result: undefined, write: toJson(rest) };
    })));
  }

  async deleteLease(requestId: string): Promise<void> {
    await this.#purgeKey(this.#b.names.leases, kvKey(requestId));
  }

  // --- buffered replies (§3.6, §3.9) ---------------------------------------------------------

  async saveResponse(requestId: string, data: Uint8Array, ttlMs: number): Promise<boolean> {
    const key = kvKey(requestId);
    const value = new Uint8Array(8 + data.length);
    new DataView(value.buffer).setFloat64(0, Date.now() + ttlMs);
    value.set(data, 8);
    if (await this.#createIfAbsent(this.#b.responses, key, value)) return true;
    // First wins, but a reply whose own TTL ran out (bucket max_age not yet reached) is gone.
    return this.#cas(this.#b.responses, key, "saveResponse", (cur) =>
      cur && responseExpiry(cur.value) > Date.now() ? { result: false } : { result: true, write: value });
  }

  async getResponse(requestId: string): Promise<Uint8Array | undefined> {
    const e = live(await this.#b.responses.get(kvKey(requestId)));
    if (!e || responseExpiry(e.value) <= Date.now()) return undefined;
    // A plain Uint8Array view (not the client's Buffer) of the bytes after the expiry header.
    return new Uint8Array(e.value.buffer, e.value.byteOffset + 8, e.value.length - 8);
  }

  async deleteResponse(requestId: string): Promise<void> {
    await this.#purgeKey(this.#b.names.responses, kvKey(requestId));
  }

  // --- lifecycle -----------------------------------------------------------------------------

  /** Stops the mirror. Leaves the buckets (shared with other processes) and the connection alone. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#closed = true;
      await this.#watcher.close();
      this.#mirror.clear();
      this.#mirrorRev.clear();
      this.#tombstones.clear();
    })();
    return this.#closing;
  }

  debugSnapshot(): { prefix: string; mirroredConnections: number; mirrorSynced: boolean; closed: boolean } {
    return { prefix: this.#prefix, mirroredConnections: this.#mirror.size, mirrorSynced: this.#watcher.synced, closed: this.#closed };
  }

  // --- internals -----------------------------------------------------------------------------

  /**
   * Removes every message of one key, leaving no delete marker (stream and subject names follow
   * the KV layout: stream `KV_<bucket>`, subjects `$KV.<bucket>.<key>`). A concurrent CAS on
   * the key fails its revision check and re-reads an absent key.
   */
  async #purgeKey(bucket: string, key: string): Promise<void> {
    await this.#b.jsm.streams.purge(`KV_${bucket}`, { filter: `$KV.${bucket}.${key}` });
  }

  /** put with previousSeq 0: true when the key had never been written (or aged out entirely). */
  async #createIfAbsent(kv: KV, key: string, value: Uint8Array): Promise<boolean> {
    try {
      await kv.put(key, value, { previousSeq: 0 });
      return true;
    } catch (err) {
      if (isCasConflict(err)) return false;
      throw err;
    }
  }

  /**
   * Read-decide-write until the write lands on the revision it was decided on. `decide` sees the
   * live entry (null when absent or deleted) and must be pure: it may run many times.
   */
  async #cas<T>(kv: KV, key: string, what: string, decide: (cur: KvEntry | null) => Decision<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const entry = await kv.get(key);
      const d = decide(live(entry));
      if (d.write === undefined) return d.result;
      try {
        if (d.write === "delete") {
          if (entry) await kv.delete(key, { previousSeq: entry.revision });
        } else if (entry) await kv.update(key, d.write, entry.revision);
        else await kv.put(key, d.write, { previousSeq: 0 });
        return d.result;
      } catch (err) {
        if (!isCasConflict(err)) throw err;
        if (attempt >= MAX_CAS_ATTEMPTS) {
          throw new TetherError("internal_error", `${what}: gave up after ${attempt} conflicting writes`, { cause: err });
        }
        // Contenders retry at once; past a few rounds, jitter spreads them out.
        if (attempt > 3) await sleep(Math.random() * Math.min(50, attempt * 2));
      }
    }
  }

  #applyToMirror(key: string, revision: number, record: ConnectionRecord | undefined): void {
    const known = this.#mirrorRev.get(key) ?? this.#tombstones.get(key) ?? 0;
    if (revision <= known) return;
    this.#tombstones.delete(key);
    if (record) {
      this.#mirrorRev.set(key, revision);
      this.#mirror.set(key, record);
      return;
    }
    this.#mirrorRev.delete(key);
    this.#mirror.delete(key);
    this.#tombstones.set(key, revision);
    if (this.#tombstones.size > MAX_TOMBSTONES) this.#tombstones.delete(this.#tombstones.keys().next().value!);
  }

  #applyEntry(key: string, value: Uint8Array | undefined, revision: number): void {
    if (!value) return this.#applyToMirror(key, revision, undefined);
    try {
      this.#applyToMirror(key, revision, fromJson<ConnectionRecord>(value));
    } catch (err) {
      this.#log.warn({ err, key }, "undecodable connection record ignored");
    }
  }

  /**
   * A watch's initial snapshot replaces the mirror wholesale, so a re-watch after an outage drops
   * deletions it missed, and a bucket that was deleted and re-created (revisions restart at 1)
   * is not mistaken for stale data.
   */
  #resetMirror(entries: MirrorEntry[]): void {
    this.#mirror.clear();
    this.#mirrorRev.clear();
    this.#tombstones.clear();
    for (const e of entries) this.#applyEntry(e.key, e.value, e.revision);
  }
}

/** The in-flight set of a capacity entry (request id -> assigned at), empty when absent. */
function inFlightOf(e: KvEntry | null): Map<string, number> {
  return new Map(e ? Object.entries(fromJson<CapacityValue>(e.value).requests) : []);
}

function responseExpiry(value: Uint8Array): number {
  return value.length >= 8 ? new DataView(value.buffer, value.byteOffset, 8).getFloat64(0) : 0;
}
