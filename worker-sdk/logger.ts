// Logger contract (pino-compatible subset), the console default (warnings and errors only), a
// silent logger, and a replay-aware proxy handed to user code so log lines are not repeated while
// memoised steps are replayed.

import { safeStringify } from "./safe-json.ts";

/** A pino-like logger. Any pino instance satisfies it. */
export interface Logger {
  debug(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
  child?(bindings: Record<string, unknown>): Logger;
}

const noop = (): void => {};

/** A logger that drops everything (`logger: silentLogger` opts out of the console default). */
export const silentLogger: Logger = Object.freeze({
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  child: () => silentLogger,
});

/**
 * The SDK's default: warnings and errors go to stderr (`console.warn` / `console.error`), one line
 * each, `[tether] WARN <message> key=value ...`; debug and info are dropped. A worker that cannot
 * reach its server or whose key is refused says so instead of looking hung (STYLE.md).
 */
export const consoleLogger: Logger = consoleLoggerWith({});

function consoleLoggerWith(bindings: Record<string, unknown>): Logger {
  return Object.freeze({
    debug: noop,
    info: noop,
    warn: (obj: unknown, msg?: string) => console.warn(consoleLine("WARN", bindings, obj, msg)),
    error: (obj: unknown, msg?: string) => console.error(consoleLine("ERROR", bindings, obj, msg)),
    child: (more: Record<string, unknown>) => consoleLoggerWith({ ...bindings, ...more }),
  });
}

/** `[tether] WARN reconnecting attempt=2 err=ConnectError CONNECT_START_FAILED: ...` */
export function consoleLine(level: string, bindings: Record<string, unknown>, obj: unknown, msg?: string): string {
  const text = msg ?? (typeof obj === "string" ? obj : "");
  const fields: Record<string, unknown> = { ...bindings };
  if (obj instanceof Error) fields.err = obj;
  else if (obj !== null && typeof obj === "object") Object.assign(fields, obj);
  else if (obj !== undefined && msg !== undefined) fields.value = obj;
  const rest = Object.entries(fields).map(([key, value]) => `${key}=${describeValue(value)}`);
  return ["[tether]", level, text, ...rest].filter((part) => part !== "").join(" ");
}

/** ` (cause: fetch failed: connect ECONNREFUSED 127.0.0.1:8288)`: the chain, at most 3 deep. */
function causes(error: Error): string {
  const messages: string[] = [];
  for (let c = error.cause, depth = 0; c instanceof Error && depth < 3; c = c.cause, depth++) messages.push(c.message);
  return messages.length > 0 ? ` (cause: ${messages.join(": ")})` : "";
}

function describeValue(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return `${value.name}${typeof code === "string" ? ` ${code}` : ""}: ${value.message}${causes(value)}`;
  }
  return typeof value === "string" ? value : safeStringify(value);
}

/** `logger.child(bindings)` when supported, else the logger itself. */
export function childLogger(logger: Logger, bindings: Record<string, unknown>): Logger {
  return typeof logger.child === "function" ? logger.child(bindings) : logger;
}

/**
 * Forwards to `target` only once enabled. The engine enables it when memoisation ends, i.e. when
 * user code runs past every step already stored, so replays do not duplicate log lines.
 */
export class ReplayAwareLogger implements Logger {
  #enabled = false;
  readonly #target: Logger;

  constructor(target: Logger) {
    this.#target = target;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  enable(): void {
    this.#enabled = true;
  }

  debug(obj: unknown, msg?: string): void {
    if (this.#enabled) this.#target.debug(obj, msg);
  }

  info(obj: unknown, msg?: string): void {
    if (this.#enabled) this.#target.info(obj, msg);
  }

  warn(obj: unknown, msg?: string): void {
    if (this.#enabled) this.#target.warn(obj, msg);
  }

  error(obj: unknown, msg?: string): void {
    if (this.#enabled) this.#target.error(obj, msg);
  }
}
