// A reply a worker flushes over HTTP (`POST /v0/connect/flush`) reaches a gateway's reply path
// through the bus (src/bus/reply-flush.ts): on both buses, one gateway of the queue group takes
// each reply, its error comes back to the API with its code, and no gateway is a 503; on a NATS
// deployment an API process with no gateway of its own completes a request that way.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { connect as pb } from "../../proto/gen/protos.js";
import { type Bus, flushReply, MemoryBus, NatsBus, serveReplyFlush } from "../../src/bus/index.ts";
import { newId, TetherError } from "../../src/common/index.ts";
import { connectNats } from "../../src/common/nats.ts";
import { loadConfig } from "../../src/config.ts";
import { type RunningServer, startServer } from "../../src/server.ts";
import { type InProcessServer, startInProcess } from "../helpers/in-process.ts";
import { connectRawWorker, fnConfig, replyFrame, takeRequest } from "../helpers/raw-worker.ts";
import { useNats } from "../helpers/use-nats.ts";
import { waitFor } from "../helpers/wait.ts";

const log = pino({ level: "silent" });
const nats = useNats();

const buses: [string, () => Promise<{ bus: Bus; close(): Promise<void> }>, string | undefined][] = [
  ["MemoryBus", async () => {
    const bus = new MemoryBus();
    return { bus, close: () => bus.close() };
  }, undefined],
  ["NatsBus", async () => {
    const nc = await connectNats(nats.url());
    const bus = new NatsBus(nc);
    return { bus, close: async () => { await bus.close(); await nc.close(); } };
  }, nats.skip],
];

for (const [name, open, skip] of buses) {
  describe(`flushed replies over ${name}`, { skip }, () => {
    test("one gateway of the group gets the request id and the bytes as sent; its error comes back with its code", async () => {
      const { bus, close } = await open();
      try {
        const got: { gw: number; id: string; bytes: string }[] = [];
        const stops = [0, 1].map((gw) => serveReplyFlush(bus, async (id, bytes) => {
          if (id === "refused") throw new TetherError("payload_too_large", "too late");
          got.push({ gw, id, bytes: Buffer.from(bytes).toString("hex") });
        }, log));
        const body = Buffer.alloc(300 * 1024, 7);
        body.write("é-ü", 0);
        for (let i = 0; i < 4; i++) await flushReply(bus, `req-ü-${i}`, body);
        assert.deepEqual(got.map((g) => g.id), [0, 1, 2, 3].map((i) => `req-ü-${i}`), "each reply delivered once");
        assert.ok(got.every((g) => g.bytes === body.toString("hex")), "the bytes as sent");
        await assert.rejects(flushReply(bus, "refused", body), (err: TetherError) => err.code === "payload_too_large" && err.message === "too late");
        for (const stop of stops) stop();
        await assert.rejects(flushReply(bus, "nobody", body, 2_000), (err: TetherError) => err.code === "connect_forward_failed" && err.httpStatus === 503);
      } finally {
        await close();
      }
    });
  });
}

describe("a reply flushed to an API process without a gateway, on NATS", { skip: nats.skip }, () => {
  let srv: InProcessServer;
  let api: RunningServer;
  let apiUrl: string;
  before(async () => {
    const prefix = `f${newId().toLowerCase().slice(-10)}`;
    srv = await startInProcess(["--nats", nats.url(), "--nats-prefix", prefix]);
    api = await startServer(loadConfig(["api", "--nats", nats.url(), "--nats-prefix", prefix, "--host", "127.0.0.1", "--port", "0", "--insecure"], {}), log);
    apiUrl = `http://127.0.0.1:${api.api!.port}`;
  });
  after(async () => {
    await api?.close();
    await srv?.close();
  });

  test("completes the request through another process's gateway", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "flush-nats", functions: [fnConfig("flush-nats", "f", "flush-nats/go")] }]);
    try {
      const sent = await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: "flush-nats/go", data: {} }) });
      const eventId = (await sent.json()).ids[0] as string;
      const { req } = await takeRequest(worker);
      const r = await fetch(`${apiUrl}/v0/connect/flush`, { method: "POST", body: Buffer.from(replyFrame(req, pb.v1.SDKResponseStatus.DONE, { via: "flush" })) });
      assert.equal(r.status, 200);
      assert.equal(pb.v1.FlushResponse.decode(new Uint8Array(await r.arrayBuffer())).requestId, req.requestId);
      const run = await waitFor(async () => {
        const found = (await (await fetch(`${srv.apiUrl}/v1/events/${eventId}/runs`)).json()).data[0];
        return found?.status === "Completed" ? found : undefined;
      }, { what: "the run completed by the flushed reply" });
      assert.deepEqual(run.output, { via: "flush" });
    } finally {
      worker.close();
    }
  });
});
