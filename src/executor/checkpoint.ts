// Checkpointed steps (execution-protocol.md §4.2): a request that runs steps back to back reports
// finished `StepRun` ops — over HTTP (`/v1/checkpoint/{runId}/async`, the official SDK) or over
// the worker's socket (Tether's WORKER_CHECKPOINT). Both become stored step results here.
import { TetherError } from "../common/index.ts";
import type { StepRecord } from "../state/index.ts";
import { OpCode, parseOps } from "./ops.ts";
import { MAX_STEP_OUTPUT_BYTES } from "./outcome.ts";

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
    out.push({ runId, stepId: op.id, result, op: op.op, name: op.displayName ?? op.name, attempt: 0, createdAt: nowMs, size });
  }
  return out;
}
