// Identifiers: ULIDs for runs, events, requests and connections; a lease id is a ULID whose time
// part is the lease expiry (docs/connect-protocol.md §3.5).
import { createHash, randomFillSync } from "node:crypto";
import { decodeTime, encodeTime, monotonicFactory, type PRNG, ulid } from "ulid";

const ULID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * Random bytes from the system's CSPRNG, drawn a pool at a time: the `ulid` package's own source
 * asks `crypto` for one byte per character of every id, which was 19 % of `tether dev`'s CPU in a
 * burst of runs (issue 13's profile).
 */
const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let poolAt = POOL_BYTES;
const pooledRandom: PRNG = () => {
  if (poolAt === POOL_BYTES) {
    randomFillSync(pool);
    poolAt = 0;
  }
  return pool[poolAt++] / 256;
};
const nextUlid = monotonicFactory(pooledRandom);

export function newId(): string {
  return nextUlid();
}

/** A ULID whose timestamp component is `timeMs` (used for lease ids: the time is the expiry). */
export function ulidAt(timeMs: number): string {
  return ulid(timeMs, pooledRandom);
}

export function isUlid(value: unknown): value is string {
  return typeof value === "string" && ULID_RE.test(value.toUpperCase());
}

export function ulidTime(id: string): number {
  return decodeTime(id.toUpperCase());
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A ULID with the time part of `timeMs` and a random part derived from `seed`: the same seed
 * gives the same id, so re-processing the same work (a redelivered job) cannot create twins.
 */
export function deterministicUlid(timeMs: number, seed: string): string {
  const digest = createHash("sha256").update(seed).digest();
  let rand = "";
  for (let i = 0; i < 16; i++) rand += CROCKFORD[digest[i] & 31];
  return encodeTime(timeMs, 10) + rand;
}

/** Deterministic UUID-shaped id from a string (stable function/app ids across restarts). */
export function stableUuid(input: string): string {
  return uuidFromHash(createHash("sha256").update(input).digest("hex"));
}

export function uuidFromHash(hex: string): string {
  const h = hex.slice(0, 32).split("");
  h[12] = "5";
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}
