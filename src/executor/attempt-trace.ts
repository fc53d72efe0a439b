// The span of one SDK request (docs/observability.md, "Traces"): named after what the request
// turned out to be once its outcome is known — `step <name>` when it ran a step (the op the SDK
// reported: StepRun, Step, StepError, StepFailed), `finalization` when the function itself
// returned or threw, `discovery` when it only reported what comes next (planned steps, sleeps,
// waits). Its outcome is `retry` when the commit retries the job, `error` when the step or run
// failed for good, else `ok`.
import type { TetherError } from "../common/index.ts";
import type { AttemptSpan, RunTracing } from "../observability/tracing.ts";
import type { Commit, RunJob, RunRecord, StepRecord } from "../state/index.ts";
import type { SdkResponse } from "./drivers/driver.ts";
import { type GeneratorOp, OpCode, parseOps } from "./ops.ts";
import { stepName, toSerializedError } from "./outcome.ts";

const RAN_STEP = new Set<string>([OpCode.StepRun, OpCode.Step, OpCode.StepError, OpCode.StepFailed]);
const FAILED_STEP = new Set<string>([OpCode.StepError, OpCode.StepFailed]);

export interface AttemptInput {
  run: RunRecord;
  job: RunJob;
  requestId: string;
  /** The step the request asked for (`"step"`: discovery). */
  stepId: string;
  sentAt: number;
  /** The SDK's answer, or the transport error that stood for it. */
  answer: { res: SdkResponse } | { err: TetherError };
  commit: Commit;
}

/** Emits the request's span; the stored step it ran gets no second span from the store. */
export function traceAttempt(tracing: RunTracing, a: AttemptInput): void {
  const ops = "res" in a.answer && a.answer.res.statusCode === 206 ? parseOps(a.answer.res.body) ?? [] : [];
  const ran = ops.find((op) => RAN_STEP.has(op.op));
  const outcome = a.commit.retryJob ? "retry" : a.commit.run?.status === "Failed" || (ran && FAILED_STEP.has(ran.op)) ? "error" : "ok";
  const span: AttemptSpan = {
    runId: a.run.id, requestId: a.requestId, sentAt: a.sentAt, endedAt: Date.now(),
    name: spanName(a, ops, ran),
    attributes: {
      "tether.run.id": a.run.id, "tether.request.id": a.requestId, "tether.step.attempt": a.job.attempt,
      "tether.step.id": ran?.id ?? a.stepId, "tether.step.op": ran?.op ?? (ops.map((o) => o.op).join(",") || "none"),
      "tether.step.outcome": outcome,
      ...(ran ? { "tether.step.name": stepName(ran) ?? ran.id } : {}),
    },
    error: outcome === "ok" ? undefined : failure(a, ran),
  };
  tracing.attempt(span, ran && a.commit.steps?.find((s: StepRecord) => s.stepId === ran.id));
}

function spanName(a: AttemptInput, ops: GeneratorOp[], ran: GeneratorOp | undefined): string {
  if (ran) return `step ${stepName(ran) ?? ran.id}`;
  if ("err" in a.answer) return a.stepId === "step" ? "discovery" : `step ${a.stepId}`;
  const ended = a.answer.res.statusCode !== 206 || ops.some((o) => o.op === OpCode.RunComplete);
  return ended ? "finalization" : "discovery";
}

/** The message of the failure: the step's error, the function's, or the transport's. */
function failure(a: AttemptInput, ran: GeneratorOp | undefined): string {
  if (ran?.error !== undefined) return toSerializedError(ran.error).message;
  if ("err" in a.answer) return a.answer.err.message;
  if (a.answer.res.statusCode >= 300 || a.answer.res.noRetry) return toSerializedError(a.answer.res.body).message;
  const runError = a.commit.run?.error;
  return runError ? toSerializedError(runError).message : "the attempt failed";
}
