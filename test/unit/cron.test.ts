// Cron schedule math (docs/semantics.md §14) and the commit that fires a tick, with fixed instants.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CRON_CATCH_UP_MS, cronFireCommit } from "../../src/executor/cron.ts";
import {
  cronJob, cronTriggerError, nextCronInstant, scheduleKey, cronSpecs,
} from "../../src/functions/index.ts";
import { type FunctionRecord, isCronJob } from "../../src/state/index.ts";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const fn = (triggers: FunctionRecord["triggers"], id = "fn-1"): FunctionRecord => ({
  id, appId: "a", appName: "app", slug: `app-${id}`, name: id, triggers, retries: 4, url: "", config: {}, createdAt: 0,
});
/** The instants a function fires at, from `fromMs`, following its job chain. */
function instants(f: FunctionRecord, fromMs: number, n: number): number[] {
  const out: number[] = [];
  let after = fromMs;
  for (let i = 0; i < n; i++) {
    const job = cronJob(f, after, after)!;
    const p = job.payload.cron;
    out.push(p.at);
    after = p.at;
  }
  return out;
}

describe("cron schedules", () => {
  test("Cron: `*/1 * * * *` fires once per minute at second 0 (UTC)", () => {
    const got = instants(fn([{ cron: "*/1 * * * *" }]), at("2024-03-10T12:00:30.500Z"), 4);
    assert.deepEqual(got.map(iso), ["2024-03-10T12:01:00.000Z", "2024-03-10T12:02:00.000Z", "2024-03-10T12:03:00.000Z", "2024-03-10T12:04:00.000Z"]);
    const job = cronJob(fn([{ cron: "*/1 * * * *" }]), at("2024-03-10T12:00:30Z"), 0)!;
    assert.equal(job.runAt, at("2024-03-10T12:01:00Z"), "no jitter: fires at the instant");
  });

  test("Cron: `TZ=Europe/Paris 0 12 * * 5` fires at 12:00 Paris time (10:00/11:00 UTC by DST)", () => {
    const f = fn([{ cron: "TZ=Europe/Paris 0 12 * * 5" }]);
    assert.deepEqual(instants(f, at("2024-01-01T00:00:00Z"), 1).map(iso), ["2024-01-05T11:00:00.000Z"], "winter: UTC+1");
    assert.deepEqual(instants(f, at("2024-07-01T00:00:00Z"), 1).map(iso), ["2024-07-05T10:00:00.000Z"], "summer: UTC+2");
    // Without a prefix the same fields are UTC.
    assert.deepEqual(instants(fn([{ cron: "0 12 * * 5" }]), at("2024-07-01T00:00:00Z"), 1).map(iso), ["2024-07-05T12:00:00.000Z"]);
  });

  test("Cron: invalid cron / unknown TZ ⇒ sync error (validation)", () => {
    for (const cron of ["61 * * * *", "* * *", "* * * * * *", "TZ=Mars/Olympus 0 12 * * 5", "not a cron"]) {
      assert.ok(cronTriggerError({ cron }) !== undefined, `${cron} must be refused`);
    }
    for (const cron of ["* * * * *", "TZ=America/New_York 0 9 * * 1-5", "0 0 1 1 *", "@daily"]) {
      assert.equal(cronTriggerError({ cron }), undefined, `${cron} is valid`);
    }
  });

  test("Cron: `{cron, jitter:\"30s\"}` fires within [t, t+30 s]; jitter \"6m\" rejected", () => {
    assert.equal(cronTriggerError({ cron: "* * * * *", jitter: "30s" }), undefined);
    assert.equal(cronTriggerError({ cron: "* * * * *", jitter: "5m" }), undefined);
    for (const jitter of ["6m", "500ms", "soon"]) {
      assert.ok(cronTriggerError({ cron: "* * * * *", jitter }) !== undefined, `jitter ${jitter} must be refused`);
    }
    const f = fn([{ cron: "* * * * *", jitter: "30s" }]);
    const offsets: number[] = [];
    let after = at("2024-03-10T12:00:00Z");
    for (let i = 0; i < 50; i++) {
      const job = cronJob(f, after, after)!;
      const p = job.payload.cron;
      assert.ok(job.runAt >= p.at && job.runAt <= p.at + 30_000, `fire time ${iso(job.runAt)} outside [${iso(p.at)}, +30 s]`);
      assert.equal(cronJob(f, after, after)!.runAt, job.runAt, "every scheduler picks the same fire time");
      offsets.push(job.runAt - p.at);
      after = p.at;
    }
    assert.ok(new Set(offsets).size > 10, "jitter spreads the fire times");
  });

  test("Cron: two overlapping cron triggers ⇒ single run at shared instants", () => {
    const f = fn([{ cron: "*/2 * * * *" }, { cron: "*/3 * * * *" }]);
    const got = instants(f, at("2024-03-10T12:00:00Z"), 8).map((t) => new Date(t).getUTCMinutes());
    assert.deepEqual(got, [2, 3, 4, 6, 8, 9, 10, 12], "minutes 6 and 12 (both triggers) appear once");
    assert.equal(nextCronInstant(cronSpecs(fn([{ cron: "* * * * *" }, { cron: "*/1 * * * *" }])), at("2024-03-10T12:00:00Z"))!.at, at("2024-03-10T12:01:00Z"));
  });

  test("a function without cron triggers has no schedule; the schedule key follows the triggers", () => {
    assert.equal(cronJob(fn([{ event: "a/b" }]), 0, 0), undefined);
    assert.notEqual(scheduleKey(cronSpecs(fn([{ cron: "* * * * *" }]))), scheduleKey(cronSpecs(fn([{ cron: "*/2 * * * *" }]))));
  });
});

describe("firing a cron tick", () => {
  const f = fn([{ event: "x/go" }, { cron: "*/5 * * * *" }]);
  const tick = (now: number) => cronJob(f, now, now)!;

  test("fires inngest/scheduled.timer for this function only, with ids derived from the instant", () => {
    const job = tick(at("2024-03-10T12:01:00Z"));
    const fire = at("2024-03-10T12:05:00.200Z");
    const c = cronFireCommit(job, [f], fire);
    assert.equal(c.completeJobId, job.id);
    const [event] = c.events!;
    assert.equal(event.event.name, "inngest/scheduled.timer");
    assert.equal(event.event.id, "2024-03-10T12:05:00.000Z");
    assert.deepEqual(event.event.data, { cron: "*/5 * * * *", scheduledAt: "2024-03-10T12:05:00.000Z", fireAt: "2024-03-10T12:05:00.000Z" });
    const [start, next] = c.enqueue!;
    assert.deepEqual(start.payload, { eventIds: [event.internalId], invokeFunctionId: f.id });
    assert.ok(isCronJob(next));
    assert.equal(next.payload.cron.at, at("2024-03-10T12:10:00Z"));
    // The same job fired again (redelivered, or by a second executor) commits the same records.
    const again = cronFireCommit(job, [f], fire + 1_000);
    assert.equal(again.events![0].internalId, event.internalId);
    assert.deepEqual(again.enqueue!.map((j) => j.id), c.enqueue!.map((j) => j.id));
  });

  test("a tick whose function is gone or whose cron changed completes without firing", () => {
    const job = tick(at("2024-03-10T12:01:00Z"));
    assert.deepEqual(cronFireCommit(job, [], at("2024-03-10T12:05:00Z")), { completeJobId: job.id });
    const changed = fn([{ event: "x/go" }, { cron: "*/10 * * * *" }]);
    assert.deepEqual(cronFireCommit(job, [changed], at("2024-03-10T12:05:00Z")), { completeJobId: job.id });
  });

  test("after an outage the due tick fires once; ticks older than the catch-up window are skipped", () => {
    const job = tick(at("2024-03-10T12:01:00Z")); // due 12:05
    const late = at("2024-03-10T15:00:30Z");
    const c = cronFireCommit(job, [f], late);
    assert.equal(c.events!.length, 1, "the due tick still fires");
    const tickJob = c.enqueue![1];
    assert.ok(isCronJob(tickJob));
    const next = tickJob.payload.cron.at;
    assert.ok(next > late - CRON_CATCH_UP_MS, "no backlog of 12:10 … 14:50");
    assert.equal(iso(next), "2024-03-10T14:55:00.000Z");
  });
});
