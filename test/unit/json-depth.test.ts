// Bounded JSON parsing (issue 11, point 2) and the request-target boundary: deep JSON is refused
// by a linear scan before JSON.parse runs, and every recursive walk over data that passed the
// limit (plus Tether's envelopes) has stack to spare.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  canonicalJson, INTERNAL_JSON_DEPTH, jsonDepthExceeds, MAX_JSON_DEPTH, parseJson, parseRequestTarget, TetherError, tryParseJson,
} from "../../src/common/index.ts";
import { parseEvents } from "../../src/api/index.ts";
import { buildSdkRequest, outcomeFromResponse, parseOps } from "../../src/executor/index.ts";
import { evaluateExpression } from "../../src/functions/index.ts";
import { decodePublishBody, publishRealtime } from "../../src/realtime/index.ts";
import { MemoryBus } from "../../src/bus/index.ts";

const arrays = (depth: number, inner = "1") => "[".repeat(depth) + inner + "]".repeat(depth);
const objects = (depth: number, inner = "1") => '{"a":'.repeat(depth) + inner + "}".repeat(depth);

/** Runs `fn` under `frames` extra stack frames: the walkers run deep inside servers, not at the top. */
function underStack<T>(frames: number, fn: () => T): T {
  return frames === 0 ? fn() : underStack(frames - 1, fn);
}

describe("jsonDepthExceeds", () => {
  test("counts [ and { nesting; exactly the limit passes, one more is refused", () => {
    assert.equal(jsonDepthExceeds(arrays(MAX_JSON_DEPTH)), false);
    assert.equal(jsonDepthExceeds(arrays(MAX_JSON_DEPTH + 1)), true);
    assert.equal(jsonDepthExceeds(objects(MAX_JSON_DEPTH)), false);
    assert.equal(jsonDepthExceeds(objects(MAX_JSON_DEPTH + 1)), true);
    assert.equal(jsonDepthExceeds('[{"a":[{}]}]', 4), false);
    assert.equal(jsonDepthExceeds('[{"a":[{}]}]', 3), true);
  });
  test("siblings do not add up: depth is the deepest path, not the bracket count", () => {
    assert.equal(jsonDepthExceeds("[" + "[],".repeat(5_000) + "[]]", 2), false);
  });
  test("brackets inside strings, including after escaped quotes and backslashes, do not count", () => {
    const inString = JSON.stringify("[".repeat(5_000) + '\\"{{{' + "\\");
    assert.equal(jsonDepthExceeds(`[${inString}]`, 1), false);
    assert.equal(jsonDepthExceeds(`{"k\\"[[[": [${inString}]}`, 2), false);
    assert.equal(jsonDepthExceeds(`["\\\\", [[]]]`, 2), true, "an escaped backslash ends before the quote");
  });
  test("unbalanced or truncated text is left to JSON.parse", () => {
    assert.equal(jsonDepthExceeds("]]]]][[[", 3), false);
    assert.equal(jsonDepthExceeds("[[[[", 3), true);
  });
});

describe("parseJson / tryParseJson", () => {
  test("too deep is invalid_json (400, close 1007) naming the limit, and JSON.parse never runs", () => {
    const original = JSON.parse;
    let calls = 0;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      calls++;
      return original(...args);
    }) as typeof JSON.parse;
    let err: unknown;
    try {
      parseJson(arrays(50_000));
    } catch (e) {
      err = e;
    } finally {
      JSON.parse = original;
    }
    assert.ok(err instanceof TetherError);
    assert.equal(err.code, "invalid_json");
    assert.equal(err.httpStatus, 400);
    assert.equal(err.closeCode, 1007);
    assert.deepEqual(err.data, { max_depth: MAX_JSON_DEPTH });
    assert.equal(calls, 0, "JSON.parse ran on text over the limit");
  });
  test("parses bytes and strings at the limit; syntax errors are invalid_json too", () => {
    assert.ok(Array.isArray(parseJson(Buffer.from(arrays(MAX_JSON_DEPTH)))));
    assert.throws(() => parseJson("{"), (e: TetherError) => e.code === "invalid_json" && e.data === undefined);
    assert.throws(() => parseJson(""), (e: TetherError) => e.code === "invalid_json");
  });
  test("tryParseJson tells depth from syntax, and honours a custom limit", () => {
    const deep = tryParseJson(objects(MAX_JSON_DEPTH + 1));
    assert.equal(deep.ok, false);
    assert.equal(!deep.ok && deep.reason, "depth");
    const bad = tryParseJson("not json");
    assert.equal(!bad.ok && bad.reason, "syntax");
    assert.equal(tryParseJson(objects(MAX_JSON_DEPTH + 5), { maxDepth: INTERNAL_JSON_DEPTH }).ok, true);
  });
});

describe("recursive walks over data that passed the limit", () => {
  // The deepest value any route accepts, wrapped in the envelopes Tether adds around user data.
  const atLimit = () => parseJson(objects(MAX_JSON_DEPTH - 1, arrays(1, '"x"'))) as Record<string, unknown>;

  test("JSON.stringify, canonicalJson and structuredClone, 200 frames down, with envelopes on top", () => {
    underStack(200, () => {
      const wrapped = { steps: { id: { data: atLimit() } }, event: { data: atLimit() } };
      assert.ok(JSON.stringify(wrapped).length > 0);
      assert.ok(canonicalJson(wrapped).length > 0);
      assert.ok(structuredClone(wrapped));
      assert.ok(canonicalJson(parseJson(arrays(INTERNAL_JSON_DEPTH), { maxDepth: INTERNAL_JSON_DEPTH })).length > 0);
    });
  });
  test("event parsing (zod), the SDK request and an outcome over limit-deep data", () => {
    underStack(200, () => {
      const { records, job } = parseEvents({ name: "deep/event", data: { v: atLimit() } }, { maxEventBytes: 1 << 20 });
      const now = Date.now();
      const run = {
        id: "R", functionId: "F", functionSlug: "a-f", appId: "A", appName: "a", eventIds: [records[0].internalId], status: "Running" as const,
        createdAt: now, requestVersion: 2, forceStepPlan: false, pendingSteps: [], maxAttempts: 1,
      };
      const runJob = { id: job.id, attempt: job.attempt, runAt: job.runAt, createdAt: job.createdAt, kind: "run" as const, runId: "R", stepId: "step" };
      const steps = [{ runId: "R", stepId: "s1", result: { data: atLimit() }, op: "StepRun", attempt: 0, createdAt: now, size: 1 }];
      const body = buildSdkRequest({ run, job: runJob, events: records, steps, requestId: "Q", stepId: "step" });
      assert.ok(canonicalJson(body).length > 0);
      const ops = [{ id: "s2", op: "StepRun", data: atLimit() }];
      assert.equal(parseOps(ops)?.length, 1);
      const commit = outcomeFromResponse({ run, job: runJob, events: records, now, newId: () => "N" }, { statusCode: 206, body: ops, noRetry: false });
      assert.ok(JSON.stringify(commit).length > 0);
    });
  });
  test("CEL evaluation over limit-deep event data", () => {
    underStack(200, () => {
      assert.equal(evaluateExpression("event.data.v == event.data.v", { event: { data: { v: atLimit() } } }), true);
    });
  });
  test("realtime: a publish body at the limit is relayed, one level deeper is invalid_json", () => {
    const bus = new MemoryBus();
    const data = decodePublishBody(Buffer.from(objects(MAX_JSON_DEPTH)));
    assert.ok(publishRealtime(bus, { channel: "c", topic: "t", data }).id);
    assert.throws(() => decodePublishBody(Buffer.from(objects(MAX_JSON_DEPTH + 1))), (e: TetherError) => e.code === "invalid_json");
    assert.equal(decodePublishBody(Buffer.from("[[[ not json")), "[[[ not json", "text that is not JSON is published as a string");
  });
});

describe("parseRequestTarget", () => {
  test("origin-form is taken as a path, even with // or a bad escape", () => {
    assert.equal(parseRequestTarget("/v1/runs/x?a=1").pathname, "/v1/runs/x");
    assert.equal(parseRequestTarget("//evil.example/health").pathname, "//evil.example/health");
    assert.equal(parseRequestTarget("/e/%").pathname, "/e/%");
    assert.equal(parseRequestTarget(undefined).pathname, "/");
  });
  test("absolute-form gives its path when the URL parses", () => {
    assert.equal(parseRequestTarget("http://a:99/health").pathname, "/health");
    assert.equal(parseRequestTarget("ws://a/v1/realtime/connect?token=t").searchParams.get("token"), "t");
  });
  test("a bad port, asterisk-form or another scheme is bad_request", () => {
    for (const target of ["http://a:99999/health", "*", "ftp://a/health", "a:b", "http://[::1/x"]) {
      assert.throws(() => parseRequestTarget(target), (e: TetherError) => e.code === "bad_request", target);
    }
  });
});
