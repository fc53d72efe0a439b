// Connection counts are bounded (docs/security.md): a gateway holds at most
// --max-worker-connections worker sockets (handshaking ones included) and an API process at most
// --max-realtime-subscribers realtime subscribers; one more is refused with 503
// `too_many_connections` and the JSON envelope, and a freed place is taken again.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import WebSocket from "ws";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { connectWs, token } from "../helpers/realtime.ts";

interface Refusal {
  status: number;
  body: { code?: string; status?: number };
}

/** Opens a WebSocket; resolves with it once open, or with the HTTP refusal of its upgrade. */
function open(url: string, protocol?: string): Promise<WebSocket | Refusal> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocol);
    ws.once("open", () => resolve(ws));
    ws.once("unexpected-response", (_req, res) => {
      let text = "";
      res.on("data", (d: Buffer) => (text += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    ws.once("error", (err) => reject(err));
  });
}

const isRefusal = (x: WebSocket | Refusal): x is Refusal => !(x instanceof WebSocket);

describe("connection limits", () => {
  let srv: InProcessServer;
  const sockets: WebSocket[] = [];
  before(async () => {
    srv = await startInProcess(["--max-worker-connections", "2", "--max-realtime-subscribers", "2"]);
  });
  after(async () => {
    for (const s of sockets) s.terminate();
    await srv?.close();
  });

  it("a gateway refuses a worker socket past --max-worker-connections, and takes one again when a place frees", async () => {
    const held = await Promise.all([open(srv.gatewayUrl, "v0.connect.inngest.com"), open(srv.gatewayUrl, "v0.connect.inngest.com")]);
    for (const h of held) {
      assert.ok(!isRefusal(h), "the first two sockets open");
      sockets.push(h);
    }
    const third = await open(srv.gatewayUrl, "v0.connect.inngest.com");
    assert.ok(isRefusal(third), "the third socket is refused");
    assert.equal(third.status, 503);
    assert.equal(third.body.code, "too_many_connections");
    const first = held[0] as WebSocket;
    await new Promise((r) => {
      first.once("close", r);
      first.close();
    });
    // The gateway forgets the socket once its close completes on the server side.
    let again: WebSocket | Refusal = third;
    for (let i = 0; i < 50 && isRefusal(again); i++) {
      again = await open(srv.gatewayUrl, "v0.connect.inngest.com");
      if (isRefusal(again)) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(!isRefusal(again), "a freed place is taken again");
    sockets.push(again);
    const health = await fetch(`${srv.apiUrl}/health`);
    assert.equal(health.status, 200);
  });

  it("the API refuses a realtime subscriber past --max-realtime-subscribers, over WebSocket and SSE", async () => {
    const jwt = await token(srv.apiUrl, [{ channel: "limits", name: "t" }]);
    const a = await connectWs(srv.apiUrl, jwt);
    const b = await connectWs(srv.apiUrl, jwt);
    sockets.push(a.ws, b.ws);
    const third = await open(`${srv.apiUrl.replace("http", "ws")}/v1/realtime/connect?token=${jwt}`);
    assert.ok(isRefusal(third), "the third subscriber is refused");
    assert.equal(third.status, 503);
    assert.equal(third.body.code, "too_many_connections");
    const sse = await fetch(`${srv.apiUrl}/v1/realtime/sse?token=${jwt}`);
    assert.equal(sse.status, 503);
    assert.equal(((await sse.json()) as { code: string }).code, "too_many_connections");
  });
});
