// Tether: the app object users create. Holds the app's identity and keys, registers functions,
// and sends events. Connecting to a gateway is done by connect() in connect/.

import { z } from "zod";
import { readSdkEnvironment } from "./env.ts";
import { ConfigError } from "./errors.ts";
import { TetherFunction, type FunctionOptions } from "./function.ts";
import { silentLogger, type Logger } from "./logger.ts";
import { sendEvents } from "./send-events.ts";
import { hashSigningKey } from "./signing-key.ts";
import type { EventPayload, FunctionHandler } from "./types.ts";

/** Base URL used when neither the option nor the environment gives one. */
export const DEFAULT_BASE_URL = "http://127.0.0.1:8288";

/** Options for `new Tether()`. */
export interface TetherOptions {
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
  /** pino-like logger. @default silent */
  logger?: Logger;
}

const optionsSchema = z.object({
  id: z.string().min(1),
  baseUrl: z.url().optional(),
  eventKey: z.string().min(1).optional(),
  signingKey: z.string().min(1).optional(),
  appVersion: z.string().min(1).optional(),
});

/** Secrets kept off the public surface; read by connect() through `appCredentials`. */
const credentials = new WeakMap<Tether, { hashedSigningKey?: string; eventKey?: string }>();

/** @internal The hashed signing key and event key of an app. */
export function appCredentials(app: Tether): { hashedSigningKey?: string; eventKey?: string } {
  return credentials.get(app) ?? {};
}

export class Tether {
  readonly id: string;
  readonly baseUrl: string;
  readonly appVersion?: string;
  readonly logger: Logger;
  readonly #functions: TetherFunction[] = [];

  constructor(options: TetherOptions) {
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
    this.logger = options.logger ?? silentLogger;
    credentials.set(this, {
      hashedSigningKey: hashSigningKey(parsed.data.signingKey),
      eventKey: parsed.data.eventKey,
    });
  }

  /** Functions registered on this app, in creation order. */
  get functions(): readonly TetherFunction[] {
    return [...this.#functions];
  }

  /** Registers a durable function on this app. Throws ConfigError for invalid options or a duplicate id. */
  createFunction<TResult>(options: FunctionOptions, handler: FunctionHandler<TResult>): TetherFunction<TResult> {
    const fn = new TetherFunction(this.id, options, handler);
    if (this.#functions.some((existing) => existing.id === fn.id)) {
      throw new ConfigError(`function id "${fn.id}" is already used in app "${this.id}"`);
    }
    this.#functions.push(fn as TetherFunction);
    return fn;
  }

  /** Sends one or more events; resolves with the server-assigned ids. */
  send(events: EventPayload | EventPayload[]): Promise<{ ids: string[] }> {
    return sendEvents({ baseUrl: this.baseUrl, eventKey: appCredentials(this).eventKey, events });
  }
}
