// Runs a list of middleware in the documented order (docs/middleware.md, "Order"): data going
// towards user code (transformInput, beforeExecution, wrapStep from the outside in) passes them in
// registration order; data coming out of it (transformOutput, afterExecution, onError, sent events)
// in reverse. Hooks that only observe (before/afterExecution, onError) cannot break a run: what they
// throw is logged. Hooks that change data fail the step or the function when they throw.

import type { EventPayload } from "../event-types.ts";
import type { Logger } from "../logger.ts";
import type { ErrorSource, FunctionRunHooks, FunctionRunInfo, Middleware, RunInput, RunOutput, StepInfo } from "./types.ts";

interface NamedHooks {
  name: string;
  hooks: FunctionRunHooks;
}

/** The hooks of every middleware for one request of one run. */
export class RunMiddleware {
  readonly #layers: readonly NamedHooks[];
  readonly #logger: Logger;
  #executing = false;
  #finished = false;

  private constructor(layers: NamedHooks[], logger: Logger) {
    this.#layers = layers;
    this.#logger = logger;
  }

  /** Asks each middleware for its hooks for this request, in registration order. */
  static async start(middleware: readonly Middleware[], info: FunctionRunInfo): Promise<RunMiddleware> {
    const layers: NamedHooks[] = [];
    for (const mw of middleware) {
      const hooks = await mw.onFunctionRun?.(info);
      if (hooks) layers.push({ name: mw.name, hooks });
    }
    return new RunMiddleware(layers, info.logger);
  }

  async transformInput(input: RunInput): Promise<RunInput> {
    let current = input;
    for (const { hooks } of this.#layers) current = (await hooks.transformInput?.(current)) ?? current;
    return current;
  }

  /** Sent once per request, when user code goes past the last memoised step. */
  beforeExecution(): void {
    if (this.#executing) return;
    this.#executing = true;
    for (const layer of this.#layers) this.#observe(layer, "beforeExecution", () => layer.hooks.beforeExecution?.());
  }

  /** Sent once per request after beforeExecution, when the request has its outcome. */
  afterExecution(): void {
    if (!this.#executing || this.#finished) return;
    this.#finished = true;
    for (const layer of this.#reversed()) this.#observe(layer, "afterExecution", () => layer.hooks.afterExecution?.());
  }

  /** Runs `run` inside every wrapStep hook; the first middleware is the outermost. */
  wrapStep(step: StepInfo, run: () => Promise<unknown>): Promise<unknown> {
    let next = run;
    for (const { hooks } of this.#reversed()) {
      const inner = next;
      if (hooks.wrapStep) next = () => hooks.wrapStep!(step, inner);
    }
    return next();
  }

  async transformOutput(output: RunOutput): Promise<unknown> {
    let data = output.data;
    for (const { hooks } of this.#reversed()) {
      const replaced = await hooks.transformOutput?.({ ...output, data });
      if (replaced) data = replaced.data;
    }
    return data;
  }

  onError(error: unknown, source: ErrorSource): void {
    for (const layer of this.#reversed()) this.#observe(layer, "onError", () => layer.hooks.onError?.(error, source));
  }

  #reversed(): NamedHooks[] {
    return [...this.#layers].reverse();
  }

  #observe(layer: NamedHooks, hook: string, call: () => void): void {
    try {
      call();
    } catch (err) {
      this.#logger.warn({ err, middleware: layer.name, hook }, "middleware hook threw; ignored");
    }
  }
}

/** Passes events about to be sent through every `transformSentEvents`, last registered first. */
export async function transformSentEvents(middleware: readonly Middleware[], events: EventPayload[]): Promise<EventPayload[]> {
  let current = events;
  for (const mw of [...middleware].reverse()) current = (await mw.transformSentEvents?.(current)) ?? current;
  return current;
}
