// The records a new run starts with: the run, its first job (and its timeouts.start job) and its
// cancelOn pauses. Ids derive from the events and the function, so a fan-out job processed
// twice creates the same run (a no-op the second time).
import { deterministicUlid, parseDurationMs, ulidTime } from "../common/index.ts";
import type { EventRecord, FunctionRecord, PauseRecord, RunJob, RunRecord } from "../state/index.ts";

const YEAR_MS = 366 * 86_400_000;

export class NewRuns {
  readonly runs: RunRecord[] = [];
  readonly jobs: RunJob[] = [];
  readonly pauses: PauseRecord[] = [];
  readonly #now: number;

  constructor(now: number) {
    this.#now = now;
  }

  /**
   * A run of `fn` over `events` (one, or a batch: the first is `event`). Its id derives from the
   * first event and the function, or from `seed` (a batch or debounce flush) when given.
   */
  add(fn: FunctionRecord, events: EventRecord[], opts: { correlationId?: string; seed?: string } = {}): RunRecord {
    const now = this.#now;
    const e = events[0]!;
    const runId = newRunId(fn, e, opts.seed);
    const run: RunRecord = {
      id: runId, functionId: fn.id, functionSlug: fn.slug, appId: fn.appId, appName: fn.appName,
      eventIds: events.map((x) => x.internalId), status: "Running", createdAt: now, requestVersion: -1,
      forceStepPlan: false, pendingSteps: [], maxAttempts: fn.retries + 1, ...(opts.correlationId ? { correlationId: opts.correlationId } : {}),
    };
    this.runs.push(run);
    // A future `ts` delays the start as if the run began with sleepUntil(ts) (docs/semantics.md §18).
    const startAt = Math.max(now, Math.min(e.event.ts, now + YEAR_MS));
    this.jobs.push({ id: `${runId}-start`, kind: "run", runId, stepId: "step", attempt: 0, runAt: e.event.name.startsWith("inngest/") ? now : startAt, createdAt: now });
    this.pauses.push(...cancelRules(fn, runId, e, now));
    const start = parseDurationMs(String((fn.config.timeouts as { start?: string } | undefined)?.start ?? ""));
    if (start !== undefined) this.jobs.push({ id: `${runId}-timeout-start`, kind: "run", runId, attempt: 0, runAt: now + start, createdAt: now, payload: { timeout: "start" } });
    return run;
  }
}

/**
 * The id `NewRuns.add` gives a run of `fn` whose first event is `first` (or seeded by `seed`):
 * known before the run exists, so a singleton can name the run that will hold it.
 */
export function newRunId(fn: FunctionRecord, first: EventRecord, seed?: string): string {
  return deterministicUlid(ulidTime(first.internalId), seed ?? `${first.internalId}:${fn.id}`);
}

/** cancelOn rules of a new run, as pauses (docs/semantics.md §12): default and maximum 1 year. */
function cancelRules(fn: FunctionRecord, runId: string, e: EventRecord, now: number): PauseRecord[] {
  const rules = (fn.config.cancel as { event?: string; if?: string; match?: string; timeout?: string }[] | undefined) ?? [];
  return rules.filter((r) => typeof r.event === "string").map((r, i) => {
    const ms = r.timeout ? parseDurationMs(r.timeout) ?? (Date.parse(r.timeout) - now) : undefined;
    const expression = r.if || (r.match ? `event.${r.match} == async.${r.match}` : undefined);
    return {
      id: `${runId}-cancel-${i}`, kind: "cancel" as const, runId, event: r.event!, expression,
      trigger: e.event, createdAt: now, expiresAt: now + Math.min(Math.max(ms ?? 366 * 86_400_000, 0), 366 * 86_400_000),
    };
  });
}

