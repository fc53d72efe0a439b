// Signing keys (docs/connect-protocol.md §5.1, docs/execution-protocol.md §1.2): the hashed form SDKs send
// as a Bearer token, the server-side check, and HMAC request signatures for serve-mode calls.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

const PREFIX_RE = /^signkey-\w+-/;

/** `signkey-<env>-` + lowercase hex sha256 of the hex-decoded rest. */
export function hashSigningKey(key: string): string {
  const prefix = key.match(PREFIX_RE)?.[0] ?? "";
  const rest = key.slice(prefix.length);
  return prefix + createHash("sha256").update(Buffer.from(rest, "hex")).digest("hex");
}

/** A signing key must be hex of even length after its prefix. */
export function isValidSigningKey(key: string): boolean {
  const rest = key.replace(PREFIX_RE, "");
  return rest.length > 0 && rest.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(rest);
}

function eq(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Accepts the raw key or its hash (either with or without the `signkey-…-` prefix). */
export function signingKeyMatches(presented: string, configured: string): boolean {
  const p = presented.replace(PREFIX_RE, "");
  const raw = configured.replace(PREFIX_RE, "");
  const hashed = hashSigningKey(configured).replace(PREFIX_RE, "");
  return eq(p, raw) || eq(p, hashed);
}

/** `t=<unix s>&s=<hex HMAC-SHA256(body + t)>`, key = signing key without prefix, as UTF-8. */
export function signRequestBody(body: string, key: string, nowMs = Date.now()): string {
  const t = Math.floor(nowMs / 1000);
  const mac = createHmac("sha256", key.replace(PREFIX_RE, "")).update(body + t).digest("hex");
  return `t=${t}&s=${mac}`;
}
