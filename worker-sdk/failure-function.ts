// The `onFailure` companion of a function, built like the official SDK's: a separate function
// `<slug>-failure` named "<name> (failure)", triggered by `inngest/function.failed` for this
// function only, one retry, and (as the official SDK sends it, even over connect) an "http" runtime
// — the server routes by app, not by this field. Its handler gets the failed run's error rebuilt
// from `event.data.error` (docs/execution-protocol.md §3.3, §7.2; docs/semantics.md §11).

import type { AppServices } from "./app-services.ts";
import { connectStepUrl, GENERATOR_STEP_ID, type FunctionConfig } from "./function-config.ts";
import type { ErasedHandler, RunnableFunction } from "./runnable-function.ts";
import { deserializeError, parseJsonError } from "./serialize-error.ts";

/** Appended to a function's slug to name its failure handler. */
export const FAILURE_SUFFIX = "-failure";
/** The system event failure handlers are triggered by. */
export const FUNCTION_FAILED_EVENT = "inngest/function.failed";
/** Retries of a failure handler, as the official SDK registers it. */
export const FAILURE_HANDLER_RETRIES = 1;

/** The companion's sync configuration, derived from the main function's. */
export function buildFailureConfig(main: Pick<FunctionConfig, "id" | "name">): FunctionConfig {
  const slug = `${main.id}${FAILURE_SUFFIX}`;
  return {
    id: slug,
    name: `${main.name} (failure)`,
    triggers: [{ event: FUNCTION_FAILED_EVENT, expression: `event.data.function_id == '${main.id}'` }],
    steps: {
      [GENERATOR_STEP_ID]: {
        id: GENERATOR_STEP_ID,
        name: GENERATOR_STEP_ID,
        runtime: { type: "http", url: connectStepUrl(slug) },
        retries: { attempts: FAILURE_HANDLER_RETRIES },
      },
    },
  };
}

/** Rebuilds the failed run's error like the official SDK: malformed input becomes "Unknown error". */
export function failedRunError(eventData: unknown): Error {
  const raw = typeof eventData === "object" && eventData !== null ? (eventData as { error?: unknown }).error : undefined;
  return deserializeError(parseJsonError(raw)) as Error;
}

/** The runnable companion. Trigger schemas do not apply to its event, so nothing is validated. */
export function createFailureFunction(
  main: { slug: string; app: AppServices; checkpointing?: RunnableFunction["checkpointing"]; middleware?: RunnableFunction["middleware"] },
  onFailure: (ctx: never) => unknown,
): RunnableFunction {
  const handler = onFailure as unknown as ErasedHandler;
  return {
    slug: `${main.slug}${FAILURE_SUFFIX}`,
    app: main.app,
    // Same setting as the function it belongs to.
    checkpointing: main.checkpointing,
    // The same middleware too: an encrypted run's failure handler must read its data.
    middleware: main.middleware,
    handler: (ctx) => handler({ ...ctx, error: failedRunError(ctx.event.data) } as typeof ctx),
    validateEvents: async () => undefined,
  };
}
