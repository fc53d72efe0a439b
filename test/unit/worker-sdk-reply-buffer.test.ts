// Reply delivery bookkeeping: the ACK window, buffering, and flush rounds (with an in-memory flush).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { silentLogger } from "../../worker-sdk/index.ts";
import { ReplyBuffer, type ReplyBufferOptions } from "../../worker-sdk/connect/reply-buffer.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bytes = (text: string) => new TextEncoder().encode(text);

function makeBuffer(overrides: Partial<ReplyBufferOptions> = {}) {
  const flushed: string[] = [];
  let buffered = 0;
  const buffer = new ReplyBuffer({
    ackTimeoutMs: 30,
    flushAttempts: 3,
    flush: async (b) => {
      flushed.push(new TextDecoder().decode(b));
    },
    onBuffered: () => buffered++,
    logger: silentLogger,
    random: () => 0.5,
    retryDelayMs: () => 5,
    ...overrides,
  });
  return { buffer, flushed, bufferedCalls: () => buffered };
}

describe("worker-sdk reply buffer", () => {
  test("an acknowledged reply is never flushed", async () => {
    const { buffer, flushed, bufferedCalls } = makeBuffer();
    buffer.sent("r1", bytes("one"));
    assert.equal(buffer.pendingCount, 1);
    buffer.ack("r1");
    await buffer.waitForPendingAcks();
    await sleep(50);
    await buffer.flush();
    assert.deepEqual([flushed, buffer.pendingCount, buffer.bufferedCount, bufferedCalls()], [[], 0, 0, 0]);
  });

  test("a reply without ACK moves to the buffer after the window and is flushed", async () => {
    const { buffer, flushed, bufferedCalls } = makeBuffer();
    buffer.sent("r2", bytes("two"));
    await buffer.waitForPendingAcks();
    assert.deepEqual([buffer.pendingCount, buffer.bufferedCount, bufferedCalls()], [0, 1, 1]);
    await buffer.flush();
    assert.deepEqual(flushed, ["two"]);
    assert.equal(buffer.bufferedCount, 0);
  });

  test("failed flushes are retried in later rounds, then given up", async () => {
    let calls = 0;
    const { buffer } = makeBuffer({
      flush: async () => {
        calls++;
        if (calls < 3) throw new Error("api down");
      },
    });
    buffer.buffer("r3", bytes("three"));
    await buffer.flush();
    assert.deepEqual([calls, buffer.bufferedCount], [3, 0]);

    let failures = 0;
    const { buffer: broken } = makeBuffer({
      flush: async () => {
        failures++;
        throw new Error("api down");
      },
    });
    broken.buffer("r4", bytes("four"));
    await broken.flush();
    assert.deepEqual([failures, broken.bufferedCount], [3, 1]);
  });

  test("concurrent flushes share one run and pick up replies added meanwhile", async () => {
    const delivered: string[] = [];
    const { buffer } = makeBuffer({
      flush: async (b) => {
        await sleep(10);
        delivered.push(new TextDecoder().decode(b));
      },
    });
    buffer.buffer("a", bytes("a"));
    const first = buffer.flush();
    buffer.buffer("b", bytes("b"));
    const second = buffer.flush();
    await Promise.all([first, second]);
    assert.deepEqual(delivered.sort(), ["a", "b"]);
  });

  test("stopTimers moves replies still waiting for an ACK into the buffer", async () => {
    const { buffer } = makeBuffer({ ackTimeoutMs: 60_000 });
    buffer.sent("r5", bytes("five"));
    const waiting = buffer.waitForPendingAcks();
    buffer.stopTimers();
    await waiting;
    assert.deepEqual([buffer.pendingCount, buffer.bufferedCount], [0, 1]);
  });
});
