// Builds the `step` object handed to user code. Each tool only describes its step (one builder per
// tool file) and passes the description to the engine's reporter, which owns ids, memoisation and
// scheduling. Like the official SDK's tools, a tool never throws synchronously: bad arguments
// reject the promise it returns.

import type { AppServices } from "../app-services.ts";
import type { EventPayload } from "../event-types.ts";
import type { InvokeOptions, StepOptions, StepOptionsOrId, StepTools, WaitForEventOptions } from "../types.ts";
import type { StepDescriptor } from "./found-step.ts";
import { invokeDescriptor } from "./invoke-step.ts";
import { OpCode } from "./ops.ts";
import { sendEventDescriptor } from "./send-event-step.ts";
import { sleepDescriptor, sleepUntilDescriptor } from "./sleep-steps.ts";
import { waitForEventDescriptor } from "./wait-for-event-step.ts";

/** Receives a step description and returns the promise user code awaits. */
export type StepReporter = (descriptor: StepDescriptor) => Promise<unknown>;

function stepOptions(idOrOptions: StepOptionsOrId): StepOptions {
  const options = typeof idOrOptions === "string" ? { id: idOrOptions } : idOrOptions;
  if (!options || typeof options.id !== "string" || options.id.length === 0) {
    throw new TypeError("a step needs a non-empty string id");
  }
  return options;
}

function runDescriptor({ id, name }: StepOptions, fn: unknown, input: unknown[]): StepDescriptor {
  if (typeof fn !== "function") throw new TypeError(`step "${id}" needs a function to run`);
  return {
    id,
    op: OpCode.StepPlanned,
    name: id,
    displayName: name ?? id,
    ...(input.length > 0 ? { opts: { input } } : {}),
    handler: fn as (...args: unknown[]) => unknown,
    input,
  };
}

export function createStepTools(report: StepReporter, app: AppServices): StepTools {
  const tool =
    <TArgs extends unknown[]>(describe: (options: StepOptions, ...args: TArgs) => StepDescriptor) =>
    (idOrOptions: StepOptionsOrId, ...args: TArgs): Promise<never> => {
      try {
        return report(describe(stepOptions(idOrOptions), ...args)) as Promise<never>;
      } catch (err) {
        return Promise.reject(err);
      }
    };
  return {
    run: tool((options, fn: unknown, ...input: unknown[]) => runDescriptor(options, fn, input)),
    sleep: tool(sleepDescriptor),
    sleepUntil: tool(sleepUntilDescriptor),
    waitForEvent: tool((options, wait: WaitForEventOptions) => waitForEventDescriptor(options, wait, app)),
    invoke: tool((options, invoke: InvokeOptions) => invokeDescriptor(options, invoke)),
    sendEvent: tool((options, events: EventPayload | EventPayload[] | undefined) => sendEventDescriptor(options, events, app)),
  };
}
