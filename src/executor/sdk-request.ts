// Builds the JSON body the executor sends to an SDK (docs/execution-protocol.md §1.3): trigger
// events, memoised steps and their completion order (stack), and the run context. `fn_id` and
// `qi_id` switch the official SDK to async checkpointing (docs/official-sdk-observed.md §7): it runs
// steps back to back and reports each to `/v1/checkpoint/{runId}/async`.
import type { EventRecord, RunJob, RunRecord, StepRecord } from "../state/index.ts";

export interface SdkRequestInput {
  run: RunRecord;
  job: RunJob;
  events: EventRecord[];
  steps: StepRecord[];
  requestId: string;
  stepId: string;
  /** Send `fn_id`/`qi_id` so SDKs checkpoint. @default true */
  checkpointing?: boolean;
  /** Connect workers may checkpoint over their socket (Tether SDK: `ctx.tether_checkpoint`). */
  socketCheckpointing?: boolean;
}

export function buildSdkRequest(i: SdkRequestInput): Record<string, unknown> {
  const events = i.events.map((e) => ({ ...e.event, user: e.event.user ?? {} }));
  const steps: Record<string, unknown> = {};
  const stack: string[] = [];
  for (const s of i.steps) {
    steps[s.stepId] = s.result;
    stack.push(s.stepId);
  }
  // Edited input of a rerun's from-step, outside the stack: the step is not memoised, it runs.
  for (const [id, input] of Object.entries(i.run.stepInputs ?? {})) if (!(id in steps)) steps[id] = { input };
  return {
    event: events[0] ?? { name: "", data: {}, user: {} },
    events,
    steps,
    ctx: {
      ...(i.checkpointing !== false ? { fn_id: i.run.functionId, qi_id: i.job.id } : {}),
      ...(i.checkpointing !== false && i.socketCheckpointing ? { tether_checkpoint: true } : {}),
      run_id: i.run.id,
      env: "",
      step_id: i.stepId,
      attempt: i.job.attempt,
      max_attempts: i.run.maxAttempts,
      stack: { stack, current: stack.length },
      request_id: i.requestId,
      job_id: i.job.id,
      disable_immediate_execution: i.run.forceStepPlan,
      use_api: false,
    },
    version: i.run.requestVersion,
    use_api: false,
  };
}
