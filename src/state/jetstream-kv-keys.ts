// Listing the keys of a JetStream KV bucket. nats.js `kv.keys()` reads them with an ordered push
// consumer and ends only when the server hands it a message with nothing pending after it; while
// other processes write to the bucket (executors updating runs) that message may never come —
// seen with nats-server 2.9 — and the listing, with whatever awaits it (GET /v1/runs, bulk
// cancel, matching an event to waiting runs), hangs for good. The stream's subject list instead
// is one request per page of subjects: a snapshot that always ends. It names keys whose last
// message is a delete marker too; callers read each key and skip what is not a PUT.
import type { JetStreamManager } from "nats";

/** Keys of `bucket` matching `filter` (KV key syntax: `>` for all, `abc.*`). */
export async function listKvKeys(jsm: JetStreamManager, bucket: string, filter = ">"): Promise<string[]> {
  const prefix = `$KV.${bucket}.`;
  const info = await jsm.streams.info(`KV_${bucket}`, { subjects_filter: `${prefix}${filter}` });
  return Object.keys(info.state.subjects ?? {}).map((subject) => subject.slice(prefix.length));
}
