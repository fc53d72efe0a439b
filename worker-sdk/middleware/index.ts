// The middleware surface: types, the SDK's logger middleware and the encryption middleware
// (docs/middleware.md).
export type {
  ErrorSource,
  FunctionRunHooks,
  FunctionRunInfo,
  MemoizedStep,
  Middleware,
  RunInput,
  RunOutput,
  StepInfo,
} from "./types.ts";
export { loggerMiddleware } from "./logger.ts";
export {
  ENCRYPTED_MARKER,
  EncryptionError,
  Encryptor,
  encryptionMiddleware,
  generateEncryptionKey,
  isEnvelope,
  type EncryptedEnvelope,
  type EncryptionKey,
  type EncryptionOptions,
} from "./encryption.ts";
