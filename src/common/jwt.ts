// Minimal HS256 JSON Web Tokens for connect session tokens (docs/connect-protocol.md §5.2) and
// realtime tokens. Only HS256 is accepted; comparison is constant-time.
import { createHmac, timingSafeEqual } from "node:crypto";
import { parseJson } from "./json.ts";

const b64url = (buf: Buffer | string) => Buffer.from(buf).toString("base64url");

export function signJwt(claims: Record<string, unknown>, secret: string): string {
  const head = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac("sha256", secret).update(`${head}.${body}`).digest("base64url");
  return `${head}.${body}.${sig}`;
}

/** Verifies signature, algorithm and expiry; returns the claims or undefined. */
export function verifyJwt(token: string, secret: string, nowMs = Date.now()): Record<string, unknown> | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [head, body, sig] = parts;
  let header: { alg?: string };
  let claims: Record<string, unknown>;
  try {
    // Untrusted until the signature is checked: parsed with the depth limit like any input.
    header = parseJson(Buffer.from(head, "base64url")) as { alg?: string };
    claims = parseJson(Buffer.from(body, "base64url")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (header?.alg !== "HS256" || typeof claims !== "object" || claims === null) return undefined;
  const expected = createHmac("sha256", secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= nowMs) return undefined;
  if (typeof claims.iat !== "number") return undefined;
  return claims;
}
