// Logger contract (pino-compatible subset), the silent default, and a replay-aware proxy handed to
// user code so log lines are not repeated while memoised steps are replayed.

/** A pino-like logger. Any pino instance satisfies it. */
export interface Logger {
  debug(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
  child?(bindings: Record<string, unknown>): Logger;
}

const noop = (): void => {};

/** A logger that drops everything. The SDK's default. */
export const silentLogger: Logger = Object.freeze({
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  child: () => silentLogger,
});

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
