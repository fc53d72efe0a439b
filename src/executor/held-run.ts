// What debounce (debounce.ts) and batching (batch.ts) share: events held in a flow document until
// a run starts over them (docs/flow-control.md, "Intake"; docs/semantics.md §5, §6). The document holds
// the open debounce or batch and the last few flushed ones: a flush moves the open one to
// `flushed` (never deletes it) before the run is created, so a flush that crashed half-way, or a
// fan-out job processed again, finds what it flushed and creates the same run (its id comes
// from a seed naming the debounce or batch) instead of losing it or starting a second one.
import { updateFlowDoc } from "../flow/doc.ts";
import type { FlowStore } from "../state/flow-store.ts";
import type { FlowConfig } from "../flow/types.ts";
import type { EventRecord, FunctionRecord, Store } from "../state/index.ts";
import { INVOKED_EVENT_NAME } from "../functions/index.ts";
import { NewRuns, newRunId } from "./new-run.ts";

/** Flushed debounces or batches a document remembers (repeated flush jobs and fan-outs). */
const FLUSHED_KEPT = 4;

/** What the debounce and batch gates need from the executor. */
export interface HeldDeps {
  store: Store;
  /** The function's flow-control options (FlowControl.config). */
  config(fn: FunctionRecord): FlowConfig;
  /** A registered function by id (a flush job names its function). */
  findFunction(id: string): Promise<FunctionRecord | undefined>;
}

export interface HeldDoc<T extends { id: string }> {
  open?: T;
  /** Oldest first. */
  flushed: T[];
}

export const keepLast = <T>(list: T[], n: number): T[] => (list.length > n ? list.slice(list.length - n) : list);

/** `doc` with `done` moved from open to the flushed list. */
export function flushed<D extends HeldDoc<T>, T extends { id: string }>(doc: D | undefined, done: T[], open: T | undefined): D {
  const out = { ...doc, flushed: keepLast([...(doc?.flushed ?? []), ...done], FLUSHED_KEPT) } as D;
  if (open) out.open = open;
  else delete out.open;
  return out;
}

/**
 * The flush job's debounce or batch: the open one when it is `id` and `ready` (it is moved to
 * `flushed`), or one flushed before (a repeated flush); undefined when it moved on.
 */
export async function takeHeld<T extends { id: string }>(flow: FlowStore, docKey: string, id: string, ready: (open: T) => boolean): Promise<T | undefined> {
  let taken: T | undefined;
  await updateFlowDoc<HeldDoc<T>>(flow, docKey, (cur) => {
    taken = undefined;
    if (cur?.open?.id === id) {
      if (!ready(cur.open)) return undefined;
      taken = cur.open;
      return flushed(cur, [cur.open], undefined);
    }
    taken = cur?.flushed.find((f) => f.id === id);
    return undefined;
  });
  return taken;
}

/** Whether the run `seed` names already exists (a flush done before). */
export async function heldRunExists(store: Store, fn: FunctionRecord, events: EventRecord[], seed: string): Promise<boolean> {
  return (await store.getRun(newRunId(fn, events[0]!, seed))) !== undefined;
}

/**
 * Starts the run of a flushed debounce or batch, completing its flush job in the same write; a
 * run that exists (repeated flush) is left alone: re-creating it would enqueue its first job again.
 */
export async function startHeldRun(store: Store, fn: FunctionRecord, events: EventRecord[], seed: string, jobId: string): Promise<void> {
  const runs = new NewRuns(Date.now());
  const e = events[0];
  const correlation = e?.event.name === INVOKED_EVENT_NAME ? (e.event.data?._inngest as { correlation_id?: unknown } | undefined)?.correlation_id : undefined;
  const run = runs.add(fn, events, { seed, ...(typeof correlation === "string" ? { correlationId: correlation } : {}) });
  if (await store.getRun(run.id)) await store.commit({ completeJobId: jobId });
  else await store.createRuns(runs.runs, runs.jobs, jobId, runs.pauses);
}
