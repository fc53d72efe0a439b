// Debounce (docs/semantics.md §5; docs/flow-control.md, "Intake"): an intake gate that holds every
// event of a debounced function. One flow document per function and key value holds the open
// debounce: the last event, when the first came, and when it is due (`period` after the last
// event, but no later than `timeout` after the first). Each event replaces the event and moves
// the due time (compare-and-set), and enqueues a flush job for that due time; a job whose due time
// is no longer the document's completes without effect, so only the last one starts the run, with
// the last event. Event-id de-duplication does not apply (the executor's intake skips it).
import { flowHash } from "../flow/concurrency.ts";
import { updateFlowDoc } from "../flow/doc.ts";
import { evalKey } from "../flow/keys.ts";
import type { EventRecord, FlushJob, FunctionRecord } from "../state/index.ts";
import { flushed, type HeldDeps, type HeldDoc, heldRunExists, keepLast, startHeldRun, takeHeld } from "./held-run.ts";
import type { IntakeContext, IntakeGate } from "./intake.ts";
import { newRunId } from "./new-run.ts";
import type { SingletonGate } from "./singleton.ts";

/** Event ids a debounce document remembers, so an event processed twice counts once. */
const SEEN_KEPT = 32;

export interface Debounce {
  /** The first event's internal id: names the debounce and seeds its run's id. */
  id: string;
  /** The last event: the run's input. */
  eventId: string;
  firstAt: number;
  dueAt: number;
}

export interface DebounceDoc extends HeldDoc<Debounce> {
  seen: string[];
}

export const debounceDocKey = (fn: FunctionRecord, key: string) => `deb.${fn.id}.${flowHash(key)}`;

export class DebounceGate implements IntakeGate {
  readonly #deps: HeldDeps;
  /** The singleton gate the debounce's run passes when its flush starts it (docs/semantics.md §8). */
  readonly #singleton?: Pick<SingletonGate, "admitRun">;

  constructor(deps: HeldDeps, singleton?: Pick<SingletonGate, "admitRun">) {
    this.#deps = deps;
    this.#singleton = singleton;
  }

  async admit(fn: FunctionRecord, e: EventRecord, ctx: IntakeContext): Promise<"go" | "held"> {
    const d = this.#deps.config(fn).debounce;
    if (!d) return "go";
    const docKey = debounceDocKey(fn, d.key === undefined ? "" : evalKey(d.key, e.event));
    let open: Debounce | undefined;
    await updateFlowDoc<DebounceDoc>(this.#deps.store.flow, docKey, (cur) => {
      open = cur?.open;
      // Processed before (a repeated fan-out job): its flush job is enqueued again below.
      if (cur?.seen.includes(e.internalId)) return undefined;
      const first = cur?.open ?? { id: e.internalId, firstAt: ctx.now };
      const dueAt = Math.min(ctx.now + d.periodMs, first.firstAt + (d.timeoutMs ?? Number.POSITIVE_INFINITY));
      open = { id: first.id, eventId: e.internalId, firstAt: first.firstAt, dueAt };
      return { ...flushed(cur, [], open), seen: keepLast([...(cur?.seen ?? []), e.internalId], SEEN_KEPT) };
    });
    if (open) await this.#deps.store.commit({ enqueue: [debounceFlushJob(fn, docKey, open, ctx.now)] });
    return "held";
  }

  /** A flush job at a due time: starts the run if the debounce is still due then. */
  async flush(job: FlushJob): Promise<void> {
    const p = job.payload;
    const due = await takeHeld<Debounce>(this.#deps.store.flow, p.docKey, p.id, (open) => open.dueAt === p.dueAt);
    const fn = due && (await this.#deps.findFunction(p.fnId));
    const events = fn ? await this.#deps.store.getEvents([due.eventId]) : [];
    const seed = `${p.fnId}:debounce:${p.id}`;
    if (!fn || events.length === 0 || (await this.#singletonSkips(fn, events, seed))) {
      await this.#deps.store.commit({ completeJobId: job.id });
      return;
    }
    await startHeldRun(this.#deps.store, fn, events, seed, job.id);
  }

  /**
   * Whether a singleton key held by another run skips the debounce's run. A repeated flush of a
   * run created already does not ask again.
   */
  async #singletonSkips(fn: FunctionRecord, events: EventRecord[], seed: string): Promise<boolean> {
    if (!this.#singleton || (await heldRunExists(this.#deps.store, fn, events, seed))) return false;
    return (await this.#singleton.admitRun(fn, events[0]!, newRunId(fn, events[0]!, seed), Date.now())) === "taken";
  }
}

/** One job per debounce and due time: each extension gets its own (JetStream de-duplicates by id). */
export function debounceFlushJob(fn: FunctionRecord, docKey: string, d: Debounce, now: number): FlushJob {
  return {
    id: `flow-debounce-${flowHash(`${docKey}\n${d.id}`)}-${d.dueAt}`, kind: "flow", attempt: 0, runAt: d.dueAt, createdAt: now,
    payload: { flush: "debounce", fnId: fn.id, docKey, id: d.id, dueAt: d.dueAt },
  };
}
