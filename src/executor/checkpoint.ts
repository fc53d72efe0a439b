// Checkpointed steps (docs/execution-protocol.md §4.2): a request that runs steps back to back reports
// finished `StepRun` ops — over HTTP (`/v1/checkpoint/{runId}/async`, the official SDK) or over
// the worker's socket (Tether's WORKER_CHECKPOINT). Both become stored step results here, and
// count toward the run's limits (docs/semantics.md §23) like steps reported in a reply.
import { newId, TetherError } from "../common/index.ts";
import type { StepRecord, Store } from "../state/index.ts";
import { OpCode, parseOps } from "./ops.ts";
import { finalize, MAX_RUN_STATE_BYTES, MAX_STEP_OUTPUT_BYTES, MAX_STEPS_PER_RUN, type SerializedError, stepTiming } from "./outcome.ts";

/** Step records for checkpointed ops; throws `bad_request` / `output_too_large`. */
export function checkpointRecords(runId: string, steps: unknown, nowMs: number): StepRecord[] {
  const ops = parseOps(steps);
  if (!ops) throw new TetherError("bad_request", "steps must be an array of ops", { data: { run_id: runId } });
  const out: StepRecord[] = [];
  for (const op of ops) {
    if (op.op === OpCode.StepPlanned) continue; // only marks a step as started
    if (op.op !== OpCode.StepRun && op.op !== OpCode.Step) {
      throw new TetherError("bad_request", `cannot checkpoint opcode ${op.op}`, { data: { run_id: runId } });
    }
    const result = op.op === OpCode.Step ? op.data : { data: op.data ?? null };
    const size = Buffer.byteLength(JSON.stringify(result) ?? "null");
    if (size > MAX_STEP_OUTPUT_BYTES) {
      throw new TetherError("output_too_large", `step output is larger than ${MAX_STEP_OUTPUT_BYTES} bytes`, { data: { run_id: runId } });
    }
    out.push({ runId, stepId: op.id, result, op: op.op, name: op.displayName ?? op.name, attempt: 0, createdAt: nowMs, ...stepTiming(op, undefined, nowMs), size });
  }
  return out;
}

/**
 * Stores checkpointed steps. A checkpoint that would take the run past 1000 steps or 32 MiB of
 * state fails the run (InngestErrFunctionOverflowed / InngestErrStateOverflowed, as a reply
 * would) and is refused with `stale_dispatch`, so the SDK stops running the function's code.
 */
export async function storeCheckpoint(store: Store, runId: string, steps: unknown, nowMs: number): Promise<void> {
  const records = checkpointRecords(runId, steps, nowMs);
  if (!records.length) return;
  const [run, stored] = await Promise.all([store.getRun(runId), store.getSteps(runId)]);
  if (run) {
    const known = new Set(stored.map((s) => s.stepId));
    const fresh = records.filter((r) => !known.has(r.stepId));
    const events = await store.getEvents(run.eventIds);
    const bytes = [...stored, ...fresh].reduce((n, s) => n + (s.size ?? 0), 0)
      + events.reduce((n, e) => n + Buffer.byteLength(JSON.stringify(e.event)), 0);
    let error: SerializedError | undefined;
    if (stored.length + fresh.length > MAX_STEPS_PER_RUN) {
      error = { name: "InngestErrFunctionOverflowed", message: `The function run exceeded the step limit of ${MAX_STEPS_PER_RUN} steps.` };
    } else if (bytes > MAX_RUN_STATE_BYTES) {
      error = { name: "InngestErrStateOverflowed", message: `The run state exceeded ${MAX_RUN_STATE_BYTES} bytes.` };
    }
    if (error) {
      await store.commit(finalize({ run, events, now: nowMs, newId, fanOutSystemEvents: () => true }, "Failed", undefined, error));
      throw new TetherError("stale_dispatch", `${error.name}: the run failed`, { data: { run_id: runId } });
    }
  }
  await store.commit({ run: { id: runId }, steps: records });
}
