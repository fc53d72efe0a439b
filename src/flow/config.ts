// Flow-control options of a synced function (docs/semantics.md §2–8, limits in §23 and the acceptance
// table): checked at sync by `flowConfigError`, normalised into a FlowConfig (types.ts) for the
// executor by `parseFlowConfig`. One reader serves both: it reports every problem it meets and
// drops the option (or the one concurrency limit) at fault, so the sync error is its first report
// and the executor's config is its best effort — configs stored before validation existed still
// parse, minus what is invalid, and parsing never throws.
//
// Accepted shapes are those the official TS SDK v4 sends, which copies the user's options verbatim
// (docs/execution-protocol.md §3.3): concurrency as a number, an object or an array; durations as
// strings ("30s", "1h30m", "7d"; a number is read as milliseconds); keys as CEL text, where "" means
// no key (some SDKs send it). Imports expressions.ts rather than functions/index.ts: register.ts
// imports this module, and going through that index would be a runtime import cycle.

import { parseDurationMs } from "../common/index.ts";
import { expressionUsageError } from "../functions/expressions.ts";
import type {
  BatchOption, ConcurrencyLimit, ConcurrencyScope, DebounceOption, FlowConfig, RateLimitOption, SingletonOption, ThrottleOption,
} from "./types.ts";

/** Most concurrency limits per function (docs/semantics.md §2). */
export const MAX_CONCURRENCY_LIMITS = 2;
/** Largest `batchEvents.maxSize` (docs/semantics.md §0: default cap). */
export const MAX_BATCH_SIZE = 100;

interface DurationRange {
  minMs: number;
  maxMs: number;
  label: string;
}
const SECOND_MS = 1000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
export const THROTTLE_PERIOD: DurationRange = { minMs: SECOND_MS, maxMs: 7 * DAY_MS, label: "1s and 7d" };
export const RATE_LIMIT_PERIOD: DurationRange = { minMs: SECOND_MS, maxMs: 24 * HOUR_MS, label: "1s and 24h" };
export const DEBOUNCE_PERIOD: DurationRange = { minMs: SECOND_MS, maxMs: 7 * DAY_MS, label: "1s and 7d" };
/** No upper bound is documented; the timeout only has to be a real wait. */
const DEBOUNCE_TIMEOUT: DurationRange = { minMs: SECOND_MS, maxMs: Number.MAX_SAFE_INTEGER, label: "1s and any longer" };
/** docs/semantics.md §0: 1s–60s by default. */
export const BATCH_TIMEOUT: DurationRange = { minMs: SECOND_MS, maxMs: 60 * SECOND_MS, label: "1s and 60s" };

const SCOPES: readonly ConcurrencyScope[] = ["fn", "env", "account"];

type Report = (message: string) => void;

/** Why the flow-control options of a synced function config are invalid, or undefined. */
export function flowConfigError(config: Record<string, unknown>): string | undefined {
  let first: string | undefined;
  readFlowConfig(config, (message) => {
    first ??= message;
  });
  return first;
}

/** The normalised options; invalid ones (only in configs stored before validation) are dropped. */
export function parseFlowConfig(config: Record<string, unknown>): FlowConfig {
  return readFlowConfig(config, () => {});
}

function readFlowConfig(config: Record<string, unknown>, report: Report): FlowConfig {
  const c = isObject(config) ? config : {};
  const out: FlowConfig = { concurrency: readConcurrency(c.concurrency, report) };
  const throttle = readOption(c.throttle, "throttle", report, readThrottle);
  const rateLimit = readOption(c.rateLimit, "rateLimit", report, readRateLimit);
  const debounce = readOption(c.debounce, "debounce", report, readDebounce);
  let batch = readOption(c.batchEvents, "batchEvents", report, readBatch);
  const priority = readOption(c.priority, "priority", report, (v, r) => ({ run: r.expression(v.run, "run") }))?.run;
  const singleton = readOption(c.singleton, "singleton", report, readSingleton);
  const conflicts = batchConflicts(c);
  if (!isAbsent(c.batchEvents) && conflicts.length) {
    report(`batchEvents: cannot be combined with ${conflicts.join(", ")}`);
    // Batching goes, not the others: rateLimit, idempotency and cancel are not ours to drop, and
    // singleton/debounce/priority keep their promise without it.
    batch = undefined;
  }
  if (throttle) out.throttle = throttle;
  if (rateLimit) out.rateLimit = rateLimit;
  if (debounce) out.debounce = debounce;
  if (batch) out.batch = batch;
  if (priority !== undefined) out.priority = priority;
  if (singleton) out.singleton = singleton;
  return out;
}

/** Options batching cannot be combined with (docs/semantics.md §5, §6, §8), as present in the config. */
function batchConflicts(c: Record<string, unknown>): string[] {
  const conflicts: string[] = [];
  if (typeof c.idempotency === "string" && c.idempotency !== "") conflicts.push("idempotency");
  if (!isAbsent(c.rateLimit)) conflicts.push("rateLimit");
  if (Array.isArray(c.cancel) && c.cancel.length > 0) conflicts.push("cancelOn");
  if (isObject(c.priority) && typeof c.priority.run === "string" && c.priority.run !== "") conflicts.push("priority");
  if (!isAbsent(c.debounce)) conflicts.push("debounce");
  if (!isAbsent(c.singleton)) conflicts.push("singleton");
  return conflicts;
}

/**
 * Reads the fields of one option. Each reader method returns a usable value even when the field is
 * invalid (its default), having reported the problem; the caller drops the option if `failed`.
 */
class FieldReader {
  failed = false;
  constructor(
    readonly option: string,
    readonly report: Report,
  ) {}

  fail(message: string): void {
    this.failed = true;
    this.report(`${this.option}: ${message}`);
  }

  int(value: unknown, field: string, range: { min: number; max?: number; default?: number }): number {
    if (isAbsent(value) && range.default !== undefined) return range.default;
    const ok = typeof value === "number" && Number.isInteger(value) && value >= range.min && (range.max === undefined || value <= range.max);
    if (ok) return value;
    this.fail(range.max === undefined
      ? `${field} must be an integer of at least ${range.min}`
      : `${field} must be an integer between ${range.min} and ${range.max}`);
    return range.default ?? range.min;
  }

  /** A required duration within `range`; optional ones pass `optional` and get undefined when absent. */
  duration(value: unknown, field: string, range: DurationRange, optional = false): number | undefined {
    if (isAbsent(value) || value === "") {
      if (!optional) this.fail(`${field} is required`);
      return undefined;
    }
    const ms = typeof value === "string" || typeof value === "number" ? parseDurationMs(value) : undefined;
    if (ms === undefined) {
      this.fail(`${field} ${JSON.stringify(value)} is not a duration`);
    } else if (ms < range.minMs || ms > range.maxMs) {
      this.fail(`${field} must be between ${range.label}, not ${JSON.stringify(value)}`);
    }
    return ms;
  }

  /** An optional CEL expression over `event` (docs/semantics.md §21: an invalid key fails sync). */
  expression(value: unknown, field: string): string | undefined {
    if (isAbsent(value) || value === "") return undefined;
    if (typeof value !== "string") {
      this.fail(`${field} must be a CEL expression string`);
      return undefined;
    }
    const err = expressionUsageError(value, { allowAsync: false });
    if (err) this.fail(`invalid ${field} expression: ${err}`);
    return value;
  }
}

/** Runs `read` on an option that is present and an object; undefined when absent or invalid. */
function readOption<T>(
  raw: unknown, option: string, report: Report, read: (v: Record<string, unknown>, r: FieldReader) => T,
): T | undefined {
  if (isAbsent(raw)) return undefined;
  const r = new FieldReader(option, report);
  if (!isObject(raw)) {
    r.fail("must be an object");
    return undefined;
  }
  const value = read(raw, r);
  return r.failed ? undefined : value;
}

/**
 * `concurrency` (docs/semantics.md §2): a number (`{limit: n}`), one limit or an array of at most two.
 * Limits of 0 or without a limit are dropped (no limit); `env`/`account` scopes need a key; two
 * limits may not share both scope and key text.
 */
function readConcurrency(raw: unknown, report: Report): ConcurrencyLimit[] {
  if (isAbsent(raw)) return [];
  if (typeof raw === "number") {
    const r = new FieldReader("concurrency", report);
    const limit = r.int(raw, "limit", { min: 0 });
    return r.failed || limit === 0 ? [] : [{ limit, scope: "fn" }];
  }
  if (isObject(raw) && raw.limit === undefined && ("fn" in raw || "step" in raw)) {
    report("concurrency: the {fn, step} form is not supported; use a limit or an array of limits");
    return [];
  }
  const entries = Array.isArray(raw) ? raw : [raw];
  if (entries.length > MAX_CONCURRENCY_LIMITS) report(`concurrency: at most ${MAX_CONCURRENCY_LIMITS} limits`);
  const limits: ConcurrencyLimit[] = [];
  for (const entry of entries.slice(0, MAX_CONCURRENCY_LIMITS)) {
    const limit = readConcurrencyLimit(entry, report);
    if (!limit) continue;
    if (limits.some((l) => l.scope === limit.scope && l.key?.trim() === limit.key?.trim())) {
      report(`concurrency: two limits with scope "${limit.scope}" and the same key`);
      continue;
    }
    limits.push(limit);
  }
  return limits;
}

function readConcurrencyLimit(entry: unknown, report: Report): ConcurrencyLimit | undefined {
  const r = new FieldReader("concurrency", report);
  if (!isObject(entry)) {
    r.fail("each limit must be an object");
    return undefined;
  }
  const limit = r.int(entry.limit, "limit", { min: 0, default: 0 });
  let scope: ConcurrencyScope = "fn";
  if (!isAbsent(entry.scope)) {
    if (SCOPES.includes(entry.scope as ConcurrencyScope)) scope = entry.scope as ConcurrencyScope;
    else r.fail(`scope must be "fn", "env" or "account", not ${JSON.stringify(entry.scope)}`);
  }
  const key = r.expression(entry.key, "key");
  if (scope !== "fn" && key === undefined) r.fail(`scope "${scope}" needs a key`);
  if (r.failed || limit === 0) return undefined;
  return key === undefined ? { limit, scope } : { limit, key, scope };
}

/** `throttle` (docs/semantics.md §3). A missing limit is 1 (docs/execution-protocol.md §3.3); burst is extra starts. */
function readThrottle(v: Record<string, unknown>, r: FieldReader): ThrottleOption {
  const out: ThrottleOption = {
    limit: r.int(v.limit, "limit", { min: 1, default: 1 }),
    periodMs: r.duration(v.period, "period", THROTTLE_PERIOD) ?? 0,
    burst: r.int(v.burst, "burst", { min: 0, default: 0 }),
  };
  return withKey(out, r.expression(v.key, "key"));
}

/** `rateLimit` (docs/semantics.md §4). */
function readRateLimit(v: Record<string, unknown>, r: FieldReader): RateLimitOption {
  const out: RateLimitOption = {
    limit: r.int(v.limit, "limit", { min: 1 }),
    periodMs: r.duration(v.period, "period", RATE_LIMIT_PERIOD) ?? 0,
  };
  return withKey(out, r.expression(v.key, "key"));
}

/** `debounce` (docs/semantics.md §5). */
function readDebounce(v: Record<string, unknown>, r: FieldReader): DebounceOption {
  const out: DebounceOption = { periodMs: r.duration(v.period, "period", DEBOUNCE_PERIOD) ?? 0 };
  const timeoutMs = r.duration(v.timeout, "timeout", DEBOUNCE_TIMEOUT, true);
  if (timeoutMs !== undefined) out.timeoutMs = timeoutMs;
  return withKey(out, r.expression(v.key, "key"));
}

/** `batchEvents` (docs/semantics.md §6). */
function readBatch(v: Record<string, unknown>, r: FieldReader): BatchOption {
  const out: BatchOption = {
    maxSize: r.int(v.maxSize, "maxSize", { min: 1, max: MAX_BATCH_SIZE }),
    timeoutMs: r.duration(v.timeout, "timeout", BATCH_TIMEOUT) ?? 0,
  };
  const condition = r.expression(v.if, "if");
  if (condition !== undefined) out.if = condition;
  return withKey(out, r.expression(v.key, "key"));
}

/** `singleton` (docs/semantics.md §8): the key is optional (§0). */
function readSingleton(v: Record<string, unknown>, r: FieldReader): SingletonOption {
  const mode = v.mode === "skip" || v.mode === "cancel" ? v.mode : undefined;
  if (!mode) r.fail(`mode must be "skip" or "cancel", not ${JSON.stringify(v.mode)}`);
  const out: SingletonOption = { mode: mode ?? "skip" };
  return withKey(out, r.expression(v.key, "key"));
}

function withKey<T extends { key?: string }>(option: T, key: string | undefined): T {
  if (key !== undefined) option.key = key;
  return option;
}

function isAbsent(v: unknown): v is undefined | null {
  return v === undefined || v === null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
