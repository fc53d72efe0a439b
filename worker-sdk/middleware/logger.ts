// The SDK's own run logging, written as a middleware (issue 15, point 2): the engine puts it first,
// so it is the outermost layer. It reports failed steps and failed functions at `error` (the default
// console logger prints them to stderr) and where new code starts and ends at `debug`.

import type { Logger } from "../logger.ts";
import type { ErrorSource, FunctionRunHooks, Middleware } from "./types.ts";

/** Logs a run's failures to the request's logger (bound to runId and functionId). */
export function loggerMiddleware(): Middleware {
  return {
    name: "tether:logger",
    onFunctionRun: ({ logger, attempt }) => runLogging(logger, attempt),
  };
}

function runLogging(logger: Logger, attempt: number): FunctionRunHooks {
  return {
    beforeExecution: () => logger.debug({ attempt }, "memoisation ended; running new code"),
    afterExecution: () => logger.debug({ attempt }, "request finished"),
    onError: (err: unknown, source: ErrorSource) => {
      if (source.kind === "step") logger.error({ err, stepId: source.stepId, final: source.final }, "step failed");
      else logger.error({ err, attempt, final: source.final }, "function failed");
    },
  };
}
