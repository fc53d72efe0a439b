// Pausing a function (docs/semantics.md §24). The state is one flow document per function,
// `pause.<fnId>` ({pausedAt, mode}), written by the API and read by every executor. While it exists:
// - events start no run of the function (crons neither: their ticks come the same way); the skip
//   is recorded on the event, and nothing is kept to process later;
// - a job of a run in flight is parked in the backlog `paused.<fnId>` when it would call the SDK
//   (it holds no concurrency slot there); resuming puts every parked job back in the queue;
// - in mode "cancel" (pause with cancel_running), and for every run once the pause is older than
//   the cancel-after period (7 days), runs are cancelled instead: the step executing when it
//   happens completes, no later one runs.
// A request in flight is not interrupted: in mode hold, steps the SDK runs back to back in it
// (checkpointing) go on until it returns; a cancelled run's checkpoints are refused, so it stops.
// A "flow" job per pause (the pause timer) cancels the runs in flight when that period ends, and
// rewrites the document daily so it does not age out as idle (FLOW_DOC_IDLE_MS) while paused.
import { updateFlowDoc } from "../flow/doc.ts";
import { recordSkip } from "../flow/skips.ts";
import type { FlowStore } from "../state/flow-store.ts";
import type { EventRecord, FunctionRecord, PauseTimerJob, RunJob, RunRecord, Store } from "../state/index.ts";
import { cancelCommit, cancelRun } from "./cancel.ts";
import type { IntakeContext, IntakeGate } from "./intake.ts";

/** Runs still paused this long after the pause are cancelled (docs/semantics.md §24). */
export const DEFAULT_PAUSE_CANCEL_AFTER_MS = 7 * 86_400_000;
/**
 * The step path trusts a "not paused" read this long (the API's pause and resume also tell every
 * executor on the bus to forget it at once): one flow-store read per job is a store round trip on
 * NATS. Intake and the parking path always read the document.
 */
const NOT_PAUSED_TRUSTED_MS = 1_000;
/** The pause timer rewrites the document at least this often (it would age out after 8 idle days). */
const PAUSE_KEEPALIVE_MS = 86_400_000;

/** `hold`: runs in flight wait for the resume; `cancel`: they are cancelled. */
export interface PauseState {
  pausedAt: number;
  mode: "hold" | "cancel";
}

export const pauseDocKey = (fnId: string) => `pause.${fnId}`;
/** The backlog holding the jobs of a paused function's runs in flight. */
export const pausedBacklog = (fnId: string) => `paused.${fnId}`;

export async function pauseState(store: Store, fnId: string): Promise<PauseState | undefined> {
  return (await store.flow.get<PauseState>(pauseDocKey(fnId)))?.value;
}

/**
 * Pauses `fn` (a function already paused keeps its pause time; `cancelRunning` turns it to mode
 * cancel). In mode cancel every Running run is cancelled now. Returns the pause.
 */
export async function pauseFunction(
  store: Store, fn: FunctionRecord, opts: { cancelRunning: boolean }, now: number, fanOut?: (name: string) => boolean,
): Promise<PauseState> {
  const fresh: PauseState = { pausedAt: now, mode: opts.cancelRunning ? "cancel" : "hold" };
  let state = fresh;
  await updateFlowDoc<PauseState>(store.flow, pauseDocKey(fn.id), (cur) => {
    state = cur ? { ...cur, mode: opts.cancelRunning ? "cancel" : cur.mode } : fresh;
    return cur && state.mode === cur.mode ? undefined : state;
  });
  // After the document (without it the timer ends at once), and by every pause call: one repeated
  // after a crash here gives the pause its timer. The id names the pause; a second timer (JetStream
  // de-duplicates ids for 10 min only) does the same work again, harmlessly.
  await store.commit({ enqueue: [pauseTimerJob(fn.id, state.pausedAt, now)] });
  if (state.mode === "cancel") await cancelInFlight(store, fn.id, now, fanOut);
  return state;
}

/**
 * Resumes `fn`: later events start runs again (those received while paused do not), and the jobs
 * of runs in flight go back to the queue. Returns how many were parked.
 */
export async function resumeFunction(store: Store, fn: FunctionRecord): Promise<number> {
  // The document goes first: a job parking meanwhile looks again once parked (`hold`).
  await updateFlowDoc<PauseState>(store.flow, pauseDocKey(fn.id), (cur) => (cur ? null : undefined));
  return unparkAll(store.flow, pausedBacklog(fn.id));
}

/** Cancels every Running run of a function, then drops their parked jobs (they end when claimed). */
async function cancelInFlight(store: Store, fnId: string, now: number, fanOut?: (name: string) => boolean): Promise<void> {
  for (const run of await store.listRuns({ functionId: fnId, status: "Running" })) await cancelRun(store, run.id, now, fanOut);
  await unparkAll(store.flow, pausedBacklog(fnId));
}

/** Puts every job parked in `backlog` back in the job queue; returns how many this call moved. */
async function unparkAll(flow: FlowStore, backlog: string): Promise<number> {
  let moved = 0;
  for (let progress = true; progress;) {
    progress = false;
    for (const lane of await flow.lanes(backlog)) {
      const head = await flow.head(backlog, lane);
      if (head && (await flow.unpark(head))) {
        moved++;
        progress = true;
      }
    }
  }
  return moved;
}

/**
 * The pause timer of one pause: due at once, then rescheduled by the executor that runs it (the
 * cancel-after period is an executor option). Its id names the pause, so it is enqueued once.
 */
function pauseTimerJob(fnId: string, pausedAt: number, now: number): PauseTimerJob {
  return { id: `pause-timer-${fnId}-${pausedAt}`, kind: "flow", attempt: 0, runAt: now, createdAt: now, payload: { pauseTimer: { fnId, pausedAt } } };
}

export interface FunctionPausesOptions {
  store: Store;
  /** @default DEFAULT_PAUSE_CANCEL_AFTER_MS */
  cancelAfterMs?: number;
  /** Whether a system event (`inngest/function.cancelled`) has functions to start. */
  fanOut(name: string): boolean;
  /** The clock of the step path's "not paused" memory. @default Date.now */
  now?: () => number;
}

/** The executor's side of pausing: the intake gate, the step-path hold and the pause timer. */
export class FunctionPauses implements IntakeGate {
  readonly #o: FunctionPausesOptions;
  readonly #cancelAfterMs: number;
  /** Functions read as not paused on the step path, and when (one entry per function at most). */
  readonly #notPaused = new Map<string, number>();

  constructor(opts: FunctionPausesOptions) {
    this.#o = opts;
    this.#cancelAfterMs = opts.cancelAfterMs ?? DEFAULT_PAUSE_CANCEL_AFTER_MS;
  }

  /** Intake: a paused function starts no run for the event; the event says why. */
  async admit(fn: FunctionRecord, e: EventRecord, _ctx: IntakeContext): Promise<"go" | "taken"> {
    if (!(await pauseState(this.#o.store, fn.id))) return "go";
    await recordSkip(this.#o.store.flow, e.internalId, { function_id: fn.id, function_slug: fn.slug, reason: "paused" });
    return "taken";
  }

  /**
   * Step path: true when the job of a paused function's run left the queue — parked until the
   * resume, or its run cancelled (mode cancel, or paused past the cancel-after period).
   */
  async hold(job: RunJob, run: RunRecord, fn: FunctionRecord): Promise<boolean> {
    const { store } = this.#o;
    const now = (this.#o.now ?? Date.now)();
    if (now - (this.#notPaused.get(fn.id) ?? Number.NEGATIVE_INFINITY) < NOT_PAUSED_TRUSTED_MS) return false;
    const p = await pauseState(store, fn.id);
    if (!p) {
      this.#notPaused.set(fn.id, now);
      return false;
    }
    this.#notPaused.delete(fn.id);
    if (this.#cancels(p, now)) {
      const commit = await cancelCommit(store, run, now, this.#o.fanOut);
      await store.commit({ ...(commit ?? {}), completeJobId: job.id });
      return true;
    }
    await store.commit({ run: { id: run.id, waiting: { reason: "paused", limit: 0, since: p.pausedAt } }, expectRunStatus: "Running" });
    await store.flow.park(job, pausedBacklog(fn.id), "", run.createdAt);
    // Resumed (or turned to cancel) between the read and the parking: the resume's unparking may
    // have run before this job was parked, so look again.
    const again = await pauseState(store, fn.id);
    if (!again || this.#cancels(again, now)) await unparkAll(store.flow, pausedBacklog(fn.id));
    return true;
  }

  /** A function was paused or resumed somewhere: the next job of every function reads its document. */
  invalidate(): void {
    this.#notPaused.clear();
  }

  /**
   * The pause timer: at the end of the cancel-after period the runs in flight are cancelled (and
   * the pause turns to mode cancel); until the pause ends the document is rewritten daily.
   */
  async timer(job: PauseTimerJob): Promise<void> {
    const { store } = this.#o;
    const { fnId, pausedAt } = job.payload.pauseTimer;
    const now = Date.now();
    const due = pausedAt + this.#cancelAfterMs;
    let current = false;
    let expired = false;
    await updateFlowDoc<PauseState>(store.flow, pauseDocKey(fnId), (cur) => {
      current = cur?.pausedAt === pausedAt;
      expired = current && cur!.mode === "hold" && now >= due;
      // Rewritten unchanged when nothing else changes: it stays young.
      return current ? { ...cur!, ...(expired ? { mode: "cancel" as const } : {}) } : undefined;
    });
    if (!current) {
      await store.commit({ completeJobId: job.id });
      return;
    }
    if (expired) await cancelInFlight(store, fnId, now, this.#o.fanOut);
    const runAt = now < due ? Math.min(due, now + PAUSE_KEEPALIVE_MS) : now + PAUSE_KEEPALIVE_MS;
    await store.commit({ retryJob: { id: job.id, runAt, attempt: 0, payload: job.payload } });
  }

  #cancels(p: PauseState, now: number): boolean {
    return p.mode === "cancel" || now >= p.pausedAt + this.#cancelAfterMs;
  }
}
