// tether.send(): POST {baseUrl}/e/{eventKey} against a real local HTTP server.

import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, test } from "node:test";
import { z } from "zod";
import { SendEventError, Tether, ValidationError } from "../../worker-sdk/index.ts";

interface Captured {
  url: string;
  headers: IncomingMessage["headers"];
  body: unknown;
}

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function startServer(answer: (n: number) => [number, unknown]): Promise<{ url: string; requests: Captured[] }> {
  const requests: Captured[] = [];
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    requests.push({ url: req.url ?? "", headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString() || "null") });
    const [status, body] = answer(requests.length);
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

describe("worker-sdk send()", () => {
  test("posts the events as a JSON array to /e/{eventKey} and returns the ids", async () => {
    const { url, requests } = await startServer(() => [200, { ids: ["id-1", "id-2"], status: 200 }]);
    const app = new Tether({ id: "sender", baseUrl: url, eventKey: "key-123" });
    const before = Date.now();
    const result = await app.send([{ name: "demo/hello", data: { x: 1 } }, { name: "demo/bye", ts: 42 }]);
    assert.deepEqual(result, { ids: ["id-1", "id-2"] });
    const [request] = requests;
    assert.equal(request!.url, "/e/key-123");
    assert.equal(request!.headers["content-type"], "application/json");
    assert.match(String(request!.headers["x-inngest-event-id-seed"]), /^\d+,[A-Za-z0-9+/=]+$/);
    const events = request!.body as Array<{ name: string; data: unknown; ts: number }>;
    assert.equal(events[0]!.name, "demo/hello");
    assert.deepEqual(events[0]!.data, { x: 1 });
    assert.ok(events[0]!.ts >= before, "ts defaults to now");
    assert.deepEqual([events[1]!.data, events[1]!.ts], [{}, 42]);
  });

  test("with schemas, invalid data is rejected before any request and valid data is sent", async () => {
    const { url, requests } = await startServer(() => [200, { ids: ["ok"], status: 200 }]);
    const app = new Tether({ id: "sender", baseUrl: url, schemas: { "demo/order": z.object({ total: z.number().positive() }) } });
    await assert.rejects(app.send({ name: "demo/order", data: { total: -1 } }), (err: unknown) => {
      assert.ok(err instanceof ValidationError, "a ValidationError");
      assert.equal(err.code, "EVENT_DATA_INVALID");
      assert.deepEqual(err.issues.map((issue) => issue.path), ["data.total"]);
      return true;
    });
    assert.equal(requests.length, 0);
    assert.deepEqual(await app.send({ name: "demo/order", data: { total: 3 } }), { ids: ["ok"] });
    assert.deepEqual((requests[0]!.body as Array<{ data: unknown }>)[0]!.data, { total: 3 });
  });

  test("uses NO_EVENT_KEY_SET without a key and accepts a single event", async () => {
    const { url, requests } = await startServer(() => [200, { ids: ["only"], status: 200 }]);
    const app = new Tether({ id: "sender", baseUrl: url });
    assert.deepEqual(await app.send({ name: "demo/one" }), { ids: ["only"] });
    assert.equal(requests[0]!.url, "/e/NO_EVENT_KEY_SET");
  });

  test("retries a server error with the same id seed, then succeeds", async () => {
    const { url, requests } = await startServer((n) => (n === 1 ? [500, { error: "busy", status: 500 }] : [200, { ids: ["x"], status: 200 }]));
    const app = new Tether({ id: "sender", baseUrl: url });
    assert.deepEqual(await app.send({ name: "demo/retry" }), { ids: ["x"] });
    assert.equal(requests.length, 2);
    assert.equal(requests[0]!.headers["x-inngest-event-id-seed"], requests[1]!.headers["x-inngest-event-id-seed"]);
  });

  test("does not retry a rejected key and fails with SEND_FAILED", async () => {
    const { url, requests } = await startServer(() => [401, { error: "Event key not found", status: 401 }]);
    const app = new Tether({ id: "sender", baseUrl: url, eventKey: "bad" });
    await assert.rejects(app.send({ name: "demo/x" }), (err: unknown) => err instanceof SendEventError && err.code === "SEND_FAILED" && err.status === 401);
    assert.equal(requests.length, 1);
  });

  test("rejects an event without a name before sending", async () => {
    const { url, requests } = await startServer(() => [200, { ids: [], status: 200 }]);
    const app = new Tether({ id: "sender", baseUrl: url });
    await assert.rejects(app.send({ name: "" }), (err: unknown) => err instanceof SendEventError);
    assert.equal(requests.length, 0);
  });
});
