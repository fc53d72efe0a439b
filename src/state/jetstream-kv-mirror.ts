// An in-memory copy of a JetStream KV bucket kept by a watch (an ordered push consumer: the last
// value of every key, then every change), for reads that must not go to the bucket each time: the
// run and event listings (jetstream-listing.ts) and the connection registry
// (nats-connect-state.ts). It starts on the first `ready()` call, so processes that never list pay
// nothing. A watch that ends (NATS restarted, the consumer lost) is replaced with capped backoff;
// after a reconnect it is replaced at once, since the ordered consumer would notice a lost
// consumer only after missed heartbeats. Each watch's initial snapshot replaces the copy
// wholesale, so deletions missed during an outage disappear too; until then queries answer from
// the previous copy.
//
// Consistency: the copy lags the bucket by one server→client delivery (sub-millisecond on a LAN)
// and by however long an outage lasts.
import { Events, type KV, type KvEntry, type NatsConnection, type QueuedIterator, type Status } from "nats";
import type { Logger } from "pino";
import { exponentialBackoffMs, sleep } from "../common/index.ts";

const RETRY_MAX_MS = 5_000;

export interface MirrorEntry {
  key: string;
  value: Uint8Array;
  revision: number;
}

/**
 * What the mirror feeds: a whole snapshot (live entries, and the keys whose last message is a
 * delete marker), then one change at a time (`value` undefined: deleted).
 */
export interface MirrorSink {
  reset(entries: MirrorEntry[], deleted: string[]): void;
  apply(key: string, value: Uint8Array | undefined, revision: number): void;
}

export class KvMirror {
  readonly #kv: KV;
  readonly #nc: NatsConnection;
  readonly #sink: MirrorSink;
  readonly #log: Logger;
  /** What is mirrored, for logs. */
  readonly #what: string;
  readonly #stop = new AbortController();
  #watch: QueuedIterator<KvEntry> | undefined;
  #statusEvents: (AsyncIterable<Status> & { stop?: () => void }) | undefined;
  #start: Promise<void> | undefined;
  #loop: Promise<void> = Promise.resolve();
  #synced = false;

  constructor(nc: NatsConnection, kv: KV, sink: MirrorSink, log: Logger, what: string) {
    this.#what = what;
    this.#nc = nc;
    this.#kv = kv;
    this.#sink = sink;
    this.#log = log;
  }

  /** Resolves once the copy holds the bucket's contents (the first call starts the watch). A failed start is retried by the next call. */
  ready(): Promise<void> {
    this.#start ??= this.#startMirror().catch((err: unknown) => {
      this.#start = undefined;
      throw err;
    });
    return this.#start;
  }

  get synced(): boolean {
    return this.#synced;
  }

  async close(): Promise<void> {
    this.#stop.abort();
    this.#statusEvents?.stop?.();
    this.#watch?.stop();
    await this.#loop;
  }

  async #startMirror(): Promise<void> {
    const first = await this.#watchOnce();
    try {
      await first.initial;
      if (!this.#synced) throw new Error(`the ${this.#what} watch ended before its initial sync`);
    } catch (err) {
      this.#watch?.stop();
      throw err;
    }
    this.#followReconnects();
    this.#loop = this.#keepMirroring(first.done);
  }

  /** One watch: its snapshot collected on the side and handed over whole, then live changes. */
  async #watchOnce(): Promise<{ initial: Promise<void>; done: Promise<void> }> {
    // Only what the sink needs: a KvEntry holds its whole message, so 100,000 of them cost GC time.
    const snapshot = new Map<string, { value?: Uint8Array; revision: number }>();
    let initializing = true;
    let markSynced!: () => void;
    const initial = new Promise<void>((resolve) => (markSynced = resolve));
    const iter = await this.#kv.watch({
      initializedFn: () => {
        initializing = false;
        const live: MirrorEntry[] = [];
        const deleted: string[] = [];
        for (const [key, { value, revision }] of snapshot) {
          if (value) live.push({ key, value, revision });
          else deleted.push(key);
        }
        this.#sink.reset(live, deleted);
        snapshot.clear();
        this.#synced = true;
        markSynced();
      },
    });
    this.#watch = iter;
    if (this.#stop.signal.aborted) iter.stop(); // close() ran while the watch was being set up
    const done = (async () => {
      for await (const e of iter) {
        if (initializing) snapshot.set(e.key, { value: e.operation === "PUT" ? e.value : undefined, revision: e.revision });
        else this.#sink.apply(e.key, e.operation === "PUT" ? e.value : undefined, e.revision);
      }
    })();
    return { initial: Promise.race([initial, done]), done };
  }

  #followReconnects(): void {
    const events = this.#nc.status();
    this.#statusEvents = events;
    void (async () => {
      for await (const s of events) if (s.type === Events.Reconnect) this.#watch?.stop();
    })().catch((err: unknown) => this.#log.debug({ err }, "status events ended"));
  }

  async #keepMirroring(first: Promise<void>): Promise<void> {
    let current = first;
    for (let failures = 0; ;) {
      try {
        await current;
      } catch (err) {
        this.#log.warn({ err, watch: this.#what }, "kv watch ended");
      }
      this.#synced = false;
      if (this.#stop.signal.aborted) return;
      try {
        await sleep(exponentialBackoffMs(failures++, { baseMs: 100, maxMs: RETRY_MAX_MS }), this.#stop.signal);
        const next = await this.#watchOnce();
        current = next.done;
        next.initial.then(() => (failures = 0), () => undefined);
      } catch (err) {
        if (this.#stop.signal.aborted) return;
        this.#log.warn({ err, watch: this.#what }, "kv watch could not restart");
        current = Promise.resolve();
      }
    }
  }
}
