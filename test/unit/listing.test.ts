// The listing rules both stores share (src/state/listing.ts): cursors name a row's position and
// nothing else is accepted as one, newest-first order breaks time ties by id, and a page fetched
// one row past its limit carries a cursor exactly when more rows remain.
import assert from "node:assert/strict";
import { test } from "node:test";
import { TetherError } from "../../src/common/index.ts";
import { decodeCursor, encodeCursor, isAfterCursor, newerFirst, pageOf } from "../../src/state/listing.ts";

const refused = (fn: () => unknown) => assert.throws(fn, (err: unknown) => err instanceof TetherError && err.code === "bad_request");

test("a cursor gives back the position it was made from, for its own listing only", () => {
  const key = { at: 1_764_756_000_123, id: "01KBXYZ0123456789ABCDEFGHJ" };
  assert.deepEqual(decodeCursor("run", encodeCursor("run", key)), key);
  assert.deepEqual(decodeCursor("event", encodeCursor("event", key)), key);
  refused(() => decodeCursor("event", encodeCursor("run", key)));
  for (const bad of ["", "!!", "not a cursor", Buffer.from("r12").toString("base64url"), Buffer.from("r1.a b").toString("base64url"),
    Buffer.from(`r${"9".repeat(17)}.x`).toString("base64url"), "A".repeat(300)]) refused(() => decodeCursor("run", bad));
});

test("newest first: later time first, then the greater id", () => {
  const rows = [{ at: 1, id: "b" }, { at: 2, id: "a" }, { at: 1, id: "c" }, { at: 2, id: "b" }];
  assert.deepEqual([...rows].sort(newerFirst).map((r) => `${r.at}${r.id}`), ["2b", "2a", "1c", "1b"]);
  assert.equal(isAfterCursor({ at: 1, id: "b" }, { at: 1, id: "c" }), true);
  assert.equal(isAfterCursor({ at: 1, id: "c" }, { at: 1, id: "c" }), false, "the cursor's own row is not repeated");
  assert.equal(isAfterCursor({ at: 2, id: "a" }, { at: 1, id: "c" }), false);
});

test("a page has a cursor to its last row only when a row past the limit was fetched", () => {
  const rows = [{ at: 3, id: "c" }, { at: 2, id: "b" }, { at: 1, id: "a" }];
  const full = pageOf(rows, 2, "run", (r) => r);
  assert.deepEqual(full.rows, rows.slice(0, 2));
  assert.deepEqual(decodeCursor("run", full.cursor!), { at: 2, id: "b" });
  assert.equal(pageOf(rows, 3, "run", (r) => r).cursor, undefined);
});
