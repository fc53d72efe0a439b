// Tether: the app object users create. Holds the app's identity, keys and event schemas, registers
// functions, and sends events (validated against the schemas first). Connecting to a gateway is
// done by connect() in connect/.

import { z } from "zod";
import type { AppServices } from "./app-services.ts";
import { checkpointingSchema, type CheckpointingSetting } from "./checkpoint-options.ts";
import { readSdkEnvironment } from "./env.ts";
import { ConfigError, ValidationError } from "./errors.ts";
import type {
  EventPayload,
  EventSchemas,
  HandlerEvent,
  InvokeDataOf,
  SendableEvent,
  TriggerEventName,
} from "./event-types.ts";
import { describeFailure, findOutgoingFailure } from "./event-validation.ts";
import { TetherFunction, type FunctionOptions } from "./function.ts";
import { consoleLogger, type Logger } from "./logger.ts";
import { middlewareListSchema } from "./function-options.ts";
import { transformSentEvents } from "./middleware/stack.ts";
import type { Middleware } from "./middleware/types.ts";
import { sendEvents } from "./send-events.ts";
import { hashSigningKey } from "./signing-key.ts";
import { isStandardSchema } from "./standard-schema.ts";
import type { FunctionHandler, FunctionTrigger } from "./types.ts";

/** Base URL used when neither the option nor the environment gives one. */
export const DEFAULT_BASE_URL = "http://127.0.0.1:8288";

/** Options for `new Tether()`. */
export interface TetherOptions<TSchemas extends EventSchemas = {}> {
  /** App id; functions are known to the server as `<id>-<fnId>`. */
  id: string;
  /**
   * API and event endpoint.
   * @default TETHER_BASE_URL, else INNGEST_BASE_URL, else "http://127.0.0.1:8288"
   */
  baseUrl?: string;
  /** Key for `send()`. @default TETHER_EVENT_KEY, else INNGEST_EVENT_KEY, else none ("NO_EVENT_KEY_SET") */
  eventKey?: string;
  /** Signing key; only its hash is ever sent. @default TETHER_SIGNING_KEY, else INNGEST_SIGNING_KEY, else none */
  signingKey?: string;
  /** App version (e.g. a git SHA); each version is synced separately. @default none */
  appVersion?: string;
  /**
   * pino-like logger for the SDK's own messages (connection failures, refused keys, reconnects)
   * and the `logger` handed to functions. `silentLogger` silences it.
   * @default consoleLogger: warnings and errors to stderr, debug and info dropped
   */
  logger?: Logger;
  /**
   * Event name → schema of its `data` (zod 4 or any Standard Schema). Declared names type-check
   * triggers, handlers' `event.data`, `send()`, `step.sendEvent()` and `step.waitForEvent()`;
   * data is validated before sending and before a handler runs.
   * @default none: any name, untyped data, no validation
   */
  schemas?: TSchemas;
  /** `fetch` used to send events (tests inject one). @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * Running steps back to back when the server asks for it (`ctx.tether_checkpoint`, connect only):
   * finished steps are reported over the socket in checkpoints instead of one request per step.
   * `false` keeps one step per request. Functions can override it.
   * @default true: `{ bufferedSteps: 10, maxIntervalMs: 50, maxRuntimeMs: 300000 }`
   */
  checkpointing?: CheckpointingSetting;
  /**
   * Middleware for every function of this app and for the events it sends, in order: on the way
   * in (run input, step wrapping) first to last, on the way out (outputs, sent events) last to
   * first. Functions' own middleware runs inside these (docs/middleware.md).
   * @default none
   */
  middleware?: readonly Middleware[];
}

const optionsSchema = z.object({
  id: z.string().min(1),
  baseUrl: z.url().optional(),
  eventKey: z.string().min(1).optional(),
  signingKey: z.string().min(1).optional(),
  appVersion: z.string().min(1).optional(),
  schemas: z.record(z.string().min(1), z.custom(isStandardSchema, "must be a Standard Schema (e.g. a zod schema)")).optional(),
  fetch: z.custom<typeof fetch>((value) => typeof value === "function", "must be a function").optional(),
  checkpointing: checkpointingSchema.optional(),
  middleware: middlewareListSchema.optional(),
});

/**
 * What connect() needs from an app, whatever its event schemas (a `Tether<S>` is not assignable to
 * `Tether<{}>`, as its typed methods differ).
 */
export interface TetherApp {
  readonly id: string;
  readonly baseUrl: string;
  readonly appVersion?: string;
  readonly logger: Logger;
  readonly functions: readonly TetherFunction<unknown, unknown>[];
}

/** Secrets kept off the public surface; read by connect() through `appCredentials`. */
const credentials = new WeakMap<TetherApp, { hashedSigningKey?: string; eventKey?: string }>();

/** @internal The hashed signing key and event key of an app. */
export function appCredentials(app: TetherApp): { hashedSigningKey?: string; eventKey?: string } {
  return credentials.get(app) ?? {};
}

export class Tether<TSchemas extends EventSchemas = {}> implements TetherApp {
  readonly id: string;
  readonly baseUrl: string;
  readonly appVersion?: string;
  readonly logger: Logger;
  /** The declared event schemas (`{}` when none). */
  readonly schemas: TSchemas;
  readonly #functions: TetherFunction<unknown, unknown>[] = [];
  readonly #services: AppServices;

  constructor(options: TetherOptions<TSchemas>) {
    const env = readSdkEnvironment();
    const resolved = {
      ...options,
      baseUrl: options?.baseUrl ?? env.baseUrl ?? DEFAULT_BASE_URL,
      eventKey: options?.eventKey ?? env.eventKey,
      signingKey: options?.signingKey ?? env.signingKey,
    };
    const parsed = optionsSchema.safeParse(resolved);
    if (!parsed.success) throw new ConfigError(`invalid Tether options: ${z.prettifyError(parsed.error)}`);
    this.id = parsed.data.id;
    this.baseUrl = parsed.data.baseUrl ?? DEFAULT_BASE_URL;
    this.appVersion = parsed.data.appVersion;
    this.logger = options.logger ?? consoleLogger;
    this.schemas = Object.freeze({ ...(options.schemas ?? {}) }) as TSchemas;
    const eventKey = parsed.data.eventKey;
    const fetchImpl = options.fetch;
    const middleware = Object.freeze([...(options.middleware ?? [])]);
    credentials.set(this, { hashedSigningKey: hashSigningKey(parsed.data.signingKey), eventKey });
    this.#services = Object.freeze({
      id: this.id,
      schemas: this.schemas,
      ...(options.checkpointing !== undefined ? { checkpointing: options.checkpointing } : {}),
      middleware,
      // Middleware sees events after schema validation (on plaintext), just before they leave.
      sendEvents: async (events: EventPayload[]) =>
        sendEvents({ baseUrl: this.baseUrl, eventKey, events: await transformSentEvents(middleware, events), fetch: fetchImpl }),
    });
  }

  /** Functions registered on this app, in creation order. */
  get functions(): readonly TetherFunction<unknown, unknown>[] {
    return [...this.#functions];
  }

  /**
   * Registers a durable function on this app. With `schemas`, trigger names must be declared (or
   * `inngest/*`, or a wildcard) and `event.data` is typed. Throws ConfigError for invalid options or
   * a duplicate id.
   */
  createFunction<
    const TTriggers extends readonly FunctionTrigger<TriggerEventName<TSchemas>>[],
    TResult,
  >(
    options: FunctionOptions<TSchemas, TTriggers>,
    handler: FunctionHandler<TResult, HandlerEvent<TSchemas, TTriggers>, TSchemas>,
  ): TetherFunction<Awaited<TResult>, InvokeDataOf<TSchemas, TTriggers>> {
    const fn = new TetherFunction<Awaited<TResult>, InvokeDataOf<TSchemas, TTriggers>>(this.#services, options, handler);
    if (this.#functions.some((existing) => existing.id === fn.id)) {
      throw new ConfigError(`function id "${fn.id}" is already used in app "${this.id}"`);
    }
    this.#functions.push(fn);
    return fn;
  }

  /**
   * Sends one or more events; resolves with the server-assigned ids. Rejects with ValidationError
   * (code EVENT_DATA_INVALID, nothing sent) when an event's data does not match its schema.
   */
  async send(events: SendableEvent<TSchemas> | SendableEvent<TSchemas>[]): Promise<{ ids: string[] }> {
    const list = (Array.isArray(events) ? events : [events]) as EventPayload[];
    const failure = await findOutgoingFailure(this.schemas, list);
    if (failure) throw new ValidationError(describeFailure(failure), failure);
    return this.#services.sendEvents(list);
  }
}
