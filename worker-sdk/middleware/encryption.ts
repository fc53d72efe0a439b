// Encryption middleware (issue 15, point 3): step results, the function's result and the `data` of
// sent events are encrypted on the worker with AES-256-GCM (node:crypto) before they leave it, and
// decrypted on the way in (the run's events, memoised step results, awaited events, invoke
// results). Keys stay in the worker: the server and its store only see envelopes
// (docs/middleware.md, "Encryption").
//
// Envelope (JSON): {"__ENCRYPTED__":true,"v":1,"kid":"<key id>","iv":"<b64>","tag":"<b64>","data":"<b64>"}
// where `data` is the ciphertext of the value's JSON. The key id picks the decryption key, so keys
// can rotate: new values use `key`, older ones are read with any key in `decryptionKeys`.

import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { ConfigError, TetherError } from "../errors.ts";
import type { EventPayload } from "../event-types.ts";
import { safeStringify } from "../safe-json.ts";
import type { ReceivedEvent } from "../types.ts";
import type { FunctionRunHooks, Middleware, MemoizedStep, RunInput } from "./types.ts";

/** Marks an envelope; nothing else in a payload may use this key. */
export const ENCRYPTED_MARKER = "__ENCRYPTED__";
const ENVELOPE_VERSION = 1;
const ALGORITHM = "aes-256-gcm";
const KEY_BYTES = 32;
/** 96-bit IVs, the size GCM is specified for; a fresh random one per value. */
const IV_BYTES = 12;

/** A 32-byte key and the id stored with what it encrypts. */
export interface EncryptionKey {
  /** Short, stable id (e.g. "2026-12"); stored in each envelope, never secret. */
  id: string;
  /** 32 bytes, or their base64 (`generateEncryptionKey()` makes one). */
  key: Uint8Array | string;
}

export interface EncryptionOptions {
  /** Encrypts everything new; also decrypts. */
  key: EncryptionKey;
  /** Older keys, for values written before a rotation. @default none */
  decryptionKeys?: readonly EncryptionKey[];
  /** Encrypt the `data` of sent events (and decrypt received ones). @default true */
  eventData?: boolean;
}

/** The JSON form of an encrypted value. */
export interface EncryptedEnvelope {
  [ENCRYPTED_MARKER]: true;
  v: number;
  kid: string;
  iv: string;
  tag: string;
  data: string;
}

/** A value could not be decrypted: its key is not configured, or it was altered. */
export class EncryptionError extends TetherError {
  /** The key id named by the envelope. */
  readonly keyId: string;

  constructor(code: "ENCRYPTION_KEY_MISSING" | "DECRYPTION_FAILED", keyId: string, message: string, cause?: unknown) {
    super(code, message, { cause });
    this.name = "EncryptionError";
    this.keyId = keyId;
  }
}

/** A new random key, base64: store it as a secret of the worker (never of the server). */
export function generateEncryptionKey(): string {
  return randomBytes(KEY_BYTES).toString("base64");
}

function keyBytes(key: EncryptionKey): Buffer {
  if (!key || typeof key.id !== "string" || key.id.length === 0) throw new ConfigError("an encryption key needs a non-empty `id`");
  const bytes = typeof key.key === "string" ? Buffer.from(key.key, "base64") : Buffer.from(key.key ?? []);
  if (bytes.length !== KEY_BYTES) {
    throw new ConfigError(`encryption key "${key.id}" must be ${KEY_BYTES} bytes (or their base64); it has ${bytes.length}`);
  }
  return bytes;
}

export function isEnvelope(value: unknown): value is EncryptedEnvelope {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[ENCRYPTED_MARKER] === true;
}

/** Encrypts and decrypts values with one current key and any number of older ones. */
export class Encryptor {
  readonly #current: { id: string; key: Buffer };
  readonly #keys = new Map<string, Buffer>();

  constructor(options: Pick<EncryptionOptions, "key" | "decryptionKeys">) {
    this.#current = { id: options.key?.id, key: keyBytes(options.key) };
    for (const key of options.decryptionKeys ?? []) this.#keys.set(key.id, keyBytes(key));
    this.#keys.set(this.#current.id, this.#current.key);
  }

  /** The envelope of `value`'s JSON (undefined is stored as null). The key id is authenticated too. */
  encrypt(value: unknown): EncryptedEnvelope {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.#current.key, iv);
    cipher.setAAD(Buffer.from(this.#aad(this.#current.id)));
    const plain = Buffer.from(safeStringify(value === undefined ? null : value));
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    return {
      [ENCRYPTED_MARKER]: true,
      v: ENVELOPE_VERSION,
      kid: this.#current.id,
      iv: iv.toString("base64"),
      tag: cipher.getAuthTag().toString("base64"),
      data: data.toString("base64"),
    };
  }

  /** The value inside an envelope; anything else is returned as it is (data from before encryption). */
  decrypt(value: unknown): unknown {
    if (!isEnvelope(value)) return value;
    const kid = String(value.kid);
    const key = this.#keys.get(kid);
    if (!key) {
      throw new EncryptionError("ENCRYPTION_KEY_MISSING", kid, `no decryption key with id "${kid}" is configured (known: ${[...this.#keys.keys()].join(", ")})`);
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(String(value.iv), "base64"));
      decipher.setAAD(Buffer.from(this.#aad(kid)));
      decipher.setAuthTag(Buffer.from(String(value.tag), "base64"));
      const plain = Buffer.concat([decipher.update(Buffer.from(String(value.data), "base64")), decipher.final()]);
      return JSON.parse(plain.toString("utf8")) as unknown;
    } catch (err) {
      throw new EncryptionError("DECRYPTION_FAILED", kid, `a value encrypted with key "${kid}" could not be decrypted (altered, or a different key under that id)`, err);
    }
  }

  #aad(kid: string): string {
    return `tether-encryption:v${ENVELOPE_VERSION}:${kid}`;
  }
}

/**
 * A received event with its data decrypted. Sent events carry an envelope as their whole `data`;
 * the data of an `inngest/function.failed` event holds the failed run's event, decrypted too.
 */
function decryptEvent<T extends ReceivedEvent>(encryptor: Encryptor, event: T): T {
  let data = encryptor.decrypt(event.data) as Record<string, unknown>;
  const inner = data?.event as ReceivedEvent | undefined;
  if (inner && typeof inner === "object" && isEnvelope(inner.data)) data = { ...data, event: decryptEvent(encryptor, inner) };
  return data === event.data ? event : { ...event, data };
}

/** A stored step value: an envelope (step.run, invoke results) or an awaited event whose data is one. */
function decryptStep(encryptor: Encryptor, step: MemoizedStep): MemoizedStep {
  if (step.kind !== "data") return step;
  const value = step.data;
  if (isEnvelope(value)) return { ...step, data: encryptor.decrypt(value) };
  const event = value as ReceivedEvent | null;
  if (event && typeof event === "object" && isEnvelope(event.data)) return { ...step, data: decryptEvent(encryptor, event) };
  return step;
}

function decryptInput(encryptor: Encryptor, input: RunInput, events: boolean): RunInput {
  return {
    ...input,
    event: events ? decryptEvent(encryptor, input.event) : input.event,
    events: events ? input.events.map((event) => decryptEvent(encryptor, event)) : input.events,
    steps: input.steps.map((step) => decryptStep(encryptor, step)),
  };
}

/**
 * AES-256-GCM encryption of what a worker sends to the server (docs/middleware.md, "Encryption").
 * Register it on the client (`new Tether({ middleware: [encryptionMiddleware({ key })] })`) so sent
 * events are encrypted too. Errors (not encrypted) and step inputs are sent as they are.
 */
export function encryptionMiddleware(options: EncryptionOptions): Middleware {
  const encryptor = new Encryptor(options);
  const events = options.eventData ?? true;
  const hooks: FunctionRunHooks = {
    transformInput: (input) => decryptInput(encryptor, input, events),
    transformOutput: (output) => ({ data: encryptor.encrypt(output.data) }),
  };
  return {
    name: "tether:encryption",
    onFunctionRun: () => hooks,
    transformSentEvents: events
      ? (sent: EventPayload[]) => sent.map((event) => ({ ...event, data: encryptor.encrypt(event.data ?? {}) as unknown as EventPayload["data"] }))
      : undefined,
  };
}
