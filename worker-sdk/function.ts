// TetherFunction: what `tether.createFunction()` returns. Holds validated options and the user
// handler; knows its slug and sync config. Execution lives in engine/.

import { z } from "zod";
import { ConfigError } from "./errors.ts";
import { buildFunctionConfig, type FunctionConfig } from "./function-config.ts";
import type { FunctionHandler, FunctionTrigger } from "./types.ts";

/** Most retries a function may ask for (server limit). */
export const MAX_RETRIES = 20;
/** Most triggers per function (server limit). */
export const MAX_TRIGGERS = 10;

/** Options for `tether.createFunction()`. */
export interface FunctionOptions {
  /** Stable id, unique within the app. The server knows the function as `<appId>-<id>`. */
  id: string;
  /** Display name. @default the id */
  name?: string;
  /** Events and/or cron schedules that start a run. */
  triggers: FunctionTrigger[];
  /** Retries per step and per function attempt (0–20). @default the server's default (4) */
  retries?: number;
}

const triggerSchema = z.union([
  z.strictObject({ event: z.string().min(1), if: z.string().optional() }),
  z.strictObject({ cron: z.string().min(1), jitter: z.string().optional() }),
]);

const optionsSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  triggers: z.array(triggerSchema).max(MAX_TRIGGERS),
  retries: z.number().int().min(0).max(MAX_RETRIES).optional(),
});

/** A durable function registered on a Tether app. */
export class TetherFunction<TResult = unknown> {
  readonly id: string;
  readonly appId: string;
  readonly options: Readonly<FunctionOptions>;
  readonly handler: FunctionHandler<TResult>;

  constructor(appId: string, options: FunctionOptions, handler: FunctionHandler<TResult>) {
    const parsed = optionsSchema.safeParse(options);
    if (!parsed.success) {
      throw new ConfigError(`invalid options for function "${String(options?.id)}": ${z.prettifyError(parsed.error)}`);
    }
    if (typeof handler !== "function") {
      throw new ConfigError(`function "${options.id}" needs a handler`);
    }
    this.appId = appId;
    this.id = parsed.data.id;
    this.options = Object.freeze({ ...parsed.data, triggers: [...parsed.data.triggers] });
    this.handler = handler;
  }

  /** Composite id the server uses: `<appId>-<id>`. */
  get slug(): string {
    return `${this.appId}-${this.id}`;
  }

  get name(): string {
    return this.options.name ?? this.id;
  }

  /** The sync configuration advertised to the gateway. */
  toConfig(): FunctionConfig {
    return buildFunctionConfig({
      slug: this.slug,
      name: this.name,
      triggers: this.options.triggers,
      retries: this.options.retries,
    });
  }
}
