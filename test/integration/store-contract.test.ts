// Runs the store contract against SQLite (two handles on one file) and JetStream (two stores on
// one private nats-server).
import { storeContract } from "../contract/store.contract.ts";
import { jetStreamPair, sqlitePair } from "../helpers/store-pairs.ts";
import { useNats } from "../helpers/use-nats.ts";

const RETENTION_MS = 1_000;

storeContract("SqliteStore", async () => ({ ...(await sqlitePair({ retentionMs: RETENTION_MS })), leaseMs: 400, retentionMs: RETENTION_MS }));

const nats = useNats();

storeContract("JetStreamStore", async () => {
  const leaseMs = 1_000;
  const pair = await jetStreamPair(nats.url(), { jobLeaseMs: leaseMs, retentionMs: RETENTION_MS });
  return { ...pair, leaseMs, retentionMs: RETENTION_MS };
}, { skip: nats.skip });
