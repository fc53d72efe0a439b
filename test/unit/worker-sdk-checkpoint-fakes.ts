// Test helper (not a test file): a manual clock for the engine's timers, request bodies that ask
// for socket checkpointing, and a bounded wait that lets the engine's microtasks and setImmediate
// turns run.

import type { Clock } from "../../worker-sdk/engine/clock.ts";
import { requestBody } from "./worker-sdk-official-harness.ts";

/** A Clock whose time only moves on advance(); due timers fire in order. */
export class FakeClock implements Clock {
  #now = 1_700_000_000_000;
  #nextId = 0;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.#nextId;
    this.#timers.set(id, { at: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Timers not yet fired. */
  get pending(): number {
    return this.#timers.size;
  }

  advance(ms: number): void {
    const target = this.#now + ms;
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.#timers) if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.#timers.delete(next[0]);
      this.#now = next[1].at;
      next[1].callback();
    }
    this.#now = target;
  }
}

/** Waits (macrotask turns, at most ~2000) until `probe` holds; throws naming `what` otherwise. */
export async function until(probe: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 2_000; turn++) {
    await new Promise((resolve) => setImmediate(resolve));
    if (probe()) return;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The harness's request body, optionally with `ctx.tether_checkpoint`. */
export function requestWith(options: {
  tetherCheckpoint?: boolean;
  attempt?: number;
  disableImmediateExecution?: boolean;
  steps?: Record<string, unknown>;
  stack?: string[];
}): unknown {
  const body = requestBody(options) as { ctx: Record<string, unknown> };
  if (options.tetherCheckpoint) body.ctx.tether_checkpoint = true;
  return body;
}
