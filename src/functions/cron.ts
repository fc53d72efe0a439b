// Cron triggers (docs/semantics.md §14): parsing and validation with croner, and the schedule math.
// A function's schedule is a chain of durable jobs in the store's queue (the same queue that
// holds sleeps and retries): one job per scheduled instant, with an id derived from the function,
// its cron triggers and the instant, so re-enqueueing it (a second sync, a redelivered job, two
// executors) is a no-op. Firing is src/executor/cron.ts.
//
// Rules: five fields, UTC unless the expression starts with `TZ=<IANA zone> `; optional jitter
// 1 s–5 min delays each occurrence by a (deterministic) random offset within the window; the
// instants of several cron triggers of one function are merged, one per second.
import { Cron } from "croner";
import { createHash } from "node:crypto";
import { parseDurationMs } from "../common/index.ts";
import type { CronJob, CronJobPayload, FunctionRecord, FunctionTrigger } from "../state/index.ts";

export const CRON_EVENT_NAME = "inngest/scheduled.timer";
/** The event an invoked run receives (a step.invoke: `data._inngest` names the caller). */
export const INVOKED_EVENT_NAME = "inngest/function.invoked";
export const MIN_CRON_JITTER_MS = 1_000;
export const MAX_CRON_JITTER_MS = 5 * 60_000;
const TZ_PREFIX = /^TZ=(\S+)\s+(.+)$/;

/**
 * Tests only: accept a sixth (seconds) field so a test can watch real ticks without waiting
 * minutes. Production registration always requires five fields.
 * @internal
 */
export const cronTestHooks = { allowSecondsField: false };

/** One cron trigger, validated. */
export interface CronSpec {
  /** The expression as registered (with its `TZ=` prefix). */
  cron: string;
  jitterMs: number;
}

/** What a scheduled cron job carries (`payload.cron`; src/state/jobs.ts). */
export type { CronJobPayload };

/** Parses an expression; throws with a message fit for a sync error. */
export function parseCron(expr: string): Cron {
  const trimmed = expr.trim();
  const m = TZ_PREFIX.exec(trimmed);
  const timezone = m ? m[1] : "UTC";
  const pattern = m ? m[2] : trimmed;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
  } catch {
    throw new Error(`unknown time zone "${timezone}"`);
  }
  const cron = new Cron(pattern, {
    timezone, domAndDow: false, mode: cronTestHooks.allowSecondsField ? "5-or-6-parts" : "5-part",
  });
  cron.nextRun();
  return cron;
}

/** Undefined when the trigger's cron and jitter are valid, else why not. */
export function cronTriggerError(t: FunctionTrigger): string | undefined {
  if (typeof t.cron !== "string") return "cron must be a string";
  try {
    parseCron(t.cron);
  } catch (err) {
    return `invalid cron "${t.cron}": ${err instanceof Error ? err.message : String(err)}`;
  }
  if (t.jitter === undefined || t.jitter === null) return undefined;
  const ms = typeof t.jitter === "string" ? parseDurationMs(t.jitter) : undefined;
  if (ms === undefined || ms < MIN_CRON_JITTER_MS || ms > MAX_CRON_JITTER_MS) {
    return `invalid cron jitter "${String(t.jitter)}": must be a duration from 1s to 5m`;
  }
  return undefined;
}

/** The function's cron triggers (already validated at sync). */
export function cronSpecs(fn: Pick<FunctionRecord, "triggers">): CronSpec[] {
  return fn.triggers
    .filter((t): t is FunctionTrigger & { cron: string } => typeof t.cron === "string")
    .map((t) => ({ cron: t.cron, jitterMs: (t.jitter ? parseDurationMs(t.jitter) : undefined) ?? 0 }));
}

/** Identifies a set of cron triggers: jobs scheduled under another set are stale. */
export function scheduleKey(specs: CronSpec[]): string {
  return createHash("sha256").update(JSON.stringify(specs)).digest("hex").slice(0, 16);
}

/**
 * The first instant strictly after `afterMs` at which any spec fires, at whole seconds (the
 * instants of several triggers coincide there and count once), with the first spec firing then.
 */
export function nextCronInstant(specs: CronSpec[], afterMs: number): { at: number; spec: CronSpec } | undefined {
  let best: { at: number; spec: CronSpec } | undefined;
  for (const spec of specs) {
    const next = parseCron(spec.cron).nextRun(new Date(afterMs));
    if (!next) continue;
    const at = Math.floor(next.getTime() / 1000) * 1000;
    if (at > afterMs && (!best || at < best.at)) best = { at, spec };
  }
  return best;
}

/** A stable offset in [0, jitterMs] for this function and instant, so every scheduler agrees. */
export function jitterOffsetMs(functionId: string, at: number, jitterMs: number): number {
  if (jitterMs <= 0) return 0;
  const n = createHash("sha256").update(`${functionId}:${at}`).digest().readUInt32BE(0);
  return n % (jitterMs + 1);
}

/** The job for the function's next cron instant after `afterMs`, or undefined without crons. */
export function cronJob(fn: Pick<FunctionRecord, "id" | "triggers">, afterMs: number, nowMs: number): CronJob | undefined {
  const specs = cronSpecs(fn);
  if (specs.length === 0) return undefined;
  const next = nextCronInstant(specs, afterMs);
  if (!next) return undefined;
  const schedule = scheduleKey(specs);
  const payload: CronJobPayload = { functionId: fn.id, schedule, at: next.at, cron: next.spec.cron };
  return {
    id: `cron-${fn.id}-${schedule}-${next.at}`, kind: "event", attempt: 0,
    runAt: next.at + jitterOffsetMs(fn.id, next.at, next.spec.jitterMs), createdAt: nowMs, payload: { cron: payload },
  };
}
