// Runs the flow-store contract against SQLite (two handles on one file) and JetStream (two stores
// on one private nats-server, each on its own connection).
import { flowStoreContract } from "../contract/flow-store.contract.ts";
import { jetStreamPair, sqlitePair } from "../helpers/store-pairs.ts";
import { useNats } from "../helpers/use-nats.ts";

flowStoreContract("SqliteStore", async () => {
  const pair = await sqlitePair();
  return { ...pair, leaseMs: 400, reopen: pair.open };
});

const nats = useNats();

flowStoreContract("JetStreamStore", async () => {
  const leaseMs = 1_000;
  const pair = await jetStreamPair(nats.url(), { jobLeaseMs: leaseMs });
  return { ...pair, leaseMs, reopen: pair.open };
}, { skip: nats.skip });
