// Runs the flow-store contract against SQLite (two handles on one file) and JetStream (two stores
// on one private nats-server, each on its own connection).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import type { NatsConnection } from "nats";
import { connectNats } from "../../src/common/nats.ts";
import { newId } from "../../src/common/index.ts";
import { JetStreamStore, SqliteStore, type Store } from "../../src/state/index.ts";
import { flowStoreContract } from "../contract/flow-store.contract.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";

flowStoreContract("SqliteStore", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tether-flow-"));
  const file = join(dir, "t.db");
  const stores = [new SqliteStore(file), new SqliteStore(file)];
  return {
    a: stores[0], b: stores[1], leaseMs: 400,
    async reopen() {
      const s = new SqliteStore(file);
      stores.push(s);
      return s;
    },
    async cleanup() {
      for (const s of stores) await s.close();
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

flowStoreContract("JetStreamStore", async () => {
  const prefix = `f${newId().toLowerCase().slice(-10)}`;
  const leaseMs = 1_000;
  const opened: { store: Store; nc: NatsConnection }[] = [];
  const open = async () => {
    const nc = await connectNats(nats!.url);
    const store = await JetStreamStore.create(nc, { prefix, jobLeaseMs: leaseMs });
    opened.push({ store, nc });
    return store;
  };
  const [a, b] = [await open(), await open()];
  return {
    a, b, leaseMs, reopen: open,
    async cleanup() {
      for (const { store, nc } of opened) {
        await store.close();
        await nc.close();
      }
    },
  };
}, { skip: hasNats ? undefined : "nats-server not installed" });
