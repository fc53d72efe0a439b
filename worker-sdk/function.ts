// TetherFunction: what `tether.createFunction()` returns. Holds validated options, the user handler
// and its onFailure companion; knows its slug and sync config. Execution lives in engine/.

import { z } from "zod";
import type { AppServices } from "./app-services.ts";
import { resolveCheckpointing, type CheckpointingConfig } from "./checkpoint-options.ts";
import { ConfigError } from "./errors.ts";
import type { ReceivedEvent, UntypedData } from "./event-types.ts";
import { validateReceivedEvents } from "./event-validation.ts";
import { buildFailureConfig, createFailureFunction } from "./failure-function.ts";
import { buildFunctionConfig, toCancelConfig, type FunctionConfig } from "./function-config.ts";
import { functionOptionsSchema, type ErasedFunctionOptions } from "./function-options.ts";
import type { Middleware } from "./middleware/types.ts";
import type { ErasedHandler, RunnableFunction } from "./runnable-function.ts";

export { MAX_CANCEL_RULES, MAX_RETRIES, MAX_TRIGGERS, type FunctionOptions } from "./function-options.ts";

/** Options as stored: the onFailure handler is kept as the companion function. */
type StoredOptions = Readonly<Omit<ErasedFunctionOptions, "onFailure">>;

/**
 * A durable function registered on a Tether app. `TResult` is what it returns (and what
 * `step.invoke` resolves with); `TInvokeData` is the `data` it accepts when invoked.
 */
export class TetherFunction<TResult = unknown, TInvokeData = UntypedData> implements RunnableFunction {
  /** Type-only carrier of the type parameters (absent at run time). */
  declare readonly "~types"?: { result: TResult; invokeData: TInvokeData };
  readonly id: string;
  readonly appId: string;
  readonly options: StoredOptions;
  readonly handler: ErasedHandler;
  /** @internal The app's services (schemas, event sending). */
  readonly app: AppServices;
  /** Checkpointing in force for this function (its option over the app's). */
  readonly checkpointing: CheckpointingConfig | false;
  /** The app's middleware, then this function's own. */
  readonly middleware: readonly Middleware[];
  /** The onFailure companion `<slug>-failure`, when `onFailure` is set. */
  readonly failureFunction: RunnableFunction | undefined;
  readonly #eventTriggerNames: readonly string[];

  /** @internal Use `tether.createFunction()`. */
  constructor(app: AppServices, options: ErasedFunctionOptions, handler: (ctx: never) => unknown) {
    const parsed = functionOptionsSchema.safeParse(options);
    if (!parsed.success) {
      throw new ConfigError(`invalid options for function "${String(options?.id)}": ${z.prettifyError(parsed.error)}`);
    }
    if (typeof handler !== "function") {
      throw new ConfigError(`function "${options.id}" needs a handler`);
    }
    const { onFailure, ...rest } = options;
    for (const rule of rest.cancelOn ?? []) {
      try {
        toCancelConfig(rule);
      } catch (err) {
        throw new ConfigError(`invalid cancelOn timeout for function "${options.id}": ${(err as Error).message}`, { cause: err });
      }
    }
    this.app = app;
    this.appId = app.id;
    this.id = parsed.data.id;
    // The user's objects are kept (not zod's copies) so the config carries them exactly as given.
    this.options = Object.freeze({ ...rest, triggers: [...rest.triggers] });
    this.handler = handler as unknown as ErasedHandler;
    this.checkpointing = resolveCheckpointing(app.checkpointing, rest.checkpointing);
    this.middleware = Object.freeze([...(app.middleware ?? []), ...(rest.middleware ?? [])]);
    this.failureFunction = onFailure ? createFailureFunction(this, onFailure) : undefined;
    this.#eventTriggerNames = rest.triggers.flatMap((trigger) => ("event" in trigger ? [trigger.event] : []));
  }

  /** Composite id the server uses: `<appId>-<id>`. */
  get slug(): string {
    return `${this.appId}-${this.id}`;
  }

  get name(): string {
    return this.options.name ?? this.id;
  }

  /** Checks received events against the app's schemas before the handler runs. */
  validateEvents(events: readonly ReceivedEvent[]): Promise<void> {
    return validateReceivedEvents(this.app.schemas, this.#eventTriggerNames, events);
  }

  /** The sync configuration of this function alone. */
  toConfig(): FunctionConfig {
    const { name: _name, id: _id, ...rest } = this.options;
    return buildFunctionConfig({ ...rest, slug: this.slug, name: this.name });
  }

  /** Everything advertised to the gateway: this function, then its onFailure companion if any. */
  toConfigs(): FunctionConfig[] {
    const main = this.toConfig();
    return this.failureFunction ? [main, buildFailureConfig(main)] : [main];
  }
}
