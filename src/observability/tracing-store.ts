// The store as tracing sees it: every write that ingests events, stores steps or ends a run goes
// through `insertEvents`, `commit` or `consumePause` (src/state/store.ts), whichever role makes
// it (the API's events, checkpoints and cancels; the executor's replies, timers and waits). This
// wrapper emits the spans of those writes once they succeeded, so no caller has to remember to.
// Every other member is the store's own, called on the store itself.
import type { Commit, Store } from "../state/index.ts";
import { ENDED, withWrites } from "./store-writes.ts";
import type { RunTracing } from "./tracing.ts";

/** `store` with the spans of its writes emitted to `tracing`. */
export function tracedStore(store: Store, tracing: RunTracing): Store {
  const written = async (c: Commit): Promise<void> => {
    if (c.steps?.length) tracing.stepsStored(c.steps);
    const ending = c.run && ENDED.has(c.run.status) ? c.run : undefined;
    if (ending) {
      // A commit guarded by `expectRunStatus` leaves an already ended run alone (and stores none
      // of its events): the root span is this commit's only if the stored end is the one it wrote.
      const run = await store.getRun(ending.id);
      if (!run || run.status !== ending.status || run.endedAt !== ending.endedAt) return;
      tracing.runEnded(run);
    }
    if (c.events?.length) tracing.eventsIngested(c.events);
  };
  return withWrites(store, {
    async insertEvents(events, jobs) {
      await store.insertEvents(events, jobs);
      tracing.eventsIngested(events);
    },
    async commit(c, handOff) {
      const handed = await store.commit(c, handOff);
      await written(c).catch(() => undefined);
      return handed;
    },
    async consumePause(pause, c) {
      const consumed = await store.consumePause(pause, c);
      if (consumed) await written(c).catch(() => undefined);
      return consumed;
    },
  });
}
