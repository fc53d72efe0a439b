// Streamed publishes (docs/execution-protocol.md §5.2-5.3): `POST /v1/realtime/publish` with
// `Content-Type: text/stream`, and `publish({ data: <async iterable> })` from a Tether SDK function
// over its socket. Subscribers get datastream-start (data = stream id), the text as chunks of at
// most 1 KiB that never split a character, and datastream-end — in order, on WebSocket and SSE.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import WebSocket from "ws";
import { connect, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { subscribe, type RealtimeStreamMessage, type WebSocketConstructor } from "../../worker-sdk/realtime/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectSse, connectWs, token } from "../helpers/realtime.ts";
import { waitFor } from "../helpers/wait.ts";

let uniq = 0;
const unique = (p: string) => `${p}-${process.pid}-${++uniq}`;

function streamPublish(apiUrl: string, channel: string, topic: string, pieces: (string | Buffer)[]): Promise<Response> {
  const q = new URLSearchParams({ channel, topic });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = pieces.shift();
      if (next === undefined) return controller.close();
      await new Promise((r) => setTimeout(r, 5));
      controller.enqueue(typeof next === "string" ? new TextEncoder().encode(next) : new Uint8Array(next));
    },
  });
  return fetch(`${apiUrl}/v1/realtime/publish?${q}`, { method: "POST", body, headers: { "content-type": "text/stream" }, duplex: "half" } as RequestInit);
}

/** Checks one stream's frames: start, chunks, end, all naming the stream; returns the text. */
function streamText(frames: any[], channel: string, topic: string): string {
  assert.ok(frames.length >= 2, "at least a start and an end");
  const [start, end] = [frames[0], frames.at(-1)];
  assert.equal(start.kind, "datastream-start");
  assert.equal(typeof start.data, "string", "the start's data is the stream id");
  assert.equal(end.kind, "datastream-end");
  assert.equal(end.data, start.data, "the end names the same stream");
  for (const f of frames.slice(1, -1)) {
    assert.equal(f.kind, "chunk");
    assert.equal(f.stream_id, start.data, "every chunk names the stream");
    assert.equal(f.channel, channel, "chunks carry the channel (the official TS subscriber needs it)");
    assert.equal(f.topic, topic, "chunks carry the topic");
    assert.ok(Buffer.byteLength(f.data) <= 1024, `a chunk is at most 1 KiB (${Buffer.byteLength(f.data)})`);
  }
  return frames.slice(1, -1).map((f) => f.data).join("");
}

describe("streamed realtime publishes", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess();
  });
  after(async () => {
    await srv?.close();
  });

  test("an HTTP text/stream publish reaches WebSocket and SSE subscribers as start, 1 KiB chunks, end", async () => {
    const channel = unique("stream");
    const jwt = await token(srv.apiUrl, [{ channel, name: "ai" }]);
    const ws = await connectWs(srv.apiUrl, jwt);
    const sse = await connectSse(srv.apiUrl, jwt);
    // Multi-byte characters straddle the 1 KiB cuts, and one is split across two body pieces.
    const euro = Buffer.from("€");
    const pieces = ["Hello, ", "wörld! ", "é".repeat(700), Buffer.from([...Buffer.from("tail "), euro[0]!]), Buffer.from([euro[1]!, euro[2]!]), " 🚀 done"];
    const expected = Buffer.concat(pieces.map((p) => Buffer.from(p))).toString("utf8");
    const r = await streamPublish(srv.apiUrl, channel, "ai", pieces);
    assert.equal(r.status, 200);
    const body = await r.json();
    assert.ok(body.chunks >= 6, `the body went out as chunks (${body.chunks})`);
    const done = (frames: any[]) => frames.some((f) => f.kind === "datastream-end");
    await waitFor(() => done(ws.messages) && done(sse.messages()), { what: "the stream end on both subscribers" });
    assert.equal(streamText(ws.messages, channel, "ai"), expected, "WebSocket: the whole text, in order");
    assert.equal(streamText(sse.messages(), channel, "ai"), expected, "SSE: the whole text, in order");
    assert.deepEqual(sse.messages().map((m) => m.id), ws.messages.map((m) => m.id), "both saw the same messages");
    ws.ws.close();
    await sse.close();
  });

  test("more than 1,000 chunks is 413 payload_too_large; the stream still ends after 1,000", async () => {
    const channel = unique("long");
    const ws = await connectWs(srv.apiUrl, await token(srv.apiUrl, [{ channel, name: "t" }]));
    const q = new URLSearchParams({ channel, topic: "t" });
    const r = await fetch(`${srv.apiUrl}/v1/realtime/publish?${q}`, {
      method: "POST", body: "x".repeat(1024 * 1000 + 10), headers: { "content-type": "text/stream" },
    });
    assert.equal(r.status, 413);
    assert.equal((await r.json()).code, "payload_too_large");
    await waitFor(() => ws.messages.some((m) => m.kind === "datastream-end"), { what: "the stream end" });
    assert.equal(ws.messages.filter((m) => m.kind === "chunk").length, 1000, "exactly 1,000 chunks went out");
    assert.equal(ws.messages.at(-1).kind, "datastream-end", "nothing after the end");
    ws.ws.close();
  });

  describe("from a Tether SDK function", () => {
    let worker: WorkerConnection;
    let tether: Tether;
    before(async () => {
      tether = new Tether({ id: "rt-stream-app", baseUrl: srv.apiUrl });
      tether.createFunction({ id: "streamer", triggers: [{ event: "rt/stream" }] }, async ({ event, publish }) => {
        const ch = String(event.data.channel);
        await publish({ channel: ch, topic: "log", data: "before" });
        async function* tokens() {
          for (const t of ["The ", "quick ", "brown ", "fox"]) yield t;
        }
        await publish({ channel: ch, topic: "ai", data: tokens() });
        // A ReadableStream of bytes works too, and a later message comes after the stream.
        await publish({ channel: ch, topic: "ai", data: new Blob(["bytes ", "stream"]).stream() });
        await publish({ channel: ch, topic: "log", data: "after" });
        return "ok";
      });
      worker = await connect({ apps: [tether], instanceId: "rt-stream-worker", handleShutdownSignals: [] });
    });
    after(async () => {
      await worker?.close();
    });

    test("publish(async iterable | ReadableStream) arrives as streams, in order with plain messages", async () => {
      const channel = unique("fn");
      const seen: string[] = [];
      const parts: RealtimeStreamMessage[] = [];
      const sub = subscribe({
        baseUrl: srv.apiUrl, channel, topics: ["ai", "log"], WebSocket: WebSocket as unknown as WebSocketConstructor,
        onMessage: (m) => seen.push(`data:${m.data}`),
        onStream: (m) => {
          parts.push(m);
          seen.push(m.kind === "chunk" ? `chunk:${m.data}` : m.kind);
        },
      });
      try {
        await sub.ready;
        await tether.send({ name: "rt/stream", data: { channel } });
        await waitFor(() => seen.includes("data:after"), { what: "the last message", timeoutMs: 15_000 });
        assert.deepEqual(seen, [
          "data:before",
          "datastream-start", "chunk:The ", "chunk:quick ", "chunk:brown ", "chunk:fox", "datastream-end",
          "datastream-start", "chunk:bytes ", "chunk:stream", "datastream-end",
          "data:after",
        ], "streams and messages in publish order");
        const [first, second] = [parts[0]!.stream_id, parts[6]!.stream_id];
        assert.notEqual(first, second, "each stream has its own id");
        assert.ok(parts.slice(0, 6).every((p) => p.stream_id === first && typeof p.run_id === "string"), "parts name their stream and run");
      } finally {
        sub.close();
      }
    });
  });
});
