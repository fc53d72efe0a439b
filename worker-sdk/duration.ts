// Parses `ms`-style duration strings ("10s", "500ms", "1m", "1.5h", "2 days") into milliseconds.
// The gateway sends intervals in this form (docs/connect-protocol.md §1.3 step 9) and users may pass it
// to RetryAfterError. Returns `undefined` for anything it does not understand, like `ms` does.

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;
const YEAR_MS = 365.25 * DAY_MS;

const UNIT_MS: ReadonlyArray<[RegExp, number]> = [
  [/^(milliseconds?|msecs?|ms)$/, 1],
  [/^(seconds?|secs?|s)$/, SECOND_MS],
  [/^(minutes?|mins?|m)$/, MINUTE_MS],
  [/^(hours?|hrs?|h)$/, HOUR_MS],
  [/^(days?|d)$/, DAY_MS],
  [/^(weeks?|w)$/, WEEK_MS],
  [/^(years?|yrs?|y)$/, YEAR_MS],
];

const DURATION_PATTERN = /^(-?\d*\.?\d+) *([a-z]*)$/i;

/** Longest input considered; longer strings are rejected outright. */
const MAX_INPUT_LENGTH = 100;

/**
 * Converts a duration string to milliseconds. A bare number means milliseconds.
 * @returns the duration in ms, or `undefined` when the string is not a duration.
 */
export function parseDurationMs(input: string): number | undefined {
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_INPUT_LENGTH) return undefined;
  const match = DURATION_PATTERN.exec(text);
  if (!match) return undefined;
  const value = Number.parseFloat(match[1] ?? "");
  if (!Number.isFinite(value)) return undefined;
  const unit = (match[2] ?? "").toLowerCase();
  if (unit === "") return value;
  for (const [pattern, factor] of UNIT_MS) {
    if (pattern.test(unit)) return value * factor;
  }
  return undefined;
}
