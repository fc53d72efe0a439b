// Read–change–compare-and-set on one flow document, retried while other writers race
// (docs/flow-control.md): every limit's state changes only through this.
import type { FlowStore } from "../state/flow-store.ts";

/** Compare-and-set retries before a contended write gives up (the job is then retried later). */
const CAS_TRIES = 100;

/**
 * Applies `change` to the document under `key` until the write is not overtaken by another.
 * `change` gets the current value (undefined: none) and returns the new one, `null` to delete
 * the document, or `undefined` to write nothing.
 */
export async function updateFlowDoc<T>(flow: FlowStore, key: string, change: (cur: T | undefined) => T | null | undefined): Promise<void> {
  for (let i = 0; i < CAS_TRIES; i++) {
    const cur = await flow.get<T>(key);
    const next = change(cur?.value);
    if (next === undefined || (next === null && !cur)) return;
    if (await flow.put(key, next === null ? undefined : next, cur?.rev ?? 0)) return;
  }
  throw new Error(`flow document ${key}: too much contention`);
}
