// Realtime (docs/execution-protocol.md §5) against the in-process server over real sockets: tokens,
// WebSocket and SSE subscribers, scoping, auth, limits, and fan-out across two API processes on NATS.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { DEV_SESSION_SECRET } from "../../gateway/index.ts";
import { ENV_ID } from "../../src/executor/index.ts";
import { realtimeSecretOf, signRealtimeToken } from "../../src/realtime/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { natsAvailable } from "../helpers/nats-server.ts";
import { waitFor } from "../helpers/wait.ts";
import { connectSse, connectWs, publish, token, twoApisOnNats, type ApiOnNats } from "../helpers/realtime.ts";

let uniq = 0;
const unique = (p: string) => `${p}-${process.pid}-${++uniq}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("realtime in dev mode", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess();
  });
  after(async () => {
    await srv.close();
  });

  test("a token is an HS256 JWT for rt.inngest.com naming the topics, valid one minute", async () => {
    const jwt = await token(srv.apiUrl, [{ channel: "c1", name: "t1", kind: "run" }]);
    const [head, body] = jwt.split(".").slice(0, 2).map((p) => JSON.parse(Buffer.from(p, "base64url").toString("utf8")));
    assert.equal(head.alg, "HS256");
    assert.equal(body.iss, "rt.inngest.com");
    assert.equal(body.env, ENV_ID);
    assert.equal(body.publish, false);
    assert.equal(body.exp - body.iat, 60);
    assert.equal(typeof body.jti, "string");
    assert.deepEqual(body.topics, [{ kind: "run", env_id: ENV_ID, channel: "c1", name: "t1" }]);
  });

  test("the README's token request works as written: one channel's topics by name, then an SSE subscriber hears them", async () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
    const body = /\/v1\/realtime\/token[^]*?-d '([^']+)'/.exec(readme)?.[1];
    assert.ok(body, "the README shows a token request body");
    const r = await fetch(`${srv.apiUrl}/v1/realtime/token`, { method: "POST", headers: { "content-type": "application/json" }, body });
    assert.equal(r.status, 201);
    const { jwt } = await r.json();
    const claims = JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString("utf8"));
    const { channel, topics } = JSON.parse(body);
    assert.deepEqual(claims.topics.map((t: { channel: string; name: string }) => [t.channel, t.name]), topics.map((t: string) => [channel, t]));
    const sub = await connectSse(srv.apiUrl, jwt);
    assert.equal(sub.status, 200);
    try {
      await waitFor(async () => (await publish(srv.apiUrl, channel, topics[0], JSON.stringify({ hello: "readme" }))).ok && JSON.stringify(sub.messages()).includes("readme"), { what: "the published message" });
    } finally {
      await sub.close();
    }
  });

  test("a bad token request body is 400", async () => {
    const r = await fetch(`${srv.apiUrl}/v1/realtime/token`, { method: "POST", body: JSON.stringify([{ channel: "" }]) });
    assert.equal(r.status, 400);
    assert.equal((await r.json()).code, "bad_request");
  });

  test("a WebSocket subscriber receives published messages in order as JSON text frames", async () => {
    const channel = unique("chat");
    const c = await connectWs(srv.apiUrl, await token(srv.apiUrl, [{ channel, name: "msg" }]));
    for (let i = 0; i < 50; i++) {
      const r = await publish(srv.apiUrl, channel, "msg", JSON.stringify({ i }));
      assert.equal(r.status, 200, `publish ${i}`);
    }
    const r = await fetch(`${srv.apiUrl}/v1/realtime/publish?channel=${channel}&topic=msg&run_id=01ARZ3NDEKTSV4RRFFQ69G5FAV`, { method: "POST", body: "not json" });
    assert.equal(r.status, 200);
    await waitFor(() => c.messages.length >= 51, { what: "51 messages" });
    assert.deepEqual(c.messages.slice(0, 50).map((m) => m.data.i), Array.from({ length: 50 }, (_, i) => i));
    const first = c.messages[0];
    assert.equal(first.kind, "data");
    assert.equal(first.channel, channel);
    assert.equal(first.topic, "msg");
    assert.equal(first.env_id, ENV_ID);
    assert.ok(!Number.isNaN(Date.parse(first.created_at)) && first.created_at.endsWith("Z"), "created_at is RFC 3339");
    assert.equal(c.messages[50].data, "not json");
    assert.equal(c.messages[50].run_id, "01ARZ3NDEKTSV4RRFFQ69G5FAV");
    c.ws.close();
    await c.closed;
  });

  test("a subscriber hears only its token's channel and topics; sub adds and unsub removes topics", async () => {
    const channel = unique("scoped");
    const other = unique("other");
    const c = await connectWs(srv.apiUrl, await token(srv.apiUrl, [{ channel, name: "a" }]));
    await publish(srv.apiUrl, channel, "b", "1");
    await publish(srv.apiUrl, other, "a", "2");
    await publish(srv.apiUrl, channel, "a", "3");
    await waitFor(() => c.messages.length >= 1, { what: "topic a" });
    await sleep(100);
    assert.deepEqual(c.messages.map((m) => m.data), [3]);

    c.ws.send(JSON.stringify({ kind: "sub", data: await token(srv.apiUrl, [{ channel, name: "b" }]) }));
    await waitFor(async () => {
      await publish(srv.apiUrl, channel, "b", "4");
      return c.messages.some((m) => m.topic === "b");
    }, { what: "topic b after sub" });
    c.ws.send(JSON.stringify({ kind: "unsub", data: [{ channel, name: "a", kind: "run" }] }));
    await sleep(100);
    const before = c.messages.length;
    await publish(srv.apiUrl, channel, "a", "5");
    await publish(srv.apiUrl, channel, "b", "6");
    await waitFor(() => c.messages.some((m) => m.data === 6), { what: "topic b after unsub" });
    assert.deepEqual(c.messages.slice(before).map((m) => m.data), [6]);
    c.ws.close();
  });

  test("an SSE subscriber receives data: lines in order", async () => {
    const channel = unique("sse");
    const jwt = await token(srv.apiUrl, [{ channel, name: "t" }]);
    const sse = await connectSse(srv.apiUrl, jwt);
    assert.equal(sse.status, 200);
    assert.match(sse.contentType, /^text\/event-stream/);
    for (let i = 0; i < 10; i++) await publish(srv.apiUrl, channel, "t", String(i));
    await waitFor(() => sse.messages().length >= 10, { what: "10 SSE messages" });
    const msgs = sse.messages();
    assert.deepEqual(msgs.map((m) => m.data), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(msgs[0].channel, channel);
    await sse.close();
  });

  test("bad, forged and expired tokens are 401 on SSE and close 1008 on WebSocket", async () => {
    const secret = realtimeSecretOf(DEV_SESSION_SECRET);
    const topics = { topics: [{ channel: "x", name: "y", kind: "run" as const }], publish: false };
    const expired = await signRealtimeToken(topics, { secret, accountId: "a", envId: ENV_ID, nowMs: Date.now() - 120_000 });
    const forged = await signRealtimeToken(topics, { secret: "not-the-secret", accountId: "a", envId: ENV_ID });
    for (const bad of ["", "garbage", expired, forged]) {
      const r = await fetch(`${srv.apiUrl}/v1/realtime/sse?token=${bad}`);
      assert.equal(r.status, 401, `sse with ${bad.slice(0, 12)}`);
      assert.equal((await r.json()).code, "unauthorized");
      const c = await connectWs(srv.apiUrl, bad);
      const { code, reason } = await c.closed;
      assert.equal(code, 1008, `ws with ${bad.slice(0, 12)}`);
      assert.equal(reason, "unauthorized");
    }
  });

  test("a publish over 512 KiB is 413 and nothing is delivered", async () => {
    const channel = unique("big");
    const c = await connectWs(srv.apiUrl, await token(srv.apiUrl, [{ channel, name: "t" }]));
    const r = await publish(srv.apiUrl, channel, "t", JSON.stringify("x".repeat(512 * 1024)));
    assert.equal(r.status, 413);
    assert.equal((await r.json()).code, "payload_too_large");
    const ok = await publish(srv.apiUrl, channel, "t", JSON.stringify("x".repeat(500 * 1024)));
    assert.equal(ok.status, 200);
    await waitFor(() => c.messages.length >= 1, { what: "the 500 KiB message" });
    assert.equal(c.messages.length, 1);
    c.ws.close();
  });

  test("publish without channel or topic is 400", async () => {
    const r = await fetch(`${srv.apiUrl}/v1/realtime/publish?channel=c`, { method: "POST", body: "1" });
    assert.equal(r.status, 400);
  });
});

describe("realtime with a signing key", () => {
  let srv: InProcessServer;
  const key = "signkey-test-00ff";
  before(async () => {
    srv = await startInProcess(["--signing-key", key, "--event-key", "k"]);
  });
  after(async () => {
    await srv.close();
  });

  test("token needs the signing key", async () => {
    const r = await fetch(`${srv.apiUrl}/v1/realtime/token`, { method: "POST", body: JSON.stringify([{ channel: "c", name: "t" }]) });
    assert.equal(r.status, 401);
    await token(srv.apiUrl, [{ channel: "c", name: "t" }], { authorization: `Bearer ${key}` });
  });

  test("publish without Bearer is 401, with the signing key 200, with a subscribe-only token 401", async () => {
    const channel = unique("auth");
    const auth = { authorization: `Bearer ${key}` };
    const jwt = await token(srv.apiUrl, [{ channel, name: "t" }], auth);
    const c = await connectWs(srv.apiUrl, jwt);
    assert.equal((await publish(srv.apiUrl, channel, "t", "1")).status, 401);
    assert.equal((await publish(srv.apiUrl, channel, "t", "2", { authorization: `Bearer ${jwt}` })).status, 401);
    assert.equal((await publish(srv.apiUrl, channel, "t", "3", auth)).status, 200);
    await waitFor(() => c.messages.length >= 1, { what: "the authorised message" });
    assert.deepEqual(c.messages.map((m) => m.data), [3]);
    c.ws.close();
  });

  test("a token with publish: true may publish to its own topics only", async () => {
    const channel = unique("pubtoken");
    const r = await fetch(`${srv.apiUrl}/v1/realtime/token`, {
      method: "POST", headers: { authorization: `Bearer ${key}` },
      body: JSON.stringify({ topics: [{ channel, name: "t" }], publish: true }),
    });
    assert.equal(r.status, 201);
    const { jwt } = await r.json();
    assert.equal((await publish(srv.apiUrl, channel, "t", "1", { authorization: `Bearer ${jwt}` })).status, 200);
    assert.equal((await publish(srv.apiUrl, channel, "other", "1", { authorization: `Bearer ${jwt}` })).status, 401);
  });

  test("shutdown closes subscribers with reason closing", async () => {
    const own = await startInProcess(["--signing-key", key]);
    const c = await connectWs(own.apiUrl, await token(own.apiUrl, [{ channel: "c", name: "t" }], { authorization: `Bearer ${key}` }));
    await own.close();
    const { reason } = await c.closed;
    assert.equal(reason, "closing");
  });
});

const hasNats = natsAvailable();
describe("realtime fan-out across API processes on NATS", hasNats ? {} : { skip: "nats-server not installed" }, () => {
  let apis: Awaited<ReturnType<typeof twoApisOnNats>>;
  let a: ApiOnNats;
  let b: ApiOnNats;
  before(async () => {
    apis = await twoApisOnNats(`rt${process.pid}`);
    ({ a, b } = apis);
  });
  after(() => apis?.close());

  test("a publish on one API process reaches a subscriber on another, in order", async () => {
    const channel = unique("fanout");
    const c = await connectWs(b.apiUrl, await token(a.apiUrl, [{ channel, name: "t" }]));
    // The subscription reaches NATS asynchronously: probe until it is live, then count.
    await waitFor(async () => {
      await publish(a.apiUrl, channel, "t", JSON.stringify("probe"));
      return c.messages.length > 0;
    }, { what: "subscription live on NATS" });
    const probes = c.messages.length;
    for (let i = 0; i < 200; i++) {
      const r = await publish(a.apiUrl, channel, "t", JSON.stringify({ i }));
      assert.equal(r.status, 200, `publish ${i}`);
    }
    await waitFor(() => c.messages.length >= probes + 200, { what: "200 messages" });
    await sleep(100);
    const got = c.messages.filter((m) => m.data !== "probe").map((m) => m.data.i);
    assert.deepEqual(got, Array.from({ length: 200 }, (_, i) => i));
    c.ws.close();
  });
});
