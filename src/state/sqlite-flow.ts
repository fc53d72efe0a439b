// SQLite adapter of the flow-control port (flow-store.ts), on the SqliteStore's database handle:
// documents in `flow_docs`, parked jobs in `flow_backlog`. Parking and unparking move a job
// between the `jobs` table and the backlog in one transaction, so a job is always in exactly
// one of them (docs/semantics.md §2: a parked run holds no slot and is never lost). The jobs table
// is the job queue's (sqlite-job-queue.ts): the flow store inserts and removes through `FlowJobTable`.
import type Database from "better-sqlite3";
import { TetherError } from "../common/index.ts";
import { FLOW_DOC_IDLE_MS, type FlowDoc, type FlowStore, type ParkedJob } from "./flow-store.ts";
import { decodeJob } from "./jobs.ts";
import type { JobRecord } from "./types.ts";

/** What the flow store may do to the job queue (SqliteJobQueue's write side). */
export interface FlowJobTable {
  /** Enqueues a job unless one with its id exists (no lease). */
  insert(job: JobRecord): void;
  /** Removes a job from the queue. */
  remove(jobId: string): void;
}

// `seq` orders a lane's ties by park order and is the parking's handle (`ParkedJob.ref`);
// AUTOINCREMENT never reuses one, so a stale handle cannot unpark a later parking of the job.
// `flow_rev` hands out document revisions from one counter: a document deleted and created
// again never gets back a revision a stale compare-and-set could still name.
const FLOW_SCHEMA = `
CREATE TABLE IF NOT EXISTS flow_docs (key TEXT PRIMARY KEY, value TEXT NOT NULL, rev INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS flow_docs_idle ON flow_docs (updated_at);
CREATE TABLE IF NOT EXISTS flow_rev (id INTEGER PRIMARY KEY CHECK (id = 1), rev INTEGER NOT NULL);
INSERT OR IGNORE INTO flow_rev (id, rev) VALUES (1, 0);
CREATE TABLE IF NOT EXISTS flow_backlog (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL UNIQUE, backlog TEXT NOT NULL, lane TEXT NOT NULL,
  score REAL NOT NULL, meta TEXT NOT NULL, job TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS flow_backlog_head ON flow_backlog (backlog, lane, score, seq);
`;

/** Idle documents deleted by each write: more than one, so the table cannot outgrow its window. */
const IDLE_DOCS_PURGED = 8;

interface BacklogRow {
  seq: number; backlog: string; lane: string; score: number; meta: string; job: string;
}

export class SqliteFlowStore implements FlowStore {
  readonly #db: Database.Database;
  readonly #jobs: FlowJobTable;
  readonly #sql: Record<string, Database.Statement>;

  constructor(db: Database.Database, jobs: FlowJobTable) {
    this.#db = db;
    this.#jobs = jobs;
    db.exec(FLOW_SCHEMA);
    const p = (sql: string) => db.prepare(sql);
    this.#sql = {
      doc: p("SELECT value, rev FROM flow_docs WHERE key = ?"),
      nextRev: p("UPDATE flow_rev SET rev = rev + 1 WHERE id = 1 RETURNING rev"),
      createDoc: p("INSERT INTO flow_docs (key, value, rev, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING"),
      updateDoc: p("UPDATE flow_docs SET value = ?, rev = ?, updated_at = ? WHERE key = ? AND rev = ?"),
      deleteDoc: p("DELETE FROM flow_docs WHERE key = ? AND rev = ?"),
      hasDoc: p("SELECT 1 FROM flow_docs WHERE key = ?"),
      purgeIdle: p("DELETE FROM flow_docs WHERE key IN (SELECT key FROM flow_docs WHERE updated_at < ? ORDER BY updated_at LIMIT ?)"),
      park: p(`INSERT INTO flow_backlog (job_id, backlog, lane, score, meta, job) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(job_id) DO NOTHING`),
      // One index seek per lane (a DISTINCT would read every parked row of the backlog).
      firstLane: p("SELECT lane FROM flow_backlog WHERE backlog = ? ORDER BY lane LIMIT 1"),
      nextLane: p("SELECT lane FROM flow_backlog WHERE backlog = ? AND lane > ? ORDER BY lane LIMIT 1"),
      head: p("SELECT * FROM flow_backlog WHERE backlog = ? AND lane = ? ORDER BY score, seq LIMIT 1"),
      unpark: p("DELETE FROM flow_backlog WHERE seq = ?"),
      counts: p("SELECT lane, COUNT(*) AS n FROM flow_backlog WHERE backlog = ? GROUP BY lane"),
    };
  }

  async get<T>(key: string): Promise<FlowDoc<T> | undefined> {
    const row = this.#sql.doc.get(key) as { value: string; rev: number } | undefined;
    return row && { value: JSON.parse(row.value) as T, rev: row.rev };
  }

  async put<T>(key: string, value: T | undefined, rev: number): Promise<boolean> {
    return this.#db.transaction(() => {
      const now = Date.now();
      this.#sql.purgeIdle.run(now - FLOW_DOC_IDLE_MS, IDLE_DOCS_PURGED);
      if (value === undefined) {
        // Deleting what must not exist: applied when nothing is there.
        if (rev === 0) return !this.#sql.hasDoc.get(key);
        return this.#sql.deleteDoc.run(key, rev).changes === 1;
      }
      const next = (this.#sql.nextRev.get() as { rev: number }).rev;
      const json = JSON.stringify(value);
      if (rev === 0) return this.#sql.createDoc.run(key, json, next, now).changes === 1;
      return this.#sql.updateDoc.run(json, next, now, key, rev).changes === 1;
    })();
  }

  async park(job: JobRecord, backlog: string, lane: string, score: number, meta: Record<string, unknown> = {}): Promise<void> {
    if (Number.isNaN(score)) throw new TetherError("internal_error", "a backlog score must be a number, not NaN", { retryable: false });
    this.#db.transaction(() => {
      this.#jobs.remove(job.id);
      // A job parked already keeps its entry (and its place in the lane).
      this.#sql.park.run(job.id, backlog, lane, score, JSON.stringify(meta), JSON.stringify(job));
    })();
  }

  async lanes(backlog: string): Promise<string[]> {
    const lanes: string[] = [];
    type Row = { lane: string } | undefined;
    for (let r = this.#sql.firstLane.get(backlog) as Row; r; r = this.#sql.nextLane.get(backlog, r.lane) as Row) lanes.push(r.lane);
    // Sorted here rather than by SQL collation, in the same order as the JetStream adapter's.
    return lanes.sort();
  }

  async head(backlog: string, lane: string): Promise<ParkedJob | undefined> {
    const row = this.#sql.head.get(backlog, lane) as BacklogRow | undefined;
    return row && {
      job: decodeJob(JSON.parse(row.job)), backlog: row.backlog, lane: row.lane, score: row.score,
      meta: JSON.parse(row.meta) as Record<string, unknown>, ref: String(row.seq),
    };
  }

  async unpark(p: ParkedJob): Promise<boolean> {
    return this.#db.transaction(() => {
      if (this.#sql.unpark.run(Number(p.ref)).changes !== 1) return false;
      this.#jobs.insert({ ...p.job, runAt: Date.now() });
      return true;
    })();
  }

  async counts(backlog: string): Promise<Record<string, number>> {
    const rows = this.#sql.counts.all(backlog) as { lane: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.lane, r.n]));
  }
}
