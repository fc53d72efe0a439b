// The gateway logs a worker's close code with its meaning (gateway/close-codes.ts): the official
// SDK's graceful close arrives as 1005 and is a normal close, not an unexpected one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { closeMeaning } from "../../gateway/close-codes.ts";

test("close codes carry their meaning; 1000, 1001 and 1005 are normal closes", () => {
  assert.deepEqual(closeMeaning(1005), { meaning: "normal close (no status code sent)", normal: true });
  assert.equal(closeMeaning(1000).normal, true);
  assert.equal(closeMeaning(1001).normal, true);
  assert.deepEqual(closeMeaning(1006), { meaning: "connection lost (no close frame)", normal: false });
  assert.equal(closeMeaning(1008).meaning, "policy violation");
  assert.deepEqual(closeMeaning(4999), { meaning: "application close", normal: false });
  assert.deepEqual(closeMeaning(3000), { meaning: "unknown close code", normal: false });
});
