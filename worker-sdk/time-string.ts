// Converts user time inputs into the wire forms the executor reads (docs/execution-protocol.md §1.6):
// durations become Go-style time strings ("1d2h3m4s", whole seconds), instants become ISO-8601
// dates. Mirrors the official SDK's `timeStr` and `getISOString`, including the 1 s minimum for
// positive sub-second durations and "" for zero or negative ones. Temporal objects are recognised
// by their `Symbol.toStringTag`, so any Temporal implementation (or none) works.
//
// Deliberate difference: a string neither `ms` nor Go-style ("1h30m") parsing understands throws a
// TypeError; the official SDK sends "" for it, which the server runs as a zero-length wait.

import { parseDurationMs } from "./duration.ts";

/** A `Temporal.Duration` from any implementation. */
export interface TemporalDurationLike {
  readonly [Symbol.toStringTag]: "Temporal.Duration";
  total(options: { unit: "milliseconds"; relativeTo: string }): number;
}

/** A `Temporal.Instant` from any implementation. */
export interface TemporalInstantLike {
  readonly [Symbol.toStringTag]: "Temporal.Instant";
  toString(): string;
}

/** A `Temporal.ZonedDateTime` from any implementation. */
export interface TemporalZonedDateTimeLike {
  readonly [Symbol.toStringTag]: "Temporal.ZonedDateTime";
  toInstant(): { toString(): string };
}

/** A relative duration: milliseconds, an `ms`/Go-style string ("30s", "1.5h", "1h30m") or a Temporal.Duration. */
export type DurationInput = number | string | TemporalDurationLike;

/** An absolute instant: a Date, a date string, or a Temporal.Instant / ZonedDateTime. */
export type DateInput = Date | string | TemporalInstantLike | TemporalZonedDateTimeLike;

/** A timeout: either a duration from now or an absolute deadline. */
export type TimeInput = number | string | Date | TemporalDurationLike | TemporalInstantLike | TemporalZonedDateTimeLike;

const SECOND_MS = 1000;
const PERIODS: ReadonlyArray<[suffix: string, ms: number]> = [
  ["w", 7 * 24 * 3600 * SECOND_MS],
  ["d", 24 * 3600 * SECOND_MS],
  ["h", 3600 * SECOND_MS],
  ["m", 60 * SECOND_MS],
  ["s", SECOND_MS],
];


function tagOf(value: unknown): unknown {
  try {
    return (value as { [Symbol.toStringTag]?: unknown })?.[Symbol.toStringTag];
  } catch {
    return undefined;
  }
}

function isTemporalDuration(value: unknown): value is TemporalDurationLike {
  return tagOf(value) === "Temporal.Duration";
}

function isTemporalInstant(value: unknown): value is TemporalInstantLike {
  return tagOf(value) === "Temporal.Instant";
}

function isTemporalZonedDateTime(value: unknown): value is TemporalZonedDateTimeLike {
  return tagOf(value) === "Temporal.ZonedDateTime";
}

function durationMs(input: DurationInput): number {
  let ms: number | undefined;
  if (isTemporalDuration(input)) {
    // Calendar units need a reference point; an ISO string works with every Temporal implementation.
    ms = input.total({ unit: "milliseconds", relativeTo: new Date().toISOString().slice(0, -1) });
  } else if (typeof input === "string") {
    // `ms` reads "-5s" as −5000 (which becomes ""); the shared grammar has no negatives.
    const negative = /^\s*-/.test(input);
    const parsed = parseDurationMs(negative ? input.replace(/^\s*-/, "") : input);
    ms = parsed === undefined ? undefined : negative ? -parsed : parsed;
  } else if (typeof input === "number") {
    ms = input;
  }
  if (ms === undefined || !Number.isFinite(ms)) {
    throw new TypeError(`invalid duration ${JSON.stringify(String(input))}: use milliseconds, "30s", "1.5h" or "1h30m"`);
  }
  return ms;
}

/** Formats milliseconds as a Go-style time string; "" for zero or less, at least "1s" otherwise. */
export function formatTimeString(ms: number): string {
  let remaining = ms > 0 && ms < SECOND_MS ? SECOND_MS : ms;
  let out = "";
  for (const [suffix, period] of PERIODS) {
    const count = Math.floor(remaining / period);
    if (count > 0) {
      out += `${count}${suffix}`;
      remaining %= period;
    }
  }
  return out;
}

/** ISO-8601 form of an instant. Throws a TypeError for invalid dates. */
export function toIsoString(input: DateInput): string {
  try {
    if (typeof input === "string" || input instanceof Date) return new Date(input).toISOString();
    if (isTemporalZonedDateTime(input)) return input.toInstant().toString();
    if (isTemporalInstant(input)) return input.toString();
  } catch {
    // Falls through to the TypeError below (Date#toISOString throws RangeError when invalid).
  }
  throw new TypeError(`invalid date ${JSON.stringify(String(input))}: use a Date, an ISO-8601 string or a Temporal instant`);
}

/** The wire form of a timeout or sleep: an ISO date for instants, a time string for durations. */
export function toTimeString(input: TimeInput): string {
  if (input instanceof Date || isTemporalInstant(input) || isTemporalZonedDateTime(input)) return toIsoString(input);
  return formatTimeString(durationMs(input));
}
