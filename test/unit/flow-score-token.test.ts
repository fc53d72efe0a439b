// The JetStream backlog's score segment (src/state/jetstream-flow.ts): lexicographic order of the
// tokens is the numeric order of the scores, for negative, fractional and huge scores alike.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { scoreToken } from "../../src/state/jetstream-flow.ts";

const score = fc.double({ noNaN: true });

test("score tokens are 16 hex digits that sort as their scores do", () => {
  fc.assert(fc.property(score, score, (x, y) => {
    const [tx, ty] = [scoreToken(x), scoreToken(y)];
    assert.match(tx, /^[0-9a-f]{16}$/);
    const order = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
    assert.equal(order(tx, ty), order(x, y), `${x} vs ${y}`);
  }));
});

test("-0 and 0 share a token; NaN is refused with a code", () => {
  assert.equal(scoreToken(-0), scoreToken(0));
  assert.throws(() => scoreToken(Number.NaN), { code: "internal_error" });
});
