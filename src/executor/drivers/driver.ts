// The driver port: how the executor calls an app's SDK for one request. The connect driver
// goes through a gateway to a worker's WebSocket; the HTTP driver POSTs to a serve endpoint.
// Both answer in HTTP terms (docs/execution-protocol.md §1.4), so one outcome handler serves both.
import type { TraceContext } from "../../observability/tracing.ts";
import type { AppRecord, FunctionRecord, RunRecord } from "../../state/index.ts";

export interface DriverRequest {
  requestId: string;
  jobId: string;
  run: RunRecord;
  fn: FunctionRecord;
  app: AppRecord;
  /** `"step"` for discovery, else the hashed id of the step to run. */
  stepId: string;
  /** The SDK request JSON (docs/execution-protocol.md §1.3). */
  payload: Record<string, unknown>;
  /**
   * The payload rebuilt from the stored run, for a re-route after a failed forward (which can
   * take long: steps may have been stored meanwhile); undefined when the run is no longer running.
   */
  refresh?(): Promise<Record<string, unknown> | undefined>;
  /** Called before the request is handed to a worker (each attempt; the first call counts). */
  onDispatch?(): Promise<void>;
  /** W3C trace context of the request's span, when tracing is on: the SDK's spans join it. */
  traceContext?: TraceContext;
}

export interface SdkResponse {
  /** 200 done, 206 ops, 500/400 error (connect DONE/NOT_COMPLETED/ERROR map to 200/206/500). */
  statusCode: number;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  noRetry: boolean;
  retryAfter?: string;
  requestVersion?: number;
  sdkVersion?: string;
}

export interface Driver {
  call(req: DriverRequest): Promise<SdkResponse>;
  close?(): Promise<void>;
}
