// Runs the fuzz properties against a live target in batches: fast-check draws the cases (a fixed
// seed per batch, so a failure can be replayed), and after every batch the target must still
// serve (`/health`, `/ready`, a real run). Shared by the suite and `npm run fuzz`.
import fc from "fast-check";
import type { EntryPoint } from "./properties.ts";
import { type LiveTarget, startFuzzTarget } from "./target.ts";

export interface FailureReport {
  entryPoint: string;
  /** Replays the batch: `fc.check(property, { seed, path })`. */
  seed: number;
  path?: string;
  counterexample: string;
  error: string;
}

export interface EntryPointResult {
  name: string;
  cases: number;
  batches: number;
  failures: FailureReport[];
  durationMs: number;
}

export interface FuzzOptions {
  cases: number;
  /** Cases between two liveness checks. @default 200 */
  batchSize?: number;
  /** @default Date.now() */
  seed?: number;
  onBatch?: (r: EntryPointResult) => void;
}

/** Fuzzes one entry point; a dead target ends it (the caller decides whether to start another). */
export async function fuzzEntryPoint(ep: EntryPoint<unknown>, target: LiveTarget, o: FuzzOptions): Promise<EntryPointResult> {
  const started = Date.now();
  const seed = o.seed ?? started;
  const batchSize = o.batchSize ?? 200;
  const result: EntryPointResult = { name: ep.name, cases: 0, batches: 0, failures: [], durationMs: 0 };
  const property = fc.asyncProperty(ep.arbitrary, (input) => ep.check(input, target));
  while (result.cases < o.cases && target.alive()) {
    const batchSeed = seed + result.batches;
    const details = await fc.check(property, { numRuns: Math.min(batchSize, o.cases - result.cases), seed: batchSeed, endOnFailure: true });
    result.batches++;
    result.cases += details.numRuns;
    if (details.failed) {
      result.failures.push({
        entryPoint: ep.name, seed: batchSeed, path: details.counterexamplePath ?? undefined,
        counterexample: fc.stringify(details.counterexample).slice(0, 600),
        error: `${target.alive() ? "" : "the process died: "}${String(details.errorInstance)}`.slice(0, 600),
      });
    }
    try {
      await target.assertServing();
    } catch (err) {
      result.failures.push({ entryPoint: ep.name, seed: batchSeed, counterexample: "(liveness check after the batch)", error: String(err).slice(0, 600) });
    }
    result.durationMs = Date.now() - started;
    o.onBatch?.(result);
  }
  return result;
}

export interface FuzzPlanEntry {
  entryPoint: EntryPoint<unknown>;
  cases: number;
}

/** Runs a plan on one target, starting a fresh one when a failure killed the previous. */
export async function runFuzzPlan(plan: FuzzPlanEntry[], o: Omit<FuzzOptions, "cases"> = {}): Promise<EntryPointResult[]> {
  const results: EntryPointResult[] = [];
  let target = await startFuzzTarget();
  try {
    for (const { entryPoint, cases } of plan) {
      if (!target.alive()) {
        await target.close();
        target = await startFuzzTarget();
      }
      results.push(await fuzzEntryPoint(entryPoint, target, { ...o, cases }));
    }
  } finally {
    await target.close();
  }
  return results;
}
