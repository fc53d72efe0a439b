// What the API does to the system, once, for every surface that offers it: REST (server.ts) and
// the MCP tools (mcp-tools.ts) take events in, cancel and rerun runs through these functions, so
// a rule (a 404 for an unknown run, no single rerun of a cron run, the wake-up after a write) holds
// on both. Each write is followed by a queue wake-up so an idle executor claims the new job now.
import { type Bus, subjects } from "../bus/index.ts";
import { TetherError } from "../common/index.ts";
import { cancelRun, pauseState } from "../executor/index.ts";
import type { EventRecord, FunctionRecord, RunRecord, Store } from "../state/index.ts";
import { parseEvents } from "./events.ts";
import { type RerunFromStep, refuseCronRerun, startRerun } from "./rerun.ts";

export interface ActionDeps {
  store: Store;
  bus: Bus;
}

/** Tells executors that due work was written (they would otherwise find it on their next poll). */
export function wakeExecutors(bus: Bus): void {
  bus.publish(subjects.queueWake(), new Uint8Array(0));
}

/**
 * Validates and stores events with their fan-out job (docs/execution-protocol.md §6.1–6.2); once
 * this returns they are persisted (DESIGN.md invariant 1). Bad input is `invalid_event`.
 */
export async function ingestEvents(deps: ActionDeps, body: unknown, opts: { maxEventBytes: number }): Promise<EventRecord[]> {
  const { records, job } = parseEvents(body, opts);
  await deps.store.insertEvents(records, [job]);
  wakeExecutors(deps.bus);
  return records;
}

/** Every registered function with whether it is paused: what each listing of functions shows. */
export async function functionsWithPause(store: Store): Promise<{ fn: FunctionRecord; paused: boolean }[]> {
  const fns = await store.listFunctions();
  const paused = await Promise.all(fns.map((f) => pauseState(store, f.id)));
  return fns.map((fn, i) => ({ fn, paused: paused[i] !== undefined }));
}

/** A run by id, or `not_found`. */
export async function requireRun(store: Store, runId: string): Promise<RunRecord> {
  const run = await store.getRun(runId);
  if (!run) throw new TetherError("not_found", `run ${runId} not found`);
  return run;
}

/** A function by id or slug (`<app>-<fn>`), or `not_found`. */
export async function requireFunction(store: Store, idOrSlug: string): Promise<FunctionRecord> {
  const fn = (await store.listFunctions()).find((f) => f.id === idOrSlug || f.slug === idOrSlug);
  if (!fn) throw new TetherError("not_found", `function ${idOrSlug} not found`);
  return fn;
}

/**
 * Cancels a run (src/executor/cancel.ts). `cancelled` is false when it had already ended; the
 * run as it is afterwards comes back either way.
 */
export async function cancelRunById(deps: ActionDeps, runId: string): Promise<{ cancelled: boolean; run: RunRecord }> {
  const run = await requireRun(deps.store, runId);
  const cancelled = await cancelRun(deps.store, run.id, Date.now(), () => true);
  wakeExecutors(deps.bus);
  return { cancelled, run: (await deps.store.getRun(run.id)) ?? run };
}

/** Starts a rerun of `run` (rerun.ts), from the start or from a step; returns the new run's id. */
export async function rerun(deps: ActionDeps, run: RunRecord, fromStep?: RerunFromStep): Promise<string> {
  const id = await startRerun(deps.store, run, fromStep);
  wakeExecutors(deps.bus);
  return id;
}

/** One rerun asked for by run id: unknown runs are `not_found`, cron runs are refused (docs/semantics.md §25). */
export async function rerunById(deps: ActionDeps, runId: string, fromStep?: RerunFromStep): Promise<{ runId: string; originalRunId: string }> {
  const run = await requireRun(deps.store, runId);
  await refuseCronRerun(deps.store, run);
  return { runId: await rerun(deps, run, fromStep), originalRunId: run.id };
}
