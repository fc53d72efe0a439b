// One Server-Sent Events realtime subscriber (`GET /v1/realtime/sse`, execution-protocol.md §5.3):
// `data: <json>\n\n` per message, the comment `:\n\n` as keep-alive, closed after a maximum age.
import type { ServerResponse } from "node:http";
import type { RealtimeHub, Subscriber } from "./hub.ts";
import type { RealtimeClaims } from "./token.ts";

export const DEFAULT_SSE_MAX_AGE_MS = 15 * 60_000;

export class SseSubscriber implements Subscriber {
  readonly #res: ServerResponse;
  readonly #hub: RealtimeHub;
  readonly #topics: { channel: string; topic: string }[];
  readonly #openedAt = Date.now();
  readonly #onClose: (s: SseSubscriber) => void;
  readonly #maxBufferedBytes: number;
  #closed = false;

  constructor(res: ServerResponse, claims: RealtimeClaims, o: { hub: RealtimeHub; maxBufferedBytes: number; onClose: (s: SseSubscriber) => void }) {
    this.#res = res;
    this.#hub = o.hub;
    this.#onClose = o.onClose;
    this.#maxBufferedBytes = o.maxBufferedBytes;
    const seen = new Set<string>();
    this.#topics = claims.topics.filter((t) => !seen.has(`${t.channel}\u0000${t.name}`) && seen.add(`${t.channel}\u0000${t.name}`))
      .map((t) => ({ channel: t.channel, topic: t.name }));
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive", "x-accel-buffering": "no" });
    res.write(":\n\n");
    res.on("close", () => this.#release());
    for (const t of this.#topics) this.#hub.add(this, t.channel, t.topic);
  }

  deliver(text: string): void {
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
    for (const t of this.#topics) this.#hub.remove(this, t.channel, t.topic);
    this.#onClose(this);
  }
}
