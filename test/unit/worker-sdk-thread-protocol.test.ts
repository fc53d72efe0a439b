// What crosses between the user's thread and the connection thread (docs/worker-threads.md): SDK
// errors keep their class, code and status through structured cloning, also nested in log fields,
// and a custom `random` becomes a cycle of its samples.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AuthError, ConnectError } from "../../worker-sdk/index.ts";
import { cycledRandom, forwardingLogger, fromWire, toWire, type FromThread } from "../../worker-sdk/connect/thread-protocol.ts";

describe("worker-sdk thread protocol", () => {
  test("an AuthError survives structuredClone as an AuthError with its code, status and cause", () => {
    const cause = new TypeError("fetch failed");
    const sent = new AuthError("refused", { status: 403, cause });
    const received = fromWire(structuredClone(toWire(sent)));
    assert.ok(received instanceof AuthError);
    assert.equal(received.code, "AUTH_FAILED");
    assert.equal(received.status, 403);
    assert.equal(received.message, "refused");
    assert.ok(received.cause instanceof Error);
    assert.equal((received.cause as Error).name, "TypeError");
  });

  test("log records are forwarded with their errors rebuilt and functions dropped", () => {
    const posted: FromThread[] = [];
    forwardingLogger((message) => posted.push(structuredClone(message))).warn(
      { attempt: 2, err: new ConnectError("CONNECT_START_FAILED", "start answered 500", { status: 500 }), callback: () => 1 },
      "connecting to the gateway failed; retrying",
    );
    const record = posted[0]!;
    assert.equal(record.t, "log");
    if (record.t !== "log") return;
    assert.equal(record.level, "warn");
    const fields = fromWire(record.obj) as { attempt: number; err: ConnectError; callback?: unknown };
    assert.equal(fields.attempt, 2);
    assert.ok(fields.err instanceof ConnectError);
    assert.equal(fields.err.code, "CONNECT_START_FAILED");
    assert.equal(fields.callback, undefined);
  });

  test("a custom random is replayed from its samples; none means Math.random", () => {
    const next = cycledRandom([0.1, 0.9]);
    assert.deepEqual([next(), next(), next()], [0.1, 0.9, 0.1]);
    assert.equal(cycledRandom(undefined), Math.random);
  });
});
