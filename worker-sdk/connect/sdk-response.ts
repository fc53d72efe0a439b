// Turns an engine result into the SDKResponse protobuf sent in WORKER_REPLY (and to flush), echoing
// the request's identifiers and trace contexts (docs/connect-protocol.md §2.2, §3.3).

import type { ExecutionResult, ExecutionStatus } from "../engine/execution-result.ts";
import { safeStringify } from "../safe-json.ts";
import { SDK_IDENTIFIER } from "../version.ts";
import { pb, type GatewayExecutorRequest } from "./proto.ts";

const STATUS: Record<ExecutionStatus, number> = {
  NOT_COMPLETED: pb.SDKResponseStatus.NOT_COMPLETED,
  DONE: pb.SDKResponseStatus.DONE,
  ERROR: pb.SDKResponseStatus.ERROR,
};

export function encodeSdkResponse(request: GatewayExecutorRequest, result: ExecutionResult): Uint8Array {
  return pb.SDKResponse.encode({
    requestId: request.requestId,
    accountId: request.accountId,
    envId: request.envId,
    appId: request.appId,
    status: STATUS[result.status],
    body: new TextEncoder().encode(safeStringify(result.body)),
    noRetry: result.noRetry,
    ...(result.retryAfter !== undefined ? { retryAfter: result.retryAfter } : {}),
    sdkVersion: SDK_IDENTIFIER,
    requestVersion: result.requestVersion,
    systemTraceCtx: request.systemTraceCtx,
    userTraceCtx: request.userTraceCtx,
    runId: request.runId,
  }).finish();
}

/** The WORKER_REQUEST_ACK payload: the request's identifiers, copied. */
export function encodeRequestAck(request: GatewayExecutorRequest): Uint8Array {
  return pb.WorkerRequestAckData.encode({
    requestId: request.requestId,
    accountId: request.accountId,
    envId: request.envId,
    appId: request.appId,
    functionSlug: request.functionSlug,
    ...(request.stepId != null ? { stepId: request.stepId } : {}),
    systemTraceCtx: request.systemTraceCtx,
    userTraceCtx: request.userTraceCtx,
    runId: request.runId,
  }).finish();
}
