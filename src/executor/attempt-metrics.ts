// What one SDK request of a run reports to the metrics (tether_step_duration_seconds,
// tether_sdk_request_duration_seconds; docs/observability.md): its duration as the executor saw
// it, the op it answered with and whether the attempt failed. Read from the answer as it is
// (the first op's name, the status code), without parsing the ops again: this runs per step.
import type { AttemptOutcome, Metrics, RequestOutcome } from "../observability/metrics.ts";
import type { AppMethod } from "../state/index.ts";
import type { SdkResponse } from "./drivers/driver.ts";
import { OpCode } from "./ops.ts";

/** The SDK's answer, or the transport error that stood for it. */
export type AttemptAnswer = { res: SdkResponse } | { err: unknown };

/** Records one request that took `seconds` (`performance.now()` differences). */
export function recordAttempt(metrics: Metrics, functionSlug: string, method: AppMethod, seconds: number, answer: AttemptAnswer): void {
  const { op, outcome, request } = "res" in answer ? fromResponse(answer.res) : NO_ANSWER;
  metrics.stepAttempt(functionSlug, op, outcome, seconds);
  metrics.sdkRequest(method, request, seconds);
}

const NO_ANSWER = { op: OpCode.None, outcome: "error", request: "transport_error" } as const;

function fromResponse(res: SdkResponse): { op: string; outcome: AttemptOutcome; request: RequestOutcome } {
  if (res.statusCode < 200 || res.statusCode >= 300) return { op: "Error", outcome: "error", request: "error" };
  // The official SDK answers a NonRetriableError thrown by the function with DONE + no_retry.
  if (res.statusCode !== 206) return { op: res.noRetry ? "Error" : OpCode.RunComplete, outcome: res.noRetry ? "error" : "ok", request: "ok" };
  const op = firstOp(res.body);
  return { op, outcome: op === OpCode.StepError || op === OpCode.StepFailed ? "error" : "ok", request: "ok" };
}

/** The op name of a 206 body (an op list, or one op), as sent. */
function firstOp(body: unknown): string {
  const first = Array.isArray(body) ? body[0] : body;
  const op = first && typeof first === "object" ? (first as { op?: unknown }).op : undefined;
  return typeof op === "string" ? op : OpCode.None;
}
