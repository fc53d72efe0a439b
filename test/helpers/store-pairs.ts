// The stores the integration suites run once per adapter: SQLite handles on one file in a temp
// dir, and JetStream stores on one private nats-server (test/helpers/use-nats.ts) under a fresh
// prefix, each on its own connection. Several handles on the same data stand for several
// executors; a set opens as many as a test asks for and its cleanup closes them all.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NatsConnection } from "nats";
import { newId } from "../../src/common/index.ts";
import { connectNats } from "../../src/common/nats.ts";
import { JetStreamStore, type JetStreamStoreOptions, SqliteStore, type SqliteStoreOptions, type Store } from "../../src/state/index.ts";

/** Handles on one store's data. */
export interface StoreSet {
  /** Opens one more handle on the same data (another "process"). */
  open(): Promise<Store>;
  /** Closes every handle opened, in order, then removes what the set created. */
  cleanup(): Promise<void>;
}

/** A set with its first two handles open. */
export interface StorePair extends StoreSet {
  a: Store;
  b: Store;
}

/** SQLite handles on one file in a fresh temp dir; cleanup removes the dir. */
export function sqliteStores(opts: SqliteStoreOptions = {}): StoreSet {
  const dir = mkdtempSync(join(tmpdir(), "tether-store-"));
  const file = join(dir, "t.db");
  const opened: Store[] = [];
  return {
    async open() {
      const store = new SqliteStore(file, opts);
      opened.push(store);
      return store;
    },
    async cleanup() {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** JetStream stores under one fresh prefix, each on its own connection to `url`. */
export function jetStreamStores(url: string, opts: Omit<JetStreamStoreOptions, "prefix"> = {}): StoreSet {
  const prefix = `t${newId().toLowerCase().slice(-10)}`;
  const opened: { store: Store; nc: NatsConnection }[] = [];
  return {
    async open() {
      const nc = await connectNats(url);
      try {
        const store = await JetStreamStore.create(nc, { ...opts, prefix });
        opened.push({ store, nc });
        return store;
      } catch (err) {
        await nc.close();
        throw err;
      }
    },
    async cleanup() {
      for (const { store, nc } of opened) {
        await store.close();
        await nc.close();
      }
    },
  };
}

/** Opens `n` handles of the set; on failure closes what opened. */
async function openHandles(set: StoreSet, n: number): Promise<Store[]> {
  const handles: Store[] = [];
  try {
    while (handles.length < n) handles.push(await set.open());
    return handles;
  } catch (err) {
    await set.cleanup();
    throw err;
  }
}

/** The set with its first two handles open. */
export async function openPair(set: StoreSet): Promise<StorePair> {
  const [a, b] = await openHandles(set, 2);
  return { a, b, open: set.open, cleanup: set.cleanup };
}

/** The set with one handle open (a suite of one "executor"). */
export async function openOne(set: StoreSet): Promise<StoreSet & { store: Store }> {
  const [store] = await openHandles(set, 1);
  return { store, open: set.open, cleanup: set.cleanup };
}

/** Two SQLite handles on one file in a temp dir. */
export const sqlitePair = (opts: SqliteStoreOptions = {}) => openPair(sqliteStores(opts));

/** Two JetStream stores on one server under a fresh prefix, each on its own connection. */
export const jetStreamPair = (url: string, opts: Omit<JetStreamStoreOptions, "prefix"> = {}) => openPair(jetStreamStores(url, opts));
