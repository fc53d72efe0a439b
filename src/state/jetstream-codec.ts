// How the JetStream adapters (jetstream-store.ts, jetstream-flow.ts) put values and names into
// KV: JSON bytes, and a fixed-length hash for names that are not valid (or too long) as keys.
import { createHash } from "node:crypto";

const enc = new TextEncoder();
const dec = new TextDecoder();

export const toBytes = (v: unknown): Uint8Array => enc.encode(JSON.stringify(v));
export const fromBytes = <T>(b: Uint8Array): T => JSON.parse(dec.decode(b)) as T;
/** 40 hex digits of SHA-256: a KV key segment for any string. */
export const hashKey = (s: string): string => createHash("sha256").update(s).digest("hex").slice(0, 40);
