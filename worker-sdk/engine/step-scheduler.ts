// Decides, tick by tick, which memoised step to hand back to user code next and when the set of
// found steps is final. Mirrors the official engine (docs/execution-protocol.md §2.2): one memoised
// step is resolved per tick, in the executor's completion order (`ctx.stack.stack`), so races
// replay the same way; a tick that resolves nothing reports every step found since the last report.
//
// A "tick" ends after the microtask queue has had ~100 turns to drain, and every 10th tick waits for
// a macrotask, giving user code between steps a chance to reach its next step call.

import type { FoundStep } from "./found-step.ts";

const MICROTASK_TURNS = 100;
const TICKS_PER_MACROTASK = 10;

/**
 * Settles after `turns` microtask turns: a chain of `turns` promise reactions, each queued when the
 * one before it runs. Same turns as re-queueing with queueMicrotask, at a third of the cost: in
 * Node 20 every queueMicrotask call builds an AsyncResource, which was ~5 % of a worker's CPU on
 * the step path (bench/cpu-profile.ts step --worker).
 */
function afterMicrotasks(turns: number): Promise<void> {
  let p: Promise<void> = Promise.resolve();
  for (let i = 0; i < turns; i++) p = p.then();
  return p;
}

function afterMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export interface StepSchedulerHooks {
  /** Hands a memoised result to user code; returns false if the step was already handled. */
  handle(step: FoundStep): boolean;
  /** Called with every step found since the last report, once a tick resolves nothing. */
  report(steps: FoundStep[]): void;
}

export class StepScheduler {
  readonly #found = new Map<string, FoundStep>();
  readonly #unhandled = new Map<string, FoundStep>();
  readonly #order: string[];
  readonly #hooks: StepSchedulerHooks;
  #tickPending = false;
  #ticks = 0;
  #stopped = false;

  constructor(completionOrder: readonly string[], hooks: StepSchedulerHooks) {
    this.#order = [...completionOrder];
    this.#hooks = hooks;
  }

  add(step: FoundStep): void {
    this.#found.set(step.hashedId, step);
    this.#unhandled.set(step.hashedId, step);
    this.#schedule();
  }

  /** No further ticks or reports; the execution has its result. */
  stop(): void {
    this.#stopped = true;
  }

  #schedule(): void {
    if (this.#tickPending || this.#stopped) return;
    this.#tickPending = true;
    const wait = ++this.#ticks % TICKS_PER_MACROTASK === 0 ? afterMacrotask() : afterMicrotasks(MICROTASK_TURNS);
    void wait.then(() => {
      this.#tickPending = false;
      if (!this.#stopped) this.#tick();
    });
  }

  #tick(): void {
    for (let i = 0; i < this.#order.length; i++) {
      const hashedId = this.#order[i]!;
      const step = this.#unhandled.get(hashedId);
      if (step && this.#hooks.handle(step)) {
        this.#order.splice(i, 1);
        this.#unhandled.delete(hashedId);
        this.#schedule();
        return;
      }
    }
    const steps = [...this.#found.values()];
    this.#found.clear();
    this.#unhandled.clear();
    if (steps.length > 0) this.#hooks.report(steps);
  }
}
