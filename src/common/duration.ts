// Duration strings as users and SDKs write them: ms-style ("10s", "500ms", "1.5h", "2 days") and
// Go-style ("2h45m", "1m30s", "300ms"), plus "d" and "w". Numbers are milliseconds.

const UNIT_MS: Record<string, number> = {
  ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000,
};
const LONG_UNITS: Record<string, string> = {
  millisecond: "ms", milliseconds: "ms", msec: "ms", msecs: "ms",
  sec: "s", secs: "s", second: "s", seconds: "s",
  min: "m", mins: "m", minute: "m", minutes: "m",
  hr: "h", hrs: "h", hour: "h", hours: "h",
  day: "d", days: "d", week: "w", weeks: "w",
  y: "y", yr: "y", yrs: "y", year: "y", years: "y",
};
const YEAR_MS = 31_557_600_000;

/** Parses a duration into milliseconds; returns undefined when the input is not a duration. */
export function parseDurationMs(input: string | number): number | undefined {
  if (typeof input === "number") return Number.isFinite(input) && input >= 0 ? input : undefined;
  const s = input.replace(/\s+/g, "").toLowerCase();
  if (s === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (!/^(\d+(\.\d+)?[a-zµ]+)+$/.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)([a-zµ]+)/g)) {
    const unit = LONG_UNITS[m[2]] ?? m[2];
    const factor = unit === "y" ? YEAR_MS : UNIT_MS[unit];
    if (factor === undefined) return undefined;
    total += Number(m[1]) * factor;
  }
  return total;
}

/** Formats milliseconds as an `ms`-parseable string ("10s", "500ms") for CONNECTION_READY. */
export function formatDurationMs(ms: number): string {
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
