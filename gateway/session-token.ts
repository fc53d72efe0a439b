// Connect session tokens (docs/connect-protocol.md §5.2): HS256 JWTs the API signs in
// `/v0/connect/start` and the gateway checks in WORKER_CONNECT, valid 5 minutes. Their secret is
// derived from the signing key; the public dev constant is only for a keyless `tether dev` or
// `--insecure` (docs/deployment.md "Keys").
import { createHash } from "node:crypto";
import { ConfigError, newId, signJwt, verifyJwt } from "../src/common/index.ts";

/** Public: anyone can sign a token with it. Never used where a signing key is set. */
export const DEV_SESSION_SECRET = "this-does-not-need-to-be-secret";
export const SESSION_TOKEN_TTL_MS = 5 * 60_000;
const ISSUER = "connect.inngest.com";
const AUDIENCE = "gateway.connect.inngest.com";
const NIL_UUID = "00000000-0000-0000-0000-000000000000";
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SessionSecretSource {
  signingKey?: string;
  /** An explicit secret (`--session-secret`) shared by API and gateway processes. */
  sessionSecret?: string;
  /** Keyless on purpose (`tether dev`, `--insecure`): the dev constant is allowed. */
  keyless: boolean;
}

/**
 * The secret session tokens are signed and checked with: the explicit one, else one derived from
 * the signing key, else — only when keyless on purpose — the dev constant. A process with keys
 * therefore refuses tokens signed with the dev constant.
 */
export function sessionSecretFor(source: SessionSecretSource): string {
  if (source.sessionSecret === DEV_SESSION_SECRET && source.signingKey) {
    throw new ConfigError("bad_request", "the session secret must not be the public dev secret when a signing key is set");
  }
  if (source.sessionSecret) return source.sessionSecret;
  if (source.signingKey) return createHash("sha256").update(`tether-session:${source.signingKey}`).digest("hex");
  if (source.keyless) return DEV_SESSION_SECRET;
  throw new ConfigError("bad_request", "session tokens need a signing key (or --insecure)");
}

export interface SessionClaims {
  accountId: string;
  envId: string;
  appsPerConnection: number;
}

export function signSessionToken(c: SessionClaims, secret: string, nowMs = Date.now()): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  return signJwt({
    iss: ISSUER, aud: [AUDIENCE], sub: c.accountId, env: c.envId,
    entitlements: { appsPerConnection: c.appsPerConnection },
    iat, exp: iat + SESSION_TOKEN_TTL_MS / 1000, jti: newId(),
  }, secret);
}

export async function verifySessionToken(token: string, secret: string, nowMs = Date.now()): Promise<SessionClaims | undefined> {
  const c = await verifyJwt(token, secret, nowMs);
  if (!c || c.iss !== ISSUER) return undefined;
  if (!Array.isArray(c.aud) || !c.aud.includes(AUDIENCE)) return undefined;
  if (typeof c.sub !== "string" || !UUID_RE.test(c.sub)) return undefined;
  if (typeof c.env !== "string" || !UUID_RE.test(c.env) || c.env === NIL_UUID) return undefined;
  const ent = c.entitlements as { appsPerConnection?: number } | undefined;
  return { accountId: c.sub, envId: c.env, appsPerConnection: ent?.appsPerConnection ?? 10 };
}
