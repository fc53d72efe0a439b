// Fuzzing in the suite (issue 11, point 3): every entry point of a real `tether dev` process gets
// generated hostile input (properties.ts); the process must stay up, answer every HTTP request
// with < 500 and the JSON error envelope, close sockets with known codes, and after each batch
// still serve a real run. `npm run fuzz` runs the same properties with 100,000 cases.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ENTRY_POINTS } from "../fuzz/properties.ts";
import { fuzzEntryPoint } from "../fuzz/runner.ts";
import { type LiveTarget, startFuzzTarget } from "../fuzz/target.ts";

/** Cases per entry point in the suite: a few thousand in all (FUZZ_CASES scales them). */
const SUITE_CASES: Record<string, number> = {
  "http-request": 900, "http-json-body": 600, "gateway-frames": 300, "worker-payloads": 120,
  "flush-and-checkpoint": 200, "realtime-websocket": 300, "realtime-sse": 300,
};
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now());

describe("fuzzing a live tether dev process", () => {
  let target: LiveTarget;
  before(async () => {
    target = await startFuzzTarget();
  });
  after(async () => {
    await target.close();
  });

  for (const ep of ENTRY_POINTS) {
    const cases = Math.max(1, Math.round((SUITE_CASES[ep.name] ?? 100) * SCALE));
    test(`${ep.name}: ${cases} generated inputs leave the process serving, with no 5xx and no unknown close code`, { timeout: 180_000 }, async () => {
      const result = await fuzzEntryPoint(ep, target, { cases, batchSize: Math.ceil(cases / 3), seed: SEED });
      assert.equal(result.cases, cases, `stopped after ${result.cases} cases: the process died\n${target.output().slice(-3_000)}`);
      assert.deepEqual(result.failures, [], `seed ${SEED}`);
    });
  }
});
