// Ops that make a run wait (docs/execution-protocol.md §1.6, §2.5; docs/semantics.md §15–16):
// `WaitForEvent` registers a pause matched by later events, `InvokeFunction` starts another
// function's run and waits for its `inngest/function.finished`. Both get a timeout job that
// resolves the step (null, or an invoke timeout error) if nothing matched first.
import { parseDurationMs } from "../common/index.ts";
import { expressionError, INVOKED_EVENT_NAME } from "../functions/index.ts";
import type { EventRecord, FunctionRecord, JobRecord, PauseRecord, RunJob } from "../state/index.ts";
import { fanOutJob } from "../state/index.ts";
import type { GeneratorOp } from "./ops.ts";
import { type OutcomeContext, type SerializedError, stepName } from "./outcome.ts";

export const MAX_WAIT_MS = 366 * 86_400_000;
export const DEFAULT_INVOKE_TIMEOUT_MS = 365 * 86_400_000;

export const INVOKE_TIMEOUT_ERROR: SerializedError = {
  name: "InngestInvokeTimeoutError",
  message: "Timed out waiting for invoked function to complete",
  error: "InngestInvokeTimeoutError: Timed out waiting for invoked function to complete",
};

export type AsyncOpResult =
  | { ok: true; pause: PauseRecord; jobs: JobRecord[]; events: EventRecord[] }
  | { ok: false; error: SerializedError; failRun: boolean; stepResult?: unknown };

/** A duration string, an ISO date, or empty (already expired) → absolute time. */
function deadline(raw: unknown, now: number, fallbackMs: number): number | undefined {
  if (raw === undefined || raw === null) return now + fallbackMs;
  const s = String(raw);
  if (s === "") return now;
  const ms = parseDurationMs(s);
  const at = ms !== undefined ? now + ms : Date.parse(s);
  if (Number.isNaN(at) || at - now > MAX_WAIT_MS) return undefined;
  return Math.max(at, now);
}

function timeoutJob(ctx: OutcomeContext, pause: PauseRecord, result: unknown): RunJob {
  return {
    id: `${ctx.run.id}-${pause.stepId}-timeout`, kind: "run", runId: ctx.run.id, stepId: "step", attempt: 0, runAt: pause.expiresAt,
    createdAt: ctx.now, payload: { resolveStep: pause.stepId, op: pause.kind === "invoke" ? "InvokeFunction" : "WaitForEvent", name: pause.stepName, result, pause },
  };
}

export function waitForEventOp(ctx: OutcomeContext, op: GeneratorOp): AsyncOpResult {
  const opts = op.opts ?? {};
  const event = String(opts.event ?? op.name ?? "");
  if (!event) return { ok: false, error: { name: "Error", message: "waitForEvent needs an event name" }, failRun: true };
  const expression = typeof opts.if === "string" && opts.if ? opts.if : undefined;
  if (expression) {
    const err = expressionError(expression);
    if (err) return { ok: false, error: { name: "Error", message: `invalid waitForEvent expression: ${err}` }, failRun: true };
  }
  const expiresAt = deadline(opts.timeout, ctx.now, 0);
  if (expiresAt === undefined) return { ok: false, error: { name: "Error", message: `invalid waitForEvent timeout "${String(opts.timeout)}"` }, failRun: true };
  const pause: PauseRecord = {
    id: `${ctx.run.id}-${op.id}`, kind: "wait", runId: ctx.run.id, stepId: op.id, stepName: stepName(op), event, expression,
    trigger: ctx.events[0]?.event, createdAt: ctx.now, expiresAt,
  };
  return { ok: true, pause, jobs: [timeoutJob(ctx, pause, null)], events: [] };
}

export function invokeOp(ctx: OutcomeContext, op: GeneratorOp, find: (slug: string) => FunctionRecord | undefined): AsyncOpResult {
  const opts = op.opts ?? {};
  const slug = String(opts.function_id ?? "");
  const target = find(slug);
  if (!target) {
    // The caller's step throws, without retries (docs/semantics.md §16).
    const error = { name: "Error", message: `could not find function "${slug}" to invoke` };
    return { ok: false, error, failRun: false, stepResult: { error } };
  }
  const expiresAt = deadline(opts.timeout, ctx.now, DEFAULT_INVOKE_TIMEOUT_MS);
  if (expiresAt === undefined) return { ok: false, error: { name: "Error", message: `invalid invoke timeout "${String(opts.timeout)}"` }, failRun: true };
  const payload = (opts.payload ?? {}) as { data?: Record<string, unknown>; v?: string; user?: Record<string, unknown> };
  const correlationId = `${ctx.run.id}.${op.id}`;
  const internalId = ctx.newId();
  const invoked: EventRecord = {
    internalId,
    receivedAt: ctx.now,
    event: {
      name: INVOKED_EVENT_NAME,
      data: {
        ...(payload.data ?? {}),
        _inngest: {
          fn_id: slug, correlation_id: correlationId, expire: expiresAt, name: op.displayName ?? op.name ?? op.id,
          source_app_id: ctx.run.appId, source_fn_id: ctx.run.functionId,
        },
      },
      user: payload.user ?? {},
      id: internalId,
      ts: ctx.now,
      ...(payload.v ? { v: payload.v } : {}),
    },
  };
  const pause: PauseRecord = {
    id: `${ctx.run.id}-${op.id}`, kind: "invoke", runId: ctx.run.id, stepId: op.id, stepName: stepName(op), event: "inngest/function.finished",
    correlationId, createdAt: ctx.now, expiresAt,
  };
  const start = fanOutJob([internalId], ctx.now, { invokeFunctionId: target.id, correlationId });
  return { ok: true, pause, jobs: [start, timeoutJob(ctx, pause, { error: INVOKE_TIMEOUT_ERROR })], events: [invoked] };
}
