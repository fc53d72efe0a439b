// Why an event started no run of a function (docs/semantics.md §4 rate limit): kept as a flow
// document per event, read by `GET /v1/events/{id}` (`skipped`). Idle flow documents are deleted
// after FLOW_DOC_IDLE_MS, a little after the event itself (retention).
import type { FlowStore } from "../state/flow-store.ts";
import type { Store } from "../state/index.ts";
import { updateFlowDoc } from "./doc.ts";

export interface EventSkip {
  function_id: string;
  function_slug: string;
  /** `rate_limited` (more may follow: `paused`, `singleton`). */
  reason: string;
  key?: string;
}

export const skipDocKey = (eventId: string) => `skip.${eventId}`;

/** Records why an event started no run of a function (once per function). */
export async function recordSkip(flow: FlowStore, eventId: string, skip: EventSkip): Promise<void> {
  await updateFlowDoc<EventSkip[]>(flow, skipDocKey(eventId), (cur) =>
    cur?.some((s) => s.function_id === skip.function_id) ? undefined : [...(cur ?? []), skip]);
}

/** Skips recorded for an event (REST view). */
export async function eventSkips(store: Store, eventId: string): Promise<EventSkip[]> {
  return (await store.flow.get<EventSkip[]>(skipDocKey(eventId)))?.value ?? [];
}

