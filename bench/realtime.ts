// Realtime fan-out (issue 7): 1,000 concurrent WebSocket subscribers on one channel+topic of one
// `tether dev` process, 100 messages/s published over HTTP for ~10 s. Publish-to-receive latency
// is measured from just before the publish request to each subscriber's receipt (publisher and
// subscribers share this process's clock); every message must reach every subscriber, in order.
import WebSocket from "ws";
import { startTether } from "../test/helpers/server-process.ts";
import { waitFor } from "../test/helpers/wait.ts";
import { summarize, type Summary } from "./stats.ts";

export interface RealtimeOptions {
  /** @default 1000 */
  subscribers?: number;
  /** @default 100 */
  messagesPerSec?: number;
  /** @default 10_000 */
  durationMs?: number;
}

export interface RealtimeResult {
  status: "ok" | "failed";
  reason?: string;
  subscribers: number;
  published: number;
  expected: number;
  received: number;
  lost: number;
  outOfOrder: number;
  latency?: Summary;
  elapsedMs: number;
  /** Achieved publish rate. */
  publishedPerSec: number;
}

const now = () => performance.timeOrigin + performance.now();

export async function measureRealtime(o: RealtimeOptions = {}): Promise<RealtimeResult> {
  const subscribers = o.subscribers ?? 1000;
  const rate = o.messagesPerSec ?? 100;
  const total = Math.round((rate * (o.durationMs ?? 10_000)) / 1000);
  const result: RealtimeResult = { status: "ok", subscribers, published: 0, expected: 0, received: 0, lost: 0, outOfOrder: 0, elapsedMs: 0, publishedPerSec: 0 };
  const tether = await startTether();
  const sockets: WebSocket[] = [];
  try {
    const channel = `bench-${process.pid}`;
    const tokRes = await fetch(`${tether.apiUrl}/v1/realtime/token`, { method: "POST", body: JSON.stringify([{ channel, name: "t", kind: "run" }]) });
    const { jwt } = (await tokRes.json()) as { jwt: string };
    const sentAt = new Float64Array(total);
    const latencies: number[] = [];
    const lastSeq = new Int32Array(subscribers).fill(-1);
    let received = 0;
    const url = `${tether.apiUrl.replace("http", "ws")}/v1/realtime/connect?token=${jwt}`;
    for (let i = 0; i < subscribers; i += 100) {
      await Promise.all(Array.from({ length: Math.min(100, subscribers - i) }, (_, j) => new Promise<void>((resolve, reject) => {
        const idx = i + j;
        const ws = new WebSocket(url, { perMessageDeflate: false });
        ws.on("message", (d) => {
          const t = now();
          const seq = (JSON.parse(d.toString()) as { data: { seq: number } }).data.seq;
          if (seq < 0) return; // warm-up
          if (seq <= lastSeq[idx]) result.outOfOrder++;
          lastSeq[idx] = seq;
          latencies.push(t - sentAt[seq]);
          received++;
        });
        ws.once("open", () => resolve());
        ws.once("error", reject);
        sockets.push(ws);
      })));
    }
    // Warm-up: every subscriber hears a message before the clock starts.
    let warm = 0;
    for (const ws of sockets) ws.once("message", () => warm++);
    await fetch(`${tether.apiUrl}/v1/realtime/publish?channel=${channel}&topic=t`, { method: "POST", body: JSON.stringify({ seq: -1 }) });
    await waitFor(() => warm >= subscribers, { timeoutMs: 10_000, what: "warm-up delivered" });

    // One publisher, one request at a time: publish order is well defined, so any reordering a
    // subscriber sees is the server's. A slow response delays the next publish (never skipped).
    const t0 = performance.now();
    for (let seq = 0; seq < total; seq++) {
      const wait = t0 + (seq * 1000) / rate - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      sentAt[seq] = now();
      const r = await fetch(`${tether.apiUrl}/v1/realtime/publish?channel=${channel}&topic=t`, { method: "POST", body: JSON.stringify({ seq }) });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`publish ${seq}: ${r.status}`);
      result.published++;
    }
    result.publishedPerSec = result.published / ((performance.now() - t0) / 1000);
    result.expected = result.published * subscribers;
    await waitFor(() => received >= result.expected, { timeoutMs: 10_000, what: "every message delivered" }).catch(() => undefined);
    result.elapsedMs = performance.now() - t0;
    result.received = received;
    result.lost = result.expected - received;
    result.latency = summarize(latencies);
    if (result.lost !== 0 || result.outOfOrder !== 0) {
      result.status = "failed";
      result.reason = `${result.lost} lost, ${result.outOfOrder} out of order`;
    }
  } catch (err) {
    result.status = "failed";
    result.reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
  } finally {
    for (const ws of sockets) ws.terminate();
    await tether.stop();
  }
  return result;
}

export function realtimeSection(r: RealtimeResult): string {
  const f = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "–" : n.toFixed(1));
  return `## Realtime fan-out

${r.subscribers.toLocaleString("en")} WebSocket subscribers (\`ws\` clients in the benchmark process) on
one channel+topic of one \`tether dev\` process; ${r.published} messages published over
\`POST /v1/realtime/publish\` at ${r.publishedPerSec.toFixed(0)}/s by one sequential publisher, each delivered to every subscriber. Latency runs from just
before the publish request to a subscriber's receipt of the frame (same clock), over every
(message, subscriber) pair. Publisher, subscribers and server share the machine's CPUs.

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
