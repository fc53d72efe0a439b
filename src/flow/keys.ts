// Evaluated flow-control keys and the run's queue score (docs/semantics.md §2, §7, §21).
import { evaluateExpression } from "../functions/index.ts";
import type { EventPayload, FunctionRecord } from "../state/index.ts";
import type { Slot } from "./concurrency.ts";
import { flowHash } from "./concurrency.ts";
import type { ConcurrencyLimit, FlowConfig } from "./types.ts";

/** Priority factor bounds, seconds (docs/semantics.md §7). */
export const PRIORITY_MAX_S = 600;

/**
 * A key expression's value for this event, as a string (strings as they are, other values as
 * JSON). An expression that fails to evaluate gives the empty key: the run still runs, queued
 * with the others whose key failed.
 */
export function evalKey(expr: string, event: EventPayload | undefined): string {
  try {
    const v = evaluateExpression(expr, { event: event ?? {} });
    return typeof v === "string" ? v : JSON.stringify(v) ?? "";
  } catch {
    return "";
  }
}

/**
 * The concurrency slots a job of this run must take. `fn` scope counts the function's own jobs
 * (per key value when keyed); `env` and `account` scopes count every function's jobs on the same
 * key value (docs/semantics.md §2), each function comparing the shared count with its own limit.
 * Lanes: within a function-wide limit, jobs queue per value of the function's other (keyed)
 * limit, so the backlog is served round-robin across keys; on a shared key, per function.
 */
export function concurrencySlots(fn: FunctionRecord, cfg: FlowConfig, event: EventPayload | undefined): Slot[] {
  if (cfg.concurrency.length === 0) return [];
  const evaluated = cfg.concurrency.map((c) => ({ ...c, value: c.key === undefined ? undefined : evalKey(c.key, event) }));
  const fairKey = evaluated.find((c) => c.value !== undefined)?.value ?? "";
  return evaluated.map((c) => {
    const docKey = concurrencyDocKey(fn, c, c.value);
    const lane = c.scope === "fn" ? (c.value === undefined ? fairKey : "") : fn.id;
    return { docKey, limit: c.limit, lane, scope: c.scope, ...(c.value === undefined ? {} : { key: c.value }) };
  });
}

/** The lease document (and backlog) of one limit for one evaluated key value. */
export function concurrencyDocKey(fn: FunctionRecord, c: ConcurrencyLimit, value: string | undefined): string {
  return c.scope === "fn"
    ? `conc.fn.${fn.id}${c.key === undefined ? "" : `.${flowHash(c.key + "\n" + (value ?? ""))}`}`
    : `conc.${c.scope}.${flowHash(value ?? "")}`;
}

/** The GCRA document of a function's throttle or rate limit for one evaluated key value. */
export const gcraDocKey = (kind: "thr" | "rate", fn: FunctionRecord, value: string | undefined) => `${kind}.${fn.id}.${flowHash(value ?? "")}`;

/**
 * Queue score of a run's jobs: its creation time moved earlier by its priority factor (clipped
 * to ±600 s; a failing expression counts 0), so a backlog serves older and higher-priority runs
 * first (docs/semantics.md §7).
 */
export function runScore(createdAt: number, cfg: FlowConfig, event: EventPayload | undefined): number {
  return createdAt - priorityFactor(cfg, event) * 1000;
}

export function priorityFactor(cfg: FlowConfig, event: EventPayload | undefined): number {
  if (!cfg.priority) return 0;
  let v: unknown;
  try {
    v = evaluateExpression(cfg.priority, { event: event ?? {} });
  } catch {
    return 0;
  }
  const n = typeof v === "bigint" ? Number(v) : typeof v === "number" ? v : Number.NaN;
  if (!Number.isFinite(n)) return 0;
  return Math.max(-PRIORITY_MAX_S, Math.min(PRIORITY_MAX_S, Math.trunc(n)));
}
