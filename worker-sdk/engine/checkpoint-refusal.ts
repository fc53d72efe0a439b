// A checkpoint the server refused with a step-level code (anything but `stale_dispatch`, e.g.
// `output_too_large`): the step fails for good, as the server says, and the request replies
// `[StepFailed]` for it. The ack names no step, so the step is picked from the checkpoint: for
// `output_too_large` the one with the largest output, otherwise the first.

import { safeStringify } from "../safe-json.ts";
import { opsResult, type ExecutionResult } from "./execution-result.ts";
import { OpCode, type OutgoingOp } from "./ops.ts";

/** Ack code for a step result above the server's size limit. */
export const OUTPUT_TOO_LARGE_CODE = "output_too_large";

/** Error name the step fails with (the server uses the same name when it meets a too-large output in a reply). */
export function refusalErrorName(code: string): string {
  return code === OUTPUT_TOO_LARGE_CODE ? "OutputTooLargeError" : "CheckpointRefusedError";
}

function refusedOp(code: string, ops: readonly OutgoingOp[]): OutgoingOp | undefined {
  if (code !== OUTPUT_TOO_LARGE_CODE) return ops[0];
  let largest: OutgoingOp | undefined;
  let largestBytes = -1;
  for (const op of ops) {
    const bytes = Buffer.byteLength(safeStringify(op.data));
    if (bytes > largestBytes) {
      largest = op;
      largestBytes = bytes;
    }
  }
  return largest;
}

/** The reply for a refused checkpoint: one final StepFailed op (noRetry). */
export function refusedCheckpointResult(code: string, message: string, ops: readonly OutgoingOp[]): ExecutionResult {
  const target = refusedOp(code, ops);
  if (!target) return opsResult([], false);
  const name = refusalErrorName(code);
  const text = message || code;
  const { data: _data, ...rest } = target;
  const op: OutgoingOp = {
    ...rest,
    op: OpCode.StepFailed,
    error: { name, message: text, stack: "", code, __serialized: true },
    data: { __serialized: true, name, message: text, stack: "" },
  };
  return opsResult([op], false);
}
