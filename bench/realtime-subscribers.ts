// Worker thread of the realtime benchmark (bench/realtime.ts): holds the 1,000 WebSocket
// subscribers on an event loop (and core) of their own, so receiving 100,000 frames a second does
// not slow the publisher down. Receipt times are absolute (timeOrigin + now), the clock the
// publisher stamps its sends with.
import { parentPort, workerData } from "node:worker_threads";
import WebSocket from "ws";
import { summarize } from "./stats.ts";

export interface SubscriberThreadInput {
  url: string;
  subscribers: number;
  total: number;
}

export type SubscriberThreadMessage =
  | { type: "ready" }
  | { type: "warm" }
  | { type: "received"; received: number }
  | { type: "result"; received: number; outOfOrder: number; latency: ReturnType<typeof summarize> };

const { url, subscribers, total } = workerData as SubscriberThreadInput;
const port = parentPort!;
const now = () => performance.timeOrigin + performance.now();
const post = (m: SubscriberThreadMessage) => port.postMessage(m);
/** Receipt time of message `seq` at subscriber `i`: receivedAt[i * total + seq] (0 = not yet). */
const receivedAt = new Float64Array(subscribers * total);
const lastSeq = new Int32Array(subscribers).fill(-1);
let received = 0;
let warm = 0;
let outOfOrder = 0;
const sockets: WebSocket[] = [];

for (let i = 0; i < subscribers; i += 100) {
  await Promise.all(Array.from({ length: Math.min(100, subscribers - i) }, (_, j) => new Promise<void>((resolve, reject) => {
    const idx = i + j;
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on("message", (d) => {
      const t = now();
      const seq = (JSON.parse(d.toString()) as { data: { seq: number } }).data.seq;
      if (seq < 0) {
        if (++warm === subscribers) post({ type: "warm" });
        return;
      }
      if (seq <= lastSeq[idx]) outOfOrder++;
      lastSeq[idx] = seq;
      if (receivedAt[idx * total + seq] === 0) receivedAt[idx * total + seq] = t;
      received++;
    });
    ws.once("open", () => resolve());
    ws.once("error", reject);
    sockets.push(ws);
  })));
}
post({ type: "ready" });

port.on("message", (m: { type: "progress" } | { type: "finish"; sentAt: Float64Array }) => {
  if (m.type === "progress") return post({ type: "received", received });
  const latencies: number[] = [];
  for (let i = 0; i < subscribers; i++) {
    for (let seq = 0; seq < total; seq++) {
      const t = receivedAt[i * total + seq];
      if (t > 0 && m.sentAt[seq] > 0) latencies.push(t - m.sentAt[seq]);
    }
  }
  for (const ws of sockets) ws.terminate();
  post({ type: "result", received, outOfOrder, latency: summarize(latencies) });
});
