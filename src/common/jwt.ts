// HS256 JSON Web Tokens for connect session tokens (docs/connect-protocol.md §5.2) and realtime
// tokens, through `jose`: only HS256 is accepted, `exp` and `iat` are required, `nbf` is honoured,
// and the signature is checked before the claims are trusted.
import { createSecretKey, type KeyObject } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";

/** Secrets a process signs with: one or two (session, realtime); bounded anyway. */
const MAX_KEYS = 16;
const keys = new Map<string, KeyObject>();

function keyOf(secret: string): KeyObject {
  let k = keys.get(secret);
  if (!k) {
    if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value!);
    keys.set(secret, (k = createSecretKey(Buffer.from(secret, "utf8"))));
  }
  return k;
}

export function signJwt(claims: Record<string, unknown>, secret: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(keyOf(secret));
}

/** Verifies signature, algorithm, expiry and `nbf`; the claims, or undefined for any failure. */
export async function verifyJwt(token: string, secret: string, nowMs = Date.now()): Promise<Record<string, unknown> | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: ["HS256"], currentDate: new Date(nowMs), requiredClaims: ["exp", "iat"],
    });
    return payload as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
