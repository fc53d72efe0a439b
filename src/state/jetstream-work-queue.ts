// A work-queue stream with one durable pull consumer shared by every executor, created or bound
// idempotently by every process. The store has two: the job stream (runs, events, timers) and the
// expiry stream (retention jobs, jetstream-store.ts explains why they are apart).
import { AckPolicy, type JetStreamManager, nanos, RetentionPolicy, StorageType } from "nats";
import { isStreamCreateRace } from "../common/nats.ts";

export interface WorkQueueSpec {
  stream: string;
  /** Subjects `<subject>.>` land in the stream. */
  subject: string;
  consumer: string;
  /** The consumer's ack wait: how long a silent executor keeps a delivery. */
  ackWaitMs: number;
  /** Deliveries unacked at once, across executors (held-back timers count too). */
  maxAckPending: number;
  replicas: number;
  /** Window in which a re-published message id is dropped as a duplicate. */
  duplicateWindowMs: number;
}

export async function ensureWorkQueue(jsm: JetStreamManager, q: WorkQueueSpec): Promise<void> {
  try {
    await jsm.streams.info(q.stream);
  } catch {
    try {
      await jsm.streams.add({
        name: q.stream, subjects: [`${q.subject}.>`], retention: RetentionPolicy.Workqueue, storage: StorageType.File,
        num_replicas: q.replicas, duplicate_window: nanos(q.duplicateWindowMs),
      });
    } catch (err) {
      if (!isStreamCreateRace(err)) throw err;
    }
  }
  const consumer = {
    durable_name: q.consumer, ack_policy: AckPolicy.Explicit, ack_wait: nanos(q.ackWaitMs), max_ack_pending: q.maxAckPending, max_deliver: -1,
  };
  try {
    await jsm.consumers.info(q.stream, q.consumer);
  } catch {
    await jsm.consumers.add(q.stream, consumer).catch(async (err) => {
      // A concurrent process created it first.
      await jsm.consumers.info(q.stream, q.consumer).catch(() => {
        throw err;
      });
    });
  }
}
