// The engine's event queue. "Checkpoints" here are the official engine's name for the moments
// the loop reacts to (steps found, function resolved or rejected, step not found) — not to be
// confused with checkpoints sent to the server. User code and the scheduler push; the loop takes.

import type { FoundStep } from "./found-step.ts";

export type Checkpoint =
  | { type: "steps-found"; steps: FoundStep[] }
  | { type: "function-resolved"; data: unknown }
  | { type: "function-rejected"; error: unknown }
  | { type: "step-not-found" };

export class CheckpointQueue {
  readonly #items: Checkpoint[] = [];
  #waiter: ((checkpoint: Checkpoint) => void) | undefined;

  push(checkpoint: Checkpoint): void {
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      waiter(checkpoint);
    } else {
      this.#items.push(checkpoint);
    }
  }

  next(): Promise<Checkpoint> {
    const item = this.#items.shift();
    if (item) return Promise.resolve(item);
    return new Promise((resolve) => {
      this.#waiter = resolve;
    });
  }
}
