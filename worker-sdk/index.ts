// Public surface of Tether's worker SDK. Everything users import comes from here; the SDK depends
// only on the generated protobuf code, `ws`, `zod` and Node built-ins, so it can be published alone.

export { Tether, DEFAULT_BASE_URL, type TetherOptions } from "./client.ts";
export { TetherFunction, type FunctionOptions, MAX_RETRIES, MAX_TRIGGERS } from "./function.ts";
export type { FunctionConfig, TriggerConfig } from "./function-config.ts";
export type {
  CronTrigger,
  EventPayload,
  EventTrigger,
  FunctionContext,
  FunctionHandler,
  FunctionTrigger,
  ReceivedEvent,
  StepOptions,
  StepOptionsOrId,
  StepTools,
} from "./types.ts";
export { NonRetriableError, RetryAfterError } from "./user-errors.ts";
export { StepError } from "./step-error.ts";
export {
  AuthError,
  ClosedError,
  ConfigError,
  ConnectError,
  ConnectionLimitError,
  ExecutionRequestError,
  FlushError,
  SendEventError,
  TetherError,
} from "./errors.ts";
export { ERROR_CODES, type ErrorCode, type ErrorCodeInfo } from "./error-codes.ts";
export { silentLogger, type Logger } from "./logger.ts";
export { hashStepId } from "./step-id.ts";
export { hashSigningKey } from "./signing-key.ts";
export { serializeError, type SerializedError } from "./serialize-error.ts";
export type { ExecutionResult, ExecutionStatus } from "./engine/execution-result.ts";
export type { OutgoingOp } from "./engine/ops.ts";
export { SDK_VERSION } from "./version.ts";
export { connect } from "./connect/connect.ts";
export {
  DEFAULT_SHUTDOWN_SIGNALS,
  type ConnectOptions,
  type ConnectTuning,
} from "./connect/connect-options.ts";
export { ConnectionState } from "./connect/connection-state.ts";
export { WorkerConnection, type ConnectionSnapshot } from "./connect/worker-connection.ts";
export { RECONNECT_BACKOFF_MS, reconnectDelayMs } from "./backoff.ts";
export { parseDurationMs } from "./duration.ts";
