// Runs the job-queue contract against SQLite (two handles on one file) and JetStream (two stores
// on one private nats-server, each on its own connection).
import { jobQueueContract } from "../contract/job-queue.contract.ts";
import { jetStreamPair, sqlitePair } from "../helpers/store-pairs.ts";
import { useNats } from "../helpers/use-nats.ts";

jobQueueContract("SqliteJobQueue", async () => ({ ...(await sqlitePair()), leaseMs: 400 }));

const nats = useNats();

jobQueueContract("JetStreamJobQueue", async () => {
  const leaseMs = 1_000;
  return { ...(await jetStreamPair(nats.url(), { jobLeaseMs: leaseMs })), leaseMs };
}, { skip: nats.skip });
