// Public surface of Tether's worker SDK. Everything users import comes from here; the SDK depends
// only on the generated protobuf code, `ws`, `zod` and Node built-ins, so it can be published alone.

export { Tether, DEFAULT_BASE_URL, type TetherApp, type TetherOptions } from "./client.ts";
export { TetherFunction, MAX_CANCEL_RULES, MAX_RETRIES, MAX_TRIGGERS } from "./function.ts";
export type { CancelOn, ConcurrencyOption, FunctionOptions } from "./function-options.ts";
export type { CancelConfig, FunctionConfig, TriggerConfig } from "./function-config.ts";
export { FAILURE_SUFFIX, FUNCTION_FAILED_EVENT } from "./failure-function.ts";
export type {
  CronTrigger,
  EventTrigger,
  FailureContext,
  FailureHandler,
  FunctionContext,
  FunctionHandler,
  FunctionTrigger,
  InvokeOptions,
  InvokeTarget,
  StepContext,
  StepOptions,
  StepOptionsOrId,
  StepTools,
  WaitForEventOptions,
} from "./types.ts";
export type {
  EventDataOf,
  EventName,
  EventPayload,
  EventSchemas,
  FailedRunError,
  FunctionFailedData,
  FunctionFailedEvent,
  HandlerEvent,
  InvokedEvent,
  ReceivedEvent,
  ScheduledTimerEvent,
  SendableEvent,
  TriggerEventName,
  UntypedData,
} from "./event-types.ts";
export type { StandardSchema, StandardSchemaIssue, ValidationIssue } from "./standard-schema.ts";
export { EventValidationError } from "./event-validation.ts";
export type {
  DateInput,
  DurationInput,
  TemporalDurationLike,
  TemporalInstantLike,
  TemporalZonedDateTimeLike,
  TimeInput,
} from "./time-string.ts";
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
  StaleDispatchError,
  PublishError,
  RealtimeTokenError,
  TetherError,
  ValidationError,
} from "./errors.ts";
export { channel, type ChannelDefinition, type ChannelRef, type ChannelTopics, type TopicData } from "./realtime/channel.ts";
export { MAX_PUBLISH_BYTES, type Publish, type TypedPublishMessage, type UntypedPublishMessage } from "./realtime/publish.ts";
export { ERROR_CODES, type ErrorCode, type ErrorCodeInfo } from "./error-codes.ts";
export { consoleLogger, silentLogger, type Logger } from "./logger.ts";
export { hashStepId } from "./step-id.ts";
export { hashSigningKey } from "./signing-key.ts";
export { serializeError, type SerializedError } from "./serialize-error.ts";
export type { ExecutionResult, ExecutionStatus } from "./engine/execution-result.ts";
export type { OutgoingOp } from "./engine/ops.ts";
export { SDK_VERSION } from "./version.ts";
export {
  DEFAULT_CHECKPOINT_BUFFERED_STEPS,
  DEFAULT_CHECKPOINT_MAX_INTERVAL_MS,
  DEFAULT_CHECKPOINT_MAX_RUNTIME_MS,
  MAX_CHECKPOINT_BUFFERED_STEPS,
  type CheckpointingConfig,
  type CheckpointingOptions,
  type CheckpointingSetting,
} from "./checkpoint-options.ts";
export { currentStep } from "./engine/step-context.ts";
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
export * from "./middleware/index.ts";
