// Step identity (docs/execution-protocol.md §2.1): the wire id of a step is the lowercase hex SHA-1 of
// its user id; the n-th repeat of an id within one run becomes `<id>:<n>` before hashing.

import { createHash } from "node:crypto";

/** Separator between a repeated id and its index. */
export const STEP_INDEX_SEPARATOR = ":";

/** Step ids hashed lately: every request replays the run and hashes each step id again. */
const recentHashes = new Map<string, string>();
const RECENT_HASHES_MAX = 10_000;

/** Lowercase hex SHA-1 of the UTF-8 id. */
export function hashStepId(id: string): string {
  let hash = recentHashes.get(id);
  if (hash === undefined) {
    hash = createHash("sha1").update(id, "utf8").digest("hex");
    // Bounded: the oldest entry goes first (Map keeps insertion order).
    if (recentHashes.size >= RECENT_HASHES_MAX) recentHashes.delete(recentHashes.keys().next().value!);
    recentHashes.set(id, hash);
  }
  return hash;
}

/** The id a step gets after collision handling. `index` is set only for repeats. */
export interface AllocatedStepId {
  id: string;
  hashedId: string;
  index?: number;
}

/**
 * Hands out unique step ids within one execution, in call order. The first use of an id keeps it;
 * later uses take the lowest free `:n` suffix (mirrors the official engine, including ids that
 * were themselves given with a suffix).
 */
export class StepIdAllocator {
  readonly #taken = new Set<string>();
  readonly #nextIndex = new Map<string, number>();

  allocate(baseId: string): AllocatedStepId {
    const baseHash = hashStepId(baseId);
    if (!this.#taken.has(baseHash) && !this.#nextIndex.has(baseId)) {
      this.#nextIndex.set(baseId, 1);
      this.#taken.add(baseHash);
      return { id: baseId, hashedId: baseHash };
    }
    const start = this.#nextIndex.get(baseId) ?? 1;
    const limit = start + this.#taken.size + 1;
    for (let index = start; index < limit; index++) {
      const id = `${baseId}${STEP_INDEX_SEPARATOR}${index}`;
      const hashedId = hashStepId(id);
      if (!this.#taken.has(hashedId)) {
        this.#nextIndex.set(baseId, index + 1);
        this.#taken.add(hashedId);
        return { id, hashedId, index };
      }
    }
    // Unreachable: `limit` leaves room for one more id than are taken.
    throw new Error(`could not allocate a unique id for step "${baseId}"`);
  }
}
