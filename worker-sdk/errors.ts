// SDK error classes. Each carries a string `code` from the registry in error-codes.ts and a
// `retryable` flag; callers branch on `code` or `instanceof`, never on message text.
// Errors meant to be thrown by user code live in user-errors.ts.

import { ERROR_CODES, type ErrorCode } from "./error-codes.ts";
import type { ValidationIssue } from "./standard-schema.ts";

export interface TetherErrorOptions {
  cause?: unknown;
  /** Overrides the registry default. */
  retryable?: boolean;
}

/** Base class of every error the SDK raises itself. */
export class TetherError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message?: string, options: TetherErrorOptions = {}) {
    super(message ?? ERROR_CODES[code].message, { cause: options.cause });
    this.name = "TetherError";
    this.code = code;
    this.retryable = options.retryable ?? ERROR_CODES[code].retryable;
  }
}

/** Options or environment could not be turned into a valid configuration. */
export class ConfigError extends TetherError {
  constructor(message: string, options?: TetherErrorOptions) {
    super("CONFIG_INVALID", message, options);
    this.name = "ConfigError";
  }
}

/** Establishing a gateway connection failed (start request, socket or handshake). */
export class ConnectError extends TetherError {
  /** HTTP status of the start request, when that is what failed. */
  readonly status?: number;

  constructor(
    code: Extract<ErrorCode, "CONNECT_START_FAILED" | "HANDSHAKE_FAILED" | "HANDSHAKE_TIMEOUT" | "CONNECTION_LIMIT" | "AUTH_FAILED">,
    message?: string,
    options: TetherErrorOptions & { status?: number } = {},
  ) {
    super(code, message, options);
    this.name = "ConnectError";
    this.status = options.status;
  }
}

/**
 * The server answered 401 or 403 to `/v0/connect/start`: the (hashed) signing key, or its absence,
 * was refused. Not retryable: before the first connection connect() rejects with it; the message
 * names the URL and which key was sent.
 */
export class AuthError extends ConnectError {
  constructor(message?: string, options: TetherErrorOptions & { status?: number } = {}) {
    super("AUTH_FAILED", message, { status: 401, ...options });
    this.name = "AuthError";
  }
}

/** The server answered 429: too many connections for this account/environment. */
export class ConnectionLimitError extends ConnectError {
  constructor(message?: string, options: TetherErrorOptions = {}) {
    super("CONNECTION_LIMIT", message, { status: 429, ...options });
    this.name = "ConnectionLimitError";
  }
}

/** An operation needed an open connection, but it was closed. */
export class ClosedError extends TetherError {
  constructor(message?: string) {
    super("CONNECTION_CLOSED", message);
    this.name = "ClosedError";
  }
}

/** `send()` could not deliver events. */
export class SendEventError extends TetherError {
  readonly status?: number;

  constructor(message: string, options: TetherErrorOptions & { status?: number } = {}) {
    super("SEND_FAILED", message, options);
    this.name = "SendEventError";
    this.status = options.status;
  }
}

/**
 * `send()` was given an event whose data does not match the schema declared for its name; nothing
 * was sent. (Inside a run, `step.sendEvent()` fails its step with EventValidationError instead.)
 */
export class ValidationError extends TetherError {
  readonly eventName: string;
  /** Position of the event in the batch. */
  readonly index: number;
  /** Each problem with its path from the event ("data.id"). */
  readonly issues: ValidationIssue[];

  constructor(message: string, failure: { eventName: string; index: number; issues: ValidationIssue[] }) {
    super("EVENT_DATA_INVALID", message);
    this.name = "ValidationError";
    this.eventName = failure.eventName;
    this.index = failure.index;
    this.issues = failure.issues;
  }
}

/** Delivering a buffered reply over `POST /v0/connect/flush` failed. */
export class FlushError extends TetherError {
  readonly status?: number;

  constructor(message: string, options: TetherErrorOptions & { status?: number } = {}) {
    super("FLUSH_FAILED", message, options);
    this.name = "FlushError";
    this.status = options.status;
  }
}

/** The executor sent something the engine cannot run (bad payload, unknown function). */
export class ExecutionRequestError extends TetherError {
  constructor(
    code: Extract<ErrorCode, "PAYLOAD_INVALID" | "FUNCTION_NOT_FOUND">,
    message?: string,
    options?: TetherErrorOptions,
  ) {
    super(code, message, options);
    this.name = "ExecutionRequestError";
  }
}

/**
 * The server answered a checkpoint with `stale_dispatch`: the request is no longer live (another
 * worker or request owns the run now). The request stops at once and sends no reply.
 */
export class StaleDispatchError extends TetherError {
  constructor(message?: string) {
    super("STALE_DISPATCH", message);
    this.name = "StaleDispatchError";
  }
}

/**
 * A realtime `publish()` could not be made: `PUBLISH_UNAVAILABLE` outside a connect worker's run,
 * `PUBLISH_INVALID` for a bad channel or topic, an oversized message or data failing the topic's
 * schema (`issues` then lists each problem). Nothing was sent.
 */
export class PublishError extends TetherError {
  readonly issues: ValidationIssue[];

  constructor(code: Extract<ErrorCode, "PUBLISH_UNAVAILABLE" | "PUBLISH_INVALID">, message?: string, issues: ValidationIssue[] = []) {
    super(code, message);
    this.name = "PublishError";
    this.issues = issues;
  }
}

/** The realtime token endpoint failed or answered without a token. */
export class RealtimeTokenError extends TetherError {
  readonly status?: number;

  constructor(message: string, options: TetherErrorOptions & { status?: number } = {}) {
    super("REALTIME_TOKEN_FAILED", message, options);
    this.name = "RealtimeTokenError";
    this.status = options.status;
  }
}
