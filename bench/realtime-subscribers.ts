// Worker thread of the realtime benchmark (bench/realtime.ts): holds its share of the WebSocket
// subscribers on an event loop (and core) of its own, so receiving 100,000 frames a second does
// not slow the publisher down. Receipt times are absolute (timeOrigin + now), the clock the
// publisher stamps its sends with.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import WebSocket from "ws";

export interface SubscriberThreadInput {
  url: string;
  subscribers: number;
  total: number;
}

export type SubscriberThreadMessage =
  | { type: "ready" }
  | { type: "warm" }
  | { type: "received"; received: number }
  | { type: "result"; received: number; outOfOrder: number; latencies: Float64Array; utilization: number };

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
const SEQ_MARK = Buffer.from('"data":{"seq":');

/**
 * The `seq` of a published `{"seq":N}` from a frame's bytes, without decoding the whole JSON: the
 * load generator must cost less than the server it measures (100,000 frames a second on one thread).
 * A frame without it yields NaN, which counts as lost.
 */
function seqOf(d: Buffer): number {
  let at = d.indexOf(SEQ_MARK);
  if (at < 0) return Number.NaN;
  at += SEQ_MARK.length;
  const negative = d[at] === 0x2d;
  if (negative) at++;
  let n = 0;
  let digits = 0;
  for (; d[at] >= 0x30 && d[at] <= 0x39; at++, digits++) n = n * 10 + d[at] - 0x30;
  return digits === 0 ? Number.NaN : negative ? -n : n;
}

for (let i = 0; i < subscribers; i += 100) {
  await Promise.all(Array.from({ length: Math.min(100, subscribers - i) }, (_, j) => new Promise<void>((resolve, reject) => {
    const idx = i + j;
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on("message", (d: Buffer) => {
      const t = now();
      const seq = seqOf(d);
      if (!(seq < total)) return;
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

/** This thread's event-loop utilisation from the publisher's first message ("clock") to "finish". */
let elu0: ReturnType<typeof performance.eventLoopUtilization> | undefined;
port.on("message", (m: { type: "clock" } | { type: "progress" } | { type: "finish"; sentAt: Float64Array }) => {
  if (m.type === "clock") return void (elu0 = performance.eventLoopUtilization());
  if (m.type === "progress") return post({ type: "received", received });
  const utilization = elu0 ? performance.eventLoopUtilization(elu0).utilization : Number.NaN;
  const latencies = new Float64Array(subscribers * total);
  let n = 0;
  for (let i = 0; i < subscribers; i++) {
    for (let seq = 0; seq < total; seq++) {
      const t = receivedAt[i * total + seq];
      if (t > 0 && m.sentAt[seq] > 0) latencies[n++] = t - m.sentAt[seq];
    }
  }
  for (const ws of sockets) ws.terminate();
  const result = latencies.slice(0, n);
  port.postMessage({ type: "result", received, outOfOrder, latencies: result, utilization } satisfies SubscriberThreadMessage, [result.buffer]);
});
