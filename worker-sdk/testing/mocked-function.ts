// Wraps a function for the test engine. Mocked `step.run` handlers replace the user's code, but the
// engine still runs them as real steps (ids, retries, memoisation); the app's event sending records
// events instead of POSTing them. Everything else — slug, schemas, event validation, middleware and
// whatever else the function object carries — comes from the original through its prototype, so a
// test runs the code production runs (docs/testing.md, docs/middleware.md).

import type { AppServices } from "../app-services.ts";
import type { EventPayload } from "../event-types.ts";
import { transformSentEvents } from "../middleware/stack.ts";
import type { RunnableFunction } from "../runnable-function.ts";
import type { FunctionContext, StepOptionsOrId, StepTools } from "../types.ts";

/**
 * A mocked step, by the id written in code. For `step.run` the handler replaces the step's code
 * (it gets the step's input); for `step.waitForEvent` it returns the awaited event or `null`
 * (timeout); for `step.invoke` it returns the invoked function's result, or throws its error.
 */
export interface StepMock {
  id: string;
  // `any`: a mock stands in for any step tool, so its arguments are typed where it is written;
  // `never[]` would make untyped parameters (`({ data }) => …`) unusable.
  handler: (...args: any[]) => unknown;
}

/** Records events the function sends and answers with ids, as the event API would. */
export type EventRecorder = (events: EventPayload[]) => Promise<{ ids: string[] }>;

function stepIdOf(idOrOptions: StepOptionsOrId): unknown {
  return typeof idOrOptions === "string" ? idOrOptions : (idOrOptions as { id?: unknown } | undefined)?.id;
}

function withMocks(step: StepTools, mocks: ReadonlyMap<string, StepMock>): StepTools {
  const run = (idOrOptions: StepOptionsOrId, fn: unknown, ...input: unknown[]) => {
    const id = stepIdOf(idOrOptions);
    const mock = typeof id === "string" ? mocks.get(id) : undefined;
    // The real tool validates the arguments, so a bad call fails the same way with or without a mock.
    return (step.run as (...args: unknown[]) => Promise<unknown>)(idOrOptions, mock ? mock.handler : fn, ...input);
  };
  return { ...step, run: run as StepTools["run"] };
}

/** The function as the test engine runs it: mocked steps, recorded events, no checkpointing. */
export function mockedFunction(
  fn: RunnableFunction,
  mocks: ReadonlyMap<string, StepMock>,
  record: EventRecorder,
): RunnableFunction {
  // A copy with its own fields (the engine spreads it); events pass the app's middleware as the
  // client's sendEvents would, so what is recorded is what would go on the wire.
  const original = fn.app;
  const app: AppServices = {
    ...original,
    sendEvents: async (events) => record(await transformSentEvents(original.middleware ?? [], events)),
  };
  return Object.create(fn, {
    app: { value: app },
    handler: { value: (ctx: FunctionContext) => fn.handler({ ...ctx, step: withMocks(ctx.step, mocks) }) },
    // One step per request, as a server without a worker socket asks (docs/testing.md).
    checkpointing: { value: false },
    // Called on the original: TetherFunction keeps its trigger names in a private field.
    validateEvents: { value: (events: Parameters<RunnableFunction["validateEvents"]>[0]) => fn.validateEvents(events) },
  }) as RunnableFunction;
}
