// Singleton (docs/semantics.md §8, docs/flow-control.md): at most one run of a function in progress per
// evaluated `singleton.key` (one for the whole function without a key). A flow document per
// function and key names the run holding it; the holder is read from the run store, so a run that
// ended (completed, failed, cancelled) frees the key without a release, and a retrying run (still
// Running) keeps it. An event that finds the key held is skipped (mode "skip") or cancels the
// holder and takes the key (mode "cancel"). The new run's id is known before it is created
// (new-run.ts), so the claim is a compare-and-set naming it and two executors racing start one run.
// A debounced function's run starts from the debounce's flush, past the intake gates: the flush
// asks `admitRun` with the run it is about to start and the debounce's last event.
// Known gap: like every flow document, a holder's ages out after FLOW_DOC_IDLE_MS (8 days), so a
// run in progress longer than that no longer keeps its key.
import { flowHash } from "../flow/concurrency.ts";
import { evalKey } from "../flow/keys.ts";
import { recordSkip } from "../flow/skips.ts";
import type { FlowConfig } from "../flow/types.ts";
import type { EventRecord, FunctionRecord, Store } from "../state/index.ts";
import { cancelCommit } from "./cancel.ts";
import type { IntakeContext, IntakeGate } from "./intake.ts";
import { newRunId } from "./new-run.ts";

/**
 * A claim whose run does not exist (yet) holds the key this long: its fan-out job has not
 * committed (events of one job, a crash before the commit). Older, the run was never created or
 * has since been deleted by retention, and the key is free.
 */
const CLAIM_GRACE_MS = 10 * 60_000;

/** Who holds a singleton key: `runId` since `at`; `prev`, the holder it cancelled (mode cancel). */
interface SingletonDoc {
  runId: string;
  at: number;
  prev?: string;
}

export const singletonDocKey = (fn: FunctionRecord, key: string) => `single.${fn.id}.${flowHash(key)}`;

export interface SingletonGateOptions {
  store: Store;
  config(fn: FunctionRecord): FlowConfig;
  /** Whether a system event (`inngest/function.cancelled`) has functions to start. */
  fanOut(name: string): boolean;
}

/** Compare-and-set attempts before a contended claim gives up (the fan-out job is retried). */
const CLAIM_TRIES = 100;

export class SingletonGate implements IntakeGate {
  readonly #o: SingletonGateOptions;

  constructor(opts: SingletonGateOptions) {
    this.#o = opts;
  }

  admit(fn: FunctionRecord, e: EventRecord, ctx: IntakeContext): Promise<"go" | "taken"> {
    return this.admitRun(fn, e, newRunId(fn, e), ctx.now);
  }

  /** Whether run `runId` of `fn`, started by event `e`, may start now (it then holds the key). */
  async admitRun(fn: FunctionRecord, e: EventRecord, runId: string, now: number): Promise<"go" | "taken"> {
    const single = this.#o.config(fn).singleton;
    if (!single) return "go";
    const key = single.key === undefined ? "" : evalKey(single.key, e.event);
    const claim = await this.#claim(singletonDocKey(fn, key), runId, single.mode, now);
    if (claim === "held") {
      await recordSkip(this.#o.store.flow, e.internalId, { function_id: fn.id, function_slug: fn.slug, reason: "singleton", ...(single.key ? { key } : {}) });
      return "taken";
    }
    if (claim.cancel) await this.#cancel(claim.cancel, now);
    return "go";
  }

  /**
   * Makes `runId` the key's holder, or answers "held" when a run in progress keeps it. In mode
   * cancel, the holder replaced is returned for cancelling (and kept in the document, so a
   * repeated fan-out finishes a cancel a crash interrupted).
   */
  async #claim(docKey: string, runId: string, mode: "skip" | "cancel", now: number): Promise<{ cancel?: string } | "held"> {
    const { flow } = this.#o.store;
    for (let i = 0; i < CLAIM_TRIES; i++) {
      const cur = await flow.get<SingletonDoc>(docKey);
      const holder = cur?.value;
      if (holder?.runId === runId) return { cancel: holder.prev };
      let prev: string | undefined;
      if (holder) {
        const run = await this.#o.store.getRun(holder.runId);
        const busy = run ? run.status === "Running" : now - holder.at < CLAIM_GRACE_MS;
        // A holder not created yet (an event of the same fan-out: a rapid burst) cannot be
        // cancelled: the event is skipped instead (docs/semantics.md §8).
        if (busy && (mode === "skip" || !run)) return "held";
        if (busy) prev = holder.runId;
      }
      const doc: SingletonDoc = { runId, at: now, ...(prev ? { prev } : {}) };
      if (await flow.put(docKey, doc, cur?.rev ?? 0)) return { cancel: prev };
    }
    throw new Error(`singleton ${docKey}: too much contention`);
  }

  /** Mode cancel: the previous holder ends Cancelled (`inngest/function.cancelled` is emitted). */
  async #cancel(runId: string, now: number): Promise<void> {
    const run = await this.#o.store.getRun(runId);
    const commit = run && (await cancelCommit(this.#o.store, run, now, this.#o.fanOut));
    if (commit) await this.#o.store.commit(commit);
  }
}
