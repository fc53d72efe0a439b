// Concurrency limits (docs/semantics.md §2, docs/flow-control.md). A limit counts jobs that are
// executing a step: a job takes a lease in the limit's document before its request goes to the
// SDK and gives it back when the request ends, so a sleeping or waiting run holds nothing. A job
// that finds a limit full is parked in the limit's backlog (out of the job queue); each release
// hands the freed slot to the head of the backlog. All state is in the shared flow store, written
// by compare-and-set, so limits hold across executors; leases expire unless renewed, so a dead
// executor's slots come back within the job lease.
import { createHash } from "node:crypto";
import type { FlowStore, ParkedJob } from "../state/flow-store.ts";
import type { JobRecord } from "../state/types.ts";
import { updateFlowDoc } from "./doc.ts";

/** One limit a job must fit in. */
export interface Slot {
  /** The flow document counting this limit's leases; also the backlog's name. */
  docKey: string;
  limit: number;
  /**
   * The job's lane in the backlog: releases serve lanes round-robin, so one hot key behind a
   * shared limit cannot starve the others (docs/flow-control.md, "Fairness").
   */
  lane: string;
  /** For "why is it waiting": the limit's scope and the evaluated key. */
  scope: string;
  key?: string;
}

/** A lease document: job id → lease expiry (ms); `cursor` is the lane served last. */
export interface LeaseDoc {
  leases: Record<string, number>;
  cursor?: string;
}

export type Acquired = { granted: true } | { granted: false; blockedBy: Slot };

/** A granted job not yet claimed keeps its slot this long (the fail-over bound for a lost grant). */
export const GRANT_MS = 10_000;
/** Jobs one dispatch moves from a backlog into free slots at most (the rest: next release or sweep). */
const DISPATCH_MAX = 64;

export const flowHash = (s: string) => createHash("sha256").update(s).digest("base64url").slice(0, 22);

/** The leases not yet expired at `now`. */
export const liveLeases = (leases: Record<string, number> | undefined, now: number): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const [id, exp] of Object.entries(leases ?? {})) if (exp > now) out[id] = exp;
  return out;
};

export class ConcurrencyGate {
  readonly #flow: FlowStore;
  readonly #leaseMs: number;
  readonly #now: () => number;
  /**
   * The dispatch running in this process per backlog. Dispatches of one backlog race for one
   * lease document (every release and parking asks for one): a call while one runs makes it go
   * round once more instead of starting a rival whose writes would conflict.
   */
  readonly #dispatching = new Map<string, { again: boolean; done: Promise<boolean> }>();

  constructor(flow: FlowStore, leaseMs: number, now: () => number = Date.now) {
    this.#flow = flow;
    this.#leaseMs = leaseMs;
    this.#now = now;
  }

  /**
   * Takes a lease in every slot, or none: a job blocked by one limit gives back the slots it
   * took and is parked in that limit's backlog (it leaves the job queue).
   */
  async acquire(job: JobRecord, slots: Slot[], score: number): Promise<Acquired> {
    const taken: Slot[] = [];
    for (const s of slots) {
      if (await this.#take(s, job.id)) {
        taken.push(s);
        continue;
      }
      await this.release(job.id, taken);
      await this.#flow.park(job, s.docKey, s.lane, score, { limit: s.limit });
      // A slot freed between the check and the parking found no job to hand over to: look again.
      await this.dispatch(s.docKey);
      return { granted: false, blockedBy: s };
    }
    return { granted: true };
  }

  /** Gives the job's leases back and hands each freed slot to its backlog's head. */
  async release(jobId: string, slots: Slot[]): Promise<void> {
    for (const s of slots) {
      await this.#update(s.docKey, (d) => {
        if (!(jobId in d.leases)) return undefined;
        delete d.leases[jobId];
        return d;
      });
      await this.dispatch(s.docKey);
    }
  }

  /** Extends the leases of running jobs; false for a job whose lease was lost (expired and reused). */
  async renew(jobIds: string[], docKey: string): Promise<boolean> {
    let kept = true;
    await this.#update(docKey, (d) => {
      const until = this.#now() + this.#leaseMs;
      kept = jobIds.every((id) => id in d.leases);
      for (const id of jobIds) d.leases[id] = until;
      return d;
    });
    return kept;
  }

  /**
   * Moves backlog heads into free slots, serving lanes round-robin. Called after every release
   * and parking, and by the backlog's sweep job (expired leases free slots without a release).
   * True when jobs remain parked.
   */
  dispatch(docKey: string): Promise<boolean> {
    const running = this.#dispatching.get(docKey);
    if (running) {
      running.again = true;
      return running.done;
    }
    const run = { again: false, done: Promise.resolve(true) };
    run.done = (async () => {
      try {
        let remains: boolean;
        do {
          run.again = false;
          remains = await this.#dispatchOnce(docKey);
        } while (run.again);
        return remains;
      } finally {
        this.#dispatching.delete(docKey);
      }
    })();
    this.#dispatching.set(docKey, run);
    return run.done;
  }

  async #dispatchOnce(docKey: string): Promise<boolean> {
    for (let moved = 0, tries = 0; moved < DISPATCH_MAX && tries < 4 * DISPATCH_MAX; tries++) {
      const lanes = await this.#flow.lanes(docKey);
      if (lanes.length === 0) return false;
      const cur = await this.#flow.get<LeaseDoc>(docKey);
      const d: LeaseDoc = { leases: liveLeases(cur?.value.leases, this.#now()), cursor: cur?.value.cursor };
      // Lanes after the one served last, then from the start: round-robin. A lane whose head
      // waits for a lower limit than the count (functions sharing an env key) is passed over.
      const from = lanes.findIndex((l) => d.cursor === undefined || l > d.cursor);
      const order = from < 0 ? lanes : [...lanes.slice(from), ...lanes.slice(0, from)];
      let next: ParkedJob | undefined;
      for (const lane of order) {
        const head = await this.#flow.head(docKey, lane);
        if (head && Object.keys(d.leases).length < limitOf(head)) {
          next = head;
          break;
        }
      }
      if (!next) return true;
      d.leases[next.job.id] = this.#now() + GRANT_MS;
      d.cursor = next.lane;
      if (!(await this.#flow.put(docKey, d, cur?.rev ?? 0))) continue;
      await this.#flow.unpark(next);
      moved++;
    }
    return true;
  }

  async #take(s: Slot, jobId: string): Promise<boolean> {
    let ok = false;
    await this.#update(s.docKey, (d) => {
      // Granted by a release (or taken before a redelivery): it is this job's already.
      ok = jobId in d.leases || Object.keys(d.leases).length < s.limit;
      if (!ok) return undefined;
      d.leases[jobId] = this.#now() + this.#leaseMs;
      return d;
    });
    return ok;
  }

  /** Read, change, compare-and-set on the lease document; `change` returns undefined for no write. */
  #update(docKey: string, change: (d: LeaseDoc) => LeaseDoc | undefined): Promise<void> {
    return updateFlowDoc<LeaseDoc>(this.#flow, docKey, (cur) => {
      const next = change({ leases: liveLeases(cur?.leases, this.#now()), cursor: cur?.cursor });
      // An empty document is deleted (keys come and go: nothing grows without bound).
      return next && Object.keys(next.leases).length === 0 ? null : next;
    });
  }
}

const limitOf = (p: ParkedJob) => (typeof p.meta.limit === "number" ? p.meta.limit : 1);
