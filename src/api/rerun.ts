// Rerunning one run (docs/semantics.md §25): a new run of the same function from the same events,
// either from the start or "from step" — the steps stored before the chosen step are copied into
// the new run (so they never execute again) and the chosen step may get replacement input, a JSON
// array the SDK passes to its function instead of the original arguments. Inngest's shape:
// `POST /v2/runs/{runId}/rerun {"fromStep": {"stepId", "input"?}}`, where `stepId` is the hashed
// step id or the step's name (its user id); a name shared by several steps is ambiguous.
import { createHash } from "node:crypto";
import { z } from "zod";
import { newId, parseJson, TetherError } from "../common/index.ts";
import { CRON_EVENT_NAME } from "../functions/index.ts";
import type { RunRecord, StepRecord, Store } from "../state/index.ts";

/** Replacement step input, as the step-input limit (docs/execution-protocol.md §1.5). */
export const MAX_RERUN_INPUT_BYTES = 4 * 1024 * 1024;
/** Steps whose result is not the output of user code: replacement input means nothing to them. */
const NO_INPUT_OPS = new Set(["Sleep", "WaitForEvent", "InvokeFunction", "WaitForSignal"]);

const rerunBodySchema = z.object({
  fromStep: z.object({
    stepId: z.string({ error: "fromStep.stepId must be a string" }).min(1, "fromStep.stepId is required"),
    input: z.array(z.unknown(), { error: "fromStep.input must be a JSON array" }).optional(),
  }, { error: "fromStep must be an object" }).optional(),
});

export interface RerunFromStep {
  stepId: string;
  input?: unknown[];
}

/** Parses a rerun body; an empty body (or `{}`) reruns from the start. */
export function parseRerunBody(raw: Buffer): RerunFromStep | undefined {
  const text = raw.toString("utf8").trim();
  if (!text) return undefined;
  const body = rerunBodySchema.safeParse(parseJson(text));
  if (!body.success) {
    const issue = body.error.issues[0];
    throw new TetherError("bad_request", issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message);
  }
  return body.data.fromStep;
}

/** A single rerun of a cron-triggered run is refused (docs/semantics.md §25); function replay allows it. */
export async function refuseCronRerun(store: Store, run: RunRecord): Promise<void> {
  const [trigger] = await store.getEvents(run.eventIds.slice(0, 1));
  if (trigger?.event.name === CRON_EVENT_NAME) throw new TetherError("bad_request", "cron runs cannot be rerun");
}

/** Starts the rerun; returns the new run's id. An unknown step is refused. */
export async function startRerun(store: Store, run: RunRecord, fromStep?: RerunFromStep, nowMs = Date.now()): Promise<string> {
  const id = newId();
  let copies: StepRecord[] = [];
  let stepInputs: Record<string, unknown[]> | undefined;
  if (fromStep) {
    const steps = await store.getSteps(run.id);
    const at = resolveStep(steps, fromStep.stepId);
    if (fromStep.input && NO_INPUT_OPS.has(steps[at].op)) {
      throw new TetherError("bad_request", `step "${fromStep.stepId}" is a ${steps[at].op} step: only steps that run code take input`);
    }
    // Completion order: what finished before the chosen step is restored, the rest runs again.
    copies = steps.slice(0, at).map((s) => ({ ...s, runId: id, createdAt: nowMs }));
    if (fromStep.input) stepInputs = { [steps[at].stepId]: fromStep.input };
  }
  const start = { id: `${id}-start`, kind: "run" as const, runId: id, stepId: "step", attempt: 0, runAt: nowMs, createdAt: nowMs };
  const next: RunRecord = {
    ...run, id, status: "Running", createdAt: nowMs, startedAt: undefined, endedAt: undefined, output: undefined, error: undefined,
    requestVersion: -1, forceStepPlan: false, pendingSteps: [], progress: undefined, originalRunId: run.id, stepInputs,
  };
  if (!copies.length) {
    await store.createRuns([next], [start]);
    return id;
  }
  // The run must exist before its steps (the JetStream store lists them on the run record), and
  // its first job must not run before they are stored, so the job rides with the steps.
  await store.createRuns([next], []);
  await store.commit({ steps: copies, enqueue: [start] });
  return id;
}

/** Index of the step to rerun from: by hashed id, by the hash of a user id, or by a unique name. */
function resolveStep(steps: StepRecord[], requested: string): number {
  const hashed = createHash("sha1").update(requested).digest("hex");
  const byId = steps.findIndex((s) => s.stepId === requested || s.stepId === hashed);
  if (byId >= 0) return byId;
  const named = steps.flatMap((s, i) => (s.name === requested ? [i] : []));
  if (named.length > 1) throw new TetherError("rerun_step_ambiguous", `step name "${requested}" matches ${named.length} steps of the run`);
  if (!named.length) throw new TetherError("rerun_step_not_found", `step "${requested}" is not a stored step of the run`);
  return named[0];
}
