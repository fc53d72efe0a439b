// App syncs of one worker group, shared: workers that connect with the same app configuration
// (same register request: app, version, functions, SDK, headers, capabilities) within a few
// seconds of each other get the answer of one sync instead of one bus request and one
// registration each. Inngest's gateway likewise reuses a worker group's app_id/sync_id and makes
// no call while the group is known (docs/connect-protocol.md §6.3); without it
// a gateway restart turns every reconnecting worker into a registration on the API, and a storm of
// 19,000 workers spent most of its handshake time there (docs/benchmarks.md, Connections).
// Concurrent identical syncs share one request (single flight); a successful answer is reused
// for `ttlMs`; a refusal or a failure is not kept, so the next worker asks again.
import { createHash } from "node:crypto";
import type { AppSyncAnswer } from "./worker-socket.ts";

/** How long an answer stands for its group: short, so a configuration changed elsewhere is seen again soon. */
export const APP_SYNC_REUSE_MS = 5_000;
/** Entries kept before expired ones are swept (one per distinct configuration seen lately). */
const SWEEP_AT = 1_000;

export class AppSyncCache {
  readonly #ttlMs: number;
  readonly #entries = new Map<string, { answer: Promise<AppSyncAnswer>; expiresAt: number }>();

  constructor(ttlMs = APP_SYNC_REUSE_MS) {
    this.#ttlMs = ttlMs;
  }

  /** The answer for the register request `body` (JSON text): shared, or from `sync(body)`. */
  answer(body: string, sync: (body: string) => Promise<AppSyncAnswer>): Promise<AppSyncAnswer> {
    const key = createHash("sha256").update(body).digest("base64url");
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expiresAt > now) return hit.answer;
    if (this.#entries.size >= SWEEP_AT) {
      for (const [k, e] of this.#entries) if (e.expiresAt <= now) this.#entries.delete(k);
    }
    const entry = { answer: sync(body), expiresAt: Number.POSITIVE_INFINITY };
    this.#entries.set(key, entry);
    const forget = () => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    };
    entry.answer.then((a) => {
      if (a.ok) entry.expiresAt = Date.now() + this.#ttlMs;
      else forget();
    }, forget);
    return entry.answer;
  }
}
