// Batching (docs/semantics.md §6; docs/flow-control.md, "Intake"): an intake gate that collects the
// events of a batched function into one run. One flow document per function and key value holds
// the open batch (its event ids in arrival order and their size); an event is appended with
// compare-and-set. The batch starts its run from the event job that fills it (`maxSize`, or the
// 10 MiB of event data a batch may hold), or from the flush job its first event enqueued for
// `timeout` later. The run's id derives from the batch's, so however many times a batch is
// flushed it starts one run, and every event of the batch is linked to it (the stores link a
// run to each of its `eventIds`). Not batched, run alone at once: events whose `if` is not true,
// and a step.invoke's or a cron's event (the caller waits for that one run).
import { CRON_EVENT_NAME, evaluateBoolean, INVOKED_EVENT_NAME } from "../functions/index.ts";
import { flowHash } from "../flow/concurrency.ts";
import { updateFlowDoc } from "../flow/doc.ts";
import { evalKey } from "../flow/keys.ts";
import type { EventRecord, FlushJob, FunctionRecord } from "../state/index.ts";
import { flushed, type HeldDeps, type HeldDoc, heldRunExists, startHeldRun, takeHeld } from "./held-run.ts";
import type { IntakeContext, IntakeGate } from "./intake.ts";

/** Event data one batch may hold (docs/semantics.md §6: a hard cap); a fuller batch starts early. */
export const MAX_BATCH_BYTES = 10 * 1024 * 1024;

export interface Batch {
  /** The first event's internal id: names the batch and seeds its run's id. */
  id: string;
  eventIds: string[];
  /** Serialised size of the events. */
  bytes: number;
  openedAt: number;
}

export const batchDocKey = (fn: FunctionRecord, key: string) => `batch.${fn.id}.${flowHash(key)}`;
const batchSeed = (fn: FunctionRecord, b: Batch) => `${fn.id}:batch:${b.id}`;

export class BatchGate implements IntakeGate {
  readonly #deps: HeldDeps;

  constructor(deps: HeldDeps) {
    this.#deps = deps;
  }

  async admit(fn: FunctionRecord, e: EventRecord, ctx: IntakeContext): Promise<"go" | "held"> {
    const b = this.#deps.config(fn).batch;
    if (!b || e.event.name === INVOKED_EVENT_NAME || e.event.name === CRON_EVENT_NAME) return "go";
    if (b.if !== undefined && !evaluateBoolean(b.if, { event: e.event })) return "go";
    const docKey = batchDocKey(fn, b.key === undefined ? "" : evalKey(b.key, e.event));
    const bytes = Buffer.byteLength(JSON.stringify(e.event));
    let full: Batch[] = [];
    let opened: Batch | undefined;
    let before: { batch: Batch; open: boolean } | undefined;
    await updateFlowDoc<HeldDoc<Batch>>(this.#deps.store.flow, docKey, (cur) => {
      full = [];
      opened = undefined;
      // Processed before (a repeated fan-out job): still open, or flushed (its run may be missing).
      const seen = [cur?.open, ...(cur?.flushed ?? [])].find((x) => x?.eventIds.includes(e.internalId));
      before = seen && { batch: seen, open: seen === cur?.open };
      if (before) return undefined;
      let open = cur?.open;
      if (open && open.bytes + bytes > MAX_BATCH_BYTES) {
        full.push(open);
        open = undefined;
      }
      const fresh = !open;
      open ??= { id: e.internalId, eventIds: [], bytes: 0, openedAt: ctx.now };
      open = { ...open, eventIds: [...open.eventIds, e.internalId], bytes: open.bytes + bytes };
      if (open.eventIds.length >= b.maxSize || open.bytes >= MAX_BATCH_BYTES) {
        full.push(open);
        open = undefined;
      }
      opened = fresh ? open : undefined;
      return flushed(cur, full, open);
    });
    for (const batch of full) ctx.startRun(fn, await this.#deps.store.getEvents(batch.eventIds), batchSeed(fn, batch));
    const due = before?.open ? before.batch : opened;
    if (due) await this.#deps.store.commit({ enqueue: [batchFlushJob(fn, docKey, due, b.timeoutMs, ctx.now)] });
    else if (before) await this.#startIfMissing(fn, before.batch, ctx);
    return "held";
  }

  /** The batch's timeout: starts its run if it is still open. */
  async flush(job: FlushJob): Promise<void> {
    const p = job.payload;
    const batch = await takeHeld<Batch>(this.#deps.store.flow, p.docKey, p.id, () => true);
    const fn = batch && (await this.#deps.findFunction(p.fnId));
    const events = fn ? await this.#deps.store.getEvents(batch.eventIds) : [];
    if (!fn || events.length === 0) {
      await this.#deps.store.commit({ completeJobId: job.id });
      return;
    }
    await startHeldRun(this.#deps.store, fn, events, batchSeed(fn, batch), job.id);
  }

  /** A flushed batch seen again by a repeated fan-out: its run, unless it exists. */
  async #startIfMissing(fn: FunctionRecord, batch: Batch, ctx: IntakeContext): Promise<void> {
    const events = await this.#deps.store.getEvents(batch.eventIds);
    if (!(await heldRunExists(this.#deps.store, fn, events, batchSeed(fn, batch)))) ctx.startRun(fn, events, batchSeed(fn, batch));
  }
}

/** One flush job per batch, due at its timeout. */
export function batchFlushJob(fn: FunctionRecord, docKey: string, b: Batch, timeoutMs: number, now: number): FlushJob {
  return {
    id: `flow-batch-${flowHash(docKey)}-${b.id}`, kind: "flow", attempt: 0, runAt: b.openedAt + timeoutMs, createdAt: now,
    payload: { flush: "batch", fnId: fn.id, docKey, id: b.id },
  };
}
