// REST v1 shapes (docs/execution-protocol.md §6.3): function runs and events as Inngest returns them.
import type { EventSkip } from "../flow/skips.ts";
import type { EventRecord, FunctionRecord, RunRecord, RunWait, RunWaiting, StepRecord } from "../state/index.ts";

export const ENVIRONMENT_ID = "00000000-0000-4000-b000-000000000000";

const iso = (ms?: number) => (ms === undefined ? null : new Date(ms).toISOString());

export function runView(run: RunRecord, steps?: StepRecord[]) {
  return {
    run_id: run.id,
    run_started_at: iso(run.startedAt ?? run.createdAt),
    function_id: run.functionId,
    function_slug: run.functionSlug,
    function_version: 1,
    environment_id: ENVIRONMENT_ID,
    event_id: run.eventIds[0] ?? null,
    // A batch run has several trigger events; `event_id` is the first, as Inngest answers.
    ...(run.eventIds.length > 1 ? { event_ids: run.eventIds } : {}),
    status: run.status,
    ended_at: iso(run.endedAt),
    output: run.status === "Running" ? null : (run.output ?? null),
    ...(run.originalRunId ? { original_run_id: run.originalRunId } : {}),
    ...(run.status === "Running" && run.waiting ? { waiting: waitingView(run.waiting) } : {}),
    ...(steps ? { steps: steps.map(stepView), progress: progressView(run, steps), waits: waitsView(run, steps) } : {}),
  };
}

/** The sleeps and waits still open: those of the run's `waits` whose step has no result yet. */
function waitsView(run: RunRecord, steps: StepRecord[]) {
  if (run.status !== "Running" || !run.waits?.length) return [];
  const done = new Set(steps.map((s) => s.stepId));
  return run.waits.filter((w) => !done.has(w.stepId)).map((w: RunWait) => ({
    step_id: w.stepId, op: w.op, name: w.name ?? null, until: iso(w.until),
    ...(w.event ? { event: w.event } : {}), ...(w.if ? { if: w.if } : {}), ...(w.function ? { function_id: w.function } : {}),
  }));
}

/** Why a run is queued behind a limit (docs/flow-control.md, "Why is it waiting"). */
function waitingView(w: RunWaiting) {
  return {
    reason: w.reason, limit: w.limit, since: iso(w.since),
    ...(w.scope ? { scope: w.scope } : {}), ...(w.key !== undefined ? { key: w.key } : {}), ...(w.until ? { until: iso(w.until) } : {}),
  };
}

/** Ops whose stored result is the value itself, not a `{data}`/`{error}` wrapper (docs/execution-protocol.md §1.3.2). */
const VERBATIM_OPS = new Set(["Step", "Sleep", "WaitForEvent"]);

/** Progress of steps still running (a finished step's result replaces its progress). */
function progressView(run: RunRecord, steps: StepRecord[]) {
  const done = new Set(steps.map((s) => s.stepId));
  return Object.entries(run.progress ?? {})
    .filter(([id]) => !done.has(id))
    .map(([id, p]) => ({ step_id: id, data: p.data, updated_at: iso(p.updatedAt) }));
}

export function stepView(s: StepRecord) {
  if (VERBATIM_OPS.has(s.op)) {
    return { id: s.stepId, name: s.name ?? null, op: s.op, status: "Completed", attempt: s.attempt, output: s.result ?? null, error: null, ...timingView(s) };
  }
  const r = s.result as { data?: unknown; error?: unknown } | null;
  const failed = r !== null && typeof r === "object" && "error" in r && !("data" in r);
  return {
    id: s.stepId,
    name: s.name ?? null,
    op: s.op,
    status: failed ? "Failed" : "Completed",
    attempt: s.attempt,
    output: r !== null && typeof r === "object" && "data" in r ? r.data : failed ? null : r,
    error: failed ? r!.error : null,
    ...timingView(s),
  };
}

function timingView(s: StepRecord) {
  return { started_at: iso(s.startedAt), duration_ms: s.durationMs ?? null, completed_at: iso(s.createdAt) };
}

/** `skipped`: the functions the event started no run of, and why (docs/flow-control.md). */
export function eventView(e: EventRecord, skipped: EventSkip[] = []) {
  return {
    internal_id: e.internalId,
    account_id: "00000000-0000-4000-a000-000000000000",
    environment_id: ENVIRONMENT_ID,
    received_at: iso(e.receivedAt),
    id: e.event.id,
    name: e.event.name,
    data: e.event.data,
    user: e.event.user,
    ts: e.event.ts,
    ...(e.event.v ? { v: e.event.v } : {}),
    ...(skipped.length ? { skipped } : {}),
  };
}

/** `paused`: the function is paused (docs/semantics.md §24). */
export function functionView(f: FunctionRecord, paused = false) {
  return {
    id: f.id,
    slug: f.slug,
    name: f.name,
    app_id: f.appId,
    app_name: f.appName,
    triggers: f.triggers,
    retries: f.retries,
    paused,
  };
}
