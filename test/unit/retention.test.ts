// Retention without I/O: the `--retention` setting and the retention jobs the stores schedule
// (src/state/retention.ts). The deletions themselves are in the store contract and
// test/integration/retention.test.ts.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ConfigError } from "../../src/common/index.ts";
import { loadConfig } from "../../src/config.ts";
import { endedBy, expireEventsJob, expireRunJob } from "../../src/state/retention.ts";
import { decodeJob } from "../../src/state/jobs.ts";
import type { RunRecord } from "../../src/state/index.ts";

const run = (extra: Partial<RunRecord> = {}): RunRecord => ({
  id: "R1", functionId: "F", functionSlug: "app-f", appId: "A", appName: "app", eventIds: ["E1", "E2"], status: "Running",
  createdAt: 1_000, requestVersion: -1, forceStepPlan: false, pendingSteps: [], maxAttempts: 1, ...extra,
});

describe("--retention", () => {
  test("takes a duration with a unit from the flag or TETHER_RETENTION, 7 days by default", () => {
    assert.equal(loadConfig(["dev"], {}).retention, 7 * 86_400_000);
    assert.equal(loadConfig(["dev", "--retention", "12h"], {}).retention, 12 * 3_600_000);
    assert.equal(loadConfig(["dev"], { TETHER_RETENTION: "30m" }).retention, 30 * 60_000);
    assert.equal(loadConfig(["dev", "--retention", "90s"], { TETHER_RETENTION: "30m" }).retention, 90_000, "the flag wins");
  });

  test("refuses a bare number, less than a second, or no duration at all", () => {
    for (const bad of ["7", "0s", "500ms", "soon"]) {
      assert.throws(() => loadConfig(["dev", "--retention", bad], {}), (err) => err instanceof ConfigError && err.code === "bad_request", bad);
    }
  });
});

describe("retention jobs", () => {
  test("a run's job is due its retention after it ended and names its events", () => {
    const job = expireRunJob(run({ status: "Completed", endedAt: 5_000 }), 2_000, 9_999);
    assert.deepEqual([job.id, job.kind, job.runAt, job.payload], ["expire-run-R1", "expire", 7_000, { expire: "run", runId: "R1", eventIds: ["E1", "E2"] }]);
  });

  test("events stored together share one job, due the retention after the latest arrived", () => {
    const ev = (id: string, receivedAt: number) => ({ internalId: id, receivedAt, event: { name: "e", data: {}, user: {}, id, ts: receivedAt } });
    const job = expireEventsJob([ev("E1", 1_000), ev("E2", 1_500)], 2_000);
    assert.deepEqual([job?.id, job?.runAt, job?.payload], ["expire-events-E1", 3_500, { expire: "events", eventIds: ["E1", "E2"] }]);
    assert.equal(expireEventsJob([], 2_000), undefined);
  });

  test("only a move out of Running ends a run", () => {
    assert.equal(endedBy(run(), run({ status: "Cancelled" })), true);
    assert.equal(endedBy(run(), run()), false);
    assert.equal(endedBy(run({ status: "Cancelled" }), run({ status: "Completed" })), false, "a finished run does not end twice");
  });

  test("a claimed job is a retention job only with a well-formed payload", () => {
    const base = { id: "j", kind: "expire", attempt: 0, runAt: 0, createdAt: 0 };
    const ok = (job: unknown) => {
      try {
        return decodeJob(job).kind === "expire";
      } catch {
        return false;
      }
    };
    assert.equal(ok({ ...base, payload: { expire: "run", runId: "R1", eventIds: ["E1"] } }), true);
    assert.equal(ok({ ...base, payload: { expire: "events", eventIds: [] } }), true);
    assert.equal(ok({ ...base, payload: { expire: "run", eventIds: ["E1"] } }), false, "a run job without its run");
    assert.equal(ok({ ...base, payload: { expire: "events", eventIds: [1] } }), false);
    assert.equal(ok({ ...base, kind: "run", payload: { expire: "events", eventIds: [] } }), false);
  });
});
