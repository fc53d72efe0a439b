// `POST /v1/functions/{id}/pause` and `/resume` (docs/semantics.md §24):
// the body and the answer. What a pause does is the executor's (src/executor/function-pause.ts).
import { z } from "zod";
import { parseJson, TetherError } from "../common/index.ts";
import type { PauseState } from "../executor/index.ts";
import type { FunctionRecord } from "../state/index.ts";

const pauseBodySchema = z.object({
  cancel_running: z.boolean({ error: "cancel_running must be a boolean" }).optional(),
});

/** An empty body (or `{}`) pauses runs in flight; `{"cancel_running": true}` cancels them now. */
export function parsePauseBody(raw: Buffer): { cancelRunning: boolean } {
  const text = raw.toString("utf8").trim();
  if (!text) return { cancelRunning: false };
  const body = pauseBodySchema.safeParse(parseJson(text));
  if (!body.success) throw new TetherError("bad_request", body.error.issues[0].message);
  return { cancelRunning: body.data.cancel_running ?? false };
}

export function pauseView(fn: FunctionRecord, state: PauseState | undefined) {
  return {
    function_id: fn.slug,
    paused: state !== undefined,
    paused_at: state ? new Date(state.pausedAt).toISOString() : null,
    cancel_running: state?.mode === "cancel",
  };
}
