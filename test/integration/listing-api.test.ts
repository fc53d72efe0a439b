// `GET /v1/runs` and `GET /v1/events` over HTTP on the embedded server: the envelope with a cursor,
// every filter as a query parameter (function by id or slug, times as ISO or ms), paging to the
// end, bad parameters answered 400 with a JSON error, and the signing key required when set.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { newId } from "../../src/common/index.ts";
import type { RunRecord } from "../../src/state/index.ts";
import { event, run } from "../contract/records.ts";
import { type InProcessServer, startInProcess } from "../helpers/in-process.ts";

const SIGNING_KEY = "signkey-test-0123456789abcdef0123456789abcdef";
const AUTH = { authorization: `Bearer ${SIGNING_KEY}` };
let srv: InProcessServer;
const base = Date.UTC(2026, 0, 1);
const trigger = event("shop/order.placed");
let runs: RunRecord[];

before(async () => {
  srv = await startInProcess(["--signing-key", SIGNING_KEY, "--event-key", "k"]);
  await srv.store!.insertEvents([trigger, event("shop/other")], []);
  runs = Array.from({ length: 12 }, (_, i) => run(newId(), {
    functionId: i % 2 ? "fn-odd" : "fn-even", functionSlug: i % 2 ? "app-odd" : "app-even", createdAt: base + i * 1000,
    eventIds: i < 3 ? [trigger.internalId] : [],
  }));
  await srv.store!.createRuns(runs, []);
  for (const r of runs.filter((_, i) => i % 3 === 0)) await srv.store!.commit({ run: { id: r.id, status: "Failed", endedAt: base }, expectRunStatus: "Running" });
});

after(() => srv?.close());

async function get(path: string, headers: Record<string, string> = AUTH): Promise<{ status: number; body: any }> {
  const res = await fetch(`${srv.apiUrl}${path}`, { headers });
  return { status: res.status, body: await res.json() };
}

const ids = (body: { data: { run_id: string }[] }) => body.data.map((r) => r.run_id);
const newest = (keep: (r: RunRecord, i: number) => boolean) => runs.filter(keep).reverse().map((r) => r.id);

test("GET /v1/runs lists newest first in the v1 envelope, with a cursor to the next page", async () => {
  const first = await get("/v1/runs?limit=5");
  assert.equal(first.status, 200);
  assert.deepEqual(ids(first.body), newest(() => true).slice(0, 5));
  assert.equal(typeof first.body.metadata.fetched_at, "string");
  assert.equal(first.body.data[0].function_slug, "app-odd");
  let all = ids(first.body);
  for (let cursor = first.body.cursor; cursor;) {
    const next = await get(`/v1/runs?limit=5&cursor=${encodeURIComponent(cursor)}`);
    all = [...all, ...ids(next.body)];
    cursor = next.body.cursor;
  }
  assert.deepEqual(all, newest(() => true));
});

test("GET /v1/runs filters by status, function (id or slug), time range and event", async () => {
  assert.deepEqual(ids((await get("/v1/runs?status=Failed")).body), newest((_, i) => i % 3 === 0));
  assert.deepEqual(ids((await get("/v1/runs?status=Failed,Running&function_id=fn-odd")).body), newest((_, i) => i % 2 === 1));
  await srv.store!.syncApp({ name: "app", url: "ws://connect", method: "connect", sdk: "t:1", checksum: "c", functions: [
    { id: "fn-even", appName: "app", slug: "app-even", name: "even", triggers: [{ event: "x" }], retries: 0, url: "wss://connect", config: {} },
  ] });
  assert.deepEqual(ids((await get("/v1/runs?function_id=app-even&status=Running")).body), newest((_, i) => i % 2 === 0 && i % 3 !== 0), "a slug names the function");
  const from = new Date(base + 2000).toISOString();
  assert.deepEqual(ids((await get(`/v1/runs?after=${from}&before=${base + 5000}`)).body), newest((_, i) => i >= 2 && i < 5));
  assert.deepEqual(ids((await get(`/v1/runs?event_id=${trigger.internalId}`)).body), newest((_, i) => i < 3));
  const eventRuns = (await get(`/v1/runs?event_id=${trigger.internalId}&status=Running`)).body;
  assert.deepEqual(ids(eventRuns), newest((_, i) => i < 3 && i % 3 !== 0));
  assert.equal(eventRuns.cursor, null, "the last page has a null cursor");
});

test("GET /v1/events lists events newest first, by name", async () => {
  const all = await get("/v1/events");
  assert.equal(all.status, 200);
  assert.ok(all.body.data.some((e: { internal_id: string }) => e.internal_id === trigger.internalId));
  const named = await get(`/v1/events?name=${encodeURIComponent("shop/order.placed")}&limit=1`);
  assert.deepEqual(named.body.data.map((e: { name: string }) => e.name), ["shop/order.placed"]);
});

test("bad listing parameters are 400 with a JSON error; a missing signing key is 401", async () => {
  for (const q of ["status=Done", "limit=0", "limit=501", "limit=ten", "after=yesterday", "cursor=nope", `cursor=${"x".repeat(600)}`]) {
    const r = await get(`/v1/runs?${q}`);
    assert.equal(r.status, 400, q);
    assert.equal(r.body.code, "bad_request", q);
  }
  const events = await get("/v1/events?cursor=nope");
  assert.deepEqual([events.status, events.body.code], [400, "bad_request"]);
  for (const path of ["/v1/runs", "/v1/events"]) assert.equal((await get(path, {})).status, 401, path);
});
