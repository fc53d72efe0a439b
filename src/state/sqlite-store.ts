// SQLite adapter of the state store (better-sqlite3, WAL). One transaction per commit, so a step
// result, the next job and the run update land together or not at all (DESIGN.md invariants 2, 4):
// the job queue (sqlite-job-queue.ts) and the flow store (sqlite-flow.ts) live in the same
// database and write inside the store's transactions. Retention jobs live in the jobs table like
// any timer; deleted rows' pages are reused by later inserts, so the file stops growing once
// history is deleted as fast as it is written, without VACUUM.
import Database from "better-sqlite3";
import pino, { type Logger } from "pino";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { FlowStore } from "./flow-store.ts";
import { DEFAULT_RETENTION_MS, endedBy, expireEventsJob, expireRunJob } from "./retention.ts";
import { applyRunChanges } from "./run-changes.ts";
import { SqliteFlowStore } from "./sqlite-flow.ts";
import type { HandOff } from "./job-queue.ts";
import { SqliteJobQueue } from "./sqlite-job-queue.ts";
import { allRuns } from "./listing.ts";
import { LISTING_SCHEMA, migrateRunStatus, SqliteListing } from "./sqlite-listing.ts";
import type { AppSyncInput, EventPage, EventQuery, RunFilter, RunPage, RunQuery, Store } from "./store.ts";
import type {
  AppRecord, Commit, EventRecord, FunctionRecord, JobRecord, PauseRecord, RunRecord, StepRecord,
} from "./types.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS apps (
  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, url TEXT NOT NULL, method TEXT NOT NULL,
  sdk TEXT NOT NULL, app_version TEXT, sync_id TEXT NOT NULL, checksum TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS functions (
  id TEXT PRIMARY KEY, app_id TEXT NOT NULL, slug TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
  internal_id TEXT PRIMARY KEY, name TEXT NOT NULL, doc TEXT NOT NULL, received_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, doc TEXT NOT NULL, function_id TEXT, created_at INTEGER, status TEXT);
CREATE TABLE IF NOT EXISTS pauses (id TEXT PRIMARY KEY, event TEXT NOT NULL, expires_at INTEGER NOT NULL, doc TEXT NOT NULL, run_id TEXT);
CREATE INDEX IF NOT EXISTS pauses_event ON pauses (event, expires_at);
CREATE INDEX IF NOT EXISTS pauses_run ON pauses (run_id);
CREATE TABLE IF NOT EXISTS claimed_keys (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS claimed_keys_exp ON claimed_keys (expires_at);
CREATE TABLE IF NOT EXISTS run_events (event_id TEXT NOT NULL, run_id TEXT NOT NULL, PRIMARY KEY (event_id, run_id));
CREATE INDEX IF NOT EXISTS run_events_run ON run_events (run_id);
CREATE TABLE IF NOT EXISTS steps (
  run_id TEXT NOT NULL, step_id TEXT NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL,
  PRIMARY KEY (run_id, step_id));
`;

export interface SqliteStoreOptions {
  /** How long finished runs, their steps and events are kept (`--retention`). @default 7 days */
  retentionMs?: number;
  /** @default a silent logger */
  log?: Logger;
}

/** Expired claims deleted by each new claim: more than one, so the table cannot outgrow its window. */
const EXPIRED_CLAIMS_PURGED = 8;

export class SqliteStore implements Store {
  readonly flow: FlowStore;
  readonly queue: SqliteJobQueue;
  /** The run and event listings (and their query plans, for tests and the bench). */
  readonly listing: SqliteListing;
  readonly #db: Database.Database;
  readonly #q: Record<string, Database.Statement>;
  readonly #retentionMs: number;
  #seq = Date.now() * 1000;

  constructor(path: string, opts: SqliteStoreOptions = {}) {
    this.#retentionMs = opts.retentionMs ?? DEFAULT_RETENTION_MS;
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.#db = new Database(path);
    this.#db.pragma("journal_mode = WAL");
    this.#db.pragma("synchronous = NORMAL");
    this.#db.pragma("busy_timeout = 5000");
    for (const [table, col] of [["runs", "function_id TEXT"], ["runs", "created_at INTEGER"], ["pauses", "run_id TEXT"]]) {
      try {
        this.#db.exec(`ALTER TABLE ${table} ADD COLUMN ${col}`);
      } catch {
        /* new database, or already migrated */
      }
    }
    const keyCols = this.#db.prepare("SELECT name FROM pragma_table_info('claimed_keys')").all() as { name: string }[];
    if (keyCols.length && !keyCols.some((c) => c.name === "owner")) this.#db.exec("DROP TABLE claimed_keys");
    migrateRunStatus(this.#db);
    this.#db.exec(SCHEMA);
    this.#db.exec(LISTING_SCHEMA);
    // Pauses stored before they had a run column (retention deletes a run's pauses by it).
    this.#db.exec("UPDATE pauses SET run_id = json_extract(doc, '$.runId') WHERE run_id IS NULL");
    const p = (sql: string) => this.#db.prepare(sql);
    this.#q = {
      appByName: p("SELECT * FROM apps WHERE name = ?"),
      appById: p("SELECT * FROM apps WHERE id = ?"),
      apps: p("SELECT * FROM apps ORDER BY name"),
      upsertApp: p(`INSERT INTO apps (id, name, url, method, sdk, app_version, sync_id, checksum, created_at, updated_at)
        VALUES (@id, @name, @url, @method, @sdk, @appVersion, @syncId, @checksum, @createdAt, @updatedAt)
        ON CONFLICT(name) DO UPDATE SET url=@url, method=@method, sdk=@sdk, app_version=@appVersion,
        sync_id=@syncId, checksum=@checksum, updated_at=@updatedAt`),
      fnsOfApp: p("SELECT id FROM functions WHERE app_id = ?"),
      delFn: p("DELETE FROM functions WHERE id = ?"),
      upsertFn: p(`INSERT INTO functions (id, app_id, slug, doc) VALUES (?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET app_id = excluded.app_id, slug = excluded.slug, doc = excluded.doc`),
      fns: p("SELECT doc FROM functions ORDER BY slug"),
      insEvent: p("INSERT OR IGNORE INTO events (internal_id, name, doc, received_at) VALUES (?, ?, ?, ?)"),
      event: p("SELECT doc FROM events WHERE internal_id = ?"),
      insRun: p("INSERT OR IGNORE INTO runs (id, doc, function_id, created_at, status) VALUES (?, ?, ?, ?, ?)"),
      insPause: p("INSERT OR IGNORE INTO pauses (id, event, expires_at, doc, run_id) VALUES (?, ?, ?, ?, ?)"),
      pausesFor: p("SELECT doc FROM pauses WHERE event = ? AND expires_at > ? ORDER BY id"),
      delPause: p("DELETE FROM pauses WHERE id = ?"),
      claimKey: p(`INSERT INTO claimed_keys (key, owner, expires_at) VALUES (@key, @owner, @exp) ON CONFLICT(key) DO UPDATE
        SET owner = excluded.owner, expires_at = excluded.expires_at WHERE claimed_keys.expires_at <= @now`),
      keyOwner: p("SELECT owner FROM claimed_keys WHERE key = ?"),
      purgeClaims: p("DELETE FROM claimed_keys WHERE key IN (SELECT key FROM claimed_keys WHERE expires_at <= ? ORDER BY expires_at LIMIT ?)"),
      delRun: p("DELETE FROM runs WHERE id = ?"),
      delSteps: p("DELETE FROM steps WHERE run_id = ?"),
      delRunPauses: p("DELETE FROM pauses WHERE run_id = ?"),
      delRunLinks: p("DELETE FROM run_events WHERE run_id = ?"),
      eventHasRun: p("SELECT 1 FROM run_events e JOIN runs r ON r.id = e.run_id WHERE e.event_id = ? LIMIT 1"),
      delEvent: p("DELETE FROM events WHERE internal_id = ?"),
      delEventLinks: p("DELETE FROM run_events WHERE event_id = ?"),
      run: p("SELECT doc FROM runs WHERE id = ?"),
      // The status column rides on the document's write (the listing's indexes, sqlite-listing.ts).
      setRun: p("UPDATE runs SET doc = ?, status = ? WHERE id = ?"),
      insRunEvent: p("INSERT OR IGNORE INTO run_events (event_id, run_id) VALUES (?, ?)"),
      runsForEvent: p("SELECT r.doc FROM run_events e JOIN runs r ON r.id = e.run_id WHERE e.event_id = ? ORDER BY r.id"),
      insStep: p("INSERT OR IGNORE INTO steps (run_id, step_id, seq, doc) VALUES (?, ?, ?, ?)"),
      steps: p("SELECT doc FROM steps WHERE run_id = ? ORDER BY seq"),
    };
    this.queue = new SqliteJobQueue(this.#db, (opts.log ?? pino({ level: "silent" })).child({ component: "sqlite-store" }));
    this.flow = new SqliteFlowStore(this.#db, this.queue);
    this.listing = new SqliteListing(this.#db);
  }

  async syncApp(input: AppSyncInput): Promise<{ app: AppRecord; modified: boolean }> {
    const now = Date.now();
    return this.#db.transaction(() => {
      const existing = this.#q.appByName.get(input.name) as AppRow | undefined;
      if (existing && existing.checksum === input.checksum && existing.url === input.url) {
        return { app: rowToApp(existing), modified: false };
      }
      const app: AppRecord = {
        id: existing?.id ?? newUuid(),
        name: input.name,
        url: input.url,
        method: input.method,
        sdk: input.sdk,
        appVersion: input.appVersion,
        syncId: newUuid(),
        checksum: input.checksum,
        createdAt: existing?.created_at ?? now,
        updatedAt: now,
      };
      this.#q.upsertApp.run({ ...app, appVersion: app.appVersion ?? null });
      const keep = new Set(input.functions.map((f) => f.id));
      for (const row of this.#q.fnsOfApp.all(app.id) as { id: string }[]) {
        if (!keep.has(row.id)) this.#q.delFn.run(row.id);
      }
      for (const f of input.functions) {
        const rec: FunctionRecord = { ...f, appId: app.id, appName: app.name, createdAt: now };
        this.#q.upsertFn.run(f.id, app.id, f.slug, JSON.stringify(rec));
      }
      return { app, modified: true };
    })();
  }

  async getApp(id: string): Promise<AppRecord | undefined> {
    const row = this.#q.appById.get(id) as AppRow | undefined;
    return row && rowToApp(row);
  }

  async listApps(): Promise<AppRecord[]> {
    return (this.#q.apps.all() as AppRow[]).map(rowToApp);
  }

  async listFunctions(): Promise<FunctionRecord[]> {
    return (this.#q.fns.all() as { doc: string }[]).map((r) => JSON.parse(r.doc));
  }

  async insertEvents(events: EventRecord[], jobs: JobRecord[]): Promise<void> {
    this.#db.transaction(() => {
      this.#insertEvents(events);
      for (const j of jobs) this.queue.insert(j);
    })();
  }

  /** Stores events with their retention job. */
  #insertEvents(events: EventRecord[]): void {
    for (const e of events) this.#q.insEvent.run(e.internalId, e.event.name, JSON.stringify(e), e.receivedAt);
    const expire = expireEventsJob(events, this.#retentionMs);
    if (expire) this.queue.insert(expire);
  }

  async getEvent(internalId: string): Promise<EventRecord | undefined> {
    const row = this.#q.event.get(internalId) as { doc: string } | undefined;
    return row && JSON.parse(row.doc);
  }

  async getEvents(internalIds: string[]): Promise<EventRecord[]> {
    const out: EventRecord[] = [];
    for (const id of internalIds) {
      const e = await this.getEvent(id);
      if (e) out.push(e);
    }
    return out;
  }

  async createRuns(runs: RunRecord[], jobs: JobRecord[], completeJobId?: string, pauses: PauseRecord[] = [], handOff?: HandOff): Promise<JobRecord[]> {
    return this.#db.transaction(() => this.queue.handingOff(handOff, () => {
      for (const r of runs) {
        this.#q.insRun.run(r.id, JSON.stringify(r), r.functionId, r.createdAt, r.status);
        for (const e of r.eventIds) this.#q.insRunEvent.run(e, r.id);
      }
      this.#insertPauses(pauses);
      for (const j of jobs) this.queue.insert(j);
      if (completeJobId) this.queue.remove(completeJobId);
    }))();
  }

  async getRun(id: string): Promise<RunRecord | undefined> {
    const row = this.#q.run.get(id) as { doc: string } | undefined;
    return row && JSON.parse(row.doc);
  }

  async getRunWithSteps(id: string): Promise<{ run: RunRecord; steps: StepRecord[] } | undefined> {
    const run = await this.getRun(id);
    return run && { run, steps: await this.getSteps(id) };
  }

  async listRunsForEvent(eventInternalId: string): Promise<RunRecord[]> {
    return (this.#q.runsForEvent.all(eventInternalId) as { doc: string }[]).map((r) => JSON.parse(r.doc));
  }

  async getSteps(runId: string): Promise<StepRecord[]> {
    return (this.#q.steps.all(runId) as { doc: string }[]).map((r) => JSON.parse(r.doc));
  }

  async commit(c: Commit, handOff?: HandOff): Promise<JobRecord[]> {
    return this.#db.transaction(() => this.queue.handingOff(handOff, () => this.#apply(c)))();
  }

  #apply(c: Commit): void {
    const runId = c.run?.id ?? c.resolvePending?.then.runId ?? c.steps?.[0]?.runId;
    const row = runId ? (this.#q.run.get(runId) as { doc: string } | undefined) : undefined;
    let rejected = false;
    if (row) {
      const cur = JSON.parse(row.doc) as RunRecord;
      const changes = applyRunChanges(cur, c);
      rejected = changes.rejected;
      if (changes.enqueue) this.queue.insert(changes.enqueue);
      if (endedBy(cur, changes.run)) this.queue.insert(expireRunJob(changes.run, this.#retentionMs, Date.now()));
      const doc = JSON.stringify(changes.run);
      if (doc !== row.doc) this.#q.setRun.run(doc, changes.run.status, changes.run.id);
    }
    // A refused run patch refuses the outcome's events and jobs too (run-changes.ts).
    if (!rejected) this.#insertEvents(c.events ?? []);
    // Steps of a run that is gone (a late reply after retention deleted it) would never be deleted.
    if (row) for (const s of c.steps ?? []) this.#q.insStep.run(s.runId, s.stepId, this.#seq++, JSON.stringify(s));
    for (const j of rejected ? [] : c.enqueue ?? []) this.queue.insert(j);
    if (c.retryJob) this.queue.reschedule(c.retryJob);
    if (c.completeJobId) this.queue.remove(c.completeJobId);
    this.#insertPauses(c.addPauses ?? []);
  }

  #insertPauses(pauses: PauseRecord[]): void {
    for (const p of pauses) this.#q.insPause.run(p.id, p.event, p.expiresAt, JSON.stringify(p), p.runId);
  }

  async deleteRun(runId: string): Promise<boolean> {
    return this.#db.transaction(() => {
      const row = this.#q.run.get(runId) as { doc: string } | undefined;
      if (!row) return true;
      if ((JSON.parse(row.doc) as RunRecord).status === "Running") return false;
      this.#q.delSteps.run(runId);
      this.#q.delRunPauses.run(runId);
      this.#q.delRunLinks.run(runId);
      // Timers of the ended run (a timeout, a wait's expiry) would only be dropped when due.
      this.queue.removeRunJobs(runId);
      this.#q.delRun.run(runId);
      return true;
    })();
  }

  async deleteEvents(internalIds: string[]): Promise<string[]> {
    return this.#db.transaction(() => internalIds.filter((id) => {
      if (this.#q.eventHasRun.get(id)) return false;
      this.#q.delEventLinks.run(id);
      return this.#q.delEvent.run(id).changes === 1;
    }))();
  }

  async listRuns(f: RunFilter): Promise<RunRecord[]> {
    return allRuns(this, f);
  }

  async listRunsPage(q: RunQuery): Promise<RunPage> {
    return this.listing.runsPage(q);
  }

  async listEvents(q: EventQuery): Promise<EventPage> {
    return this.listing.eventsPage(q);
  }

  async pausesForEvent(eventName: string, nowMs: number): Promise<PauseRecord[]> {
    return (this.#q.pausesFor.all(eventName, nowMs) as { doc: string }[]).map((r) => JSON.parse(r.doc));
  }

  async consumePause(pause: PauseRecord, c: Commit): Promise<boolean> {
    return this.#db.transaction(() => {
      if (this.#q.delPause.run(pause.id).changes !== 1) return false;
      this.#apply(c);
      return true;
    })();
  }

  async claimKey(key: string, owner: string, ttlMs: number, nowMs: number): Promise<boolean> {
    return this.#db.transaction(() => {
      this.#q.purgeClaims.run(nowMs, EXPIRED_CLAIMS_PURGED);
      if (this.#q.claimKey.run({ key, owner, exp: nowMs + ttlMs, now: nowMs }).changes === 1) return true;
      return (this.#q.keyOwner.get(key) as { owner: string } | undefined)?.owner === owner;
    })();
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

interface AppRow {
  id: string; name: string; url: string; method: AppRecord["method"]; sdk: string;
  app_version: string | null; sync_id: string; checksum: string; created_at: number; updated_at: number;
}

function rowToApp(r: AppRow): AppRecord {
  return {
    id: r.id, name: r.name, url: r.url, method: r.method, sdk: r.sdk, appVersion: r.app_version ?? undefined,
    syncId: r.sync_id, checksum: r.checksum, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

function newUuid(): string {
  return globalThis.crypto.randomUUID();
}
