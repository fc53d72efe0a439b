// Realtime end to end (worker-sdk/realtime): a function served by a real connect() worker publishes
// over its socket with `publish()`, and the browser-safe subscriber (given `ws`'s WebSocket, as
// Node 20 has no global one) receives every message, in order, with the run id.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import WebSocket from "ws";
import { z } from "zod";
import { Tether, connect, type WorkerConnection } from "../../worker-sdk/index.ts";
import { channel, subscribe, type RealtimeMessage, type WebSocketConstructor } from "../../worker-sdk/realtime/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { waitFor } from "../helpers/wait.ts";

const chat = channel("chat:*", { tokens: z.object({ i: z.number().int(), t: z.string() }) });

describe("worker-sdk realtime against the real server", () => {
  let srv: InProcessServer;
  let worker: WorkerConnection;
  let tether: Tether;
  let runIds: string[] = [];

  before(async () => {
    srv = await startInProcess();
    tether = new Tether({ id: "rt-app", baseUrl: srv.apiUrl });
    tether.createFunction({ id: "streamer", triggers: [{ event: "rt/go" }] }, async ({ event, publish, runId }) => {
      runIds.push(runId);
      const room = chat(String(event.data.room));
      for (let i = 0; i < 10; i++) void publish({ channel: room, topic: "tokens", data: { i, t: `tok-${i}` } });
      return "done";
    });
    worker = await connect({ apps: [tether], instanceId: "rt-worker", handleShutdownSignals: [] });
  });

  after(async () => {
    await worker?.close();
    await srv?.close();
  });

  test("10 messages published by a function arrive in order at the subscriber", async () => {
    const received: Array<RealtimeMessage<{ i: number; t: string }, "tokens">> = [];
    const errors: unknown[] = [];
    const sub = subscribe({
      baseUrl: srv.apiUrl,
      channel: chat("room-1"),
      topics: ["tokens"],
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      onMessage: (message) => received.push(message),
      onError: (err) => errors.push(err),
    });
    try {
      await sub.ready;
      assert.equal(sub.state, "open", "the subscription is open once ready");
      await tether.send({ name: "rt/go", data: { room: "room-1" } });
      await waitFor(() => received.length >= 10, { what: "10 realtime messages", timeoutMs: 15_000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(received.map((m) => m.data.i), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], "all 10 messages, in order, no duplicates");
      assert.equal(received[0]!.data.t, "tok-0");
      for (const m of received) {
        assert.equal(m.kind, "data");
        assert.equal(m.channel, "chat:room-1");
        assert.equal(m.topic, "tokens");
        assert.equal(m.run_id, runIds[0], "each message carries the publishing run's id");
      }
      assert.deepEqual(errors, [], "no subscriber errors");
    } finally {
      sub.close();
    }
    assert.equal(sub.state, "closed");
  });
});
