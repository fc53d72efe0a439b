// Error ⇄ JSON conversion with the official SDK's wire shape: `{name, message, stack,
// __serialized: true}` plus `code` and `cause` (causes serialised up to 5 levels). Used for
// StepError/StepFailed ops, function failures, and rebuilding memoised step errors.

import { stringifyOrUndefined } from "./safe-json.ts";
import { NonRetriableError } from "./user-errors.ts";

const SERIALIZED_KEY = "__serialized";
const COPIED_PROPERTIES = ["name", "message", "stack", "code", "cause"] as const;
const MAX_CAUSE_DEPTH = 5;

/** The wire form of an error. */
export interface SerializedError {
  name: string;
  message: string;
  stack: string;
  __serialized: true;
  code?: unknown;
  cause?: unknown;
  [key: string]: unknown;
}

/** A memoised step error as the executor stores it (docs/execution-protocol.md §1.3.2). */
export interface JsonError {
  name: string;
  message: string;
  stack?: string;
  cause?: unknown;
  [key: string]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function pickErrorProperties(subject: object): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of COPIED_PROPERTIES) {
    if (Reflect.has(subject, key)) picked[key] = Reflect.get(subject, key);
  }
  return picked;
}

/** Returns the value as a serialised error if it already is one (object or JSON string). */
export function asSerializedError(value: unknown): SerializedError | undefined {
  let candidate = value;
  if (typeof value === "string") {
    try {
      candidate = JSON.parse(value);
    } catch {
      return undefined;
    }
    if (
      !isRecord(candidate) ||
      typeof candidate.name !== "string" ||
      typeof candidate.message !== "string" ||
      typeof candidate.stack !== "string"
    ) {
      return undefined;
    }
  }
  if (isRecord(candidate) && Object.hasOwn(candidate, SERIALIZED_KEY) && candidate[SERIALIZED_KEY] === true) {
    return candidate as SerializedError;
  }
  return undefined;
}

function serialize(subject: unknown, allowUnknown: boolean): unknown {
  const existing = asSerializedError(subject);
  if (existing) return existing;

  if (isRecord(subject)) {
    const picked = pickErrorProperties(subject);
    if (!picked.name && allowUnknown) return subject;
    const result: Record<string, unknown> = {
      ...picked,
      name: picked.name || "Error",
      message:
        picked.message || stringifyOrUndefined(subject) || "Unknown error; error serialization could not find a message.",
      stack: picked.stack || "",
      [SERIALIZED_KEY]: true,
    };
    let target: Record<string, unknown> = result;
    for (let depth = 0; depth < MAX_CAUSE_DEPTH; depth++) {
      if (!("cause" in target) || !target.cause) break;
      const cause = serialize(target.cause, true);
      if (!isRecord(cause)) {
        target.cause = cause;
        break;
      }
      // Never mutate an object the caller still holds.
      const next = cause === target.cause ? { ...cause } : cause;
      target.cause = next;
      target = next;
    }
    return result;
  }

  if (allowUnknown) return subject;
  const message = typeof subject === "string" ? subject : stringifyOrUndefined(subject);
  return { ...(serialize(new Error(message), false) as SerializedError), stack: "", [SERIALIZED_KEY]: true };
}

/** Converts anything thrown into the wire form. Never throws. */
export function serializeError(subject: unknown): SerializedError {
  try {
    return serialize(subject, false) as SerializedError;
  } catch {
    return {
      name: "Could not serialize source error",
      message: "Serializing the source error failed.",
      stack: "",
      [SERIALIZED_KEY]: true,
    };
  }
}

function trimmedString(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === "string" ? value.trim() : null;
}

/**
 * Normalises a stored step error: `name` defaults to "Error", `message` to `error` or
 * "Unknown error". Anything malformed becomes `{name: "Error", message: "Unknown error"}`.
 */
export function parseJsonError(value: unknown): JsonError {
  const fallback: JsonError = { name: "Error", message: "Unknown error", stack: undefined };
  if (!isRecord(value) || Array.isArray(value)) return fallback;
  const name = trimmedString(value.name);
  const error = trimmedString(value.error);
  const message = trimmedString(value.message);
  const stack = trimmedString(value.stack);
  if (name === null || error === null || message === null || stack === null) return fallback;
  const rest: Record<string, unknown> = { ...value };
  for (const key of ["name", "error", "message", "stack"]) delete rest[key];
  return {
    ...rest,
    ...(error !== undefined ? { error } : {}),
    name: name || "Error",
    message: message || error || "Unknown error",
    stack,
  };
}

const ERROR_FACTORIES = new Map<string, () => Error>([
  ["EvalError", () => new EvalError()],
  ["RangeError", () => new RangeError()],
  ["ReferenceError", () => new ReferenceError()],
  ["SyntaxError", () => new SyntaxError()],
  ["TypeError", () => new TypeError()],
  ["URIError", () => new URIError()],
  ["NonRetriableError", () => new NonRetriableError("")],
]);

const ENUMERABLE: Record<(typeof COPIED_PROPERTIES)[number], boolean> = {
  name: false,
  message: false,
  stack: false,
  code: true,
  cause: false,
};

/**
 * Rebuilds an Error from its serialised form (needs own `name` and `message`). Known built-in
 * names and NonRetriableError get their class back. With `allowUnknown`, malformed input is
 * returned as is; otherwise a generic Error is returned.
 */
export function deserializeError(subject: unknown, allowUnknown = false): unknown {
  try {
    if (!isRecord(subject) || !Object.hasOwn(subject, "name") || !Object.hasOwn(subject, "message")) {
      throw new Error("not a serialised error");
    }
    const name = subject.name;
    const factory = typeof name === "string" ? ERROR_FACTORIES.get(name) : undefined;
    const output = factory ? factory() : new Error();
    for (const key of COPIED_PROPERTIES) {
      if (Reflect.has(subject, key)) {
        Object.defineProperty(output, key, {
          value: Reflect.get(subject, key),
          enumerable: ENUMERABLE[key],
          configurable: true,
          writable: true,
        });
      }
    }
    if ("cause" in output) output.cause = deserializeError(output.cause, true);
    return output;
  } catch {
    if (allowUnknown) return subject;
    const err = new Error("Unknown error; could not reserialize");
    err.stack = undefined;
    return err;
  }
}
