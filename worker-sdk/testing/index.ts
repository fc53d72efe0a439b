// The worker SDK's testing kit: run one function in a unit test without a server (docs/testing.md).
// A separate entry point, so apps import it only from their tests.

export { TestEngine, DEFAULT_MAX_REQUESTS, DEFAULT_TEST_RETRIES, type ExecuteOptions, type TestEngineOptions, type TestEvent } from "./test-engine.ts";
export { TestEventApi } from "./test-event-api.ts";
export { TestRun, type TakenStep, type TestRunStatus } from "./test-run.ts";
export type { PublishedMessage } from "./recording-channel.ts";
export type { StepMock } from "./mocked-function.ts";
export type { InvokeMockInput, WaitForEventMockInput } from "./async-ops.ts";
