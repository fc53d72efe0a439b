// One Server-Sent Events realtime subscriber (`GET /v1/realtime/sse`, docs/execution-protocol.md §5.3):
// `data: <json>\n\n` per message, the comment `:\n\n` as keep-alive, closed after a maximum age.
// `resume` cursors replay what the client missed first (resume.ts), as on the WebSocket.
import type { ServerResponse } from "node:http";
import type { RealtimeHub, Subscriber } from "./hub.ts";
import type { RealtimeMessage } from "./message.ts";
import type { ReplayLog } from "./replay.ts";
import { type ResumeCursor, ResumeGate, resumePlan } from "./resume.ts";
import { type RealtimeClaims, topicKey } from "./token.ts";

export const DEFAULT_SSE_MAX_AGE_MS = 15 * 60_000;

export class SseSubscriber implements Subscriber {
  readonly #res: ServerResponse;
  readonly #hub: RealtimeHub;
  readonly #topics: { channel: string; topic: string }[];
  readonly #openedAt = Date.now();
  readonly #onClose: (s: SseSubscriber) => void;
  readonly #maxBufferedBytes: number;
  readonly #gate: ResumeGate;
  #closed = false;

  constructor(res: ServerResponse, claims: RealtimeClaims, o: {
    hub: RealtimeHub; maxBufferedBytes: number; onClose: (s: SseSubscriber) => void; replay?: ReplayLog; envId: string; resume?: ResumeCursor[];
  }) {
    this.#res = res;
    this.#gate = new ResumeGate((text) => this.#send(text), o.envId);
    this.#hub = o.hub;
    this.#onClose = o.onClose;
    this.#maxBufferedBytes = o.maxBufferedBytes;
    const seen = new Set<string>();
    this.#topics = claims.topics.filter((t) => !seen.has(topicKey(t.channel, t.name)) && seen.add(topicKey(t.channel, t.name)))
      .map((t) => ({ channel: t.channel, topic: t.name }));
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive", "x-accel-buffering": "no" });
    res.write(":\n\n");
    res.on("close", () => this.#release());
    for (const t of this.#topics) this.#hub.add(this, t.channel, t.topic);
    if (o.resume) void this.#gate.resume(o.replay, ...resumePlan(this.#topics, o.resume));
  }

  deliver(text: string, msg: RealtimeMessage): void {
    if (!this.#closed) this.#gate.deliver(text, msg);
  }

  #send(text: string): void {
    if (this.#closed) return;
    if (this.#res.writableLength > this.#maxBufferedBytes) return this.close();
    this.#res.write(`data: ${text}\n\n`);
  }

  /** Keep-alive tick: a comment, or the end of the stream once it is older than `maxAgeMs`. */
  tick(maxAgeMs: number): void {
    if (this.#closed) return;
    if (Date.now() - this.#openedAt >= maxAgeMs) return this.close();
    this.#res.write(":\n\n");
  }

  close(): void {
    this.#release();
    this.#res.end();
  }

  #release(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#gate.close();
    for (const t of this.#topics) this.#hub.remove(this, t.channel, t.topic);
    this.#onClose(this);
  }
}
