// Ids (src/common/ids.ts): ULIDs drawn from a pooled CSPRNG stay valid, unique and ordered;
// lease ids carry their expiry; deterministic ids depend on the seed alone.
import assert from "node:assert/strict";
import { test } from "node:test";
import { deterministicUlid, isUlid, newId, ulidAt, ulidTime } from "../../src/common/index.ts";

test("newId: valid ULIDs, all distinct and strictly increasing, across many pool refills", () => {
  const ids = Array.from({ length: 20_000 }, () => newId());
  assert.ok(ids.every(isUlid));
  assert.equal(new Set(ids).size, ids.length);
  for (let i = 1; i < ids.length; i++) assert.ok(ids[i - 1] < ids[i], `${ids[i - 1]} < ${ids[i]}`);
  const now = Date.now();
  assert.ok(Math.abs(ulidTime(ids.at(-1)!) - now) < 5_000);
});

test("the random part is spread over the whole alphabet", () => {
  const seen = new Set<string>();
  for (let i = 0; i < 2_000; i++) for (const c of ulidAt(1_000).slice(10)) seen.add(c);
  assert.equal(seen.size, 32);
});

test("ulidAt carries its time; deterministicUlid is fixed by time and seed", () => {
  const at = Date.UTC(2030, 0, 1);
  assert.equal(ulidTime(ulidAt(at)), at);
  assert.equal(deterministicUlid(at, "a"), deterministicUlid(at, "a"));
  assert.notEqual(deterministicUlid(at, "a"), deterministicUlid(at, "b"));
  assert.equal(ulidTime(deterministicUlid(at, "a")), at);
  assert.ok(isUlid(deterministicUlid(at, "a")));
});
