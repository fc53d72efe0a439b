// Executor: events -> runs -> SDK requests -> stored step results.
export { Executor } from "./executor.ts";
export type { ExecutorOptions } from "./executor.ts";
export { ACCOUNT_ID, ENV_ID, DEFAULT_LEASE_MS } from "./drivers/connect-driver.ts";
export { outcomeFromResponse, outcomeFromError, finalize, toSerializedError } from "./outcome.ts";
export type { OutcomeContext } from "./outcome.ts";
export { parseOps, OpCode } from "./ops.ts";
export { buildSdkRequest } from "./sdk-request.ts";
export { cancelRun, cancelCommit } from "./cancel.ts";
export { checkpointRecords, storeCheckpoint } from "./checkpoint.ts";
export type { SdkResponse } from "./drivers/driver.ts";
export { pauseFunction, pauseState, resumeFunction } from "./function-pause.ts";
export type { PauseState } from "./function-pause.ts";
