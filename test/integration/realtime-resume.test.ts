// Resume: the subscribe client's socket is killed mid-stream, messages (and the rest of a streamed
// publish) are published while it is away, and when it reconnects the server replays exactly what
// it missed — every message once, in order — from the embedded replay log, and in distributed mode
// from the JetStream one, reconnecting to a different API process than before. A cursor the log no
// longer holds gets an explicit `gap`; a malformed `resume` is refused.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import WebSocket from "ws";
import { subscribe, type RealtimeGap, type WebSocketConstructor, type WebSocketLike } from "../../worker-sdk/realtime/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { natsAvailable } from "../helpers/nats-server.ts";
import { connectNats } from "../../src/common/nats.ts";
import { connectSse, connectWs, publish, token, twoApisOnNats, type ApiOnNats } from "../helpers/realtime.ts";
import { waitFor } from "../helpers/wait.ts";

let uniq = 0;
const unique = (p: string) => `${p}-${process.pid}-${++uniq}`;

/**
 * WebSockets the test controls: it can kill the live one (no close handshake, as a dropped
 * network would) and hold the next connection until the gap's messages are published. `route`
 * may send a reconnect to another API process.
 */
function controlledSockets(route: (url: string, n: number) => string = (u) => u) {
  const sockets: WebSocket[] = [];
  let release: () => void = () => {};
  let gate: Promise<void> = Promise.resolve();
  const Ctor = class implements WebSocketLike {
    binaryType?: string;
    onopen: WebSocketLike["onopen"] = null;
    onmessage: WebSocketLike["onmessage"] = null;
    onclose: WebSocketLike["onclose"] = null;
    onerror: WebSocketLike["onerror"] = null;
    #ws?: WebSocket;
    #closed = false;
    constructor(url: string) {
      const n = sockets.length + (gate === undefined ? 0 : 0);
      void gate.then(() => {
        if (this.#closed) return;
        const ws = new WebSocket(route(url, n));
        sockets.push(ws);
        this.#ws = ws;
        ws.onopen = (e) => this.onopen?.(e);
        ws.onmessage = (e) => this.onmessage?.({ data: e.data });
        ws.onclose = (e) => this.onclose?.({ code: e.code, reason: e.reason });
        ws.onerror = (e) => this.onerror?.(e);
      });
    }
    close(code?: number, reason?: string): void {
      this.#closed = true;
      this.#ws?.close(code, reason);
    }
  };
  return {
    WebSocket: Ctor as unknown as WebSocketConstructor,
    count: () => sockets.length,
    /** Kills the open socket and holds the reconnect until release(). */
    kill() {
      gate = new Promise((r) => (release = r));
      sockets.at(-1)!.terminate();
    },
    release: () => release(),
  };
}

/** Streams `pieces` as one text/stream publish, each piece only when `next()` is called. */
function steppedStream(apiUrl: string, channel: string, topic: string) {
  const waiting: ((piece: string | undefined) => void)[] = [];
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const piece = await new Promise<string | undefined>((r) => waiting.push(r));
      if (piece === undefined) controller.close();
      else controller.enqueue(new TextEncoder().encode(piece));
    },
  });
  const q = new URLSearchParams({ channel, topic });
  const done = fetch(`${apiUrl}/v1/realtime/publish?${q}`, { method: "POST", body, headers: { "content-type": "text/stream" }, duplex: "half" } as RequestInit);
  return {
    async next(piece: string | undefined) {
      await waitFor(() => waiting.length > 0, { what: "the stream body to be read" });
      waiting.shift()!(piece);
    },
    done,
  };
}

/**
 * The scenario on `subscribeUrl` (publishing through `publishUrl`): 0-4, a stream's first chunk,
 * kill; during the gap the stream's other chunks and end, the first message of a third topic,
 * 5-9; reconnect; 10-14.
 */
async function killMidStream(subscribeUrl: string, publishUrl: string, route?: (url: string, n: number) => string) {
  const channel = unique("resume");
  const events: string[] = [];
  const gaps: RealtimeGap[] = [];
  const ctl = controlledSockets(route);
  const sub = subscribe({
    baseUrl: subscribeUrl, channel, topics: ["log", "ai", "late"], WebSocket: ctl.WebSocket, backoff: { minMs: 10, maxMs: 50 },
    onMessage: (m) => events.push(`data:${m.data}`),
    onStream: (m) => events.push(m.kind === "chunk" ? `chunk:${m.data}` : m.kind),
    onGap: (g) => gaps.push(g),
  });
  try {
    await sub.ready;
    const send = async (i: number) => assert.equal((await publish(publishUrl, channel, "log", String(i))).status, 200, `publish ${i}`);
    // A fresh subscription on NATS goes live asynchronously: the first message proves it is.
    await waitFor(async () => {
      if (!events.length) await send(0);
      return events.length > 0;
    }, { what: "the subscription to be live" });
    for (let i = 1; i < 5; i++) await send(i);
    const stream = steppedStream(publishUrl, channel, "ai");
    await stream.next("one ");
    await waitFor(() => events.includes("chunk:one "), { what: "the first chunk" });

    ctl.kill();
    await waitFor(() => sub.state === "reconnecting", { what: "the client to notice" });
    await stream.next("two ");
    await stream.next("three");
    await stream.next(undefined);
    assert.equal((await stream.done).status, 200, "the streamed publish ended");
    // The first message ever on "late": resumed from the cursor the server handed out on connect.
    assert.equal((await publish(publishUrl, channel, "late", JSON.stringify("first late"))).status, 200);
    for (let i = 5; i < 10; i++) await send(i);
    const before = events.length;
    ctl.release();

    await waitFor(() => sub.state === "open" && ctl.count() === 2, { what: "the reconnect" });
    for (let i = 10; i < 15; i++) await send(i);
    await waitFor(() => events.includes("data:14"), { what: "the last message", timeoutMs: 15_000 }).catch((err) => {
      throw new Error(`${err.message}: got ${JSON.stringify(events)}, gaps ${JSON.stringify(gaps)}, state ${sub.state}`);
    });
    await new Promise((r) => setTimeout(r, 100));
    assert.ok(before < 8, `nothing published in the gap arrived before the reconnect (${before})`);
    assert.deepEqual(events, [
      "data:0", "data:1", "data:2", "data:3", "data:4", "datastream-start", "chunk:one ",
      "chunk:two ", "chunk:three", "datastream-end", "data:first late",
      "data:5", "data:6", "data:7", "data:8", "data:9",
      "data:10", "data:11", "data:12", "data:13", "data:14",
    ], "every message once, in publish order, across the kill");
    assert.deepEqual(gaps, [], "no gap");
  } finally {
    sub.close();
  }
}

describe("realtime resume (embedded)", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess();
  });
  after(async () => {
    await srv?.close();
  });

  test("a killed subscriber gets what was published while it was away, once, in order", () => killMidStream(srv.apiUrl, srv.apiUrl));

  test("a cursor the replay log does not hold gets an explicit gap, then live messages", async () => {
    const channel = unique("gap");
    await publish(srv.apiUrl, channel, "t", "1");
    const c = await connectWs(srv.apiUrl, await token(srv.apiUrl, [{ channel, name: "t" }]), {
      resume: JSON.stringify([{ channel, topic: "t", id: "01JUNKJUNKJUNKJUNKJUNKJUNK" }]),
    });
    await waitFor(() => c.messages.length >= 1, { what: "the gap message" });
    assert.deepEqual([c.messages[0].kind, c.messages[0].channel, c.messages[0].topic, c.messages[0].data],
      ["gap", channel, "t", { after: "01JUNKJUNKJUNKJUNKJUNKJUNK" }]);
    await publish(srv.apiUrl, channel, "t", "2");
    await waitFor(() => c.messages.length >= 2, { what: "a live message after the gap" });
    assert.equal(c.messages[1].data, 2);
    c.ws.close();
  });

  test("SSE resumes too; cursors outside the token's topics are ignored", async () => {
    const channel = unique("sse");
    const ids: string[] = [];
    const first = await connectWs(srv.apiUrl, await token(srv.apiUrl, [{ channel, name: "t" }]));
    for (let i = 0; i < 4; i++) await publish(srv.apiUrl, channel, "t", String(i));
    await waitFor(() => first.messages.length >= 4, { what: "4 messages" });
    first.ws.close();
    ids.push(...first.messages.map((m) => m.id));
    assert.equal(new Set(ids).size, 4, "every message has its own id");
    const jwt = await token(srv.apiUrl, [{ channel, name: "t" }]);
    const q = new URLSearchParams({ token: jwt, resume: JSON.stringify([{ channel, topic: "t", id: ids[1] }, { channel: "other", topic: "t", id: ids[0] }]) });
    const sse = await connectSse(srv.apiUrl, "", `?${q}`);
    await waitFor(() => sse.messages().length >= 2, { what: "the replay over SSE" });
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(sse.messages().map((m) => m.data), [2, 3], "only what came after the cursor");
    await sse.close();
  });

  test("a malformed resume is refused: WebSocket close 1008 bad_request, SSE 400", async () => {
    const jwt = await token(srv.apiUrl, [{ channel: "c", name: "t" }]);
    for (const bad of ["not json", JSON.stringify({ channel: "c" }), JSON.stringify([{ channel: "c", topic: "t" }])]) {
      const c = await connectWs(srv.apiUrl, jwt, { resume: bad });
      const { code, reason } = await c.closed;
      assert.deepEqual([code, reason], [1008, "bad_request"], `ws with resume=${bad}`);
      const r = await fetch(`${srv.apiUrl}/v1/realtime/sse?${new URLSearchParams({ token: jwt, resume: bad })}`);
      assert.equal(r.status, 400, `sse with resume=${bad}`);
      assert.equal((await r.json()).code, "bad_request");
    }
  });
});

const hasNats = natsAvailable();
describe("realtime resume across API processes on NATS (JetStream replay log)", hasNats ? {} : { skip: "nats-server not installed" }, () => {
  let apis: Awaited<ReturnType<typeof twoApisOnNats>>;
  let a: ApiOnNats;
  let b: ApiOnNats;
  before(async () => {
    apis = await twoApisOnNats(`rtr${process.pid}`);
    ({ a, b } = apis);
  });
  after(() => apis?.close());

  test("killed on process A, resumed on process B: what was published meanwhile arrives once, in order", async () => {
    const portOf = (u: string) => new URL(u).port;
    // First connection to A, the reconnect to B; everything is published through A.
    await killMidStream(a.apiUrl, a.apiUrl, (url, n) => (n === 0 ? url : url.replace(`:${portOf(a.apiUrl)}/`, `:${portOf(b.apiUrl)}/`)));
  });

  test("when the replay stream is gone (memory storage, nats-server restart) resumes get a gap, and it is made again", async () => {
    const channel = unique("lost");
    const jwt = await token(a.apiUrl, [{ channel, name: "t" }]);
    const first = await connectWs(a.apiUrl, jwt);
    await waitFor(async () => {
      await publish(a.apiUrl, channel, "t", "1");
      return first.messages.length > 0;
    }, { what: "the subscription to be live" });
    first.ws.close();
    const cursor = first.messages.at(-1).id;
    const nc = await connectNats(apis.natsUrl);
    try {
      const jsm = await nc.jetstreamManager();
      const stream = `RTR${process.pid}_REALTIME`;
      await jsm.streams.delete(stream);
      const resumeAt = (id: string) => ({ resume: JSON.stringify([{ channel, topic: "t", id }]) });
      const gapped = await connectWs(b.apiUrl, jwt, resumeAt(cursor));
      await waitFor(() => gapped.messages.length > 0, { what: "the gap" });
      assert.equal(gapped.messages[0].kind, "gap", "the lost replay is reported");
      gapped.ws.close();
      await waitFor(() => jsm.streams.info(stream).then(() => true, () => false), { what: "the stream to be made again" });
      // Captured again: a message seen live is a cursor that resumes.
      const live = await connectWs(a.apiUrl, jwt);
      assert.equal((await publish(a.apiUrl, channel, "t", "2")).status, 200);
      await waitFor(() => live.messages.length > 0, { what: "message 2" });
      live.ws.close();
      assert.equal((await publish(a.apiUrl, channel, "t", "3")).status, 200);
      const resumed = await connectWs(b.apiUrl, jwt, resumeAt(live.messages[0].id));
      await waitFor(() => resumed.messages.length > 0, { what: "the replay" });
      assert.deepEqual(resumed.messages.map((m) => [m.kind, m.data]), [["data", 3]], "the new stream replays");
      resumed.ws.close();
    } finally {
      await nc.close();
    }
  });
});
