// Where runs are counted (tether_runs_started_total, tether_runs_finished_total): at the store
// writes that create and end them, whichever role makes the write — the executor's fan-outs,
// replies, timers, waits and timeouts, and the API's reruns, cancels and checkpoints. Every run
// is created by `createRuns` and ended by a `commit` (or `consumePause`, a cancelOn match) whose
// run patch sets a final status, so counting there needs no call site to remember it.
//
// Once per run: a job retried after a failed write reads its run again first and writes nothing
// for a run that ended; a write that ends a run is refused by the store when the run had already
// ended (`expectRunStatus`), and the count is taken only after the write succeeded. What the
// store does not tell the caller is that a write was refused: two writers ending one run at the
// same moment (a cancel racing the last step's reply) both see success. Within a process the
// recently counted runs are remembered, so the second is not counted; across processes such a
// race can count a run twice (rare: both writes must land within one commit's time).
import type { Commit, RunRecord, Store } from "../state/index.ts";
import { ENDED, withWrites } from "./store-writes.ts";
import { type EndedStatus, type Metrics, OTHER } from "./metrics.ts";

/** Runs remembered as counted, per kind (started, ended): enough for every run in flight at once. */
const RECENT_RUNS = 10_000;

/** A bounded set of the most recently added ids (insertion order; the oldest leave first). */
class RecentIds {
  readonly #ids = new Set<string>();

  /** True when `id` was not in the set (it is now). */
  add(id: string): boolean {
    if (this.#ids.has(id)) return false;
    this.#ids.add(id);
    if (this.#ids.size > RECENT_RUNS) this.#ids.delete(this.#ids.values().next().value!);
    return true;
  }
}

/**
 * `store` with the store's own methods, except that `createRuns`, `commit` and `consumePause`
 * count the runs they create and end in `metrics` once they succeeded.
 */
export function meteredStore(store: Store, metrics: Metrics): Store {
  const started = new RecentIds();
  const ended = new RecentIds();
  const counted = (c: Commit): void => {
    const patch = c.run;
    if (!patch || !ENDED.has(patch.status) || !ended.add(patch.id)) return;
    // finalize() (src/executor/outcome.ts) carries the slug in the patch for this.
    metrics.runFinished(patch.functionSlug ?? OTHER, patch.status as EndedStatus);
  };
  return withWrites(store, {
    async createRuns(runs, ...rest) {
      const handed = await store.createRuns(runs, ...rest);
      for (const r of runs) countStart(r);
      return handed;
    },
    async commit(c, handOff) {
      const handed = await store.commit(c, handOff);
      counted(c);
      return handed;
    },
    async consumePause(pause, c) {
      const consumed = await store.consumePause(pause, c);
      if (consumed) counted(c);
      return consumed;
    },
  });

  function countStart(r: RunRecord): void {
    if (started.add(r.id)) metrics.runStarted(r.functionSlug);
  }
}
