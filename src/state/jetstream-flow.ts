// JetStream adapter of the flow-control port (flow-store.ts). Documents live in the KV bucket
// `<prefix>_flow` (history 1; a document idle for FLOW_DOC_IDLE_MS ages out with the bucket's
// max age), written by revision: `create` for revision 0, `update` otherwise. Parked jobs live in
// `<prefix>_backlog` (no max age: a parked job must never be dropped), one key per job:
//
//   <backlog token>.<lane token>.<score: 16 hex digits>.<hash of the job id>
//
// so a lane's head is its lexicographically smallest key and a backlog's lanes are the second
// segments present. Tokens are base64url (a hash for long names, whose entries carry the name).
// A job's key is fixed by its id and the lane and score its parker derives from the run, so
// parking it again finds its entry (`create` conflicts) and changes nothing.
//
// Deletes are revision-checked too, and leave nothing behind: a purge of the key's subject below
// `revision + 1` removes the message at `revision` only while it is the key's value (history 1
// keeps the newest message alone), in one server-side step. A `kv.delete` marker would stay in
// the backlog bucket for ever, one per job ever parked.
//
// Crash safety (no transaction across the bucket and the job stream): `park` writes the entry,
// then acks the job's delivery: a crash in between redelivers the job, whose parking is then a
// no-op. `unpark` publishes the job, then deletes the entry: a crash in between leaves the entry,
// unparked again later and de-duplicated by its message id. Never a lost job.
//
// A dispatch reads lanes and heads from this process's index of the backlog keys
// (backlog-index.ts), not from a listing of the bucket: kept by this store's own writes, a watch
// on the bucket started at the first dispatch, and a listing of each backlog at most every
// RECONCILE_MS. The REST view's counts list the bucket (exact, and rarely asked).
import { type JetStreamClient, type JetStreamManager, type KV, StorageType } from "nats";
import { TetherError } from "../common/index.ts";
import { isCasConflict } from "../common/nats.ts";
import { FLOW_DOC_IDLE_MS, type FlowDoc, type FlowStore, type ParkedJob } from "./flow-store.ts";
import { fromBytes, hashKey, toBytes } from "./jetstream-codec.ts";
import { decodeJob } from "./jobs.ts";
import { listKvKeys } from "./jetstream-kv-keys.ts";
import { BacklogIndex } from "./backlog-index.ts";
import type { JobRecord } from "./types.ts";

/** A KV bucket with its name (listing and purging go through its stream). */
interface Bucket {
  kv: KV;
  name: string;
}

export interface FlowBuckets {
  docs: Bucket;
  backlog: Bucket;
}

export interface JetStreamFlowDeps extends FlowBuckets {
  jsm: JetStreamManager;
  /** Publishes a job to the job queue under this de-duplication id (`Nats-Msg-Id`). */
  publish(job: JobRecord, msgId: string): Promise<void>;
  /** Acks this process's held delivery of the job, if it holds one (a commit's `completeJobId`). */
  ack(jobId: string): void;
}

/** What a backlog entry's value holds. */
interface BacklogEntry {
  job: JobRecord;
  backlog: string;
  lane: string;
  score: number;
  meta: Record<string, unknown>;
}

/** A backlog's index is checked against a listing of the bucket at most this often. */
const RECONCILE_MS = 5_000;

/** Hashed lane names remembered at most (then forgotten all at once and read again). */
const HASHED_LANES_KEPT = 10_000;

/** Names longer than this (base64url characters) are hashed into their token. */
const TOKEN_MAX_CHARS = 96;

/** A KV key token for any string: `b` + base64url when short, `h` + a hash otherwise. */
function token(s: string): string {
  const b64 = Buffer.from(s, "utf8").toString("base64url");
  return b64.length <= TOKEN_MAX_CHARS ? `b${b64}` : `h${hashKey(s)}`;
}

/** The name a `b` token spells; undefined for a hashed one. */
function untoken(t: string): string | undefined {
  return t.startsWith("b") ? Buffer.from(t.slice(1), "base64url").toString("utf8") : undefined;
}

/**
 * 16 hex digits whose lexicographic order is the numeric order of `score`, negative and
 * fractional scores included: the IEEE 754 bits, with the sign bit flipped for positive numbers
 * and every bit flipped for negative ones.
 */
export function scoreToken(score: number): string {
  if (Number.isNaN(score)) throw new TetherError("internal_error", "a backlog score must be a number, not NaN", { retryable: false });
  const b = Buffer.alloc(8);
  b.writeDoubleBE(score === 0 ? 0 : score); // -0 sorts with 0
  if (b[0] & 0x80) for (let i = 0; i < 8; i++) b[i] ^= 0xff;
  else b[0] ^= 0x80;
  return b.toString("hex");
}

const backlogKey = (e: BacklogEntry) => `${token(e.backlog)}.${token(e.lane)}.${scoreToken(e.score)}.${hashKey(e.job.id)}`;
/** Segment of a backlog key: 1 lane token, 2 score. */
const segment = (key: string, i: number) => key.split(".")[i];

export class JetStreamFlowStore implements FlowStore {
  readonly #deps: JetStreamFlowDeps;
  readonly #index = new BacklogIndex();
  /** When each backlog's index was last reconciled with a listing (ms). */
  readonly #reconciled = new Map<string, number>();
  /** The watch feeding the index, from the first dispatch until close (restarted if it ends). */
  #watch?: { stop(): void };
  #closed = false;
  /** Names of lanes whose token is a hash, by token. */
  readonly #hashedLanes = new Map<string, string>();

  constructor(deps: JetStreamFlowDeps) {
    this.#deps = deps;
  }

  /** Creates or binds the two buckets (idempotent across processes). */
  static async buckets(js: JetStreamClient, prefix: string, replicas: number): Promise<FlowBuckets> {
    const open = async (name: string, ttl?: number): Promise<Bucket> => ({
      name, kv: await js.views.kv(name, { history: 1, replicas, storage: StorageType.File, ...(ttl ? { ttl } : {}) }),
    });
    const [docs, backlog] = await Promise.all([open(`${prefix}_flow`, FLOW_DOC_IDLE_MS), open(`${prefix}_backlog`)]);
    return { docs, backlog };
  }

  // ---- documents

  async get<T>(key: string): Promise<FlowDoc<T> | undefined> {
    const e = await this.#deps.docs.kv.get(token(key));
    return e && e.operation === "PUT" ? { value: fromBytes<T>(e.value), rev: e.revision } : undefined;
  }

  async put<T>(key: string, value: T | undefined, rev: number): Promise<boolean> {
    const k = token(key);
    if (value === undefined) {
      // Deleting what must not exist: applied when nothing is there.
      if (rev === 0) return (await this.get(key)) === undefined;
      return this.#deleteRevision(this.#deps.docs, k, rev);
    }
    try {
      if (rev === 0) await this.#deps.docs.kv.create(k, toBytes(value));
      else await this.#deps.docs.kv.update(k, toBytes(value), rev);
      return true;
    } catch (err) {
      if (isCasConflict(err)) return false;
      throw err;
    }
  }

  /** Deletes `key` if its value is still the one written at `rev` (see the header). */
  async #deleteRevision(b: Bucket, key: string, rev: number): Promise<boolean> {
    // Revisions start at 1, so `seq` is at least 2: the server reads a purge below 1 as "all".
    const r = await this.#deps.jsm.streams.purge(`KV_${b.name}`, { filter: `$KV.${b.name}.${key}`, seq: rev + 1 });
    return r.purged === 1;
  }

  // ---- backlogs

  async park(job: JobRecord, backlog: string, lane: string, score: number, meta: Record<string, unknown> = {}): Promise<void> {
    const entry: BacklogEntry = { job, backlog, lane, score, meta };
    const key = backlogKey(entry);
    let rev: number | undefined;
    try {
      rev = await this.#deps.backlog.kv.create(key, toBytes(entry));
    } catch (err) {
      if (!isCasConflict(err)) throw err; // parked already (a redelivery of a parking cut short)
    }
    this.#index.add(key, rev);
    this.#deps.ack(job.id);
  }

  async lanes(backlog: string): Promise<string[]> {
    const bt = token(backlog);
    await this.#fresh(bt);
    const names = await Promise.all(this.#index.lanes(bt).map((lt) => this.#laneName(lt, this.#index.keys(bt, lt))));
    return names.filter((l): l is string => l !== undefined).sort();
  }

  async counts(backlog: string): Promise<Record<string, number>> {
    const byLane = await this.#laneKeys(backlog);
    const named = await Promise.all([...byLane].map(async ([t, keys]) => [await this.#laneName(t, keys), keys.length] as const));
    return Object.fromEntries(named.filter(([lane]) => lane !== undefined));
  }

  async head(backlog: string, lane: string): Promise<ParkedJob | undefined> {
    const [bt, lt] = [token(backlog), token(lane)];
    await this.#fresh(bt);
    // Keys of one score sort by job hash, not park order: the entry written first (lowest
    // revision) among them goes first. Revisions the index lacks are read; keys whose entry is
    // gone (unparked by another executor) leave the index, so the loop ends.
    for (;;) {
      const keys = this.#index.keys(bt, lt);
      if (keys.length === 0) return undefined;
      let j = 1;
      while (j < keys.length && segment(keys[j], 2) === segment(keys[0], 2)) j++;
      const tied = keys.slice(0, j);
      const unknown = tied.filter((k) => this.#index.rev(k) === undefined);
      if (unknown.length > 0) {
        await Promise.all(unknown.map(async (k) => this.#learn(k, await this.#entry(k))));
        continue;
      }
      const first = tied.reduce((a, b) => (this.#index.rev(b)! < this.#index.rev(a)! ? b : a));
      const e = await this.#entry(first);
      // Gone, or parked anew since (a later revision: its place changed): look again.
      if (e && e.rev === this.#index.rev(first)) return { ...e.parked, job: decodeJob(e.parked.job) };
      this.#learn(first, e);
    }
  }

  /** Records what reading `key` found: its revision, or that it is gone. */
  #learn(key: string, e: ParkedWithRev | undefined): void {
    if (e) this.#index.add(key, e.rev);
    else this.#index.remove(key);
  }

  async unpark(p: ParkedJob): Promise<boolean> {
    const { key, rev } = parseRef(p.ref);
    // Unparked already (a repeated or late call): publishing again could outlive the
    // de-duplication window and run the job twice.
    const cur = await this.#deps.backlog.kv.get(key);
    if (!cur || cur.operation !== "PUT" || cur.revision !== rev) return false;
    // A message id of this parking: racing unparks publish it once, and the job's original
    // publish (id = job id, still in the window) does not swallow it.
    await this.#deps.publish({ ...p.job, runAt: Date.now() }, `${p.job.id}~unpark~${rev}`);
    const removed = await this.#deleteRevision(this.#deps.backlog, key, rev);
    this.#index.remove(key);
    return removed;
  }

  /** Stops the index's watch. */
  close(): void {
    this.#closed = true;
    this.#watch?.stop();
  }

  /** Starts the watch if none runs, and reconciles the backlog's index if it is due. */
  async #fresh(bt: string): Promise<void> {
    if (!this.#watch && !this.#closed) await this.#startWatch();
    const now = Date.now();
    if (now - (this.#reconciled.get(bt) ?? 0) < RECONCILE_MS) return;
    this.#reconciled.set(bt, now);
    const before = this.#index.snapshot(bt);
    const listed = await listKvKeys(this.#deps.jsm, this.#deps.backlog.name, `${bt}.>`);
    this.#index.reconcile(bt, listed, before);
    // Backlogs reconciled long ago and now empty are forgotten (no map grows without bound).
    for (const [b, at] of this.#reconciled) if (now - at > 2 * RECONCILE_MS && this.#index.lanes(b).length === 0) this.#reconciled.delete(b);
  }

  /** Feeds the index with every parking (and delete marker) in the bucket, headers only. */
  async #startWatch(): Promise<void> {
    const it = await this.#deps.backlog.kv.watch({ key: ">", headers_only: true });
    this.#watch = it;
    void (async () => {
      try {
        for await (const e of it) {
          if (e.operation === "PUT") this.#index.add(e.key, e.revision);
          else this.#index.remove(e.key);
        }
      } catch {
        // The watch ended with the connection; the listing keeps the index right until it restarts.
      } finally {
        if (this.#watch === it) this.#watch = undefined;
      }
    })();
  }

  /** Keys of `backlog`'s entries by lane token, listed on the server. */
  async #laneKeys(backlog: string): Promise<Map<string, string[]>> {
    const byLane = new Map<string, string[]>();
    for (const k of await listKvKeys(this.#deps.jsm, this.#deps.backlog.name, `${token(backlog)}.>`)) {
      const t = segment(k, 1);
      byLane.set(t, [...(byLane.get(t) ?? []), k]);
    }
    return byLane;
  }

  /**
   * A lane's name: spelled by its token, or read from one of its entries (hashed: remembered,
   * the token being a hash of the name alone); undefined if all are gone.
   */
  async #laneName(t: string, keys: readonly string[]): Promise<string | undefined> {
    const name = untoken(t) ?? this.#hashedLanes.get(t);
    if (name !== undefined) return name;
    for (const k of keys) {
      const e = await this.#entry(k);
      if (!e) continue;
      if (this.#hashedLanes.size >= HASHED_LANES_KEPT) this.#hashedLanes.clear();
      this.#hashedLanes.set(t, e.parked.lane);
      return e.parked.lane;
    }
    return undefined;
  }

  async #entry(key: string): Promise<ParkedWithRev | undefined> {
    const e = await this.#deps.backlog.kv.get(key);
    if (!e || e.operation !== "PUT") return undefined;
    const v = fromBytes<BacklogEntry>(e.value);
    return { rev: e.revision, parked: { ...v, ref: `${e.revision}:${key}` } };
  }
}

interface ParkedWithRev {
  rev: number;
  parked: ParkedJob;
}

function parseRef(ref: string): { key: string; rev: number } {
  const at = ref.indexOf(":");
  return { rev: Number(ref.slice(0, at)), key: ref.slice(at + 1) };
}
