// Event ingest validation (docs/semantics.md §22).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseEvents } from "../../src/api/index.ts";
import { TetherError } from "../../src/common/index.ts";
import { eventMatches, isValidEventPattern } from "../../src/functions/index.ts";

const opts = { maxEventBytes: 512 * 1024, now: 1_700_000_000_000 };
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as TetherError).code;
  }
  return undefined;
};

describe("parseEvents", () => {
  test("defaults data to {}, ts to receive time, id to the internal id", () => {
    const { records, job } = parseEvents({ name: "a/b" }, opts);
    assert.equal(records.length, 1);
    assert.deepEqual(records[0].event.data, {});
    assert.equal(records[0].event.ts, opts.now);
    assert.equal(records[0].event.id, records[0].internalId);
    assert.deepEqual(job.payload, { eventIds: [records[0].internalId] });
  });
  test("keeps a given id, ts and v; strips data._inngest", () => {
    const { records } = parseEvents([{ name: "a", id: "mine", ts: 5, v: "1", data: { x: 1, _inngest: { y: 1 } } }], opts);
    assert.equal(records[0].event.id, "mine");
    assert.equal(records[0].event.ts, 5);
    assert.equal(records[0].event.v, "1");
    assert.deepEqual(records[0].event.data, { x: 1 });
  });
  test("an array of two gives two ids in order", () => {
    const { records } = parseEvents([{ name: "a" }, { name: "b" }], opts);
    assert.deepEqual(records.map((r) => r.event.name), ["a", "b"]);
  });
  test("rejects a missing or over-long name, bad data, reserved names and empty arrays", () => {
    assert.equal(code(() => parseEvents({ data: {} }, opts)), "invalid_event");
    assert.equal(code(() => parseEvents({ name: "x".repeat(257) }, opts)), "invalid_event");
    assert.equal(code(() => parseEvents({ name: "a", data: [1] }, opts)), "invalid_event");
    assert.equal(code(() => parseEvents({ name: "inngest/function.failed" }, opts)), "invalid_event");
    assert.equal(code(() => parseEvents([], opts)), "invalid_event");
    assert.equal(code(() => parseEvents("str", opts)), "invalid_event");
  });
  test("rejects an event over the size limit with payload_too_large", () => {
    assert.equal(code(() => parseEvents({ name: "a", data: { s: "x".repeat(600 * 1024) } }, opts)), "payload_too_large");
  });
});

describe("trigger patterns", () => {
  test("wildcards only at the end after / or .", () => {
    assert.ok(isValidEventPattern("app/*"), "isValidEventPattern(\"app/*\")");
    assert.ok(isValidEventPattern("app/user.*"), "isValidEventPattern(\"app/user.*\")");
    assert.ok(!isValidEventPattern("app/user.update*"), "!isValidEventPattern(\"app/user.update*\")");
    assert.ok(!isValidEventPattern("app/*.x"), "!isValidEventPattern(\"app/*.x\")");
    assert.ok(!isValidEventPattern("*"), "!isValidEventPattern(\"*\")");
  });
  test("matching", () => {
    assert.ok(eventMatches("app/*", "app/x"), "eventMatches(\"app/*\", \"app/x\")");
    assert.ok(eventMatches("app/user.*", "app/user.created"), "eventMatches(\"app/user.*\", \"app/user.created\")");
    assert.ok(!eventMatches("app/*", "other/x"), "!eventMatches(\"app/*\", \"other/x\")");
    assert.ok(eventMatches("a/b", "a/b"), "eventMatches(\"a/b\", \"a/b\")");
    assert.ok(!eventMatches("a/b", "a/bc"), "!eventMatches(\"a/b\", \"a/bc\")");
  });
});
