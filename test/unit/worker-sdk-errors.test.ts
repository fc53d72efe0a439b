// Error codes registry, user-facing errors, error serialisation (checked against the official
// SDK's serializeError) and signing-key hashing.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as official from "inngest";
import {
  AuthError,
  ClosedError,
  ConfigError,
  ConnectError,
  ConnectionLimitError,
  ERROR_CODES,
  NonRetriableError,
  RetryAfterError,
  SendEventError,
  StaleDispatchError,
  StepError,
  TetherError,
  ValidationError,
  hashSigningKey,
  serializeError,
} from "../../worker-sdk/index.ts";
import { deserializeError } from "../../worker-sdk/serialize-error.ts";
import { safeStringify } from "../../worker-sdk/safe-json.ts";

describe("worker-sdk error codes", () => {
  test("every code is unique, documented and upper snake case", () => {
    const codes = Object.keys(ERROR_CODES);
    assert.equal(new Set(codes).size, codes.length);
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      assert.match(code, /^[A-Z][A-Z0-9_]*$/);
      assert.ok(info.message.length > 0, `${code} has a message`);
      assert.equal(typeof info.retryable, "boolean");
    }
    const closeCodes = Object.values(ERROR_CODES).flatMap((info) => ("closeCode" in info ? [info.closeCode] : []));
    for (const closeCode of closeCodes) assert.ok(closeCode >= 1000 && closeCode < 5000, "valid close code");
  });

  test("error classes carry their registry code and retryability", () => {
    const cases: Array<[TetherError, string, boolean]> = [
      [new ConfigError("x"), "CONFIG_INVALID", false],
      [new ConnectError("CONNECT_START_FAILED"), "CONNECT_START_FAILED", true],
      [new AuthError(), "AUTH_FAILED", false],
      [new ConnectionLimitError(), "CONNECTION_LIMIT", true],
      [new ClosedError(), "CONNECTION_CLOSED", false],
      [new SendEventError("x", { retryable: false }), "SEND_FAILED", false],
      [new ValidationError("x", { eventName: "app/x", index: 0, issues: [] }), "EVENT_DATA_INVALID", false],
      [new StaleDispatchError(), "STALE_DISPATCH", false],
    ];
    for (const [error, code, retryable] of cases) {
      assert.ok(error instanceof TetherError, `${code} is a TetherError`);
      assert.equal(error.code, code);
      assert.equal(error.retryable, retryable);
    }
    assert.ok(new AuthError() instanceof ConnectError, "AuthError is a ConnectError");
    assert.equal(new AuthError().status, 401);
    assert.equal(new ConnectionLimitError().status, 429);
  });
});

describe("worker-sdk user errors", () => {
  test("NonRetriableError keeps name and cause", () => {
    const cause = new Error("root");
    const error = new NonRetriableError("stop", { cause });
    assert.equal(error.name, "NonRetriableError");
    assert.equal(error.cause, cause);
  });

  test("RetryAfterError converts retryAfter exactly like the official SDK", () => {
    const inputs: Array<number | string | Date> = [1500, 1000, 1, 60_000, "30s", "1m", "2 hours", new Date(Date.UTC(2031, 5, 1, 12))];
    for (const input of inputs) {
      assert.equal(new RetryAfterError("later", input).retryAfter, new official.RetryAfterError("later", input as never).retryAfter, String(input));
    }
    assert.equal(new RetryAfterError("later", 1500).retryAfter, "2");
    assert.equal(new RetryAfterError("later", new Date(0)).retryAfter, "1970-01-01T00:00:00.000Z");
    assert.throws(() => new RetryAfterError("later", "soon"), TypeError);
  });

  test("StepError rebuilds a memoised failure", () => {
    const error = new StepError("charge:1", { name: "TypeError", message: " boom ", stack: "TypeError: boom\n  at x" });
    assert.equal(error.name, "TypeError");
    assert.equal(error.message, "boom");
    assert.equal(error.stepId, "charge:1");
    assert.equal(error.stack, "TypeError: boom\n  at x");
    const fallback = new StepError("s", "not an object");
    assert.deepEqual([fallback.name, fallback.message], ["Error", "Unknown error"]);
    const legacy = new StepError("s", { error: "legacy text" });
    assert.equal(legacy.message, "legacy text");
  });
});

describe("worker-sdk error serialisation matches the official SDK", () => {
  const withCode = Object.assign(new Error("io"), { code: "ECONNRESET" });
  const circular: Record<string, unknown> = { a: 1 };
  circular.self = circular;
  const subjects: Array<[string, () => unknown]> = [
    ["Error", () => new Error("bad")],
    ["TypeError", () => new TypeError("wrong type")],
    ["NonRetriableError", () => new NonRetriableError("nope")],
    ["error with code", () => withCode],
    ["error with an error cause", () => new Error("outer", { cause: new RangeError("inner") })],
    ["error with a string cause", () => new Error("outer", { cause: "why" })],
    ["nested causes", () => new Error("1", { cause: new Error("2", { cause: new Error("3", { cause: { plain: true } }) }) })],
    ["string", () => "plain string"],
    ["number", () => 42],
    ["null", () => null],
    ["undefined", () => undefined],
    ["plain object", () => ({ reason: "odd" })],
    ["object with name and message", () => ({ name: "Custom", message: "custom message" })],
    ["circular object", () => circular],
    ["already serialised", () => ({ name: "E", message: "m", stack: "s", __serialized: true })],
    ["serialised JSON string", () => JSON.stringify({ name: "E", message: "m", stack: "s", __serialized: true })],
  ];
  const normaliseStack = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value), (key, inner) => (key === "stack" && typeof inner === "string" ? inner.split("\n")[0] : inner));
  for (const [name, make] of subjects) {
    test(name, () => {
      const ours = normaliseStack(JSON.parse(safeStringify(serializeError(make()))));
      const theirs = normaliseStack(official.serializeError(make()));
      assert.deepEqual(ours, theirs);
    });
  }

  test("deserialising restores known classes and causes", () => {
    const restored = deserializeError(serializeError(new NonRetriableError("x", { cause: new TypeError("t") }))) as Error;
    assert.ok(restored instanceof NonRetriableError, "class restored");
    assert.ok(restored.cause instanceof TypeError, "cause restored");
    const generic = deserializeError({ nope: true }) as Error;
    assert.equal(generic.message, "Unknown error; could not reserialize");
  });
});

describe("worker-sdk safe JSON", () => {
  test("handles cycles and BigInt like json-stringify-safe", () => {
    const value: Record<string, unknown> = { n: 1n, list: [1, 2n], nested: { x: 1 } };
    (value.nested as Record<string, unknown>).back = value;
    assert.equal(safeStringify(value), '{"list":[1,null],"nested":{"x":1,"back":"[Circular ~]"}}');
    assert.equal(safeStringify(undefined), "null");
    assert.equal(safeStringify(10n), "null");
  });
});

describe("worker-sdk signing key", () => {
  test("hashes like the official SDKs, keeping the prefix", () => {
    assert.equal(
      hashSigningKey("signkey-test-0123456789abcdef0123456789abcdef"),
      "signkey-test-223e0a160af9da0a03e6dd2c4719c56f5d66a633cbe84e78aaa9f3735865522a",
    );
    assert.match(hashSigningKey("signkey-prod-abcdef") ?? "", /^signkey-prod-[0-9a-f]{64}$/);
    assert.match(hashSigningKey("abcdef") ?? "", /^[0-9a-f]{64}$/);
    assert.equal(hashSigningKey(undefined), undefined);
    assert.equal(hashSigningKey(""), undefined);
  });
});
