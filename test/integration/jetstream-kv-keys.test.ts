// Listing a KV bucket's keys (src/state/jetstream-kv-keys.ts) on a real nats-server: every key
// written before the call, only those the filter matches, and a listing that ends while other
// connections keep writing — the case where nats.js `kv.keys()` could wait for ever.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect, type NatsConnection } from "nats";
import { listKvKeys } from "../../src/state/jetstream-kv-keys.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";

const hasNats = natsAvailable();

describe("listing JetStream KV keys", hasNats ? {} : { skip: "nats-server not installed" }, () => {
  let nats: NatsServer;
  let nc: NatsConnection;
  let writer: NatsConnection;
  before(async () => {
    nats = await startNats();
    nc = await connect({ servers: nats.url });
    writer = await connect({ servers: nats.url });
  });
  after(async () => {
    await writer?.close();
    await nc?.close();
    await nats?.stop();
  });

  test("lists every key, a deleted one included, and only those the filter matches", async () => {
    const kv = await nc.jetstream().views.kv("keys_listed", { history: 1 });
    for (const k of ["a.1", "a.2", "b.1"]) await kv.put(k, "v");
    await kv.put("a.1", "v2");
    await kv.delete("b.1");
    const jsm = await nc.jetstreamManager();
    assert.deepEqual((await listKvKeys(jsm, "keys_listed")).sort(), ["a.1", "a.2", "b.1"]);
    assert.deepEqual((await listKvKeys(jsm, "keys_listed", "a.*")).sort(), ["a.1", "a.2"]);
    assert.deepEqual(await listKvKeys(jsm, "keys_listed", "c.*"), []);
    await nc.jetstream().views.kv("keys_empty", { history: 1 });
    assert.deepEqual(await listKvKeys(jsm, "keys_empty"), []);
  });

  test("ends, with every key written before it, while another connection keeps creating and updating keys", async () => {
    const bucket = "keys_busy";
    const busy = await writer.jetstream().views.kv(bucket, { history: 1 });
    const written = new Set<string>();
    let stop = false;
    const writing = (async () => {
      for (let n = 0; !stop; n++) {
        const k = `run${n}`;
        await busy.put(k, "created");
        written.add(k);
        for (let i = 0; i < 3 && !stop; i++) await busy.put(k, `update ${i}`);
      }
    })();
    const jsm = await nc.jetstreamManager();
    try {
      for (let i = 0; i < 30; i++) {
        const before = new Set(written);
        const keys = new Set(await listKvKeys(jsm, bucket));
        for (const k of before) assert.ok(keys.has(k), `key ${k} written before the listing is listed`);
      }
      assert.ok(written.size > 0, "the writer wrote keys during the listings");
    } finally {
      stop = true;
      await writing;
    }
  });
});
