// Reconnect backoff table with jitter, and the ms-style interval parser used for gateway intervals.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { RECONNECT_BACKOFF_MS, reconnectDelayMs } from "../../worker-sdk/backoff.ts";
import { parseDurationMs } from "../../worker-sdk/duration.ts";

describe("worker-sdk reconnect backoff", () => {
  test("follows the official table 1,2,5,10,20,30,60,120,300 s", () => {
    assert.deepEqual(RECONNECT_BACKOFF_MS, [1000, 2000, 5000, 10000, 20000, 30000, 60000, 120000, 300000]);
    const middle = () => 0.5;
    assert.deepEqual(
      RECONNECT_BACKOFF_MS.map((_, attempt) => reconnectDelayMs(attempt, middle)),
      [...RECONNECT_BACKOFF_MS],
    );
  });

  test("repeats the last value forever and clamps odd attempts", () => {
    const middle = () => 0.5;
    assert.equal(reconnectDelayMs(9, middle), 300_000);
    assert.equal(reconnectDelayMs(1_000, middle), 300_000);
    assert.equal(reconnectDelayMs(-3, middle), 1_000);
    assert.equal(reconnectDelayMs(Number.NaN, middle), 1_000);
  });

  test("jitter stays within ±20% of the table value", () => {
    assert.equal(reconnectDelayMs(2, () => 0), 4_000);
    assert.equal(reconnectDelayMs(2, () => 0.999999), 6_000);
    for (let i = 0; i < 200; i++) {
      const delay = reconnectDelayMs(3);
      assert.ok(delay >= 8_000 && delay <= 12_000, `delay ${delay} out of range`);
    }
  });

  test("the jitter ratio is configurable", () => {
    assert.equal(reconnectDelayMs(0, () => 0, 0), 1_000);
    assert.equal(reconnectDelayMs(0, () => 0, 0.5), 500);
  });
});

describe("worker-sdk interval parser", () => {
  test("parses the forms the gateway sends", () => {
    assert.equal(parseDurationMs("10s"), 10_000);
    assert.equal(parseDurationMs("30s"), 30_000);
    assert.equal(parseDurationMs("500ms"), 500);
    assert.equal(parseDurationMs("1m"), 60_000);
    assert.equal(parseDurationMs("0s"), 0);
    assert.equal(parseDurationMs("2h"), 7_200_000);
  });

  test("accepts decimals, long unit names, spaces, case and bare milliseconds", () => {
    assert.equal(parseDurationMs("1.5h"), 5_400_000);
    assert.equal(parseDurationMs(".5s"), 500);
    assert.equal(parseDurationMs("2 days"), 172_800_000);
    assert.equal(parseDurationMs("1 Minute"), 60_000);
    assert.equal(parseDurationMs("3 SECONDS"), 3_000);
    assert.equal(parseDurationMs("1w"), 604_800_000);
    assert.equal(parseDurationMs("100"), 100);
  });

  test("is the server's grammar too: compound Go durations are accepted", () => {
    assert.equal(parseDurationMs("1m30s"), 90_000);
    assert.equal(parseDurationMs("2m0s"), 120_000);
    assert.equal(parseDurationMs("1.5µs"), 0.0015);
  });

  test("rejects what is not a duration, negatives included", () => {
    for (const input of ["", "   ", "abc", "10x", "-1s", "s", "1..5s", "s10", "x".repeat(101)]) {
      assert.equal(parseDurationMs(input), undefined, input);
    }
  });
});
