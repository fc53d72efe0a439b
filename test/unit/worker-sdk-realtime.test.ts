// Realtime in the worker SDK: WORKER_PUBLISH frames from `publish()` (request channel encoding),
// typed channels validating data against the topic schema, ordering with async schemas, replay
// suppression, PUBLISH_UNAVAILABLE outside connect, streamed publishes, and the subscriber's
// reconnect with a fresh token and resume cursors against a fake WebSocket.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { z } from "zod";
import { tether as tpbGen } from "../../proto/gen/protos.js";
import type { GatewayExecutorRequest } from "../../worker-sdk/connect/proto.ts";
import { createRequestChannel } from "../../worker-sdk/connect/request-channel.ts";
import { executeFunction } from "../../worker-sdk/engine/execute.ts";
import { parseExecutionRequest } from "../../worker-sdk/engine/execution-request.ts";
import type { CheckpointOutcome, SocketChannel } from "../../worker-sdk/engine/socket-channel.ts";
import { PublishError, Tether, silentLogger, type FunctionHandler, type StandardSchema } from "../../worker-sdk/index.ts";
import { createPublisher } from "../../worker-sdk/realtime/publish.ts";
import { channel, realtimeConnectUrl, subscribe, type WebSocketLike } from "../../worker-sdk/realtime/index.ts";
import { FakeClock, requestWith } from "./worker-sdk-checkpoint-fakes.ts";

const tpb = tpbGen.v1;
const chat = channel("chat:*", { tokens: z.object({ t: z.string() }), status: z.enum(["typing", "idle"]) });

class PublishChannel implements SocketChannel {
  readonly published: Array<{ channel: string; topic: string; data: unknown }> = [];
  open = true;
  sendCheckpoint(): Promise<CheckpointOutcome> {
    return Promise.resolve({ type: "acked" });
  }
  sendProgress(): void {}
  sendPublish(channel: string, topic: string, json: string): boolean {
    if (!this.open) return false;
    this.published.push({ channel, topic, data: JSON.parse(json) });
    return true;
  }
}

async function run(handler: FunctionHandler, channel?: SocketChannel, steps?: Record<string, unknown>, stack?: string[]) {
  const app = new Tether({ id: "app" });
  const fn = app.createFunction({ id: `fn-${Math.random()}`, triggers: [{ event: "e" }] }, handler);
  const request = parseExecutionRequest(requestWith({ steps, stack }));
  return executeFunction({ fn, request, channel, clock: new FakeClock() });
}

describe("worker-sdk realtime publish", () => {
  test("the request channel sends WORKER_PUBLISH with channel, topic, JSON data, run id and function slug", () => {
    const frames: Array<{ kind: number; payload: Uint8Array }> = [];
    const request = { requestId: "req-1", runId: "run-1", functionSlug: "app-fn" } as GatewayExecutorRequest;
    const lostCheckpoint = (): Promise<CheckpointOutcome> => Promise.resolve({ type: "lost", reason: "unused" });
    const ch = createRequestChannel(request, {
      send: (kind: number, payload: Uint8Array) => (frames.push({ kind, payload }), true),
      checkpoint: lostCheckpoint,
      maxUnackedCheckpoints: 4,
      checkpointAckTimeoutMs: 1000,
      progressIntervalMs: 50,
      logger: silentLogger,
    });
    assert.equal(ch.sendPublish!("chat:1", "tokens", '{"t":"hi"}'), true);
    assert.equal(frames.length, 1);
    assert.equal(frames[0]!.kind, tpb.TetherMessageKind.WORKER_PUBLISH);
    assert.equal(tpb.TetherMessageKind.WORKER_PUBLISH, 103);
    const decoded = tpb.WorkerPublishData.decode(frames[0]!.payload);
    assert.equal(decoded.channel, "chat:1");
    assert.equal(decoded.topic, "tokens");
    assert.equal(decoded.runId, "run-1");
    assert.equal(decoded.fnId, "app-fn");
    assert.deepEqual(JSON.parse(new TextDecoder().decode(decoded.data)), { t: "hi" });

    const closed = createRequestChannel(request, {
      send: () => false,
      checkpoint: lostCheckpoint,
      maxUnackedCheckpoints: 4,
      checkpointAckTimeoutMs: 1000,
      progressIntervalMs: 50,
      logger: silentLogger,
    });
    assert.equal(closed.sendPublish!("chat:1", "tokens", "1"), false, "no open socket: dropped, reported false");
  });

  test("typed channels name channels from the pattern and check their parameters", () => {
    assert.equal(chat("42").name, "chat:42");
    assert.equal(channel("a:*:b:*", { x: z.number() })("1", "2").name, "a:1:b:2");
    assert.equal(channel("static", { x: z.number() })().name, "static");
    assert.throws(() => (chat as unknown as (...a: string[]) => unknown)(), TypeError);
    assert.throws(() => chat(""), TypeError);
    assert.throws(() => channel("x", { bad: {} as StandardSchema }), TypeError);
  });

  test("handler and step publish in call order; typed data is validated before anything is sent", async () => {
    const ch = new PublishChannel();
    let thrown: unknown;
    let unknownTopic: unknown;
    const result = await run(async ({ publish, step }) => {
      void publish({ channel: chat("1"), topic: "tokens", data: { t: "a" } });
      void publish({ channel: "free-form", topic: "any", data: [1, 2] });
      try {
        // @ts-expect-error — `t` must be a string
        void publish({ channel: chat("1"), topic: "tokens", data: { t: 1 } });
      } catch (err) {
        thrown = err;
      }
      try {
        // @ts-expect-error — not a topic of chat
        void publish({ channel: chat("1"), topic: "nope", data: {} });
      } catch (err) {
        unknownTopic = err;
      }
      await step.run("s", (ctx) => ctx.publish({ channel: chat("1"), topic: "status", data: "typing" }));
      return "ok";
    }, ch);
    assert.equal(result.status, "NOT_COMPLETED", "the step ran and was reported");
    assert.deepEqual(ch.published, [
      { channel: "chat:1", topic: "tokens", data: { t: "a" } },
      { channel: "free-form", topic: "any", data: [1, 2] },
      { channel: "chat:1", topic: "status", data: "typing" },
    ]);
    assert.ok(thrown instanceof PublishError, "invalid data throws a PublishError");
    assert.equal(thrown.code, "PUBLISH_INVALID");
    assert.equal(thrown.issues[0]?.path, "t", "the issue names the field");
    assert.ok(unknownTopic instanceof PublishError, "an unknown topic throws a PublishError");
    assert.match(unknownTopic.message, /no topic "nope"/);
  });

  test("code replayed before the first new step does not publish again", async () => {
    const ch = new PublishChannel();
    const sent: boolean[] = [];
    const { hashStepId } = await import("../../worker-sdk/index.ts");
    const id = hashStepId("first");
    await run(async ({ publish, step }) => {
      sent.push(await publish({ channel: "c", topic: "t", data: "before" }));
      await step.run("first", () => 1);
      sent.push(await publish({ channel: "c", topic: "t", data: "after" }));
      return "done";
    }, ch, { [id]: { data: 1 } }, [id]);
    assert.deepEqual(sent, [false, true], "replayed publish is suppressed, new one is sent");
    assert.deepEqual(ch.published.map((m) => m.data), ["after"]);
  });

  test("outside connect publish throws PUBLISH_UNAVAILABLE", async () => {
    let thrown: unknown;
    await run(async ({ publish }) => {
      try {
        void publish({ channel: "c", topic: "t", data: 1 });
      } catch (err) {
        thrown = err;
      }
    });
    assert.ok(thrown instanceof PublishError, "a coded PublishError");
    assert.equal(thrown.code, "PUBLISH_UNAVAILABLE");
    assert.match(thrown.message, /connect\(\)/);
  });

  test("an asynchronous schema keeps call order, and its rejection sends nothing", async () => {
    const sent: string[] = [];
    const publish = createPublisher({ sink: (m) => (sent.push(m.json), true) });
    const slow: StandardSchema<string> = {
      "~standard": {
        version: 1,
        vendor: "test",
        validate: (value) =>
          new Promise((resolve) => setTimeout(() => resolve(value === "bad" ? { issues: [{ message: "no" }] } : { value: value as string }), 20)),
      },
    };
    const typed = channel("c", { slow, fast: z.string() })();
    const first = publish({ channel: typed, topic: "slow", data: "1" });
    const second = publish({ channel: typed, topic: "fast", data: "2" });
    const bad = publish({ channel: typed, topic: "slow", data: "bad" });
    const third = publish({ channel: typed, topic: "fast", data: "3" });
    assert.deepEqual(sent, [], "the fast message waits behind the slow one");
    assert.equal(await first, true);
    assert.equal(await second, true);
    await assert.rejects(bad, (err: unknown) => err instanceof PublishError && err.code === "PUBLISH_INVALID");
    assert.equal(await third, true);
    assert.deepEqual(sent, ['"1"', '"2"', '"3"']);
    assert.equal(publish({ channel: "x", topic: "y", data: 4 }) instanceof Promise, true);
    assert.deepEqual(sent.at(-1), "4", "with nothing queued, a message goes out at once");
  });

  test("a stream is sent as start, one chunk per piece, end — and later messages wait for it", async () => {
    const sent: Array<{ topic: string; json: string; kind?: string; streamId?: string }> = [];
    const publish = createPublisher({ sink: (m) => (sent.push({ topic: m.topic, json: m.json, kind: m.stream?.kind, streamId: m.stream?.streamId }), true) });
    async function* pieces() {
      yield "a";
      await new Promise((resolve) => setTimeout(resolve, 10));
      yield new TextEncoder().encode("é").subarray(0, 1); // half a character: held for the next piece
      yield new Uint8Array([0xa9, 0x21]);
      yield "";
    }
    const streamed = publish({ channel: "c", topic: "s", data: pieces() });
    const after = publish({ channel: "c", topic: "t", data: "after" });
    assert.equal(await streamed, true);
    assert.equal(await after, true);
    const id = sent[0]!.streamId;
    assert.match(id ?? "", /^[0-9a-f]{16}$/, "a random stream id");
    assert.deepEqual(sent.map((m) => [m.kind ?? "data", m.json]), [
      ["datastream-start", JSON.stringify(id)], ["chunk", '"a"'], ["chunk", '"é!"'], ["datastream-end", JSON.stringify(id)], ["data", '"after"'],
    ]);
    assert.ok(sent.slice(0, 4).every((m) => m.streamId === id && m.topic === "s"), "every part names the stream");
  });

  test("a ReadableStream works; a failing source still ends the stream and rejects; bad pieces are refused", async () => {
    const sent: string[] = [];
    const publish = createPublisher({ sink: (m) => (sent.push(m.stream ? `${m.stream.kind}${m.stream.kind === "chunk" ? `:${JSON.parse(m.json)}` : ""}` : m.json), true) });
    const readable = new ReadableStream<string>({
      start(controller) {
        controller.enqueue("x");
        controller.enqueue("y");
        controller.close();
      },
    });
    assert.equal(await publish({ channel: "c", topic: "t", data: readable }), true);
    async function* failing() {
      yield "partial";
      throw new Error("model went away");
    }
    await assert.rejects(publish({ channel: "c", topic: "t", data: failing() }), /model went away/);
    async function* numbers() {
      yield 1 as unknown as string;
    }
    await assert.rejects(publish({ channel: "c", topic: "t", data: numbers() }), (err: unknown) => err instanceof PublishError && err.code === "PUBLISH_INVALID");
    assert.deepEqual(sent, [
      "datastream-start", "chunk:x", "chunk:y", "datastream-end",
      "datastream-start", "chunk:partial", "datastream-end",
      "datastream-start", "datastream-end",
    ]);
  });

  test("replayed code does not consume or send a stream", async () => {
    let pulled = false;
    async function* source() {
      pulled = true;
      yield "x";
    }
    const publish = createPublisher({ sink: () => true, suppressed: () => true });
    assert.equal(await publish({ channel: "c", topic: "t", data: source() }), false);
    assert.equal(pulled, false, "the source was not read");
  });

  test("oversized messages are refused before sending", () => {
    const publish = createPublisher({ sink: () => true });
    assert.throws(
      () => publish({ channel: "c", topic: "t", data: "x".repeat(600 * 1024) }),
      (err: unknown) => err instanceof PublishError && err.code === "PUBLISH_INVALID",
    );
  });
});

/** A fake of the standard WebSocket the subscriber drives. */
class FakeSocket implements WebSocketLike {
  static all: FakeSocket[] = [];
  binaryType?: string;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code?: number; reason?: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.onopen?.({});
  }
  frame(value: unknown): void {
    this.onmessage?.({ data: typeof value === "string" ? value : JSON.stringify(value) });
  }
  drop(): void {
    this.onclose?.({ code: 1006 });
  }
}

async function until(probe: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !probe(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(probe(), `timed out waiting for ${what}`);
}

describe("worker-sdk realtime subscriber", () => {
  test("delivers the channel's data frames, reconnects with backoff and a fresh token, and stops on close", async () => {
    FakeSocket.all = [];
    let tokens = 0;
    const received: unknown[] = [];
    const states: string[] = [];
    const sub = subscribe({
      baseUrl: "https://api.example.com/",
      channel: chat("7"),
      topics: ["tokens"],
      getToken: () => `tok-${++tokens}`,
      WebSocket: FakeSocket,
      backoff: { minMs: 1, maxMs: 5 },
      onMessage: (m) => received.push(m.data.t),
      onStateChange: (s) => states.push(s),
    });
    await until(() => FakeSocket.all.length === 1, "the first socket");
    const first = FakeSocket.all[0]!;
    assert.equal(first.url, "wss://api.example.com/v1/realtime/connect?token=tok-1&resume=%5B%5D");
    first.open();
    await sub.ready;
    first.frame({ kind: "data", channel: "chat:7", topic: "tokens", data: { t: "a" } });
    first.frame({ kind: "ping" });
    first.frame({ kind: "data", channel: "chat:7", topic: "status", data: "typing" });
    first.frame({ kind: "data", channel: "chat:8", topic: "tokens", data: { t: "other" } });
    first.frame("not json");
    first.frame({ kind: "data", channel: "chat:7", topic: "tokens", data: { t: "b" } });
    first.drop();
    await until(() => FakeSocket.all.length === 2, "a reconnect");
    const second = FakeSocket.all[1]!;
    assert.match(second.url, /token=tok-2&/, "the reconnect uses a fresh token");
    second.open();
    second.frame({ kind: "data", channel: "chat:7", topic: "tokens", data: { t: "c" } });
    first.frame({ kind: "data", channel: "chat:7", topic: "tokens", data: { t: "stale" } });
    assert.deepEqual(received, ["a", "b", "c"], "only this channel's subscribed data frames, from the live socket");
    sub.close();
    assert.ok(second.closed, "close() closes the socket");
    second.drop();
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(FakeSocket.all.length, 2, "no reconnect after close()");
    assert.deepEqual(states, ["open", "reconnecting", "open", "closed"]);
  });

  test("a reconnect resumes from the last id seen per topic; stream parts and gaps reach their handlers", async () => {
    FakeSocket.all = [];
    const events: string[] = [];
    const sub = subscribe({
      baseUrl: "http://h:1", channel: "c", topics: ["a", "b"], token: "tok", WebSocket: FakeSocket, backoff: { minMs: 1, maxMs: 2 },
      onMessage: (m) => events.push(`data:${m.data}`),
      onStream: (m) => events.push(`${m.kind}:${m.stream_id}:${m.data}`),
      onGap: (g) => events.push(`gap:${g.topic}:${g.after}`),
    });
    await until(() => FakeSocket.all.length === 1, "the first socket");
    const first = FakeSocket.all[0]!;
    assert.equal(first.url, `ws://h:1/v1/realtime/connect?token=tok&resume=${encodeURIComponent("[]")}`, "resuming, with no cursors yet");
    first.open();
    first.frame({ kind: "cursor", channel: "c", topic: "b", data: { id: "B0" } });
    first.frame({ kind: "cursor", channel: "c", topic: "a", data: { id: "A0" } });
    first.frame({ kind: "data", channel: "c", topic: "a", data: 1, id: "A1" });
    first.frame({ kind: "datastream-start", channel: "c", topic: "b", data: "s1", stream_id: "s1", id: "B1" });
    first.frame({ kind: "chunk", channel: "c", topic: "b", data: "hi", stream_id: "s1", id: "B2" });
    first.frame({ kind: "data", channel: "c", topic: "a", data: 2, id: "A2" });
    first.drop();
    await until(() => FakeSocket.all.length === 2, "a reconnect");
    const url = new URL(FakeSocket.all[1]!.url);
    assert.deepEqual(JSON.parse(url.searchParams.get("resume")!), [
      { channel: "c", topic: "b", id: "B2" }, { channel: "c", topic: "a", id: "A2" },
    ], "the last id seen on each topic (messages replace the server's cursors)");
    FakeSocket.all[1]!.open();
    FakeSocket.all[1]!.frame({ kind: "cursor", channel: "c", topic: "a", data: { id: "ignored" } });
    FakeSocket.all[1]!.frame({ kind: "gap", channel: "c", topic: "a", data: { after: "A2" }, id: undefined });
    FakeSocket.all[1]!.frame({ kind: "datastream-end", channel: "c", topic: "b", data: "s1", stream_id: "s1", id: "B3" });
    assert.deepEqual(events, ["data:1", "datastream-start:s1:s1", "chunk:s1:hi", "data:2", "gap:a:A2", "datastream-end:s1:s1"]);
    sub.close();
  });

  test("a failing token fetch is reported and retried", async () => {
    FakeSocket.all = [];
    let calls = 0;
    const errors: unknown[] = [];
    const sub = subscribe({
      baseUrl: "http://h:1",
      channel: "c",
      topics: ["t"],
      getToken: () => {
        calls++;
        if (calls < 3) throw new Error("token down");
        return "ok";
      },
      WebSocket: FakeSocket,
      backoff: { minMs: 1, maxMs: 2 },
      onMessage: () => undefined,
      onError: (err) => errors.push(err),
    });
    await until(() => FakeSocket.all.length === 1, "a socket after token retries");
    assert.equal(errors.length, 2, "each failed token fetch is reported");
    assert.equal(FakeSocket.all[0]!.url, "ws://h:1/v1/realtime/connect?token=ok&resume=%5B%5D");
    sub.close();
    await assert.rejects(sub.ready, /closed before it opened/);
    assert.equal(realtimeConnectUrl("http://x/", "a b"), "ws://x/v1/realtime/connect?token=a%20b");
  });
});
