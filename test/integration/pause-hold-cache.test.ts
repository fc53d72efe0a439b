// The step path's pause check (src/executor/function-pause.ts): a "not paused" read is trusted for
// a second instead of a store read per job, and forgotten at once when the bus says a function was
// paused or resumed (the API publishes it), so a pause still stops the next step.
import assert from "node:assert/strict";
import { test } from "node:test";
import { newId } from "../../src/common/index.ts";
import { FunctionPauses, pauseFunction, pausedBacklog } from "../../src/executor/function-pause.ts";
import { NewRuns } from "../../src/executor/new-run.ts";
import { type EventRecord, type FunctionRecord, SqliteStore, type Store } from "../../src/state/index.ts";

/** A function with one run in flight: the run and its job. */
async function inFlight(store: Store) {
  const id = newId();
  const fn: FunctionRecord = {
    id, appId: "app", appName: "app", slug: `app-${id}`, name: id, triggers: [{ event: "p/hold" }], retries: 0,
    url: "wss://connect/app", config: {}, createdAt: Date.now(),
  };
  const e: EventRecord = { internalId: newId(), receivedAt: Date.now(), event: { name: "p/hold", id: newId(), ts: Date.now(), data: {}, user: {} } };
  const runs = new NewRuns(Date.now());
  runs.add(fn, [e]);
  await store.commit({ events: [e] });
  await store.createRuns(runs.runs, runs.jobs);
  return { fn, run: runs.runs[0]!, job: runs.jobs[0]! };
}

test("the step path trusts 'not paused' for a second, and reads again at once when told of a pause", async () => {
  const store = new SqliteStore(":memory:");
  try {
    let clock = Date.now();
    const pauses = new FunctionPauses({ store, fanOut: () => false, now: () => clock });
    const [a, b] = [await inFlight(store), await inFlight(store)];
    for (const x of [a, b]) assert.equal(await pauses.hold(x.job, x.run, x.fn), false, "not paused: the job goes on");
    for (const x of [a, b]) await pauseFunction(store, x.fn, { cancelRunning: false }, clock);

    assert.equal(await pauses.hold(a.job, a.run, a.fn), false, "within the second, the 'not paused' read stands");
    clock += 1_000;
    assert.equal(await pauses.hold(a.job, a.run, a.fn), true, "a second later the document is read: parked");

    clock -= 1_000;
    pauses.invalidate();
    assert.equal(await pauses.hold(b.job, b.run, b.fn), true, "told of a pause, the next job reads the document: parked");
    for (const x of [a, b]) {
      assert.deepEqual(await store.flow.counts(pausedBacklog(x.fn.id)), { "": 1 });
      assert.equal((await store.getRun(x.run.id))?.waiting?.reason, "paused");
    }
  } finally {
    await store.close();
  }
});
