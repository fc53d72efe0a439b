// Runs the store contract against SQLite (two handles on one file) and JetStream (two stores on
// one private nats-server).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { connectNats } from "../../src/common/nats.ts";
import { newId } from "../../src/common/index.ts";
import { JetStreamStore, SqliteStore } from "../../src/state/index.ts";
import { storeContract } from "../contract/store.contract.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";

storeContract("SqliteStore", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tether-store-"));
  const file = join(dir, "t.db");
  const retentionMs = 1_000;
  const a = new SqliteStore(file, { retentionMs });
  const b = new SqliteStore(file, { retentionMs });
  return {
    a, b, leaseMs: 400, retentionMs,
    async cleanup() {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

const hasNats = natsAvailable();
let nats: NatsServer | undefined;
before(async () => {
  if (hasNats) nats = await startNats();
});
after(async () => {
  await nats?.stop();
});

storeContract("JetStreamStore", async () => {
  const prefix = `t${newId().toLowerCase().slice(-10)}`;
  const leaseMs = 1_000;
  const nca = await connectNats(nats!.url);
  const ncb = await connectNats(nats!.url);
  const retentionMs = 1_000;
  const a = await JetStreamStore.create(nca, { prefix, jobLeaseMs: leaseMs, retentionMs });
  const b = await JetStreamStore.create(ncb, { prefix, jobLeaseMs: leaseMs, retentionMs });
  return {
    a, b, leaseMs, retentionMs,
    async cleanup() {
      await a.close();
      await b.close();
      await nca.close();
      await ncb.close();
    },
  };
}, { skip: hasNats ? undefined : "nats-server not installed" });
