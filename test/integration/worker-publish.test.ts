// Realtime from workers over their socket (issue 7): a WORKER_PUBLISH reaches subscribers of its
// channel and topic in order, and step progress is published on the run's channel.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import WebSocket from "ws";
import { tether as tpb } from "../../proto/gen/protos.js";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectRawWorker, fnConfig, takeRequest } from "../helpers/raw-worker.ts";
import { waitFor } from "../helpers/wait.ts";

const TK = tpb.v1.TetherMessageKind;

async function subscribe(apiUrl: string, channel: string, name: string): Promise<any[]> {
  const r = await fetch(`${apiUrl}/v1/realtime/token`, { method: "POST", body: JSON.stringify([{ channel, name, kind: "run" }]) });
  const { jwt } = await r.json();
  const ws = new WebSocket(`${apiUrl.replace("http", "ws")}/v1/realtime/connect?token=${encodeURIComponent(jwt)}`);
  const messages: any[] = [];
  ws.on("message", (d) => messages.push(JSON.parse(d.toString())));
  await new Promise((res, rej) => {
    ws.once("open", res);
    ws.once("error", rej);
  });
  after(() => ws.close());
  return messages;
}

describe("realtime publishes from workers", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess();
  });
  after(async () => {
    await srv.close();
  });

  test("WORKER_PUBLISH messages reach the channel's subscribers in order", async () => {
    const messages = await subscribe(srv.apiUrl, "chat:1", "tokens");
    const other = await subscribe(srv.apiUrl, "chat:2", "tokens");
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "pub", functions: [] }]);
    for (let i = 0; i < 20; i++) {
      worker.send(TK.WORKER_PUBLISH, tpb.v1.WorkerPublishData.encode({ channel: "chat:1", topic: "tokens", data: Buffer.from(JSON.stringify({ i })), runId: "R1" }).finish());
    }
    await waitFor(() => messages.length === 20, { what: "20 messages" });
    assert.deepEqual(messages.map((m) => m.data.i), Array.from({ length: 20 }, (_, i) => i));
    assert.equal(messages[0].run_id, "R1");
    assert.equal(messages[0].kind, "data");
    assert.equal(other.length, 0, "another channel received messages");
    worker.close();
  });

  test("a running step's progress is published on the run's channel", async () => {
    const { worker } = await connectRawWorker(srv.apiUrl, [{ name: "prog", functions: [fnConfig("prog", "f", "prog/go")] }]);
    await fetch(`${srv.apiUrl}/e/k`, { method: "POST", body: JSON.stringify({ name: "prog/go" }) });
    const { req } = await takeRequest(worker);
    const messages = await subscribe(srv.apiUrl, req.runId, "$progress");
    worker.send(TK.WORKER_STEP_PROGRESS, tpb.v1.WorkerStepProgressData.encode({ requestId: req.requestId, runId: req.runId, stepId: "s", data: Buffer.from('{"pct":50}') }).finish());
    await waitFor(() => messages.length === 1, { what: "a progress message" });
    assert.deepEqual(messages[0].data, { step_id: "s", append: false, data: { pct: 50 } });
    worker.close();
  });
});
