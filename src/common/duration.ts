// Duration strings as users and SDKs write them: one grammar for the server and the worker SDK,
// kept in worker-sdk/duration.ts (the SDK is a package that imports nothing outside its folder).
export { parseDurationMs } from "../../worker-sdk/duration.ts";

/** Formats milliseconds as an `ms`-parseable string ("10s", "500ms") for CONNECTION_READY. */
export function formatDurationMs(ms: number): string {
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
