// JetStream adapter of the state store, for the distributed roles. Records live in KV buckets
// (apps, events, runs, steps); runs change only by revision-checked updates, so two executors
// never both advance a run (DESIGN.md invariant 4). The job queue is a work-queue stream with
// one durable pull consumer shared by every executor (jetstream-job-queue.ts): writes here
// publish the jobs they enqueue to it and ack the delivery they complete.
//
// A commit is not one transaction here, so it is ordered to be safe to repeat:
//   1. the run is CAS-updated: its stack lists the new steps, and it records the job as applied
//      with the jobs it enqueues (outbox);
//   2. step results are created (first result wins, invariant 2);
//   3. the outbox is published with `Nats-Msg-Id` = job id (the stream drops duplicates);
//   4. the job is acked.
// A job redelivered after step 1 is recognised by the run's `applied` list: the step results it
// carries are created (first wins) and its outbox is published again, and it is acked without
// calling the SDK twice (`#replayApplied`, which the queue asks about every redelivered job).
// The newest applied job keeps its step results for this (up to EMBED_MAX_BYTES); otherwise a
// step listed with no result runs again when the run goes on.
//
// Retention jobs go to a stream of their own (jetstream-job-queue.ts explains why). Deleted
// records are purged from their bucket's stream (jetstream-kv-purge.ts), so no delete marker is
// left behind.
//
// The run and event listings answer from summaries in one more bucket, written beside the
// records (jetstream-listing.ts).
import { type JetStreamManager, type KV, type NatsConnection, StorageType } from "nats";
import pino, { type Logger } from "pino";
import { isCasConflict } from "../common/nats.ts";
import { fromBytes, hashKey, toBytes } from "./jetstream-codec.ts";
import { type FlowBuckets, JetStreamFlowStore } from "./jetstream-flow.ts";
import { listKvKeys } from "./jetstream-kv-keys.ts";
import { DEFAULT_MARKER_GRACE_MS, JetStreamListing } from "./jetstream-listing.ts";
import { allRuns } from "./listing.ts";
import { purgeKvKeys } from "./jetstream-kv-purge.ts";
import { deliveryKey, JetStreamJobQueue } from "./jetstream-job-queue.ts";
import { DEFAULT_JOB_LEASE_MS } from "./job-queue.ts";
import { retriedJob } from "./jobs.ts";
import { DEFAULT_RETENTION_MS, endedBy, expireEventsJob, expireRunJob } from "./retention.ts";
import type { AppSyncInput, EventPage, EventQuery, RunFilter, RunPage, RunQuery, Store } from "./store.ts";
import { applyRunChanges, runPatchRejected } from "./run-changes.ts";
import type {
  AppRecord, Commit, EventRecord, FunctionRecord, JobRecord, PauseRecord, RunRecord, StepRecord,
} from "./types.ts";

export interface JetStreamStoreOptions {
  /** Prefix of bucket, stream and subject names (tests isolate with it). @default "tether" */
  prefix?: string;
  /**
   * Ack wait of the job consumer: how long a silent executor keeps a job. Every process that
   * claims jobs sets the shared consumer to its value, so give all executors the same one.
   * @default DEFAULT_JOB_LEASE_MS (8_000)
   */
  jobLeaseMs?: number;
  /** Jobs buffered ahead of the executor. @default 256 */
  maxBuffered?: number;
  /** Window in which a re-published job id is dropped as a duplicate. @default 600_000 */
  duplicateWindowMs?: number;
  /** Stream and bucket replicas (use 3 on a cluster). @default 1 */
  replicas?: number;
  /**
   * How long the listing's delete markers stay before a listing process purges them
   * (jetstream-listing.ts); above any watch's delay. @default 30_000
   */
  listingMarkerGraceMs?: number;
  /** How long finished runs, their steps and events are kept (`--retention`). @default 7 days */
  retentionMs?: number;
  /** @default a silent logger */
  log?: Logger;
}

interface RunDoc extends RunRecord {
  /** Hashed step ids in completion order (the SDK's stack). */
  stack: string[];
  /** Recently applied job ids, newest last, with the jobs each one enqueued. */
  applied: AppliedJob[];
  /** Keys of the run's pauses in the pauses bucket, for retention (absent on older runs). */
  pauseKeys?: string[];
}

interface AppliedJob {
  jobId: string;
  outbox: JobRecord[];
  /** The step results the job stored: kept on the newest entry only, until the next commit. */
  steps?: StepRecord[];
  /** The job's retry (next attempt), published with its delivery key as message id. */
  retry?: JobRecord;
}

interface EventDoc {
  record: EventRecord;
  runIds: string[];
}

interface Buckets {
  apps: KV;
  events: KV;
  runs: KV;
  steps: KV;
  /** `<hash of event name>.<pause id>` -> PauseRecord. */
  pauses: KV;
  /** Claimed idempotency / event-id keys; the bucket's max age is the claim window (24 h). */
  keys: KV;
}

interface AppDoc {
  app: AppRecord;
  functions: FunctionRecord[];
}

const APPLIED_KEEP = 64;
/** Step results of one commit up to this size ride on the run record until the next commit. */
const EMBED_MAX_BYTES = 256 * 1024;
/** Claimed keys (idempotency, event ids) live this long: the bucket's max age. */
const KEY_CLAIM_TTL_MS = 24 * 3_600_000;
const pauseKey = (p: { event: string; id: string }) => `${hashKey(p.event)}.${hashKey(p.id)}`;
const STEP_CACHE_MAX = 50_000;
/** Run records remembered (as stored bytes, with their revision) for a commit's first CAS attempt. */
const KNOWN_RUNS_MAX = 10_000;
const EVENT_DELETE_CONCURRENCY = 64;
/** Records read at once by the listing's backfill. */
const BACKFILL_BATCH = 256;

export class JetStreamStore implements Store {
  readonly flow: JetStreamFlowStore;
  readonly queue: JetStreamJobQueue;
  readonly #jsm: JetStreamManager;
  readonly #o: Required<JetStreamStoreOptions>;
  readonly #kv: Buckets;
  readonly #stepCache = new Map<string, StepRecord>();
  /**
   * The last revision of each run this process read or wrote. A commit tries its CAS against it
   * instead of reading the run first (a NATS round trip per step); when another process has
   * written the run since, the CAS fails and the commit reads it as before, so a stale entry
   * costs a round trip, never a lost update.
   */
  readonly #knownRuns = new Map<string, { bytes: Uint8Array; revision: number }>();
  /** Event payloads never change once stored. */
  readonly #eventCache = new Map<string, EventRecord>();
  /** Run and event summaries for the listings (jetstream-listing.ts). */
  readonly #listing: JetStreamListing;

  private constructor(
    nc: NatsConnection, jsm: JetStreamManager, o: Required<JetStreamStoreOptions>, kv: Buckets, flow: FlowBuckets, summaries: { kv: KV; name: string },
  ) {
    this.#listing = new JetStreamListing({
      nc, jsm, kv: summaries.kv, bucket: summaries.name, log: o.log, backfill: () => this.#backfillListing(), markerGraceMs: o.listingMarkerGraceMs,
    });
    this.#jsm = jsm;
    this.#o = o;
    this.#kv = kv;
    this.queue = new JetStreamJobQueue(nc, jsm, o, (job) => this.#replayApplied(job));
    // Parking acks the job's delivery like a commit completing it; unparking publishes it again.
    this.flow = new JetStreamFlowStore({
      jsm, ...flow, publish: (job, msgId) => this.queue.publish([job], msgId), ack: (jobId) => this.queue.ack(jobId),
    });
  }

  /** Creates or binds the buckets, the job and expiry streams and their consumers (idempotent across processes). */
  static async create(nc: NatsConnection, opts: JetStreamStoreOptions = {}): Promise<JetStreamStore> {
    const o: Required<JetStreamStoreOptions> = {
      prefix: "tether", jobLeaseMs: DEFAULT_JOB_LEASE_MS, maxBuffered: 256, duplicateWindowMs: 600_000, replicas: 1, retentionMs: DEFAULT_RETENTION_MS,
      listingMarkerGraceMs: DEFAULT_MARKER_GRACE_MS, ...opts, log: (opts.log ?? pino({ level: "silent" })).child({ component: "jetstream-store" }),
    };
    const js = nc.jetstream();
    const jsm = await nc.jetstreamManager();
    const bucket = (name: string) => js.views.kv(`${o.prefix}_${name}`, { history: 1, replicas: o.replicas, storage: StorageType.File });
    const [apps, events, runs, steps, pauses] = await Promise.all([
      bucket("apps"), bucket("events"), bucket("runs"), bucket("steps"), bucket("pauses"),
    ]);
    const keys = await js.views.kv(`${o.prefix}_keys`, { history: 1, replicas: o.replicas, storage: StorageType.File, ttl: KEY_CLAIM_TTL_MS });
    const flow = await JetStreamFlowStore.buckets(js, o.prefix, o.replicas);
    const summaries = await JetStreamListing.bucket(js, o.prefix, o.replicas);
    const store = new JetStreamStore(nc, jsm, o, { apps, events, runs, steps, pauses, keys }, flow, summaries);
    await store.queue.ensureStreams();
    await store.#skipBackfillWhenEmpty();
    return store;
  }

  // ---- apps and functions

  async syncApp(input: AppSyncInput): Promise<{ app: AppRecord; modified: boolean }> {
    const key = `app.${hashKey(input.name)}`;
    for (;;) {
      const entry = await this.#kv.apps.get(key);
      const cur = entry && entry.operation === "PUT" ? fromBytes<AppDoc>(entry.value) : undefined;
      if (cur && cur.app.checksum === input.checksum && cur.app.url === input.url) return { app: cur.app, modified: false };
      const now = Date.now();
      const app: AppRecord = {
        id: cur?.app.id ?? globalThis.crypto.randomUUID(), name: input.name, url: input.url, method: input.method,
        sdk: input.sdk, appVersion: input.appVersion, syncId: globalThis.crypto.randomUUID(), checksum: input.checksum,
        createdAt: cur?.app.createdAt ?? now, updatedAt: now,
      };
      const doc: AppDoc = { app, functions: input.functions.map((f) => ({ ...f, appId: app.id, appName: app.name, createdAt: now })) };
      try {
        if (entry) await this.#kv.apps.update(key, toBytes(doc), entry.revision);
        else await this.#kv.apps.create(key, toBytes(doc));
        return { app, modified: true };
      } catch (err) {
        if (!isCasConflict(err)) throw err;
      }
    }
  }

  async #appDocs(): Promise<AppDoc[]> {
    const keys = await listKvKeys(this.#jsm, `${this.#o.prefix}_apps`);
    const docs = await Promise.all(keys.map(async (k) => {
      const e = await this.#kv.apps.get(k);
      return e && e.operation === "PUT" ? fromBytes<AppDoc>(e.value) : undefined;
    }));
    return docs.filter((d): d is AppDoc => d !== undefined);
  }

  async getApp(id: string): Promise<AppRecord | undefined> {
    return (await this.#appDocs()).find((d) => d.app.id === id)?.app;
  }

  async listApps(): Promise<AppRecord[]> {
    return (await this.#appDocs()).map((d) => d.app).sort((a, b) => a.name.localeCompare(b.name));
  }

  async listFunctions(): Promise<FunctionRecord[]> {
    return (await this.#appDocs()).flatMap((d) => d.functions).sort((a, b) => a.slug.localeCompare(b.slug));
  }

  // ---- events

  async insertEvents(events: EventRecord[], jobs: JobRecord[]): Promise<void> {
    await this.#putEvents(events);
    const expire = expireEventsJob(events, this.#o.retentionMs);
    await this.queue.publish(expire ? [...jobs, expire] : jobs);
  }

  /** Event records with their listing summaries, in parallel. */
  async #putEvents(events: EventRecord[]): Promise<void> {
    await Promise.all([
      ...events.map((e) => this.#kv.events.put(e.internalId, toBytes({ record: e, runIds: [] } satisfies EventDoc))),
      this.#listing.eventsStored(events),
    ]);
  }

  async getEvent(internalId: string): Promise<EventRecord | undefined> {
    return (await this.#eventDoc(internalId))?.record;
  }

  async getEvents(internalIds: string[]): Promise<EventRecord[]> {
    const records = await Promise.all(internalIds.map(async (id) => {
      const hit = this.#eventCache.get(id);
      if (hit) return hit;
      const rec = (await this.#eventDoc(id))?.record;
      if (rec) {
        if (this.#eventCache.size >= STEP_CACHE_MAX) this.#eventCache.delete(this.#eventCache.keys().next().value!);
        this.#eventCache.set(id, rec);
      }
      return rec;
    }));
    return records.filter((r): r is EventRecord => r !== undefined);
  }

  async #eventDoc(id: string): Promise<EventDoc | undefined> {
    if (!/^[0-9A-Za-z]+$/.test(id)) return undefined;
    const e = await this.#kv.events.get(id);
    return e && e.operation === "PUT" ? fromBytes<EventDoc>(e.value) : undefined;
  }

  // ---- runs and steps

  async createRuns(runs: RunRecord[], jobs: JobRecord[], completeJobId?: string, pauses: PauseRecord[] = []): Promise<void> {
    // Pauses first: a run that exists lists them, and none of its jobs is published before them.
    await this.#putPauses(pauses);
    // Listing summaries beside the records: both are written before any job of the runs.
    await Promise.all(runs.flatMap((r) => [this.#createRun(r, pauses), this.#listing.runCreated(r)]));
    const byEvent = new Map<string, string[]>();
    for (const r of runs) for (const e of r.eventIds) byEvent.set(e, [...(byEvent.get(e) ?? []), r.id]);
    await Promise.all([...byEvent].map(([eventId, runIds]) => this.#casEvent(eventId, runIds)));
    await this.queue.publish(jobs);
    if (completeJobId) this.queue.ack(completeJobId);
  }

  async #createRun(r: RunRecord, pauses: PauseRecord[]): Promise<void> {
    const doc: RunDoc = { ...r, stack: [], applied: [], pauseKeys: pauses.filter((p) => p.runId === r.id).map(pauseKey) };
    try {
      await this.#kv.runs.create(r.id, toBytes(doc));
    } catch (err) {
      if (!isCasConflict(err)) throw err; // exists: this job ran before
    }
  }

  async #casEvent(eventId: string, runIds: string[]): Promise<void> {
    for (;;) {
      const e = await this.#kv.events.get(eventId);
      if (!e || e.operation !== "PUT") return;
      const doc = fromBytes<EventDoc>(e.value);
      const next = [...new Set([...doc.runIds, ...runIds])];
      if (next.length === doc.runIds.length) return;
      try {
        await this.#kv.events.update(eventId, toBytes({ ...doc, runIds: next }), e.revision);
        return;
      } catch (err) {
        if (!isCasConflict(err)) throw err;
      }
    }
  }

  async getRun(id: string): Promise<RunRecord | undefined> {
    const d = await this.#runDoc(id);
    if (!d) return undefined;
    const { stack: _s, applied: _a, ...run } = d.doc;
    return run;
  }

  /** The run as stored, for listings: not remembered for a commit's CAS (a page is 50 runs nobody commits). */
  async #listedRun(id: string): Promise<RunRecord | undefined> {
    const e = /^[0-9A-Za-z]+$/.test(id) ? await this.#kv.runs.get(id) : null;
    if (!e || e.operation !== "PUT") return undefined;
    const { stack: _s, applied: _a, pauseKeys: _p, ...run } = fromBytes<RunDoc>(e.value);
    return run;
  }

  async #runDoc(id: string): Promise<{ doc: RunDoc; revision: number } | undefined> {
    if (!/^[0-9A-Za-z]+$/.test(id)) return undefined;
    const e = await this.#kv.runs.get(id);
    if (!e || e.operation !== "PUT") {
      this.#knownRuns.delete(id);
      return undefined;
    }
    this.#knowRun(id, e.value, e.revision);
    return { doc: fromBytes<RunDoc>(e.value), revision: e.revision };
  }

  #knowRun(id: string, bytes: Uint8Array, revision: number): void {
    this.#knownRuns.delete(id);
    if (this.#knownRuns.size >= KNOWN_RUNS_MAX) this.#knownRuns.delete(this.#knownRuns.keys().next().value!);
    this.#knownRuns.set(id, { bytes, revision });
  }

  /** The run as this process last saw it (a fresh copy), for a first CAS attempt. */
  #knownRunDoc(id: string): { doc: RunDoc; revision: number } | undefined {
    const k = this.#knownRuns.get(id);
    return k && { doc: fromBytes<RunDoc>(k.bytes), revision: k.revision };
  }

  async getRunWithSteps(id: string): Promise<{ run: RunRecord; steps: StepRecord[] } | undefined> {
    const d = await this.#runDoc(id);
    if (!d) return undefined;
    const { stack, applied: _a, ...run } = d.doc;
    const steps = await Promise.all(stack.map((stepId) => this.#step(id, stepId)));
    return { run, steps: steps.filter((s): s is StepRecord => s !== undefined) };
  }

  async listRunsForEvent(eventInternalId: string): Promise<RunRecord[]> {
    const doc = await this.#eventDoc(eventInternalId);
    const runs = await Promise.all((doc?.runIds ?? []).map((id) => this.getRun(id)));
    return runs.filter((r): r is RunRecord => r !== undefined).sort((a, b) => a.id.localeCompare(b.id));
  }

  async getSteps(runId: string): Promise<StepRecord[]> {
    return (await this.getRunWithSteps(runId))?.steps ?? [];
  }

  async #step(runId: string, stepId: string): Promise<StepRecord | undefined> {
    const key = `${runId}.${stepId}`;
    const hit = this.#stepCache.get(key);
    if (hit) return hit;
    const e = await this.#kv.steps.get(key);
    if (!e || e.operation !== "PUT") return undefined;
    const s = fromBytes<StepRecord>(e.value);
    this.#cacheStep(key, s);
    return s;
  }

  #cacheStep(key: string, s: StepRecord): void {
    if (this.#stepCache.size >= STEP_CACHE_MAX) this.#stepCache.delete(this.#stepCache.keys().next().value!);
    this.#stepCache.set(key, s);
  }

  async #putPauses(pauses: PauseRecord[]): Promise<void> {
    await Promise.all(pauses.map((p) => this.#kv.pauses.put(pauseKey(p), toBytes(p))));
  }

  async commit(c: Commit): Promise<void> {
    await this.#putPauses(c.addPauses ?? []);
    // A refused run patch refuses the outcome's events and jobs too (run-changes.ts): checked
    // before the events are written, and again under the run's CAS (events written by a commit
    // that lost that race are deleted).
    const gate = c.run && c.expectRunStatus ? await this.#runDoc(c.run.id) : undefined;
    const events = runPatchRejected(gate?.doc, c) ? [] : c.events ?? [];
    let rejected = false;
    await this.#putEvents(events);
    // 1. The run, atomically: patch, pending fan-in, stack, applied job and its outbox.
    const expireEvents = expireEventsJob(events, this.#o.retentionMs);
    let outbox = expireEvents ? [...(c.enqueue ?? []), expireEvents] : [...(c.enqueue ?? [])];
    let runMissing = false;
    /** The run after a commit that changed its status: its listing summary follows. */
    let statusChanged: RunRecord | undefined;
    const runId = c.run?.id ?? c.resolvePending?.then.runId ?? c.steps?.[0]?.runId;
    const heldJob = this.queue.held(c.completeJobId ?? c.retryJob?.id ?? "");
    const jobId = heldJob && deliveryKey(heldJob);
    // Retry = the job again with its new attempt and time.
    let retry = c.retryJob && heldJob ? retriedJob(heldJob, c.retryJob) : undefined;
    if (runId) {
      // The gate's read, or the run as this process last saw it, serves as the first CAS attempt's.
      let first = gate && gate.doc.id === runId ? gate : this.#knownRunDoc(runId);
      for (;;) {
        const cur = first ?? (await this.#runDoc(runId));
        first = undefined;
        if (!cur) {
          runMissing = true;
          break;
        }
        const already = jobId ? cur.doc.applied.find((a) => a.jobId === jobId) : undefined;
        if (already) {
          outbox = already.outbox;
          retry = already.retry ?? retry;
          break;
        }
        const { run: doc, enqueue, rejected: refused } = applyRunChanges(cur.doc, c);
        rejected = refused;
        const kept = refused ? [] : outbox;
        const expireRun = endedBy(cur.doc, doc) ? expireRunJob(doc, this.#o.retentionMs, Date.now()) : undefined;
        const jobs = [...kept, ...(enqueue ? [enqueue] : []), ...(expireRun ? [expireRun] : [])];
        const stack = [...doc.stack];
        for (const s of c.steps ?? []) if (!stack.includes(s.stepId)) stack.push(s.stepId);
        doc.stack = stack;
        const ownPauses = (c.addPauses ?? []).filter((p) => p.runId === runId).map(pauseKey);
        if (ownPauses.length) doc.pauseKeys = [...new Set([...(doc.pauseKeys ?? []), ...ownPauses])];
        if (jobId) {
          const steps = c.steps?.length && c.steps.reduce((n, x) => n + (x.size ?? 0), 0) <= EMBED_MAX_BYTES ? c.steps : undefined;
          const older = doc.applied.map(({ steps: _steps, ...a }) => a);
          doc.applied = [...older, { jobId, outbox: jobs, ...(steps ? { steps } : {}), ...(retry ? { retry } : {}) }].slice(-APPLIED_KEEP);
        }
        try {
          const bytes = toBytes(doc);
          this.#knowRun(runId, bytes, await this.#kv.runs.update(runId, bytes, cur.revision));
          outbox = jobs;
          if (doc.status !== cur.doc.status) statusChanged = doc;
          break;
        } catch (err) {
          if (!isCasConflict(err)) throw err;
        }
      }
    }
    if (rejected) await this.#purgeEvents(events.map((e) => e.internalId));
    // 2. Step results, after the run lists them: a crash in between leaves listed steps with
    //    no value, which the redelivered job creates from the run record; the other order could
    //    leave a stored result the run does not list, so a stored step would run again (DESIGN.md
    //    invariant 2). Steps of a run that is gone (a late reply after retention deleted it)
    //    would never be deleted: they are dropped.
    //    The listing summary of a status change goes beside them (no round trip of its own).
    await Promise.all([runMissing ? undefined : this.#createSteps(c.steps ?? []), statusChanged && this.#listing.runChanged(statusChanged)]);
    // 3. Publish what the commit enqueued (duplicates are dropped by job id).
    await this.queue.publish(outbox);
    // 4. The retry, then ack the old delivery.
    if (retry) await this.queue.publish([retry], deliveryKey(retry));
    if (c.retryJob) this.queue.ack(c.retryJob.id);
    if (c.completeJobId) this.queue.ack(c.completeJobId);
  }

  /** First result wins: an existing step is kept. */
  async #createSteps(steps: StepRecord[]): Promise<void> {
    await Promise.all(steps.map(async (s) => {
      const key = `${s.runId}.${s.stepId}`;
      try {
        await this.#kv.steps.create(key, toBytes(s));
        this.#cacheStep(key, s);
      } catch (err) {
        if (!isCasConflict(err)) throw err;
      }
    }));
  }

  // ---- retention

  async deleteRun(runId: string): Promise<boolean> {
    const cur = await this.#runDoc(runId);
    if (!cur) return true;
    if (cur.doc.status === "Running") return false;
    const stepKeys = cur.doc.stack.map((stepId) => `${runId}.${stepId}`);
    // The run record goes last: a deletion cut short is repeated by the redelivered job.
    await Promise.all([purgeKvKeys(this.#jsm, `${this.#o.prefix}_steps`, stepKeys), this.#listing.runDeleted(runId)]);
    await purgeKvKeys(this.#jsm, `${this.#o.prefix}_pauses`, cur.doc.pauseKeys ?? []);
    await purgeKvKeys(this.#jsm, `${this.#o.prefix}_runs`, [runId]);
    this.#knownRuns.delete(runId);
    for (const k of stepKeys) this.#stepCache.delete(k);
    return true;
  }

  async deleteEvents(internalIds: string[]): Promise<string[]> {
    const deleted: string[] = [];
    // A batch of ingested events may hold thousands: a bounded number of reads at once.
    for (let i = 0; i < internalIds.length; i += EVENT_DELETE_CONCURRENCY) {
      await Promise.all(internalIds.slice(i, i + EVENT_DELETE_CONCURRENCY).map(async (id) => {
        const doc = await this.#eventDoc(id);
        if (!doc) return;
        const runs = await Promise.all(doc.runIds.map((r) => this.#kv.runs.get(r)));
        if (runs.some((e) => e?.operation === "PUT")) return;
        await this.#purgeEvents([id]);
        deleted.push(id);
      }));
    }
    return deleted;
  }

  /** Events and their listing summaries, for good. */
  async #purgeEvents(ids: string[]): Promise<void> {
    await Promise.all([purgeKvKeys(this.#jsm, `${this.#o.prefix}_events`, ids), this.#listing.eventsDeleted(ids)]);
    for (const id of ids) this.#eventCache.delete(id);
  }

  async listRuns(f: RunFilter): Promise<RunRecord[]> {
    return allRuns(this, f);
  }

  /**
   * From the listing's mirror, then the page's records themselves: a run the mirror has not yet
   * seen change (or go) is dropped when it no longer matches (jetstream-listing.ts).
   */
  async listRunsPage(q: RunQuery): Promise<RunPage> {
    const { ids, cursor } = await this.#listing.runPage(q);
    const runs = await Promise.all(ids.map((id) => this.#listedRun(id)));
    const gone = ids.filter((_, i) => runs[i] === undefined);
    if (gone.length) await this.#listing.recordsMissing("run", gone);
    const matches = (r: RunRecord | undefined): r is RunRecord => r !== undefined && (!q.status?.length || q.status.includes(r.status));
    return { runs: runs.filter(matches), cursor };
  }

  async listEvents(q: EventQuery): Promise<EventPage> {
    const { ids, cursor } = await this.#listing.eventPage(q);
    // Read, not cached: a page of arbitrary events would push out the ones executors reuse.
    const events = (await Promise.all(ids.map((id) => this.#eventDoc(id)))).flatMap((d) => (d ? [d.record] : []));
    if (events.length < ids.length) {
      const found = new Set(events.map((e) => e.internalId));
      await this.#listing.recordsMissing("event", ids.filter((id) => !found.has(id)));
    }
    return { events, cursor };
  }

  /** A deployment with no run or event yet needs no listing backfill (jetstream-listing.ts). */
  async #skipBackfillWhenEmpty(): Promise<void> {
    const counts = await Promise.all(["runs", "events"].map(async (b) => (await this.#jsm.streams.info(`KV_${this.#o.prefix}_${b}`)).state.messages));
    if (counts.every((n) => n === 0)) await this.#listing.nothingToBackfill();
  }

  /** Listing summaries of every stored run and event, a batch of reads at a time (jetstream-listing.ts). */
  async #backfillListing(): Promise<void> {
    const [runIds, eventIds] = await Promise.all([
      listKvKeys(this.#jsm, `${this.#o.prefix}_runs`), listKvKeys(this.#jsm, `${this.#o.prefix}_events`),
    ]);
    for (let i = 0; i < runIds.length; i += BACKFILL_BATCH) {
      const runs = await Promise.all(runIds.slice(i, i + BACKFILL_BATCH).map((id) => this.getRun(id)));
      await Promise.all(runs.map((r) => r && this.#listing.runCreated(r)));
    }
    for (let i = 0; i < eventIds.length; i += BACKFILL_BATCH) {
      const docs = await Promise.all(eventIds.slice(i, i + BACKFILL_BATCH).map((id) => this.#eventDoc(id)));
      await this.#listing.eventsStored(docs.flatMap((d) => (d ? [d.record] : [])));
    }
  }

  async pausesForEvent(eventName: string, nowMs: number): Promise<PauseRecord[]> {
    const keys = await listKvKeys(this.#jsm, `${this.#o.prefix}_pauses`, `${hashKey(eventName)}.*`);
    const pauses = await Promise.all(keys.map(async (k) => {
      const e = await this.#kv.pauses.get(k);
      return e && e.operation === "PUT" ? fromBytes<PauseRecord>(e.value) : undefined;
    }));
    const live = pauses.filter((p): p is PauseRecord => p !== undefined);
    // Expired pauses are skipped, never purged here: the wait's timeout job may not have run yet
    // (busy or restarting executors), and it resolves the wait only by consuming the pause. Timeout
    // jobs and retention (deleteRun) remove pauses.
    return live.filter((p) => p.expiresAt > nowMs && p.event === eventName).sort((a, b) => a.id.localeCompare(b.id));
  }

  async consumePause(pause: PauseRecord, c: Commit): Promise<boolean> {
    const key = pauseKey(pause);
    const e = await this.#kv.pauses.get(key);
    if (!e || e.operation !== "PUT") return false;
    try {
      await this.#kv.pauses.purge(key, { previousSeq: e.revision });
    } catch (err) {
      if (isCasConflict(err)) return false;
      throw err;
    }
    await this.commit(c);
    return true;
  }

  async claimKey(key: string, owner: string, _ttlMs: number, _nowMs: number): Promise<boolean> {
    try {
      await this.#kv.keys.create(hashKey(key), toBytes(owner));
      return true;
    } catch (err) {
      if (!isCasConflict(err)) throw err;
      const e = await this.#kv.keys.get(hashKey(key));
      return e !== null && e.operation === "PUT" && fromBytes<string>(e.value) === owner;
    }
  }

  /** A redelivered job its run already applied: finish its commit (steps, outbox, retry); the queue acks it. */
  async #replayApplied(job: JobRecord): Promise<boolean> {
    const cur = await this.#runDoc(job.runId!);
    const key = deliveryKey(job);
    const applied = cur?.doc.applied.find((a) => a.jobId === key);
    if (!applied) return false;
    // Jobs of the outbox the run has applied since were consumed: after a NATS restart the
    // stream no longer remembers their ids, so publishing them again would run them twice.
    const consumed = (j: JobRecord) => j.runId === job.runId && cur!.doc.applied.some((a) => a.jobId.startsWith(`${j.id}#`));
    // The run's listing summary too: the crash may have come between its CAS and its summary.
    const { stack: _s, applied: _a, ...run } = cur!.doc;
    await Promise.all([this.#createSteps(applied.steps ?? []), this.#listing.runChanged(run)]);
    await this.queue.publish(applied.outbox.filter((j) => !consumed(j)));
    const retry = applied.retry;
    if (retry && !cur!.doc.applied.some((a) => a.jobId === deliveryKey(retry))) await this.queue.publish([retry], deliveryKey(retry));
    return true;
  }

  async close(): Promise<void> {
    this.queue.close();
    this.flow.close();
    await this.#listing.close();
  }
}
