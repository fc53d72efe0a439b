// The one duration grammar of Tether, server and SDK alike (the server imports it from here:
// this package imports nothing outside its folder, so the copy lives with it). Accepted:
// - `ms`-style strings, as the official TypeScript SDK and users write them: "10s", "500ms",
//   "1.5h", ".5s", "2 days", "3 SECONDS", "1w";
// - Go-style compound strings, as Go SDKs send them: "2h45m", "1m30s", "300ms", "1.5µs";
// - a bare number: milliseconds.
// The gateway sends intervals in this form (docs/connect-protocol.md §1.3 step 9) and users may
// pass it to RetryAfterError and to sleeps. Anything else, negatives included, is `undefined`.

const UNIT_MS: Record<string, number> = {
  ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_557_600_000,
};
const LONG_UNITS: Record<string, string> = {
  millisecond: "ms", milliseconds: "ms", msec: "ms", msecs: "ms",
  sec: "s", secs: "s", second: "s", seconds: "s",
  min: "m", mins: "m", minute: "m", minutes: "m",
  hr: "h", hrs: "h", hour: "h", hours: "h",
  day: "d", days: "d", week: "w", weeks: "w",
  yr: "y", yrs: "y", year: "y", years: "y",
};

/** Longest input considered; longer strings are rejected outright. */
const MAX_INPUT_LENGTH = 100;

/**
 * Converts a duration to milliseconds.
 * @returns the duration in ms, or `undefined` when the input is not a duration.
 */
export function parseDurationMs(input: string | number): number | undefined {
  if (typeof input === "number") return Number.isFinite(input) && input >= 0 ? input : undefined;
  if (input.length > MAX_INPUT_LENGTH) return undefined;
  const s = input.replace(/\s+/g, "").toLowerCase();
  if (s === "") return undefined;
  if (/^(\d+(\.\d+)?|\.\d+)$/.test(s)) return Number(s);
  if (!/^((\d+(\.\d+)?|\.\d+)[a-zµ]+)+$/.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?|\.\d+)([a-zµ]+)/g)) {
    const factor = UNIT_MS[LONG_UNITS[m[2]] ?? m[2]];
    if (factor === undefined) return undefined;
    total += Number(m[1]) * factor;
  }
  return total;
}
