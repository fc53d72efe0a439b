// Realtime fan-out (issue 7): 1,000 concurrent WebSocket subscribers on one channel+topic of one
// `tether dev` process, 100 messages/s published over HTTP for ~10 s. Publish-to-receive latency
// is measured from just before the publish request to each subscriber's receipt (the subscribers
// run on a worker thread of this process, on the same clock); every message must reach every
// subscriber, in order.
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { startTether, type TetherProcess } from "../test/helpers/server-process.ts";
import { waitFor } from "../test/helpers/wait.ts";
import type { SubscriberThreadInput, SubscriberThreadMessage } from "./realtime-subscribers.ts";
import { summarize, type Summary } from "./stats.ts";
import { cpuTimes } from "./throughput.ts";

export interface RealtimeOptions {
  /** @default 1000 */
  subscribers?: number;
  /** @default 100 */
  messagesPerSec?: number;
  /** @default 10_000 */
  durationMs?: number;
  /** Threads the subscribers are spread over. @default 2 */
  threads?: number;
  /** Measure this running server instead of starting a `tether dev` (bench/cpu-profile.ts realtime). */
  server?: { apiUrl: string; pid: number };
}

export interface RealtimeResult {
  status: "ok" | "failed";
  reason?: string;
  subscribers: number;
  /** Threads the subscribers ran on. */
  threads: number;
  published: number;
  expected: number;
  received: number;
  lost: number;
  outOfOrder: number;
  latency?: Summary;
  elapsedMs: number;
  /** Achieved publish rate. */
  publishedPerSec: number;
  /** CPU over the timed publishing, in ms per second (1,000 = one core busy): the server process, the subscribers' threads (summed), the publisher's. */
  cpu?: { server: number; subscribers: number; publisher: number };
}

const now = () => performance.timeOrigin + performance.now();

export async function measureRealtime(o: RealtimeOptions = {}): Promise<RealtimeResult> {
  const subscribers = o.subscribers ?? 1000;
  const rate = o.messagesPerSec ?? 100;
  const total = Math.round((rate * (o.durationMs ?? 10_000)) / 1000);
  const result: RealtimeResult = { status: "ok", subscribers, threads: Math.max(1, o.threads ?? 2), published: 0, expected: 0, received: 0, lost: 0, outOfOrder: 0, elapsedMs: 0, publishedPerSec: 0 };
  const own: TetherProcess | undefined = o.server ? undefined : await startTether();
  const tether = o.server ?? { apiUrl: own!.apiUrl, pid: own!.proc.pid! };
  const threads: SubscriberThread[] = [];
  try {
    const channel = `bench-${process.pid}`;
    const tokRes = await fetch(`${tether.apiUrl}/v1/realtime/token`, { method: "POST", body: JSON.stringify([{ channel, name: "t", kind: "run" }]) });
    const { jwt } = (await tokRes.json()) as { jwt: string };
    const sentAt = new Float64Array(total);
    const url = `${tether.apiUrl.replace("http", "ws")}/v1/realtime/connect?token=${jwt}`;
    // The subscribers live on threads of their own (bench/realtime-subscribers.ts).
    const n = result.threads;
    for (let i = 0; i < n; i++) {
      const share = Math.floor(subscribers / n) + (i < subscribers % n ? 1 : 0);
      threads.push(new SubscriberThread({ url, subscribers: share, total }));
    }
    const all = <T>(f: (t: SubscriberThread) => Promise<T>) => Promise.all(threads.map(f));
    await all((t) => t.next("ready", "subscribers connected", 60_000));
    // Warm-up: every subscriber hears a message before the clock starts.
    await fetch(`${tether.apiUrl}/v1/realtime/publish?channel=${channel}&topic=t`, { method: "POST", body: JSON.stringify({ seq: -1 }) });
    await all((t) => t.next("warm", "warm-up delivered"));

    // One publisher, one request at a time: publish order is well defined, so any reordering a
    // subscriber sees is the server's. A slow response delays the next publish (never skipped).
    const t0 = performance.now();
    const cpu0 = cpuTimes([tether.pid])?.[0];
    const elu0 = performance.eventLoopUtilization();
    for (const t of threads) t.post({ type: "clock" });
    for (let seq = 0; seq < total; seq++) {
      const wait = t0 + (seq * 1000) / rate - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      sentAt[seq] = now();
      const r = await fetch(`${tether.apiUrl}/v1/realtime/publish?channel=${channel}&topic=t`, { method: "POST", body: JSON.stringify({ seq }) });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`publish ${seq}: ${r.status}`);
      result.published++;
    }
    const publishMs = performance.now() - t0;
    result.publishedPerSec = result.published / (publishMs / 1000);
    const cpu1 = cpuTimes([tether.pid])?.[0];
    const publisherElu = performance.eventLoopUtilization(elu0).utilization;
    result.expected = result.published * subscribers;
    await waitFor(async () => {
      const counts = await all(async (t) => {
        t.post({ type: "progress" });
        return ((await t.next("received", "progress")) as { received: number }).received;
      });
      return counts.reduce((a, b) => a + b, 0) >= result.expected || undefined;
    }, { timeoutMs: 10_000, intervalMs: 50, what: "every message delivered" }).catch(() => undefined);
    result.elapsedMs = performance.now() - t0;
    for (const t of threads) t.post({ type: "finish", sentAt });
    const done = (await all((t) => t.next("result", "latencies"))) as Extract<SubscriberThreadMessage, { type: "result" }>[];
    result.received = done.reduce((a, d) => a + d.received, 0);
    result.outOfOrder = done.reduce((a, d) => a + d.outOfOrder, 0);
    result.lost = result.expected - result.received;
    result.latency = summarize(done.flatMap((d) => Array.from(d.latencies)));
    if (cpu0 !== undefined && cpu1 !== undefined) {
      const subscribersCpu = done.reduce((a, d) => a + d.utilization, 0) * 1000;
      result.cpu = { server: ((cpu1 - cpu0) * 1000) / publishMs, subscribers: subscribersCpu, publisher: publisherElu * 1000 };
    }
    if (result.lost !== 0 || result.outOfOrder !== 0) {
      result.status = "failed";
      result.reason = `${result.lost} lost, ${result.outOfOrder} out of order`;
    }
  } catch (err) {
    result.status = "failed";
    result.reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
    await own?.stop();
  }
  return result;
}

/** One thread of subscribers, and the messages it has sent that nobody has taken yet. */
class SubscriberThread {
  readonly #worker: Worker;
  readonly #inbox: (SubscriberThreadMessage | { type: "error"; error: string })[] = [];

  constructor(input: SubscriberThreadInput) {
    this.#worker = new Worker(new URL("./realtime-subscribers-thread.mjs", import.meta.url), { workerData: input });
    this.#worker.on("message", (m: SubscriberThreadMessage) => this.#inbox.push(m));
    this.#worker.on("error", (err) => this.#inbox.push({ type: "error", error: String(err) }));
  }

  post(m: unknown): void {
    this.#worker.postMessage(m);
  }

  /** The thread's next message of `type`; throws the thread's error if it failed. */
  next(type: SubscriberThreadMessage["type"], what: string, timeoutMs = 20_000): Promise<SubscriberThreadMessage> {
    return waitFor(() => {
      const i = this.#inbox.findIndex((m) => m.type === type || m.type === "error");
      if (i < 0) return undefined;
      const [m] = this.#inbox.splice(i, 1);
      if (m.type === "error") throw new Error(m.error);
      return m;
    }, { timeoutMs, intervalMs: 5, what });
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }
}

export function realtimeSection(r: RealtimeResult): string {
  const f = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "–" : n.toFixed(1));
  return `## Realtime fan-out

${r.subscribers.toLocaleString("en")} WebSocket subscribers (\`ws\` clients on ${r.threads} worker thread${r.threads === 1 ? "" : "s"} of the benchmark
process) on one channel+topic of one \`tether dev\` process; ${r.published} messages published over
\`POST /v1/realtime/publish\` by one sequential publisher paced at 100/s, each delivered to every
subscriber. The publisher waits for each answer, so the achieved rate (${r.publishedPerSec.toFixed(0)}/s) is what the
server sustains while it writes every message to every socket. Latency runs from just before the
publish request to a subscriber's receipt of the frame (same clock), over every (message,
subscriber) pair. Publisher, subscribers and server share the machine's 2 CPUs${r.cpu ? `; while publishing they
used, in CPU ms per second (1,000 = one core busy): server ${r.cpu.server.toFixed(0)}, subscribers' threads
${r.cpu.subscribers.toFixed(0)} (event-loop utilisation, summed), publisher ${r.cpu.publisher.toFixed(0)}` : ""}.

| subscribers | messages | deliveries | p50 ms | p99 ms | max ms | lost | out of order | note |
|---:|---:|---:|---:|---:|---:|---:|---:|---|
| ${r.subscribers} | ${r.published} | ${r.received} | ${f(r.latency?.p50)} | ${f(r.latency?.p99)} | ${f(r.latency?.max)} | ${r.lost} | ${r.outOfOrder} | ${r.reason ?? ""} |`;
}

// `node --import tsx bench/realtime.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureRealtime();
  console.log(realtimeSection(r));
  process.exit(r.status === "ok" ? 0 : 1);
}
