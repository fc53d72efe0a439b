// Realtime subscription tokens (docs/execution-protocol.md §5.3): HS256 JWTs, issuer `rt.inngest.com`,
// naming the channel+topics a subscriber may hear and whether it may publish. The secret is derived
// from the server's session secret, so every API process of one deployment verifies every token
// and a realtime token is never a valid connect session token (or the reverse).
import { createHash } from "node:crypto";
import { z } from "zod";
import { newId, signJwt, TetherError, verifyJwt } from "../common/index.ts";

export const REALTIME_ISSUER = "rt.inngest.com";
export const DEFAULT_TOKEN_TTL_MS = 60_000;
/** Topics one token may name. */
export const MAX_TOKEN_TOPICS = 100;

const topicSchema = z.object({
  channel: z.string().min(1).max(1024),
  name: z.string().min(1).max(1024),
  kind: z.enum(["run", "event"]).default("run"),
});

const topicName = z.string().min(1).max(1024);

/**
 * `POST /v1/realtime/token` body (README "Realtime", docs/execution-protocol.md §5.3): Inngest's
 * array of topics; Tether's `{topics: [{channel, name}], publish}`; or one channel's topics by
 * name, `{channel, topics: ["status", …], publish}` — the shape of the SDKs' `token({channel,
 * topics})`, which people send by hand.
 */
const tokenRequestSchema = z.union([
  z.array(topicSchema).min(1).max(MAX_TOKEN_TOPICS),
  z.object({ topics: z.array(topicSchema).min(1).max(MAX_TOKEN_TOPICS), publish: z.boolean().default(false) }),
  z.object({ channel: topicSchema.shape.channel, topics: z.array(topicName).min(1).max(MAX_TOKEN_TOPICS), publish: z.boolean().default(false) }),
]);

export interface RealtimeTopic {
  kind: "run" | "event";
  env_id: string;
  channel: string;
  name: string;
}

export interface RealtimeClaims {
  topics: RealtimeTopic[];
  publish: boolean;
}

export interface TokenRequest {
  topics: { channel: string; name: string; kind: "run" | "event" }[];
  publish: boolean;
}

/** The HMAC secret of realtime tokens, derived from the session secret. */
export function realtimeSecretOf(sessionSecret: string): string {
  return createHash("sha256").update(`tether-realtime:${sessionSecret}`).digest("hex");
}

/** Validates a token request body; throws `bad_request` naming the first problem. */
export function parseTokenRequest(body: unknown): TokenRequest {
  const r = tokenRequestSchema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new TetherError("bad_request", `topics${issue.path.length ? "." + issue.path.join(".") : ""}: ${issue.message}`);
  }
  if (Array.isArray(r.data)) return { topics: r.data, publish: false };
  const d = r.data;
  if ("channel" in d) return { topics: d.topics.map((name) => ({ channel: d.channel, name, kind: "run" as const })), publish: d.publish };
  return d;
}

export interface SignTokenOptions {
  secret: string;
  accountId: string;
  envId: string;
  /** @default 60_000 */
  ttlMs?: number;
  nowMs?: number;
}

export function signRealtimeToken(req: TokenRequest, o: SignTokenOptions): Promise<string> {
  const now = o.nowMs ?? Date.now();
  const topics: RealtimeTopic[] = req.topics.map((t) => ({ kind: t.kind, env_id: o.envId, channel: t.channel, name: t.name }));
  return signJwt({
    iss: REALTIME_ISSUER, sub: o.accountId, env: o.envId, topics, publish: req.publish,
    iat: Math.floor(now / 1000), exp: Math.floor((now + (o.ttlMs ?? DEFAULT_TOKEN_TTL_MS)) / 1000), jti: newId(),
  }, o.secret);
}

/** Signature, expiry, issuer and shape; throws `unauthorized` (401 / close 1008) otherwise. */
export async function verifyRealtimeToken(token: string | undefined, secret: string, envId: string, nowMs = Date.now()): Promise<RealtimeClaims> {
  if (!token) throw new TetherError("unauthorized", "a realtime token is required");
  const claims = await verifyJwt(token, secret, nowMs);
  if (!claims || claims.iss !== REALTIME_ISSUER || claims.env !== envId || !Array.isArray(claims.topics)) {
    throw new TetherError("unauthorized", "the realtime token is invalid or expired");
  }
  const topics = (claims.topics as unknown[]).filter((t): t is RealtimeTopic =>
    typeof t === "object" && t !== null && typeof (t as RealtimeTopic).channel === "string" && typeof (t as RealtimeTopic).name === "string");
  return { topics, publish: claims.publish === true };
}

/** The key a subscriber's grant and a message share: channel and topic, unambiguously joined. */
export function topicKey(channel: string, topic: string): string {
  return `${channel}\u0000${topic}`;
}
