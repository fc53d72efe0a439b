// Bench worker for the peers suite (bench/peers.ts): a BullMQ Worker on BENCH_QUEUE at Redis
// 127.0.0.1:BENCH_REDIS_PORT with BENCH_CONCURRENCY, processing no-op jobs. A job with `data.tag`
// is a start-latency probe: the processor, first thing, prints {"type":"start","tag","t"} (t on
// now(), the clock the bench stamps `queue.add` with), and {"type":"completed","tag"} follows once
// BullMQ has marked it completed. Every completion is counted (done-counter.mjs) on the worker's
// "completed" event, i.e. once the job is stored completed in Redis. Prints {"type":"ready"}.
import { Worker } from "bullmq";
import { doneCounter, now, report } from "./done-counter.mjs";

const done = doneCounter();
const worker = new Worker(process.env.BENCH_QUEUE, async (job) => {
  if (job.data.tag !== undefined) report({ type: "start", tag: job.data.tag, t: now() });
  return job.data.i ?? null;
}, { connection: { host: "127.0.0.1", port: Number(process.env.BENCH_REDIS_PORT) }, concurrency: Number(process.env.BENCH_CONCURRENCY) });
worker.on("completed", (job) => {
  done();
  if (job.data.tag !== undefined) report({ type: "completed", tag: job.data.tag });
});
await worker.waitUntilReady();
report({ type: "ready" });
process.once("SIGTERM", () => void worker.close().finally(() => process.exit(0)));
