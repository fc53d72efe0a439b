// SQLite adapter of the job-queue port (job-queue.ts): the `jobs` table of the SqliteStore's
// database. A job's lease is its `lease_until`; a timer is a future `run_at` (claims and the
// next-job query read indexes, so far-off retention jobs cost nothing). The write side (insert,
// complete, reschedule) is synchronous and runs inside the store's and the flow store's
// transactions, so a job lands with the records it belongs to or not at all.
import type Database from "better-sqlite3";
import type { Logger } from "pino";
import { type HandOff, type JobQueue, MAX_COUNTED_DUE_JOBS, type QueueStats } from "./job-queue.ts";
import { decodeJob } from "./jobs.ts";
import type { Commit, JobRecord } from "./types.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY, run_at INTEGER NOT NULL, lease_until INTEGER NOT NULL DEFAULT 0, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS jobs_due ON jobs (run_at);
CREATE INDEX IF NOT EXISTS jobs_lease ON jobs (lease_until, run_at);
`;

export class SqliteJobQueue implements JobQueue {
  readonly #db: Database.Database;
  readonly #q: Record<string, Database.Statement>;
  readonly #log: Logger;
  /** The open hand-off of the current write, and the jobs it has taken so far. */
  #handOff: { h: HandOff; taken: JobRecord[] } | undefined;

  constructor(db: Database.Database, log: Logger) {
    this.#db = db;
    this.#log = log;
    db.exec(SCHEMA);
    const p = (sql: string) => db.prepare(sql);
    this.#q = {
      insert: p("INSERT OR IGNORE INTO jobs (id, run_at, lease_until, doc) VALUES (?, ?, ?, ?)"),
      remove: p("DELETE FROM jobs WHERE id = ?"),
      // Every job of a run has an id starting with "<runId>-" ('.' is the character after '-').
      removeRunJobs: p("DELETE FROM jobs WHERE id >= ? || '-' AND id < ? || '.'"),
      retry: p("UPDATE jobs SET run_at = ?, lease_until = 0, doc = json_set(doc, '$.attempt', ?, '$.runAt', ?) WHERE id = ?"),
      retryPayload: p("UPDATE jobs SET doc = json_set(doc, '$.payload', json(?)) WHERE id = ?"),
      due: p("SELECT id, doc FROM jobs WHERE run_at <= ? AND lease_until <= ? ORDER BY run_at LIMIT ?"),
      lease: p("UPDATE jobs SET lease_until = ? WHERE id = ?"),
      wake: p("UPDATE jobs SET run_at = ?, doc = json_set(doc, '$.runAt', ?) WHERE id = ? AND lease_until <= ? AND run_at > ?"),
      // Two index lookups rather than one scan of every job (retention keeps many future ones).
      nextFree: p("SELECT MIN(run_at) AS t FROM jobs WHERE lease_until = 0"),
      nextLeased: p("SELECT MIN(MAX(run_at, lease_until)) AS t FROM jobs WHERE lease_until > 0"),
      releaseAll: p("UPDATE jobs SET lease_until = 0"),
      // Due jobs nobody holds: never leased (jobs_lease seek), or whose lease ran out (a
      // retryLater, a dead executor): few, since live leases are renewed ahead of their end.
      countFree: p("SELECT COUNT(*) AS n FROM (SELECT 1 FROM jobs WHERE lease_until = 0 AND run_at <= ? LIMIT ?)"),
      countLapsed: p("SELECT COUNT(*) AS n FROM (SELECT 1 FROM jobs WHERE lease_until > 0 AND lease_until <= ? AND run_at <= ? LIMIT ?)"),
      oldestFree: p("SELECT MIN(run_at) AS t FROM jobs WHERE lease_until = 0 AND run_at <= ?"),
      oldestLapsed: p("SELECT MIN(MAX(run_at, lease_until)) AS t FROM jobs WHERE lease_until > 0 AND lease_until <= ? AND run_at <= ?"),
    };
  }

  // ---- the write side, inside the caller's transaction

  /**
   * Enqueues a job unless one with its id exists: unleased, or leased to the caller when a
   * hand-off is open, has room and the job is due.
   */
  insert(j: JobRecord): void {
    const ho = this.#handOff;
    const take = ho !== undefined && ho.taken.length < ho.h.limit && j.runAt <= ho.h.nowMs;
    const inserted = this.#q.insert.run(j.id, j.runAt, take ? ho.h.nowMs + ho.h.leaseMs : 0, JSON.stringify(j)).changes === 1;
    if (take && inserted) ho.taken.push(j);
  }

  /** Removes a job from the queue (done, or parked). */
  remove(jobId: string): void {
    this.#q.remove.run(jobId);
    if (this.#handOff) this.#handOff.taken = this.#handOff.taken.filter((j) => j.id !== jobId);
  }

  /**
   * Runs `write` (synchronous, inside the caller's transaction) with a hand-off open: the due jobs
   * it inserts, up to the limit, are leased to the caller and returned.
   */
  handingOff(h: HandOff | undefined, write: () => void): JobRecord[] {
    if (!h || h.limit <= 0) {
      write();
      return [];
    }
    this.#handOff = { h, taken: [] };
    try {
      write();
      return this.#handOff.taken;
    } finally {
      this.#handOff = undefined;
    }
  }

  /** Retention: the jobs of a deleted run (a timeout, a wait's expiry) would only be dropped when due. */
  removeRunJobs(runId: string): void {
    this.#q.removeRunJobs.run(runId, runId);
  }

  /** A commit's retry: the job again, unleased, with its next attempt at its new time. */
  reschedule(r: NonNullable<Commit["retryJob"]>): void {
    this.#q.retry.run(r.runAt, r.attempt, r.runAt, r.id);
    if (r.payload) this.#q.retryPayload.run(JSON.stringify(r.payload), r.id);
  }

  // ---- the port

  async claim(nowMs: number, limit: number, leaseMs: number): Promise<JobRecord[]> {
    return this.#db.transaction(() => {
      const rows = this.#q.due.all(nowMs, nowMs, limit) as { id: string; doc: string }[];
      const jobs: JobRecord[] = [];
      for (const r of rows) {
        try {
          jobs.push(decodeJob(JSON.parse(r.doc)));
        } catch (err) {
          // Not a job this version can run (damaged, or written by another version): dropped.
          this.#log.warn({ err, jobId: r.id }, "malformed job dropped");
          this.#q.remove.run(r.id);
          continue;
        }
        this.#q.lease.run(nowMs + leaseMs, r.id);
      }
      return jobs;
    })();
  }

  async renew(ids: string[], untilMs: number): Promise<void> {
    this.#db.transaction(() => {
      for (const id of ids) this.#q.lease.run(untilMs, id);
    })();
  }

  async retryLater(id: string, atMs: number): Promise<void> {
    // The lease ends at `atMs`: the job is claimable again from then on.
    this.#q.lease.run(atMs, id);
  }

  async wake(ids: string[], nowMs: number): Promise<void> {
    this.#db.transaction(() => {
      for (const id of ids) this.#q.wake.run(nowMs, nowMs, id, nowMs, nowMs);
    })();
  }

  async nextDueAt(): Promise<number | undefined> {
    const times = [this.#q.nextFree.get(), this.#q.nextLeased.get()]
      .map((r) => (r as { t: number | null }).t)
      .filter((t): t is number => t !== null);
    return times.length ? Math.min(...times) : undefined;
  }

  async stats(nowMs: number): Promise<QueueStats> {
    const free = (this.#q.countFree.get(nowMs, MAX_COUNTED_DUE_JOBS) as { n: number }).n;
    const lapsed = (this.#q.countLapsed.get(nowMs, nowMs, MAX_COUNTED_DUE_JOBS) as { n: number }).n;
    const oldest = [this.#q.oldestFree.get(nowMs), this.#q.oldestLapsed.get(nowMs, nowMs)]
      .map((r) => (r as { t: number | null }).t)
      .filter((t): t is number => t !== null);
    return { dueJobs: Math.min(free + lapsed, MAX_COUNTED_DUE_JOBS), oldestDueAtMs: oldest.length ? Math.min(...oldest) : undefined };
  }

  async releaseAllLeases(): Promise<void> {
    this.#q.releaseAll.run();
  }
}
