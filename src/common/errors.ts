// Error base for every Tether component: a stable string `code`, whether the failure is worth
// retrying, and how it surfaces on HTTP (status) and WebSocket (close code). Branch on `code`
// or `instanceof`, never on message text.
import { ERROR_CODES, type ErrorCode } from "./error-codes.ts";

export class TetherError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly data?: unknown;

  constructor(code: ErrorCode, message?: string, opts: { cause?: unknown; data?: unknown; retryable?: boolean } = {}) {
    super(message ?? ERROR_CODES[code].message, { cause: opts.cause });
    this.name = new.target.name;
    this.code = code;
    this.retryable = opts.retryable ?? ERROR_CODES[code].retryable;
    this.data = opts.data;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].httpStatus;
  }

  get closeCode(): number {
    return ERROR_CODES[this.code].closeCode;
  }
}

export class ConfigError extends TetherError {}
export class ProtocolError extends TetherError {}
export class AuthError extends TetherError {}
export class ValidationError extends TetherError {}
export class NotFoundError extends TetherError {}
export class ClosedError extends TetherError {}

/** Turns anything thrown into an Error (user code may throw strings, objects, undefined). */
export function toError(err: unknown): Error {
  if (err instanceof Error) return err;
  if (typeof err === "string") return new Error(err);
  try {
    return new Error(JSON.stringify(err));
  } catch {
    return new Error(String(err));
  }
}
