// Signing-key hashing (docs/connect-protocol.md §5.1): the SDK only ever sends the hash, as a Bearer
// token on /v0/connect/start and /v0/connect/flush.

import { createHash } from "node:crypto";

const PREFIX_PATTERN = /^signkey-\w+-/;

/**
 * Keeps the `signkey-<env>-` prefix, hex-decodes the rest and replaces it with its lowercase-hex
 * SHA-256. Returns `undefined` for an empty key.
 */
export function hashSigningKey(signingKey: string | undefined): string | undefined {
  if (!signingKey) return undefined;
  const prefix = PREFIX_PATTERN.exec(signingKey)?.[0] ?? "";
  const secret = signingKey.slice(prefix.length);
  const digest = createHash("sha256").update(Buffer.from(secret, "hex")).digest("hex");
  return `${prefix}${digest}`;
}
