// Flow control on the step path (docs/flow-control.md): a run job passes its function's throttle
// (run starts only) and concurrency limits before its request goes to the SDK, and gives its
// slots back when the request ends. A job that may not go now leaves the queue: parked in a
// limit's backlog, or rescheduled for its reserved throttle start.
import type { Logger } from "pino";
import { ConcurrencyGate, flowHash, type Slot } from "../flow/concurrency.ts";
import { parseFlowConfig } from "../flow/config.ts";
import { updateFlowDoc } from "../flow/doc.ts";
import { admitStart, type GcraState, reserveStart } from "../flow/gcra.ts";
import { concurrencySlots, evalKey, gcraDocKey, runScore } from "../flow/keys.ts";
import { recordSkip } from "../flow/skips.ts";
import type { FlowConfig } from "../flow/types.ts";
import type { EventPayload, EventRecord, FunctionRecord, RunJob, RunRecord, RunWaiting, Store, SweepJob } from "../state/index.ts";
import { toError } from "../common/index.ts";

/** A backlog is swept this often while jobs are parked in it (expired leases free slots silently). */
export const SWEEP_MS = 5_000;
/** A throttled start this close is not worth a trip through the queue. */
const THROTTLE_SLACK_MS = 20;

/** Takes a job of a paused function out of the queue (function-pause.ts): true when it did. */
export interface PauseHold {
  hold(job: RunJob, run: RunRecord, fn: FunctionRecord): Promise<boolean>;
}

export class FlowControl {
  readonly #store: Store;
  readonly #log: Logger;
  readonly #gate: ConcurrencyGate;
  readonly #pauses?: PauseHold;
  readonly #configs = new WeakMap<FunctionRecord, FlowConfig>();
  /** Slots held by the jobs running here. */
  readonly #held = new Map<string, Slot[]>();

  constructor(store: Store, leaseMs: number, log: Logger, pauses?: PauseHold) {
    this.#store = store;
    this.#log = log;
    this.#gate = new ConcurrencyGate(store.flow, leaseMs);
    this.#pauses = pauses;
  }

  config(fn: FunctionRecord): FlowConfig {
    let c = this.#configs.get(fn);
    if (!c) this.#configs.set(fn, (c = parseFlowConfig(fn.config)));
    return c;
  }

  /**
   * True when the job may call the SDK now (its slots are held until `done`). False when the job
   * was taken out of the queue: parked while its function is paused or behind a concurrency
   * limit, or moved to its throttled start.
   */
  async admit(job: RunJob, run: RunRecord, fn: FunctionRecord, event: EventPayload | undefined): Promise<boolean> {
    if (await this.#pauses?.hold(job, run, fn)) {
      // Paused jobs hold no slot (docs/semantics.md §24): one granted while it was parked behind a limit goes on.
      await this.forget(job, fn, event);
      return false;
    }
    const cfg = this.config(fn);
    const now = Date.now();
    if (cfg.throttle && job.id === `${run.id}-start` && job.attempt === 0 && job.payload?.throttledAt === undefined) {
      const t = cfg.throttle;
      const key = t.key === undefined ? undefined : evalKey(t.key, event);
      let at = now;
      await updateFlowDoc<GcraState>(this.#store.flow, gcraDocKey("thr", fn, key), (cur) => {
        const r = reserveStart(cur, Date.now(), t);
        at = r.at;
        return r.next;
      });
      if (at > now + THROTTLE_SLACK_MS) {
        const waiting: RunWaiting = { reason: "throttle", limit: t.limit, since: now, until: at, ...(key !== undefined ? { key } : {}) };
        await this.#store.commit({
          retryJob: { id: job.id, runAt: at, attempt: job.attempt, payload: { ...job.payload, throttledAt: at } },
          run: { id: run.id, waiting }, expectRunStatus: "Running",
        });
        return false;
      }
    }
    const slots = concurrencySlots(fn, cfg, event);
    if (slots.length === 0) return true;
    const r = await this.#gate.acquire(job, slots, runScore(run.createdAt, cfg, event));
    if (r.granted) {
      this.#held.set(job.id, slots);
      return true;
    }
    const s = r.blockedBy;
    const waiting: RunWaiting = { reason: "concurrency", scope: s.scope, limit: s.limit, since: now, ...(s.key !== undefined ? { key: s.key } : {}) };
    await this.#store.commit({ run: { id: run.id, waiting }, expectRunStatus: "Running", enqueue: [sweepJob(s.docKey, now)] });
    return false;
  }

  /**
   * Rate limit (docs/semantics.md §4): true when the event may start a run of `fn`. An event over the
   * limit starts none; the skip is recorded for the event's REST view. The same event asks again
   * when its fan-out job is repeated: it is admitted again (the last admitted ids are kept).
   */
  async admitEvent(fn: FunctionRecord, e: EventRecord, now: number): Promise<boolean> {
    const rl = this.config(fn).rateLimit;
    if (!rl) return true;
    const key = rl.key === undefined ? "" : evalKey(rl.key, e.event);
    let allowed = false;
    await updateFlowDoc<RateDoc>(this.#store.flow, gcraDocKey("rate", fn, rl.key === undefined ? undefined : key), (cur) => {
      allowed = cur?.recent.includes(e.internalId) ?? false;
      if (allowed) return undefined;
      const r = admitStart(cur, now, rl);
      allowed = r.allowed;
      return r.allowed ? { tat: r.next.tat, recent: [...(cur?.recent ?? []), e.internalId].slice(-RECENT_KEPT) } : undefined;
    });
    if (!allowed) await recordSkip(this.#store.flow, e.internalId, { function_id: fn.id, function_slug: fn.slug, reason: "rate_limited", ...(rl.key ? { key } : {}) });
    return allowed;
  }

  /** The job's request ended: its slots go to the jobs queued behind them. */
  async done(jobId: string): Promise<void> {
    const slots = this.#held.get(jobId);
    if (!slots) return;
    this.#held.delete(jobId);
    await this.#gate.release(jobId, slots);
  }

  /**
   * A job of a run that no longer runs (cancelled while queued): a slot granted to it while it
   * was parked goes to the next job at once instead of after the grant expires.
   */
  async forget(job: RunJob, fn: FunctionRecord | undefined, event: EventPayload | undefined): Promise<void> {
    if (!fn) return;
    const slots = concurrencySlots(fn, this.config(fn), event);
    if (slots.length) await this.#gate.release(job.id, slots);
  }

  /** Renews the slots of the jobs running here (with their job leases). */
  async renew(): Promise<void> {
    const byDoc = new Map<string, string[]>();
    for (const [jobId, slots] of this.#held) for (const s of slots) byDoc.set(s.docKey, [...(byDoc.get(s.docKey) ?? []), jobId]);
    await Promise.all([...byDoc].map(async ([docKey, ids]) => {
      if (!(await this.#gate.renew(ids, docKey))) this.#log.warn({ docKey }, "a concurrency lease lapsed while its job ran: the limit may be exceeded for a moment");
    }));
  }

  /** A backlog's sweep: fills free slots; sweeps again later while jobs remain parked. */
  async sweep(job: SweepJob): Promise<void> {
    const { docKey } = job.payload;
    let remains = false;
    try {
      remains = docKey !== "" && (await this.#gate.dispatch(docKey));
    } catch (err) {
      this.#log.warn({ err: toError(err), docKey }, "backlog sweep failed; tried again later");
      remains = true;
    }
    const now = Date.now();
    await this.#store.commit({ completeJobId: job.id, ...(remains ? { enqueue: [sweepJob(docKey, now)] } : {}) });
  }
}

/** Admitted event ids a rate-limit document remembers (repeated fan-out jobs). */
const RECENT_KEPT = 16;

interface RateDoc extends GcraState {
  recent: string[];
}

/**
 * The sweep of a backlog for the next period: one job per backlog and period (its id names both,
 * so parkings in one period enqueue it once), each enqueueing the next while jobs remain.
 */
function sweepJob(docKey: string, now: number): SweepJob {
  const due = (Math.floor(now / SWEEP_MS) + 1) * SWEEP_MS;
  return { id: `flow-sweep-${flowHash(docKey)}-${due}`, kind: "flow", attempt: 0, runAt: due, createdAt: now, payload: { docKey } };
}
