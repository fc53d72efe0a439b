// CEL expressions (docs/semantics.md §21): evaluation with Inngest's variables, and what sync refuses.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { evaluateBoolean, evaluateExpression, expressionUsageError } from "../../src/functions/index.ts";

const event = { name: "a/b", data: { a: "x", b: "y", n: 5, plan: "pro" } };

describe("expressions", () => {
  test("Expressions: `event.data.a + \"-\" + event.data.b` key yields `x-y`", () => {
    assert.equal(evaluateExpression('event.data.a + "-" + event.data.b', { event }), "x-y");
  });

  test("Expressions: ternary `cond ? 1 : 0`, logical and / or / not, and comparisons evaluate per CEL", () => {
    assert.equal(evaluateExpression("event.data.n > 4 ? 1 : 0", { event }), 1);
    assert.equal(evaluateExpression("event.data.n < 4 ? 1 : 0", { event }), 0);
    assert.equal(evaluateBoolean("event.data.n >= 5 && event.data.plan == 'pro'", { event }), true);
    assert.equal(evaluateBoolean("event.data.n != 5 || !(event.data.plan == 'free')", { event }), true);
    assert.equal(evaluateBoolean("event.data.n <= 4 || event.data.plan == 'free'", { event }), false);
    assert.equal(evaluateExpression("event.data.n * 2 + 1", { event }), 11);
  });

  test("Expressions: logical-or returns a boolean, never the left operand (JS-style defaulting does not work)", () => {
    assert.equal(evaluateExpression("event.data.n > 1 || event.data.n > 100", { event }), true);
    assert.throws(() => evaluateExpression('event.data.a || "default"', { event }), "a string operand of || is an error, not a default");
    assert.equal(evaluateBoolean('event.data.a || "default"', { event }), false, "as a filter it is simply false");
  });

  test("sync-time checks: unsupported calls and `async` outside waits are refused", () => {
    assert.match(expressionUsageError("event.data.a.substring(1)", { allowAsync: false }) ?? "", /substring/);
    assert.match(expressionUsageError("async.data.x == 1", { allowAsync: false }) ?? "", /async/);
    assert.equal(expressionUsageError("async.data.x == event.data.x", { allowAsync: true }), undefined);
    assert.equal(expressionUsageError("size(event.data.a) > 0 && has(event.data.b)", { allowAsync: false }), undefined);
    assert.equal(expressionUsageError("'async' == event.name", { allowAsync: false }), undefined, "a string literal is not the variable");
    assert.ok(expressionUsageError("event.data.(", { allowAsync: false }) !== undefined, "a syntax error is refused");
  });
});
