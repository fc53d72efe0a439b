// Time strings for sleeps, waits, invoke and cancel timeouts: the official SDK's `timeStr`
// conversion (Go-style, whole seconds, 1 s minimum) plus Go-style compound input ("1h30m").

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseDurationMs } from "../../worker-sdk/duration.ts";
import { formatTimeString, toIsoString, toTimeString } from "../../worker-sdk/time-string.ts";

const duration = (ms: number) => ({ [Symbol.toStringTag]: "Temporal.Duration", total: () => ms }) as never;

describe("worker-sdk time strings", () => {
  test("durations become Go-style strings like the official SDK's", () => {
    const cases: Array<[number | string, string]> = [
      ["1.5h", "1h30m"],
      ["30s", "30s"],
      ["2 days", "2d"],
      ["1w", "1w"],
      ["10d", "1w3d"],
      [90_000, "1m30s"],
      [3_600_000 + 61_000, "1h1m1s"],
      [1_500, "1s"],
      [500, "1s"],
      ["90", "1s"],
      [0, ""],
      [-5_000, ""],
      ["-5s", ""],
    ];
    for (const [input, expected] of cases) assert.equal(toTimeString(input), expected, `${String(input)} → ${expected}`);
  });

  test("Go-style compound strings are accepted (the official SDK would send an empty string)", () => {
    assert.equal(parseDurationMs("1h30m"), 5_400_000);
    assert.equal(toTimeString("1h30m"), "1h30m");
    assert.equal(toTimeString("2h45m10s"), "2h45m10s");
    assert.equal(toTimeString("1d 12h"), "1d12h");
    assert.equal(toTimeString("1m500ms"), "1m");
    assert.equal(parseDurationMs("1h30"), undefined);
    assert.equal(parseDurationMs(""), undefined);
  });

  test("Temporal durations use total milliseconds", () => {
    assert.equal(toTimeString(duration(2 * 3_600_000 + 5_000)), "2h5s");
  });

  test("instants become ISO-8601 dates", () => {
    assert.equal(toTimeString(new Date(Date.UTC(2030, 0, 1))), "2030-01-01T00:00:00.000Z");
    assert.equal(toIsoString("2030-06-01T10:00:00+02:00"), "2030-06-01T08:00:00.000Z");
    const instant = { [Symbol.toStringTag]: "Temporal.Instant", toString: () => "2031-02-03T04:05:06Z" } as never;
    assert.equal(toTimeString(instant), "2031-02-03T04:05:06Z");
    const zoned = { [Symbol.toStringTag]: "Temporal.ZonedDateTime", toInstant: () => ({ toString: () => "2031-02-03T04:05:06Z" }) } as never;
    assert.equal(toIsoString(zoned), "2031-02-03T04:05:06Z");
  });

  test("invalid input throws a TypeError instead of sending an empty duration", () => {
    for (const bad of ["soon", "", "1 fortnight", Number.NaN, Number.POSITIVE_INFINITY, undefined, {}]) {
      assert.throws(() => toTimeString(bad as never), TypeError, `${String(bad)} is rejected`);
    }
    assert.throws(() => toIsoString("not a date"), TypeError);
    assert.throws(() => toIsoString(new Date(Number.NaN)), TypeError);
    assert.throws(() => toIsoString(42 as never), TypeError);
  });

  test("formatTimeString floors to whole seconds", () => {
    assert.equal(formatTimeString(59_999), "59s");
    assert.equal(formatTimeString(1), "1s");
  });
});
