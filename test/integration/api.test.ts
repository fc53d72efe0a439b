// The HTTP API's answers to good and bad input: every error is a status with a JSON body, and
// nothing bad input does changes stored state or takes the server down.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";
import { hashSigningKey } from "../../src/common/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";

const post = (url: string, body: BodyInit | undefined, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", body, headers });

describe("API in dev mode (no keys)", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess();
  });
  after(async () => {
    await srv.close();
  });

  test("POST /e/{key} accepts one event or an array and answers {ids, status}", async () => {
    const one = await (await post(`${srv.apiUrl}/e/anykey`, JSON.stringify({ name: "a/one", data: { x: 1 } }))).json();
    assert.equal(one.status, 200);
    assert.equal(one.ids.length, 1);
    const two = await (await post(`${srv.apiUrl}/e/anykey`, JSON.stringify([{ name: "a/x" }, { name: "a/y" }]))).json();
    assert.equal(two.ids.length, 2);
    const stored = (await (await fetch(`${srv.apiUrl}/v1/events/${one.ids[0]}`)).json()).data;
    assert.equal(stored.name, "a/one");
    assert.deepEqual(stored.data, { x: 1 });
  });

  test("malformed JSON is 400 invalid_json with a JSON body", async () => {
    const r = await post(`${srv.apiUrl}/e/k`, "{nope");
    assert.equal(r.status, 400);
    const body = await r.json();
    assert.equal(body.code, "invalid_json");
    assert.equal(body.status, 400);
  });

  test("an event without name is 400 invalid_event naming the field, and nothing is stored", async () => {
    const r = await post(`${srv.apiUrl}/e/k`, JSON.stringify([{ name: "ok/first" }, { data: {} }]));
    assert.equal(r.status, 400);
    const body = await r.json();
    assert.equal(body.code, "invalid_event");
    assert.deepEqual(body.data, { index: 1, field: "name" });
  });

  test("an oversized event is 413", async () => {
    const r = await post(`${srv.apiUrl}/e/k`, JSON.stringify({ name: "big", data: { s: "x".repeat(600 * 1024) } }));
    assert.equal(r.status, 413);
    assert.equal((await r.json()).code, "payload_too_large");
  });

  test("unknown paths are 404 and wrong methods 405, as JSON", async () => {
    const a = await fetch(`${srv.apiUrl}/nope`);
    assert.equal(a.status, 404);
    assert.equal((await a.json()).code, "not_found");
    const b = await fetch(`${srv.apiUrl}/e/k`);
    assert.equal(b.status, 405);
  });

  test("unknown run and event ids are 404", async () => {
    assert.equal((await fetch(`${srv.apiUrl}/v1/runs/01ARZ3NDEKTSV4RRFFQ69G5FAV`)).status, 404);
    assert.equal((await fetch(`${srv.apiUrl}/v1/events/01ARZ3NDEKTSV4RRFFQ69G5FAV`)).status, 404);
    const runs = await (await fetch(`${srv.apiUrl}/v1/events/01ARZ3NDEKTSV4RRFFQ69G5FAV/runs`)).json();
    assert.deepEqual(runs.data, []);
  });

  test("/v0/connect/start takes an empty body and builds the gateway URL from the Host header", async () => {
    const r = await post(`${srv.apiUrl}/v0/connect/start`, undefined, { "content-type": "application/protobuf" });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get("content-type"), "application/octet-stream");
    const start = pb.v1.StartResponse.decode(new Uint8Array(await r.arrayBuffer()));
    assert.match(start.connectionId, /^[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.equal(start.gatewayEndpoint, `ws://127.0.0.1:${srv.gateway.port}/v0/connect`);
    assert.ok(start.sessionToken.split(".").length === 3, "start.sessionToken.split(\".\").length === 3");
    assert.ok(start.gatewayGroup.length > 0, "start.gatewayGroup.length > 0");
  });

  test("/v0/connect/start rejects a body that is not a StartRequest", async () => {
    const r = await post(`${srv.apiUrl}/v0/connect/start`, Buffer.from([0xff, 0xff, 0xff]));
    assert.equal(r.status, 400);
  });

  test("POST /fn/register validates function configs", async () => {
    const bad = await post(`${srv.apiUrl}/fn/register`, JSON.stringify({ url: "http://x/api", appName: "bad", functions: [{ id: "bad-f", triggers: [{ event: "a/*.b" }] }] }));
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).code, "invalid_function_config");
    const ok = await post(`${srv.apiUrl}/fn/register`, JSON.stringify({ url: "http://x/api", appName: "good", functions: [{ id: "good-f", triggers: [{ event: "a/*" }] }] }));
    const body = await ok.json();
    assert.equal(body.ok, true);
    assert.ok(body.app_id && body.sync_id, "body.app_id && body.sync_id");
    // Same payload again: same ids, not modified.
    const again = await (await post(`${srv.apiUrl}/fn/register`, JSON.stringify({ url: "http://x/api", appName: "good", functions: [{ id: "good-f", triggers: [{ event: "a/*" }] }] }))).json();
    assert.deepEqual([again.app_id, again.sync_id, again.modified], [body.app_id, body.sync_id, false]);
    const fns = (await (await fetch(`${srv.apiUrl}/v1/functions`)).json()).data;
    assert.ok(fns.some((f: { slug: string; app_name: string }) => f.slug === "good-f" && f.app_name === "good"), "fns.some((f: { slug: string; app_name: string }) => f.slug === \"good-f\" && f.app_name === \"good\")");
  });
});

describe("API with keys (tether start)", () => {
  const signingKey = "signkey-test-0123456789abcdef0123456789abcdef";
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess(["--signing-key", signingKey, "--event-key", "right-key"]);
  });
  after(async () => {
    await srv.close();
  });

  test("a wrong event key is 401 and stores nothing; the right key is accepted", async () => {
    const bad = await post(`${srv.apiUrl}/e/wrong-key`, JSON.stringify({ name: "a/b" }));
    assert.equal(bad.status, 401);
    assert.equal((await bad.json()).status, 401);
    const ok = await post(`${srv.apiUrl}/e/right-key`, JSON.stringify({ name: "a/b" }));
    assert.equal(ok.status, 200);
  });

  test("SDK endpoints need the signing key or its hash as Bearer", async () => {
    const none = await post(`${srv.apiUrl}/v0/connect/start`, undefined);
    assert.equal(none.status, 401);
    assert.equal((await none.json()).code, "unauthorized");
    const wrong = await post(`${srv.apiUrl}/v0/connect/start`, undefined, { authorization: "Bearer signkey-test-00ff" });
    assert.equal(wrong.status, 401);
    const hashed = await post(`${srv.apiUrl}/v0/connect/start`, undefined, { authorization: `Bearer ${hashSigningKey(signingKey)}` });
    assert.equal(hashed.status, 200);
    const start = pb.v1.StartResponse.decode(new Uint8Array(await hashed.arrayBuffer()));
    assert.equal(start.syncToken, hashSigningKey(signingKey), "sync token is the hashed key the worker sent");
    assert.equal((await fetch(`${srv.apiUrl}/v1/functions`)).status, 401);
  });
});
