// Progress of running steps (issue 6, streaming): workers send a step's latest progress value or
// chunks to append; the executor that waits on the request coalesces them and stores the run's
// `progress` at most every FLUSH_MS, so REST readers see it while the step runs.
import type { Logger } from "pino";
import type { Store } from "../state/index.ts";

export const PROGRESS_FLUSH_MS = 100;

export class ProgressRecorder {
  readonly #store: Store;
  readonly #log: Logger;
  readonly #runs = new Map<string, Map<string, { data: unknown; updatedAt: number }>>();
  readonly #dirty = new Set<string>();
  #timer?: NodeJS.Timeout;

  constructor(store: Store, log: Logger) {
    this.#store = store;
    this.#log = log;
  }

  update(runId: string, stepId: string, data: unknown, append: boolean): void {
    const steps = this.#runs.get(runId) ?? new Map();
    this.#runs.set(runId, steps);
    const prev = steps.get(stepId)?.data;
    let next = data;
    if (append) {
      if (typeof data === "string" && (prev === undefined || typeof prev === "string")) next = (prev ?? "") + data;
      else next = [...(Array.isArray(prev) ? prev : prev === undefined ? [] : [prev]), data];
    }
    steps.set(stepId, { data: next, updatedAt: Date.now() });
    this.#dirty.add(runId);
    this.#timer ??= setTimeout(() => void this.flush(), PROGRESS_FLUSH_MS);
  }

  async flush(): Promise<void> {
    this.#timer = undefined;
    const runs = [...this.#dirty];
    this.#dirty.clear();
    await Promise.all(runs.map(async (runId) => {
      const steps = this.#runs.get(runId);
      if (!steps) return;
      try {
        await this.#store.commit({ run: { id: runId, progress: Object.fromEntries(steps) }, expectRunStatus: "Running" });
      } catch (err) {
        this.#log.warn({ err, runId }, "could not store step progress");
      }
    }));
  }

  async close(): Promise<void> {
    clearTimeout(this.#timer);
    await this.flush();
    this.#runs.clear();
  }
}
