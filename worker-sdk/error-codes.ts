// Registry of every error code the SDK raises: one entry per code with a default message, whether a
// retry can help, and the WebSocket close code the worker sends for it (when it closes a socket).
// A unit test keeps codes unique and documented.

export interface ErrorCodeInfo {
  /** Default human-readable message. */
  readonly message: string;
  /** Whether retrying the same operation may succeed. */
  readonly retryable: boolean;
  /** Close code the worker uses when this error ends a socket, if any. */
  readonly closeCode?: number;
}

export const ERROR_CODES = {
  CONFIG_INVALID: { message: "Invalid SDK configuration", retryable: false },
  CONNECT_START_FAILED: { message: "The connect start request failed", retryable: true },
  /** 401/403 from /v0/connect/start: retrying with the same key cannot help (connect() rejects). */
  AUTH_FAILED: { message: "The server refused the signing key", retryable: false },
  CONNECTION_LIMIT: { message: "The server refused more connections", retryable: true },
  HANDSHAKE_FAILED: {
    message: "The gateway handshake failed",
    retryable: true,
    closeCode: 4001,
  },
  HANDSHAKE_TIMEOUT: {
    message: "The gateway handshake timed out",
    retryable: true,
    closeCode: 4001,
  },
  CONNECTION_CLOSED: { message: "The worker connection is closed", retryable: false },
  FLUSH_FAILED: { message: "Flushing a buffered reply failed", retryable: true },
  SEND_FAILED: { message: "Sending events failed", retryable: true },
  EVENT_DATA_INVALID: { message: "Event data does not match the schema declared for its name", retryable: false },
  PAYLOAD_INVALID: { message: "The execution request payload is invalid", retryable: false },
  FUNCTION_NOT_FOUND: { message: "The requested function is not served here", retryable: false },
  STEP_NOT_FOUND: { message: "The requested step was not found", retryable: true },
  STALE_DISPATCH: { message: "The server says the request is no longer live; it was dropped", retryable: false },
  PUBLISH_UNAVAILABLE: {
    message: "publish() needs a function run served over connect (a worker socket)",
    retryable: false,
  },
  PUBLISH_INVALID: { message: "The realtime message is invalid (channel, topic, size or schema)", retryable: false },
  REALTIME_TOKEN_FAILED: { message: "Getting a realtime subscription token failed", retryable: true },
  /** An envelope names a key id the encryption middleware was not given (deploy the key, then retry). */
  ENCRYPTION_KEY_MISSING: { message: "No decryption key with the envelope's key id is configured", retryable: true },
  /** Retried like any failure: deploying the right key under that id lets the run go on. */
  DECRYPTION_FAILED: { message: "An encrypted value could not be decrypted (altered, or the wrong key)", retryable: true },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;
