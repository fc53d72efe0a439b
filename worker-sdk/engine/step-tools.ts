// Builds the `step` object handed to user code. Each tool only describes the step and passes the
// description to the engine's reporter, which owns ids, memoisation and scheduling. New tools
// (sleep, waitForEvent, invoke, sendEvent — issue 5) are added here as further descriptors.

import type { StepOptions, StepOptionsOrId, StepTools } from "../types.ts";
import type { StepDescriptor } from "./found-step.ts";
import { OpCode } from "./ops.ts";

/** Receives a step description and returns the promise user code awaits. */
export type StepReporter = (descriptor: StepDescriptor) => Promise<unknown>;

function stepOptions(idOrOptions: StepOptionsOrId): StepOptions {
  const options = typeof idOrOptions === "string" ? { id: idOrOptions } : idOrOptions;
  if (!options || typeof options.id !== "string" || options.id.length === 0) {
    throw new TypeError("a step needs a non-empty string id");
  }
  return options;
}

export function createStepTools(report: StepReporter): StepTools {
  return {
    run(idOrOptions, fn, ...input) {
      try {
        const { id, name } = stepOptions(idOrOptions);
        if (typeof fn !== "function") throw new TypeError(`step "${id}" needs a function to run`);
        return report({
          id,
          op: OpCode.StepPlanned,
          name: id,
          displayName: name ?? id,
          ...(input.length > 0 ? { opts: { input } } : {}),
          handler: fn as (...args: unknown[]) => unknown,
          input,
        }) as Promise<never>;
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
}
