// A worker's reply flushed over HTTP (`POST /v0/connect/flush`, docs/connect-protocol.md) takes
// the gateway's reply path through the bus: the API asks on `subjects.replyFlush()`, one gateway
// of the queue group buffers the reply and notifies the executor holding the request's lease
// (first reply wins, as for a reply on the socket), then answers. So the API holds no gateway
// code, and `tether dev` (in-process bus) and a NATS cluster take the same route.
//
// The request: 4 bytes (big-endian) of the request id's UTF-8 length, the id, the SDKResponse
// bytes as the worker sent them. The answer: empty when delivered, else the error as JSON
// `{code, message}`, thrown again on the API's side.
import type { Logger } from "pino";
import { asTetherError, ERROR_CODES, type ErrorCode, TetherError } from "../common/index.ts";
import type { Bus } from "./bus.ts";
import { subjects } from "./subjects.ts";

/** The gateways' queue group: each flushed reply is delivered by one of them. */
export const REPLY_FLUSH_QUEUE = "gateways";
/** How long the API waits for a gateway to deliver a flushed reply (two connect-state writes at most). */
export const REPLY_FLUSH_TIMEOUT_MS = 10_000;

/** Hands a flushed reply to a gateway's reply path; rejects with the gateway's error, or the bus's (no gateway, timeout). */
export async function flushReply(bus: Bus, requestId: string, bytes: Uint8Array, timeoutMs = REPLY_FLUSH_TIMEOUT_MS): Promise<void> {
  const id = Buffer.from(requestId, "utf8");
  const frame = Buffer.allocUnsafe(4 + id.length + bytes.length);
  frame.writeUInt32BE(id.length, 0);
  id.copy(frame, 4);
  frame.set(bytes, 4 + id.length);
  const answer = await bus.request(subjects.replyFlush(), frame, { timeoutMs });
  if (answer.length === 0) return;
  const { code, message } = JSON.parse(Buffer.from(answer).toString("utf8")) as { code?: string; message?: string };
  throw new TetherError(code !== undefined && code in ERROR_CODES ? (code as ErrorCode) : "internal_error", message);
}

/** A gateway's side: `deliver` each flushed reply (buffer it, notify its executor). Returns the unsubscribe. */
export function serveReplyFlush(bus: Bus, deliver: (requestId: string, bytes: Uint8Array) => Promise<void>, log: Logger): () => void {
  return bus.subscribe(subjects.replyFlush(), (msg) => {
    void (async () => {
      let answer: Uint8Array = new Uint8Array(0);
      try {
        const data = Buffer.from(msg.data.buffer, msg.data.byteOffset, msg.data.byteLength);
        const idLength = data.length >= 4 ? data.readUInt32BE(0) : -1;
        if (idLength < 0 || 4 + idLength > data.length) throw new TetherError("bad_request", "a flushed reply without its request id");
        await deliver(data.toString("utf8", 4, 4 + idLength), data.subarray(4 + idLength));
      } catch (err) {
        const e = asTetherError(err);
        if (e.code === "internal_error") log.warn({ err }, "a flushed reply could not be delivered");
        answer = Buffer.from(JSON.stringify({ code: e.code, message: e.message }));
      }
      msg.respond?.(answer);
    })();
  }, { queue: REPLY_FLUSH_QUEUE });
}
