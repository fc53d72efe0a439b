// Resumes runs waiting on an event (docs/semantics.md §12, §15–16): for each stored event, the pauses
// registered for its name before it arrived are evaluated — `if` expressions with `event` = the
// run's trigger and `async` = the new event, invokes by correlation id — and each match is
// consumed exactly once: the step result is stored and discovery enqueued, or the run cancelled.
import type { Logger } from "pino";
import { evaluateBoolean } from "../functions/index.ts";
import type { EventRecord, PauseRecord, RunJob, Store } from "../state/index.ts";
import { cancelCommit } from "./cancel.ts";

export interface MatchResult {
  resumed: number;
  cancelled: number;
}

function matches(p: PauseRecord, e: EventRecord): boolean {
  if (p.createdAt > e.receivedAt) return false; // no lookback: only events after the wait began
  if (p.kind === "invoke") {
    const data = e.event.data as { correlation_id?: unknown };
    return data.correlation_id === p.correlationId;
  }
  return !p.expression || evaluateBoolean(p.expression, { event: p.trigger ?? {}, async: e.event });
}

function resumedResult(p: PauseRecord, e: EventRecord): unknown {
  if (p.kind !== "invoke") return e.event;
  const data = e.event.data as { error?: unknown; result?: unknown };
  return data.error !== undefined ? { error: data.error } : { data: data.result ?? null };
}

export async function matchPauses(store: Store, events: EventRecord[], log: Logger, fanOut: (name: string) => boolean): Promise<MatchResult> {
  const out: MatchResult = { resumed: 0, cancelled: 0 };
  const now = Date.now();
  const byName = new Map<string, PauseRecord[]>();
  for (const name of new Set(events.map((e) => e.event.name))) byName.set(name, await store.pausesForEvent(name, now));
  for (const e of events) {
    for (const p of byName.get(e.event.name) ?? []) {
      if (!matches(p, e)) continue;
      if (p.kind === "cancel") {
        const run = await store.getRun(p.runId);
        const commit = run && (await cancelCommit(store, run, now, fanOut));
        if (commit && (await store.consumePause(p, commit))) out.cancelled++;
        continue;
      }
      const discovery: RunJob = {
        id: `${p.runId}-${p.stepId}-event`, kind: "run", runId: p.runId, stepId: "step", attempt: 0, runAt: now, createdAt: now,
      };
      const ok = await store.consumePause(p, {
        run: { id: p.runId },
        steps: [{ runId: p.runId, stepId: p.stepId!, result: resumedResult(p, e), op: p.kind === "invoke" ? "InvokeFunction" : "WaitForEvent", name: p.stepName, attempt: 0, createdAt: now,
          startedAt: p.createdAt, durationMs: Math.max(0, now - p.createdAt) }],
        resolvePending: { stepIds: [p.stepId!], then: discovery },
      });
      if (ok) {
        out.resumed++;
        log.debug({ runId: p.runId, stepId: p.stepId, eventId: e.internalId }, "pause resumed");
      }
    }
  }
  return out;
}
