// The engine's answer to one request, ready to become an SDKResponse (status, JSON body, no-retry,
// retry-after). Status mapping follows the official SDK's HTTP handler: 206 → NOT_COMPLETED,
// 200 → DONE, 500 → ERROR, and 400 (non-retriable failure) → DONE with noRetry.

import { REQUEST_VERSION } from "../version.ts";
import { serializeError } from "../serialize-error.ts";
import type { OutgoingOp } from "./ops.ts";
import type { Retriability } from "./retriability.ts";

export type ExecutionStatus = "NOT_COMPLETED" | "DONE" | "ERROR";

export interface ExecutionResult {
  status: ExecutionStatus;
  /** JSON value sent as the reply body. */
  body: unknown;
  noRetry: boolean;
  /** Retry-After value: whole seconds or an ISO-8601 date. */
  retryAfter?: string;
  requestVersion: number;
}

function withRetryAfter(result: ExecutionResult, retriable: Retriability | undefined): ExecutionResult {
  return typeof retriable === "string" ? { ...result, retryAfter: retriable } : result;
}

/** Steps reported, run or failed. `retriable` is set only when a step threw. */
export function opsResult(ops: OutgoingOp[], retriable?: Retriability): ExecutionResult {
  const base: ExecutionResult = {
    status: "NOT_COMPLETED",
    body: ops,
    noRetry: retriable === false,
    requestVersion: REQUEST_VERSION,
  };
  return withRetryAfter(base, retriable);
}

/** The function returned; `undefined` becomes `null`. */
export function doneResult(data: unknown): ExecutionResult {
  return { status: "DONE", body: data === undefined ? null : data, noRetry: false, requestVersion: REQUEST_VERSION };
}

/** The function threw. Final failures are DONE + noRetry, exactly as the official SDK replies. */
export function failureResult(error: unknown, retriable: Retriability): ExecutionResult {
  const base: ExecutionResult = {
    status: retriable === false ? "DONE" : "ERROR",
    body: serializeError(error),
    noRetry: retriable === false,
    requestVersion: REQUEST_VERSION,
  };
  return withRetryAfter(base, retriable);
}

/** The SDK itself could not handle the request (bad payload, unknown function): retriable ERROR. */
export function internalErrorResult(error: unknown): ExecutionResult {
  return {
    status: "ERROR",
    body: { type: "internal", ...serializeError(error) },
    noRetry: false,
    requestVersion: REQUEST_VERSION,
  };
}
