// Step executions measured on the workers' side for the flow-control tests: the fixtures
// (test/conformance/fixtures/flow-functions.mjs) print an "enter" and a "leave" line around each
// step body, stamped with Date.now(). Lines from several worker processes on this machine share
// one clock, so their spans can be merged and compared: overlap, peak, order.
import type { FixtureLine } from "./official-sdk-worker.ts";

/** One step execution on a worker: when its body entered and left (ms epoch). */
export interface Span {
  label: string;
  step: string;
  start: number;
  end: number;
  /** Index of the worker process that ran it. */
  worker: number;
  /** The run's id, when the fixture reports it. */
  run?: string;
}

export const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Most spans executing at the same instant (a span ending when another starts does not overlap). */
export function peak(spans: Span[]): number {
  const edges = spans.flatMap((s) => [{ at: s.start, d: 1 }, { at: s.end, d: -1 }]).sort((a, b) => a.at - b.at || a.d - b.d);
  let now = 0;
  let most = 0;
  for (const e of edges) most = Math.max(most, (now += e.d));
  return most;
}

/** The first instant at or after `from` when `n` spans execute at once; undefined if never. */
export function firstAtOnce(spans: Span[], n: number, from = Number.NEGATIVE_INFINITY): number | undefined {
  const edges = spans.flatMap((s) => [{ at: s.start, d: 1 }, { at: s.end, d: -1 }]).sort((a, b) => a.at - b.at || a.d - b.d);
  let now = 0;
  for (const e of edges) if ((now += e.d) >= n && e.at >= from) return e.at;
  return undefined;
}

export const byStart = (spans: Span[]) => [...spans].sort((a, b) => a.start - b.start);

/** Spans relative to the first start, for failure messages: `label/step@worker start..end`. */
export function show(spans: Span[]): string {
  const t0 = Math.min(...spans.map((s) => s.start));
  return byStart(spans).map((s) => `${s.label}/${s.step}@w${s.worker} ${s.start - t0}..${s.end - t0}`).join(", ");
}

/**
 * Pairs each "enter" line matching `mine` with the next unused "leave" of the same label on the
 * same worker. Undefined while an execution has entered and not left yet (its line may still be
 * in the pipe, or the step is still running).
 */
export function pairSpans(lines: FixtureLine[], mine: (l: FixtureLine) => boolean): Span[] | undefined {
  const leaves = lines.filter((l) => l.type === "leave" && mine(l));
  const paired: Span[] = [];
  for (const enter of lines.filter((l) => l.type === "enter" && mine(l))) {
    const leave = leaves.find((l) => l.label === enter.label && l.worker === enter.worker);
    if (!leave) return undefined;
    leaves.splice(leaves.indexOf(leave), 1);
    paired.push({ label: enter.label, step: enter.step, start: enter.at, end: leave.at, worker: enter.worker, run: enter.run });
  }
  return paired;
}
