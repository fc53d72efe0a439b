// Streamed publishes (docs/execution-protocol.md §5.2, `Content-Type: text/stream`): a
// `datastream-start` message whose data is a new stream id, the body as `chunk` messages of at most
// 1 KiB each (cut on UTF-8 character boundaries, so every chunk is valid text), then
// `datastream-end` — always, also when the body fails midway. Each piece the sender writes is sent
// as soon as it arrives, so a slow producer (LLM tokens) streams live.
import { randomBytes } from "node:crypto";
import type { Bus } from "../bus/index.ts";
import { TetherError } from "../common/index.ts";
import { publishRealtime, type PublishRealtimeArgs, type RealtimeKind } from "./message.ts";

/** Largest chunk, in bytes (Inngest's StreamingChunkSize). */
export const STREAM_CHUNK_BYTES = 1024;
/** Most chunks one HTTP streamed publish may carry (Inngest's MaxStreamingChunks). */
export const MAX_STREAM_CHUNKS = 1000;

/** The kinds of a streamed publish, as a worker names them in WORKER_PUBLISH (`kind`). */
export const STREAM_KINDS: ReadonlyMap<string, RealtimeKind> = new Map<string, RealtimeKind>(
  (["datastream-start", "chunk", "datastream-end"] as const).map((k) => [k, k]),
);

export type StreamTarget = Omit<PublishRealtimeArgs, "data" | "kind" | "streamId">;

/** A fresh stream id (hex, like Inngest's). */
export function newStreamId(): string {
  return randomBytes(8).toString("hex");
}

/**
 * Publishes `body` as one stream; resolves with the number of chunks. Past `maxChunks` the stream
 * ends, the rest of the body is read and dropped (so the sender still gets an answer), and it
 * throws `payload_too_large`; what was sent stays sent.
 */
export async function publishStream(bus: Bus, target: StreamTarget, body: AsyncIterable<Uint8Array | string>, maxChunks = MAX_STREAM_CHUNKS): Promise<number> {
  const streamId = newStreamId();
  const base = { ...target, streamId };
  publishRealtime(bus, { ...base, kind: "datastream-start", data: streamId });
  let chunks = 0;
  let ended = false;
  let dropped = false;
  const end = () => {
    if (ended) return;
    ended = true;
    publishRealtime(bus, { ...base, kind: "datastream-end", data: streamId });
  };
  try {
    for await (const text of utf8Chunks(body, STREAM_CHUNK_BYTES)) {
      if (chunks === maxChunks) {
        dropped = true;
        end();
      }
      if (ended) continue;
      publishRealtime(bus, { ...base, kind: "chunk", data: text });
      chunks++;
    }
  } finally {
    end();
  }
  if (dropped) throw new TetherError("payload_too_large", `a streamed publish carries at most ${maxChunks} chunks of ${STREAM_CHUNK_BYTES} bytes`);
  return chunks;
}

/** Re-cuts a byte stream into text pieces of at most `maxBytes`, never splitting a character. */
export async function* utf8Chunks(body: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<string> {
  let carry = Buffer.alloc(0);
  for await (const piece of body) {
    let buf = carry.length ? Buffer.concat([carry, Buffer.from(piece)]) : Buffer.from(piece);
    while (buf.length > 0) {
      let end = Math.min(buf.length, maxBytes);
      // Back off continuation bytes (10xxxxxx) so the cut falls before a character's first byte.
      if (end < buf.length) while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--;
      else end = completeEnd(buf);
      if (end === 0 && buf.length < maxBytes) break;
      if (end === 0) end = maxBytes; // not UTF-8: cut anyway rather than buffer without bound
      yield buf.subarray(0, end).toString("utf8");
      buf = buf.subarray(end);
    }
    carry = Buffer.from(buf);
  }
  if (carry.length) yield carry.toString("utf8");
}

/** Length of `buf` without a trailing, incomplete UTF-8 sequence (kept for the next piece). */
function completeEnd(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? buf.length - back : buf.length;
  }
  return buf.length;
}
