// Deleting KV keys for good. `kv.delete` and `kv.purge` write a marker that stays in the bucket's
// stream for ever (one per deleted key), so history deleted that way still grows without bound.
// Purging the key's subject from the stream removes every message of it and leaves nothing
// behind; a later `get` finds no key and a revision-checked `update` fails as a CAS conflict
// (the key's last sequence is gone), which is what a deleted record must do.
import type { JetStreamManager } from "nats";

/** Purge requests in flight at once (a run may have up to 1000 steps). */
const PURGE_CONCURRENCY = 32;

/** Removes `keys` from the KV bucket `bucket` without leaving markers. */
export async function purgeKvKeys(jsm: JetStreamManager, bucket: string, keys: string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += PURGE_CONCURRENCY) {
    await Promise.all(keys.slice(i, i + PURGE_CONCURRENCY).map((k) => jsm.streams.purge(`KV_${bucket}`, { filter: `$KV.${bucket}.${k}` })));
  }
}
