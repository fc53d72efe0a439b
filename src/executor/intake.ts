// Intake gates (docs/flow-control.md, "Intake"): after event-id de-duplication, idempotency and
// the rate limit, each gate may take a matched (function, event) pair — skip it (recording why
// on the event) or hold it for a later run (debounce, batching) — or let it start a run now.
import type { EventRecord, FunctionRecord } from "../state/index.ts";

export interface IntakeContext {
  now: number;
  /** The event's own id was seen within 24 h (docs/semantics.md §9). */
  duplicateId: boolean;
  /**
   * Starts a run of `fn` over `events` with this fan-out (a batch that filled up); its id derives
   * from `seed`, so a repeated fan-out starts it once.
   */
  startRun(fn: FunctionRecord, events: EventRecord[], seed: string): void;
}

export type IntakeVerdict = "go" | "taken" | "held";

export interface IntakeGate {
  /**
   * "go": the next gate decides; "taken": no run starts for this pair (a step.invoke's caller is
   * told at once); "held": a later run may take the event (debounce, batching: a caller waits).
   */
  admit(fn: FunctionRecord, e: EventRecord, ctx: IntakeContext): Promise<IntakeVerdict>;
}
