// JetStream adapter of the job-queue port (job-queue.ts), for the distributed roles. The queue is
// a work-queue stream with one durable pull consumer shared by every executor: a job's lease is
// the consumer's ack wait (renewed with `working()`), an executor that dies lets its jobs be
// redelivered, and future jobs (timers) are held back with `nak(delay)`. The JetStreamStore
// publishes the jobs its writes enqueue here and acks the delivery a commit completes; it also
// finishes a redelivered job whose run had applied it already (`ReplayApplied`), so the SDK is
// not called twice for one job (jetstream-store.ts explains the commit order).
//
// Retention (src/state/retention.ts) jobs wait days, which the job stream cannot hold cheaply: a
// held-back job is an unacked delivery, counted against the consumer's max_ack_pending (a week
// of finished runs would fill it and stall every run) and scanned by the server at each ack
// wait. They go to a stream of their own instead, with a small max_ack_pending. Each is due a
// fixed period after it is published, so that stream is a FIFO in due order: an executor fetches
// from it only when its head is due, and a not-yet-due head held back with `nak(delay)` keeps
// the rest behind it at no cost.
//
// Jobs are pulled on demand: each claim(limit) starts (at most one) long-poll fetch for the free
// slots it reports, so an executor only takes what it can run now and a busy one leaves jobs to
// the others. A fetched job that is not claimed soon is handed back (`nak`).
import {
  type Consumer, headers, type JetStreamClient, type JetStreamManager, type JsMsg, type NatsConnection, nanos,
} from "nats";
import type { Logger } from "pino";
import { ClosedError } from "../common/index.ts";
import { fromBytes, toBytes } from "./jetstream-codec.ts";
import { ensureWorkQueue } from "./jetstream-work-queue.ts";
import type { JobQueue, QueueStats } from "./job-queue.ts";
import { decodeJob } from "./jobs.ts";
import type { JobRecord } from "./types.ts";

export interface JetStreamJobQueueOptions {
  /** Prefix of stream, consumer and subject names. */
  prefix: string;
  /** The job consumer's ack wait (JetStreamStoreOptions.jobLeaseMs). */
  jobLeaseMs: number;
  /** Jobs buffered ahead of the executor. */
  maxBuffered: number;
  /** Window in which a re-published job id is dropped as a duplicate. */
  duplicateWindowMs: number;
  replicas: number;
  log: Logger;
}

/**
 * A redelivered job of a run: when the run records the delivery as applied (its executor died
 * between the commit and the ack), finishes that commit (its steps, outbox and retry) and answers
 * true, and the queue acks the delivery instead of handing the job out again. Rejects when the
 * run cannot be read.
 */
export type ReplayApplied = (job: JobRecord) => Promise<boolean>;

/** A retried job keeps its id; attempt and time tell its deliveries apart. */
export const deliveryKey = (j: JobRecord) => `${j.id}#${j.attempt}@${j.runAt}`;
/** Long-poll of one fetch; claims happen at least this often, so one is nearly always waiting. */
const PULL_EXPIRES_MS = 1_000;
/** A job's retry that arrives before its previous delivery was acked comes back after this. */
const RETRY_BEHIND_HELD_MS = 100;
/** A fetched job unclaimed for this long goes back to the stream. */
const BUFFER_HOLD_MS = 1_000;
/** Retention jobs fetched at once, and unacked at once across executors (held-back ones included). */
const EXPIRY_BATCH = 32;
const EXPIRY_MAX_PENDING = 256;
/** An executor that saw a not-yet-due retention job looks again after its due time, or this. */
const EXPIRY_RECHECK_MS = 60_000;
/** Restarts a delivery's ack wait; a closed connection is left to the executor's next renewal to report. */
const renew = (m: JsMsg) => {
  try {
    m.working();
  } catch {
    /* reported by renew() */
  }
};

export class JetStreamJobQueue implements JobQueue {
  readonly #nc: NatsConnection;
  readonly #js: JetStreamClient;
  readonly #jsm: JetStreamManager;
  readonly #o: JetStreamJobQueueOptions;
  readonly #replay: ReplayApplied;
  readonly #stream: string;
  readonly #consumer: string;
  readonly #subject: string;
  /** The retention FIFO (see the header). */
  readonly #expiry: { stream: string; consumer: string; subject: string };
  /** Jobs this executor is running: the delivery to ack and the job as delivered. */
  readonly #held = new Map<string, { m: JsMsg; job: JobRecord }>();
  readonly #buffer: { m: JsMsg; at: number }[] = [];
  readonly #listeners: (() => void)[] = [];
  #consumerRef?: Promise<Consumer>;
  #fetching = false;
  #expiryConsumerRef?: Promise<Consumer>;
  #fetchingExpiry = false;
  /** No retention job is due before this (the FIFO's head was not): no fetch until then. */
  #expiryNotBefore = 0;
  #releaseTimer?: NodeJS.Timeout;
  #closed = false;
  /** Free slots the last claim reported (what the next fetch asks for). */
  #pullWant = 0;

  /** `nc`: renewals are publishes, which a closed connection drops silently; checked to report them. */
  constructor(nc: NatsConnection, jsm: JetStreamManager, o: JetStreamJobQueueOptions, replay: ReplayApplied) {
    this.#nc = nc;
    this.#js = nc.jetstream();
    this.#jsm = jsm;
    this.#o = o;
    this.#replay = replay;
    this.#stream = `${o.prefix.toUpperCase()}_JOBS`;
    this.#consumer = `${o.prefix}_executors`;
    this.#subject = `${o.prefix}.jobs`;
    this.#expiry = { stream: `${o.prefix.toUpperCase()}_EXPIRY`, consumer: `${o.prefix}_expiry`, subject: `${o.prefix}.expiry` };
  }

  /** Creates or binds the job and expiry streams and their consumers (idempotent across processes). */
  async ensureStreams(): Promise<void> {
    const common = { ackWaitMs: this.#o.jobLeaseMs, replicas: this.#o.replicas, duplicateWindowMs: this.#o.duplicateWindowMs };
    await ensureWorkQueue(this.#jsm, { ...common, stream: this.#stream, subject: this.#subject, consumer: this.#consumer, maxAckPending: 100_000 });
    await ensureWorkQueue(this.#jsm, { ...common, ...this.#expiry, maxAckPending: EXPIRY_MAX_PENDING });
  }

  // ---- the write side (the store's writes and the flow store's parking)

  /**
   * Publishes jobs, each with its id as de-duplication id (`Nats-Msg-Id`) unless `msgId` names
   * another (a retry's delivery key, an unparking).
   */
  async publish(jobs: JobRecord[], msgId?: string): Promise<void> {
    await Promise.all(jobs.map((j) => {
      const h = headers();
      h.set("Nats-Msg-Id", msgId ?? j.id);
      // Retention jobs go to their FIFO (see the header), everything else to the job stream.
      const subject = j.kind === "expire" ? `${this.#expiry.subject}.${j.kind}` : `${this.#subject}.${j.kind}`;
      return this.#js.publish(subject, toBytes(j), { headers: h });
    }));
    if (jobs.length) for (const l of this.#listeners) l();
  }

  /** The job as this executor holds it (its current delivery), if it holds it. */
  held(jobId: string): JobRecord | undefined {
    return this.#held.get(jobId)?.job;
  }

  /** Acks this executor's delivery of the job, if it holds one (done, or parked). */
  ack(jobId: string): void {
    const h = this.#held.get(jobId);
    if (!h) return;
    this.#held.delete(jobId);
    h.m.ack();
  }

  // ---- the port

  onAvailable(cb: () => void): void {
    this.#listeners.push(cb);
  }

  async claim(nowMs: number, limit: number, _leaseMs: number): Promise<JobRecord[]> {
    const out: JobRecord[] = [];
    while (out.length < limit && this.#buffer.length > 0) {
      const batch: { m: JsMsg; job: JobRecord }[] = [];
      while (out.length + batch.length < limit && this.#buffer.length > 0) {
        const { m } = this.#buffer.shift()!;
        const job = this.#admit(m, nowMs, batch);
        if (job) batch.push({ m, job });
      }
      // Redelivered jobs are checked against their runs at once, not one after another: when an
      // executor dies, all its jobs come back together and wait on these reads (fail-over time).
      const handled = await Promise.all(batch.map(({ m, job }) => (m.redelivered && job.runId ? this.#replayOrRetry(job, m) : false)));
      batch.forEach(({ m, job }, i) => {
        if (handled[i]) return;
        // The lease runs from the delivery: restart it now, so time spent in the buffer (or on
        // the replay checks) is not taken from the executor, whose renewals begin on its next tick.
        renew(m);
        this.#held.set(job.id, { m, job });
        out.push(job);
      });
    }
    this.#pull(limit - out.length);
    this.#pullExpiry(limit - out.length, nowMs);
    return out;
  }


  /**
   * The job a fetched delivery carries if this executor may run it now; otherwise the delivery is
   * settled here (acked, held back or handed back) and undefined is returned. `batch`: deliveries
   * taken in this claim but not held yet.
   */
  #admit(m: JsMsg, nowMs: number, batch: { job: JobRecord }[]): JobRecord | undefined {
    let job: JobRecord;
    try {
      job = decodeJob(fromBytes(m.data));
    } catch (err) {
      // Not a job this version can run (damaged, or written by another version): dropped.
      this.#o.log.warn({ err, seq: m.seq }, "malformed job dropped");
      m.term();
      return undefined;
    }
    if (job.runAt > nowMs) {
      m.nak(job.runAt - nowMs);
      if (job.kind === "expire") this.#holdExpiryUntil(job.runAt, nowMs);
      return undefined;
    }
    if (batch.some((b) => b.job.id === job.id)) {
      // Another delivery of the job in this very claim: look at this one again once that is held.
      m.nak(RETRY_BEHIND_HELD_MS);
      return undefined;
    }
    const held = this.#held.get(job.id);
    if (held) {
      if (deliveryKey(held.job) !== deliveryKey(job)) {
        // The job's retry (next attempt or time), published by the commit that is about to ack
        // the delivery held here: take it once that is done.
        m.nak(RETRY_BEHIND_HELD_MS);
        return undefined;
      }
      if (!m.redelivered) {
        // The same job published twice: one copy is enough.
        m.ack();
        return undefined;
      }
      // Redelivered while still held here: that delivery failed (its lease lapsed); take this one.
      this.#held.delete(job.id);
    }
    return job;
  }

  /** True when the redelivered job needs no run here: its run applied it (replayed), or its run could not be read. */
  async #replayOrRetry(job: JobRecord, m: JsMsg): Promise<boolean> {
    try {
      if (!(await this.#replay(job))) return false;
      m.ack();
      return true;
    } catch {
      // The run could not be read (NATS busy or away): try this delivery again shortly rather
      // than leave it unclaimed and unacked until its lease runs out.
      m.nak(RETRY_BEHIND_HELD_MS * 10);
      return true;
    }
  }

  /**
   * Starts one fetch for up to `want` jobs unless one is already waiting. A fetch that brought
   * nothing is followed by another for the slots last reported free, so a pull is always waiting
   * while this executor has room: jobs redelivered from a dead executor (which no wake-up
   * announces) are taken as soon as their lease lapses, not at the next claim.
   */
  #pull(want: number): void {
    this.#pullWant = want;
    if (want <= 0 || this.#fetching || this.#closed) return;
    this.#fetching = true;
    void this.#fetchInto(this.#consumerHandle(), Math.min(want, this.#o.maxBuffered)).then((fetched) => {
      this.#fetching = false;
      if (fetched === 0) this.#pull(this.#pullWant);
    });
  }

  /** Retention jobs are fetched only once the FIFO's head may be due (see the header). */
  #pullExpiry(want: number, nowMs: number): void {
    if (want <= 0 || this.#fetchingExpiry || this.#closed || nowMs < this.#expiryNotBefore) return;
    this.#fetchingExpiry = true;
    this.#expiryNotBefore = 0;
    this.#expiryConsumerRef ??= this.#js.consumers.get(this.#expiry.stream, this.#expiry.consumer).catch((err: unknown) => {
      this.#expiryConsumerRef = undefined; // bind again on the next pull
      throw err;
    });
    void this.#fetchInto(this.#expiryConsumerRef, Math.min(want, EXPIRY_BATCH)).finally(() => (this.#fetchingExpiry = false));
  }

  /** The FIFO's head is due at `atMs`: what is behind it is not due before either. */
  #holdExpiryUntil(atMs: number, nowMs: number): void {
    const until = Math.min(atMs, nowMs + EXPIRY_RECHECK_MS);
    this.#expiryNotBefore = this.#expiryNotBefore > nowMs ? Math.min(this.#expiryNotBefore, until) : until;
  }

  /** One long-poll fetch into the buffer; answers how many it brought. A failure (NATS busy or away) pauses the next one briefly. */
  async #fetchInto(consumer: Promise<Consumer>, max: number): Promise<number> {
    let fetched = 0;
    try {
      const batch = await (await consumer).fetch({ max_messages: max, expires: PULL_EXPIRES_MS });
      for await (const m of batch) {
        if (this.#closed) {
          m.nak();
          continue;
        }
        fetched++;
        this.#buffer.push({ m, at: Date.now() });
        for (const l of this.#listeners) l();
      }
    } catch {
      if (!this.#closed) await new Promise((r) => setTimeout(r, 250));
    }
    return fetched;
  }

  async #consumerHandle() {
    this.#consumerRef ??= this.#bindConsumer().catch((err: unknown) => {
      this.#consumerRef = undefined; // bind again on the next pull
      throw err;
    });
    this.#releaseTimer ??= setInterval(() => this.#releaseStale(), BUFFER_HOLD_MS);
    return this.#consumerRef;
  }

  /**
   * The job consumer, with its ack wait set to this store's job lease first: the consumer is
   * shared and outlives processes, so one made with an earlier (longer) lease would otherwise
   * keep it. Only processes that claim jobs get here.
   */
  async #bindConsumer(): Promise<Consumer> {
    const info = await this.#jsm.consumers.info(this.#stream, this.#consumer);
    const ackWait = nanos(this.#o.jobLeaseMs);
    if (info.config.ack_wait !== ackWait) {
      await this.#jsm.consumers.update(this.#stream, this.#consumer, { ack_wait: ackWait });
      this.#o.log.info({ fromMs: Math.round((info.config.ack_wait ?? 0) / 1e6), toMs: this.#o.jobLeaseMs }, "job lease (consumer ack wait) changed");
    }
    return this.#js.consumers.get(this.#stream, this.#consumer);
  }

  /** Fetched jobs nobody here claimed go back to the stream for other executors. */
  #releaseStale(): void {
    const cutoff = Date.now() - BUFFER_HOLD_MS;
    while (this.#buffer.length && this.#buffer[0].at < cutoff) this.#buffer.shift()!.m.nak();
  }


  async retryLater(id: string, atMs: number): Promise<void> {
    const h = this.#held.get(id);
    if (!h) return;
    this.#held.delete(id);
    h.m.nak(Math.max(0, atMs - Date.now()));
  }

  /** `working()` restarts each delivery's ack wait; every held job is tried before a failure is thrown. */
  async renew(ids: string[], _untilMs: number): Promise<void> {
    if (this.#nc.isClosed()) {
      throw new ClosedError("internal_error", "the NATS connection is closed: job leases cannot be renewed");
    }
    let failure: unknown;
    for (const id of ids) {
      const h = this.#held.get(id);
      if (!h) continue;
      try {
        h.m.working();
      } catch (err) {
        failure ??= err; // the connection is closed: the next renewal (or another executor) takes over
      }
    }
    if (failure !== undefined) throw failure;
  }

  async wake(_ids: string[], _nowMs: number): Promise<void> {
    // Held-back jobs wait for their nak delay; capacity waiters retry on their own schedule.
  }

  async nextDueAt(): Promise<number | undefined> {
    return undefined;
  }

  async releaseAllLeases(): Promise<void> {
    // Leases are the consumer's ack wait: they lapse on their own.
  }

  /**
   * From the job consumer's info (its pending count) and, when jobs wait, the first of them: the
   * message after the last one delivered, whose publish time (or due time, for a timer published
   * ahead) says how long it has waited. Two requests, whatever the backlog.
   */
  async stats(nowMs: number): Promise<QueueStats> {
    const info = await this.#jsm.consumers.info(this.#stream, this.#consumer);
    if (info.num_pending === 0) return { dueJobs: 0 };
    let oldestDueAtMs: number | undefined;
    try {
      const m = await this.#jsm.streams.getMessage(this.#stream, { seq: info.delivered.stream_seq + 1 });
      const runAt = Number(fromBytes<{ runAt?: unknown }>(m.data).runAt);
      const dueAt = Math.max(m.time.getTime(), Number.isFinite(runAt) ? runAt : 0);
      if (dueAt <= nowMs) oldestDueAtMs = dueAt;
    } catch {
      // Delivered or removed meanwhile: the next scrape reads the next one.
    }
    return { dueJobs: info.num_pending, oldestDueAtMs };
  }


  close(): void {
    this.#closed = true;
    clearInterval(this.#releaseTimer);
    // Unclaimed buffered jobs go back to the stream at once for other executors.
    for (const { m } of this.#buffer.splice(0)) m.nak();
  }
}
