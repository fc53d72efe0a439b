// Connect session tokens (connect-protocol.md §5.2): HS256 JWTs the API signs in
// `/v0/connect/start` and the gateway checks in WORKER_CONNECT, valid 5 minutes.
import { newId, signJwt, verifyJwt } from "../src/common/index.ts";

export const DEV_SESSION_SECRET = "this-does-not-need-to-be-secret";
export const SESSION_TOKEN_TTL_MS = 5 * 60_000;
const ISSUER = "connect.inngest.com";
const AUDIENCE = "gateway.connect.inngest.com";
const NIL_UUID = "00000000-0000-0000-0000-000000000000";
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SessionClaims {
  accountId: string;
  envId: string;
  appsPerConnection: number;
}

export function signSessionToken(c: SessionClaims, secret: string, nowMs = Date.now()): string {
  const iat = Math.floor(nowMs / 1000);
  return signJwt({
    iss: ISSUER, aud: [AUDIENCE], sub: c.accountId, env: c.envId,
    entitlements: { appsPerConnection: c.appsPerConnection },
    iat, exp: iat + SESSION_TOKEN_TTL_MS / 1000, jti: newId(),
  }, secret);
}

export function verifySessionToken(token: string, secret: string, nowMs = Date.now()): SessionClaims | undefined {
  const c = verifyJwt(token, secret, nowMs);
  if (!c || c.iss !== ISSUER) return undefined;
  if (!Array.isArray(c.aud) || !c.aud.includes(AUDIENCE)) return undefined;
  if (typeof c.sub !== "string" || !UUID_RE.test(c.sub)) return undefined;
  if (typeof c.env !== "string" || !UUID_RE.test(c.env) || c.env === NIL_UUID) return undefined;
  const ent = c.entitlements as { appsPerConnection?: number } | undefined;
  return { accountId: c.sub, envId: c.env, appsPerConnection: ent?.appsPerConnection ?? 10 };
}
