// The run and event listings of the JetStream store. Reading every run key per listing is
// unusable at 100,000 runs, so the store keeps a summary of each run and event in one KV bucket
// (`<prefix>_listing`, keys `r.<run>` and `e.<event>`):
//   run   {id, fn, st, at, ev}: function id, status, created at, trigger event ids (~150 bytes)
//   event {id, name, at}: event name, received at (~100 bytes plus the name)
// A run's summary is written when the run is created and when its status changes, in parallel
// with writes that already happen there (the run's create; the step results after the run's CAS),
// so the step path gains no sequential NATS round trip; an event's with the event.
//
// Retention deletes a summary with its record, in two steps: a delete marker first, because
// watchers are told of markers but not of purges (a purge alone would leave the entry in every
// running mirror), then, once the marker is `markerGraceMs` old, a purge of the key, because
// markers would otherwise pile up for ever (jetstream-kv-purge.ts). Every mirror purges the
// markers it has seen that long (a sweep timer), so markers outlive their grace only while no
// process lists. A summary can still outlive its record (a mirror that lagged a marker by more
// than the grace; a backfill that raced a deletion): a page that meets one whose record is gone
// and whose row is older than ORPHAN_AGE_MS deletes it. A younger one may be a run or event
// whose record is still being written beside it; a create cut short by a crash is repeated by
// its job, which writes the summary again.
//
// Runs and events stored before this listing existed (an upgraded deployment) get their
// summaries from a backfill that the first listing of the deployment runs (the store reads every
// record once), recorded as done in the bucket's `meta.backfill` key. A store that starts with
// no run or event stored records it at once: everything written from then on has its summary.
// The backfill only creates summaries, never overwrites one, so it cannot undo a newer status.
//
// A process that lists mirrors the bucket into memory with a watch (jetstream-kv-mirror.ts),
// started by its first listing, so gateways and executors never pay for it, and answers each page
// from sorted arrays in memory: about 400 bytes of heap per run and per event (bench/run-list.ts
// measures it). The mirror lags
// the bucket by the watch's delivery delay, so a run written a moment ago may be missing from a
// page, or listed under its previous status; the store fetches the page's records themselves and
// drops those that no longer match.
//
// A crash between a run's CAS and its summary write leaves the old status in the summary until
// the job is redelivered: the redelivery writes it again (JetStreamStore #replayApplied).
import { type JetStreamClient, type JetStreamManager, type KV, type NatsConnection, StorageType } from "nats";
import type { Logger } from "pino";
import { isCasConflict } from "../common/nats.ts";
import { fromBytes, hashKey, toBytes } from "./jetstream-codec.ts";
import { KvMirror, type MirrorEntry, type MirrorSink } from "./jetstream-kv-mirror.ts";
import { purgeKvKeys } from "./jetstream-kv-purge.ts";
import { checkLimit, decodeCursor, isAfterCursor, newerFirst, pageOf, type SortKey } from "./listing.ts";
import type { EventQuery, RunQuery } from "./store.ts";
import type { EventRecord, RunRecord, RunStatus } from "./types.ts";

interface RunSummary {
  id: string;
  fn: string;
  st: RunStatus;
  at: number;
  ev: string[];
}

interface EventSummary {
  id: string;
  name: string;
  at: number;
}

type Entry = ({ kind: "run" } & RunSummary) | ({ kind: "event" } & EventSummary);

const safeKey = (id: string) => (/^[-\w]{1,128}$/.test(id) ? id : hashKey(id));
const runKey = (id: string) => `r.${safeKey(id)}`;
const eventKey = (id: string) => `e.${safeKey(id)}`;
/** How long a delete marker stays before a mirror purges it: far above any live watch's delay. */
export const DEFAULT_MARKER_GRACE_MS = 30_000;
/** A listed row whose record is missing for longer than this is an orphan summary. */
const ORPHAN_AGE_MS = 60_000;
const BACKFILL_KEY = "meta.backfill";
const summaryOf = (r: RunRecord): RunSummary => ({ id: r.id, fn: r.functionId, st: r.status, at: r.createdAt, ev: r.eventIds });

/** Rows kept oldest first by (at, id); a newest-first walk goes from the end. */
class SortedRows<T extends SortKey> {
  readonly rows: T[] = [];

  /** Index of the first row not older than `key`. */
  lowerBound(key: SortKey): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (newerFirst(this.rows[mid], key) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(row: T): void {
    this.rows.splice(this.lowerBound(row), 0, row);
  }

  remove(row: T): void {
    const i = this.lowerBound(row);
    if (this.rows[i] === row) this.rows.splice(i, 1);
  }

  /** Rows newest first, starting with the first one older than `before` (all when undefined). */
  *newestFirst(before: SortKey | undefined): Generator<T> {
    for (let i = (before ? this.lowerBound(before) : this.rows.length) - 1; i >= 0; i--) yield this.rows[i];
  }
}

export interface JetStreamListingOptions {
  nc: NatsConnection;
  jsm: JetStreamManager;
  /** The summary bucket and its name (JetStreamListing.bucket). */
  kv: KV;
  bucket: string;
  log: Logger;
  /** Writes the summaries of every stored run and event (the store reads them). */
  backfill: () => Promise<void>;
  /** How old a delete marker is before the sweep purges it. @default DEFAULT_MARKER_GRACE_MS (30 s) */
  markerGraceMs?: number;
}

export class JetStreamListing implements MirrorSink {
  readonly #kv: KV;
  readonly #jsm: JetStreamManager;
  readonly #bucket: string;
  readonly #mirror: KvMirror;
  readonly #byKey = new Map<string, Entry>();
  #runs = new SortedRows<Entry & { kind: "run" }>();
  #events = new SortedRows<Entry & { kind: "event" }>();
  /** Event id → the run summaries it triggered (the event_id filter). */
  #runsByEvent = new Map<string, Set<Entry & { kind: "run" }>>();
  /** Delete markers seen (key → when), purged by the sweep once `markerGraceMs` old. */
  readonly #markers = new Map<string, number>();
  #sweepTimer: NodeJS.Timeout | undefined;
  #sweeping: Promise<void> | undefined;
  readonly #log: Logger;
  readonly #backfill: () => Promise<void>;
  #backfilled: Promise<void> | undefined;
  readonly #markerGraceMs: number;

  constructor(o: JetStreamListingOptions) {
    this.#backfill = o.backfill;
    this.#log = o.log;
    this.#kv = o.kv;
    this.#jsm = o.jsm;
    this.#bucket = o.bucket;
    this.#markerGraceMs = o.markerGraceMs ?? DEFAULT_MARKER_GRACE_MS;
    this.#mirror = new KvMirror(o.nc, o.kv, this, o.log, "listing");
  }

  /** Creates or binds the summary bucket. */
  static async bucket(js: JetStreamClient, prefix: string, replicas: number): Promise<{ kv: KV; name: string }> {
    const name = `${prefix}_listing`;
    return { kv: await js.views.kv(name, { history: 1, replicas, storage: StorageType.File }), name };
  }

  // ---- writes (no mirror needed)

  /** A new run's summary; one that exists (a repeated create, a backfill) is left as it is. */
  async runCreated(run: RunRecord): Promise<void> {
    await this.#createIfAbsent(runKey(run.id), summaryOf(run));
  }

  async runChanged(run: RunRecord): Promise<void> {
    await this.#kv.put(runKey(run.id), toBytes(summaryOf(run)));
  }

  async runDeleted(runId: string): Promise<void> {
    await this.#kv.delete(runKey(runId));
  }

  async eventsStored(events: EventRecord[]): Promise<void> {
    await Promise.all(events.map((e) => this.#createIfAbsent(eventKey(e.internalId), { id: e.internalId, name: e.event.name, at: e.receivedAt } satisfies EventSummary)));
  }

  async #createIfAbsent(key: string, summary: RunSummary | EventSummary | { at: number }): Promise<void> {
    try {
      await this.#kv.create(key, toBytes(summary));
    } catch (err) {
      if (!isCasConflict(err)) throw err;
    }
  }

  async eventsDeleted(ids: string[]): Promise<void> {
    await Promise.all(ids.map((id) => this.#kv.delete(eventKey(id))));
  }

  /** Rows a page listed whose records are gone: orphans (older than ORPHAN_AGE_MS) are deleted. */
  async recordsMissing(kind: "run" | "event", ids: string[]): Promise<void> {
    const due = Date.now() - ORPHAN_AGE_MS;
    const keyOf = kind === "run" ? runKey : eventKey;
    await Promise.all(ids.map(async (id) => {
      const row = this.#byKey.get(keyOf(id));
      if (row && row.at <= due) await this.#kv.delete(keyOf(id));
    }));
  }

  // ---- queries (from the mirror)

  /** The ids of a page of runs, newest first, and the cursor after it. */
  async runPage(q: RunQuery): Promise<{ ids: string[]; cursor?: string }> {
    checkLimit(q);
    const after = q.cursor === undefined ? undefined : decodeCursor("run", q.cursor);
    await this.#ready();
    const statuses = q.status?.length ? new Set(q.status) : undefined;
    const matches = (r: RunSummary) => (q.functionId === undefined || r.fn === q.functionId) && (!statuses || statuses.has(r.st))
      && (q.createdBefore === undefined || r.at < q.createdBefore);
    const out: RunSummary[] = [];
    for (const r of this.#runCandidates(q, after)) {
      if (q.createdAfter !== undefined && r.at < q.createdAfter) break;
      if (matches(r) && out.push(r) > q.limit) break;
    }
    const page = pageOf(out, q.limit, "run", (r) => r);
    return { ids: page.rows.map((r) => r.id), cursor: page.cursor };
  }

  /** Newest first after the cursor: an event's few runs, or the walk from the newest (or `createdBefore`). */
  *#runCandidates(q: RunQuery, after: SortKey | undefined): Generator<RunSummary> {
    if (q.eventId !== undefined) {
      const runs = [...(this.#runsByEvent.get(q.eventId) ?? [])].sort(newerFirst);
      for (const r of runs) if (isAfterCursor(r, after)) yield r;
      return;
    }
    // Start below the older of the cursor and `createdBefore` (every id sorts above "").
    const bound = q.createdBefore === undefined ? undefined : { at: q.createdBefore, id: "" };
    const start = !after ? bound : !bound ? after : newerFirst(after, bound) > 0 ? after : bound;
    yield* this.#runs.newestFirst(start);
  }

  async eventPage(q: EventQuery): Promise<{ ids: string[]; cursor?: string }> {
    checkLimit(q);
    const after = q.cursor === undefined ? undefined : decodeCursor("event", q.cursor);
    await this.#ready();
    const out: EventSummary[] = [];
    for (const e of this.#events.newestFirst(after)) {
      if ((q.name === undefined || e.name === q.name) && out.push(e) > q.limit) break;
    }
    const page = pageOf(out, q.limit, "event", (e) => e);
    return { ids: page.rows.map((e) => e.id), cursor: page.cursor };
  }

  async close(): Promise<void> {
    clearInterval(this.#sweepTimer);
    this.#sweepTimer = undefined;
    await this.#mirror.close();
    await this.#sweeping;
  }

  /** The mirror, started by the first listing, and its marker sweep. */
  async #ready(): Promise<void> {
    this.#backfilled ??= this.#backfillOnce().catch((err: unknown) => {
      this.#backfilled = undefined;
      throw err;
    });
    await this.#backfilled;
    await this.#mirror.ready();
    this.#sweepTimer ??= setInterval(() => void this.#sweep(), this.#markerGraceMs / 2).unref();
  }

  /** Nothing is stored yet (a new deployment): no backfill will be needed. */
  async nothingToBackfill(): Promise<void> {
    await this.#createIfAbsent(BACKFILL_KEY, { at: Date.now() });
  }

  /** The deployment's one backfill (a failed one is retried by the next listing). */
  async #backfillOnce(): Promise<void> {
    if (await this.#kv.get(BACKFILL_KEY)) return;
    await this.#backfill();
    await this.#kv.put(BACKFILL_KEY, toBytes({ at: Date.now() }));
  }

  /** Purges the delete markers seen more than `markerGraceMs` ago (one sweep at a time). */
  async #sweep(): Promise<void> {
    if (this.#sweeping) return;
    const due = Date.now() - this.#markerGraceMs;
    const keys = [...this.#markers].filter(([, seenAt]) => seenAt <= due).map(([key]) => key);
    if (keys.length === 0) return;
    this.#sweeping = purgeKvKeys(this.#jsm, this.#bucket, keys)
      .then(() => keys.forEach((k) => this.#markers.delete(k)))
      .catch((err: unknown) => this.#log.warn({ err, markers: keys.length }, "listing marker purge failed"))
      .finally(() => (this.#sweeping = undefined));
    await this.#sweeping;
  }

  // ---- the mirror's sink

  reset(entries: MirrorEntry[], deleted: string[]): void {
    const now = Date.now();
    this.#markers.clear();
    for (const key of deleted) this.#markers.set(key, now);
    this.#byKey.clear();
    this.#runsByEvent = new Map();
    const runs = new SortedRows<Entry & { kind: "run" }>();
    const events = new SortedRows<Entry & { kind: "event" }>();
    for (const { key, value } of entries) {
      const entry = decodeEntry(key, value);
      if (!entry) continue;
      this.#byKey.set(key, entry);
      if (entry.kind === "run") {
        runs.rows.push(entry);
        this.#linkEvents(entry);
      } else events.rows.push(entry);
    }
    // Oldest first: the reverse of newest first.
    runs.rows.sort((a, b) => newerFirst(b, a));
    events.rows.sort((a, b) => newerFirst(b, a));
    this.#runs = runs;
    this.#events = events;
  }

  apply(key: string, value: Uint8Array | undefined): void {
    const old = this.#byKey.get(key);
    const entry = value && decodeEntry(key, value);
    if (old && entry && old.kind === "run" && entry.kind === "run" && old.at === entry.at) {
      old.st = entry.st; // a status change: same place in the order
      return;
    }
    if (!value) this.#markers.set(key, Date.now());
    if (old) this.#drop(key, old);
    if (!entry) return;
    this.#byKey.set(key, entry);
    if (entry.kind === "run") {
      this.#runs.insert(entry);
      this.#linkEvents(entry);
    } else this.#events.insert(entry);
  }

  #drop(key: string, entry: Entry): void {
    this.#byKey.delete(key);
    if (entry.kind === "event") return this.#events.remove(entry);
    this.#runs.remove(entry);
    for (const e of entry.ev) {
      const set = this.#runsByEvent.get(e);
      set?.delete(entry);
      if (set?.size === 0) this.#runsByEvent.delete(e);
    }
  }

  #linkEvents(run: Entry & { kind: "run" }): void {
    for (const e of run.ev) {
      let set = this.#runsByEvent.get(e);
      if (!set) this.#runsByEvent.set(e, (set = new Set()));
      set.add(run);
    }
  }

  /** Summaries held in memory (runs, events): what the mirror costs. */
  debugSnapshot(): { runs: number; events: number; markers: number; synced: boolean } {
    return { runs: this.#runs.rows.length, events: this.#events.rows.length, markers: this.#markers.size, synced: this.#mirror.synced };
  }
}

/** A summary from the bucket; anything undecodable is skipped (it cannot be listed anyway). */
function decodeEntry(key: string, value: Uint8Array): Entry | undefined {
  try {
    if (key.startsWith("r.")) return { kind: "run", ...fromBytes<RunSummary>(value) };
    if (key.startsWith("e.")) return { kind: "event", ...fromBytes<EventSummary>(value) };
  } catch {
    /* not JSON */
  }
  return undefined;
}
