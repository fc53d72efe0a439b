// The executor: claims jobs from the store's job queue (job-queue.ts) and runs them. Event jobs
// fan events out into runs; run jobs call the app's SDK through a driver (connect or HTTP) and
// apply the outcome atomically through the store. Waking is event-driven (enqueue → kick) with a
// timer for the next due job and a slow safety poll.
import type { Logger } from "pino";
import type { Bus } from "../bus/index.ts";
import { subjects } from "../bus/index.ts";
import { deterministicUlid, newId, parseDurationMs, parseJson, TetherError, toError, ulidTime } from "../common/index.ts";
import { evaluateBoolean, evaluateExpression, eventMatches } from "../functions/index.ts";
import { cancelCommit } from "./cancel.ts";
import type {
  AppRecord, Commit, ConnectState, EventRecord, FanOutJob, FunctionRecord, JobQueue, JobRecord, RunJob, RunRecord, StepRecord, Store,
} from "../state/index.ts";
import { DEFAULT_JOB_LEASE_MS, fanOutJob, type HandOff, isCronJob, isFlushJob, isPauseTimerJob } from "../state/index.ts";
import { ConnectDriver } from "./drivers/connect-driver.ts";
import type { Driver } from "./drivers/driver.ts";
import { HttpDriver } from "./drivers/http-driver.ts";
import { FunctionIndex } from "./function-index.ts";
import { type OutcomeContext, outcomeFromError, outcomeFromResponse } from "./outcome.ts";
import type { RunTracing } from "../observability/tracing.ts";
import type { Metrics } from "../observability/metrics.ts";
import { recordAttempt } from "./attempt-metrics.ts";
import { type AttemptInput, traceAttempt } from "./attempt-trace.ts";
import { matchPauses } from "./pause-matcher.ts";
import { buildSdkRequest } from "./sdk-request.ts";
import { storeCheckpoint } from "./checkpoint.ts";
import { cronFireCommit } from "./cron.ts";
import { resolveFiredTimer } from "./fired-timer.ts";
import { FlowControl } from "./flow-control.ts";
import { FunctionPauses } from "./function-pause.ts";
import { BatchGate } from "./batch.ts";
import { DebounceGate } from "./debounce.ts";
import type { IntakeContext, IntakeGate, IntakeVerdict } from "./intake.ts";
import { NewRuns } from "./new-run.ts";
import { ProgressRecorder } from "./progress.ts";
import { runRetentionJob } from "./retention.ts";
import { SingletonGate } from "./singleton.ts";

export interface ExecutorOptions {
  store: Store;
  connectState: ConnectState;
  bus: Bus;
  log: Logger;
  /** @default a new ULID */
  executorId?: string;
  /** Jobs processed at once. @default 200 */
  concurrency?: number;
  /**
   * Lease on a claimed job, renewed at a quarter of it while the job runs: a dead executor's jobs
   * go back to the queue this long after its last renewal (docs/deployment.md, "Executor
   * fail-over"). @default 8_000
   */
  jobLeaseMs?: number;
  /** Linear retry interval instead of Inngest's backoff table (`--retry-interval`). */
  retryIntervalMs?: number;
  /** How often a run whose app has no worker connected is retried. @default 1_000 */
  noWorkerRetryMs?: number;
  /** How long a request waits for a worker to connect before it counts as a failed attempt. @default 600_000 */
  noWorkerWaitMs?: number;
  /** Request lease for connect workers. @default 120_000 */
  requestLeaseMs?: number;
  /** Grace for a request whose socket closed before replying. @default 10_000 */
  orphanGraceMs?: number;
  signingKey?: string;
  /** Embedded mode: this process is the only executor, so stale job leases are released at start. */
  soleExecutor?: boolean;
  /** Let SDKs checkpoint steps (`/v1/checkpoint/...`) instead of one request per step. @default true */
  checkpointing?: boolean;
  /** Runs of a function still paused this long after the pause are cancelled. @default 7 days */
  pauseCancelAfterMs?: number;
  /** Spans of SDK requests, and the trace context they carry (src/observability/tracing.ts). @default off */
  tracing?: RunTracing;
  /** Step attempts, SDK requests and queue failures (src/observability/metrics.ts). @default none */
  metrics?: Metrics;
}

const SAFETY_POLL_MS = 1_000;
/** Renewals are never further apart than this, whatever the lease. */
const MIN_RENEW_INTERVAL_MS = 250;
/** A job whose processing threw is tried again this much later. */
const FAILED_JOB_RETRY_MS = 1_000;
/** Event ids and function idempotency keys de-duplicate for 24 h. */
const IDEMPOTENCY_WINDOW_MS = 24 * 3_600_000;

export class Executor {
  readonly id: string;
  readonly #o: ExecutorOptions;
  /** The store's job queue: claims, lease renewals, give-backs. */
  readonly #queue: JobQueue;
  readonly #log: Logger;
  readonly #index: FunctionIndex;
  readonly #connect: ConnectDriver;
  readonly #http: HttpDriver;
  readonly #active = new Map<string, JobRecord>();
  /** Jobs waiting for worker capacity, oldest first: woken when a slot frees (1 s poll as fallback). */
  readonly #capacityWaiters = new Set<string>();
  /** Jobs claimed again while running here (see `#pump`). */
  readonly #claimedAgain = new Set<string>();
  readonly #progress: ProgressRecorder;
  readonly #flow: FlowControl;
  readonly #pauses: FunctionPauses;
  /** Intake gates after the rate limit, in order (docs/flow-control.md, "Intake"). */
  readonly #gates: IntakeGate[] = [];
  readonly #debounce: DebounceGate;
  readonly #batch: BatchGate;
  readonly #concurrency: number;
  readonly #jobLeaseMs: number;
  #state: "idle" | "running" | "closing" | "closed" = "idle";
  #pumping = false;
  /** Slots promised to hand-offs whose writes are under way. */
  #reserved = 0;
  /** The processing of each job in #active, which a job it hands off waits for. */
  readonly #processing = new Map<string, Promise<void>>();
  #again = false;
  #timer?: NodeJS.Timeout;
  #renewTimer?: NodeJS.Timeout;
  #unsubs: (() => void)[] = [];
  #closePromise?: Promise<void>;
  #idleWaiters: (() => void)[] = [];

  constructor(opts: ExecutorOptions) {
    this.#o = opts;
    this.#queue = opts.store.queue;
    this.id = opts.executorId ?? newId();
    this.#log = opts.log.child({ component: "executor", executorId: this.id });
    this.#index = new FunctionIndex(opts.store);
    this.#progress = new ProgressRecorder(opts.store, this.#log);
    this.#concurrency = opts.concurrency ?? 200;
    this.#jobLeaseMs = opts.jobLeaseMs ?? DEFAULT_JOB_LEASE_MS;
    const fanOut = (name: string) => this.#index.hasTriggerFor(name);
    this.#pauses = new FunctionPauses({
      store: opts.store, cancelAfterMs: opts.pauseCancelAfterMs, fanOut,
    });
    this.#flow = new FlowControl(opts.store, this.#jobLeaseMs, this.#log, this.#pauses);
    const held = { store: opts.store, config: (fn: FunctionRecord) => this.#flow.config(fn), findFunction: (id: string) => this.#index.fn(id) };
    const singleton = new SingletonGate({ store: opts.store, config: (fn) => this.#flow.config(fn), fanOut });
    this.#debounce = new DebounceGate(held, singleton);
    this.#batch = new BatchGate(held);
    // Singleton after debounce: a debounced event is held there, and its run passes the
    // singleton gate when the debounce's flush starts it.
    this.#gates.push(this.#debounce, this.#batch, singleton);
    this.#connect = new ConnectDriver({
      bus: opts.bus, state: opts.connectState, executorId: this.id, log: this.#log, leaseMs: opts.requestLeaseMs,
      orphanGraceMs: opts.orphanGraceMs,
      onCapacityFreed: () => this.#wakeCapacityWaiter(),
      onCheckpoint: (runId, _requestId, stepsJson) =>
        storeCheckpoint(this.#o.store, runId, stepsJson.length ? parseJson(stepsJson, { what: "the checkpoint" }) : [], Date.now()),
      onProgress: (runId, stepId, data, append) => this.#progress.update(runId, stepId, data, append),
    });
    this.#http = new HttpDriver({ signingKey: opts.signingKey, state: opts.connectState });
  }

  get state() {
    return this.#state;
  }

  get functionIndex(): FunctionIndex {
    return this.#index;
  }

  async start(): Promise<void> {
    if (this.#state !== "idle") return;
    if (this.#o.soleExecutor) await this.#queue.releaseAllLeases();
    this.#state = "running";
    this.#unsubs.push(this.#o.bus.subscribe(subjects.queueWake(), () => this.kick()));
    this.#unsubs.push(this.#o.bus.subscribe(subjects.appsChanged(), () => this.#index.invalidate()));
    this.#unsubs.push(this.#o.bus.subscribe(subjects.pausesChanged(), () => this.#pauses.invalidate()));
    this.#queue.onAvailable?.(() => this.kick());
    this.#renewTimer = setInterval(() => void this.#renewLeases(), Math.max(MIN_RENEW_INTERVAL_MS, this.#jobLeaseMs / 4));
    this.kick();
  }

  /** New work may be due: claim and run it. */
  kick(): void {
    if (this.#state !== "running") return;
    if (this.#pumping) {
      this.#again = true;
      return;
    }
    void this.#pump();
  }

  /** Call after apps sync so new functions are seen. */
  invalidateFunctions(): void {
    this.#index.invalidate();
  }

  /** Resolves when no job is in flight (tests and graceful shutdown). */
  idle(): Promise<void> {
    if (this.#active.size === 0) return Promise.resolve();
    return new Promise((r) => this.#idleWaiters.push(r));
  }

  /**
   * Stops claiming jobs, lets in-flight requests finish (their replies still arrive) for up to
   * `graceMs`, then abandons the rest: their job leases lapse and another executor (or this one
   * after a restart) runs them again.
   */
  close(graceMs = 25_000): Promise<void> {
    this.#closePromise ??= (async () => {
      this.#state = "closing";
      for (const u of this.#unsubs) u();
      clearTimeout(this.#timer);
      let t: NodeJS.Timeout | undefined;
      await Promise.race([this.idle(), new Promise((r) => (t = setTimeout(r, graceMs)))]);
      clearTimeout(t);
      await this.#connect.close();
      await this.#progress.close();
      clearInterval(this.#renewTimer);
      this.#state = "closed";
    })();
    return this.#closePromise;
  }

  debugSnapshot() {
    return { id: this.id, state: this.#state, activeJobs: this.#active.size };
  }

  async #pump(): Promise<void> {
    this.#pumping = true;
    try {
      do {
        this.#again = false;
        const free = this.#concurrency - this.#active.size - this.#reserved;
        if (free <= 0) break;
        const jobs = await this.#queue.claim(Date.now(), free, this.#jobLeaseMs);
        for (const job of jobs) {
          if (this.#active.has(job.id)) {
            // Claimed again while still running here: its lease lapsed during a stall (a busy
            // event loop, NATS away) and the queue handed it back to this executor (the run in
            // progress goes on and its commit completes the new delivery; the renewals keep it),
            // or the process running it put it back itself (parked, then unparked by its own
            // dispatch), and nothing will complete it: it goes back to the queue once that ends.
            this.#log.warn({ jobId: job.id, runId: job.runId }, "job lease lapsed while running; kept");
            this.#claimedAgain.add(job.id);
            continue;
          }
          this.#start(job);
        }
        if (jobs.length === free) this.#again = true;
      } while (this.#again && this.#state === "running");
    } catch (err) {
      this.#log.error({ err }, "queue pump failed");
      this.#o.metrics?.storeError("queue");
    } finally {
      this.#pumping = false;
    }
    await this.#scheduleNext();
  }

  /**
   * Runs a job this executor holds (claimed, or handed off by its own write). A handed-off job
   * waits for the job whose write handed it over (`after`) to end, so that job's concurrency
   * slots are given back before the next step of the same run asks for one.
   */
  #start(job: JobRecord, after?: Promise<void>): void {
    this.#active.set(job.id, job);
    const processing = after ? after.then(() => this.#process(job)) : this.#process(job);
    this.#processing.set(job.id, processing);
    void processing.finally(() => {
      this.#processing.delete(job.id);
      this.#active.delete(job.id);
      if (this.#claimedAgain.delete(job.id)) void this.#queue.retryLater(job.id, Date.now()).catch(() => undefined);
      if (this.#active.size === 0) for (const w of this.#idleWaiters.splice(0)) w();
      // A freed slot, or a job its end put back (a concurrency hand-over unparks the next one).
      this.kick();
    });
  }

  /**
   * A write that enqueues jobs due now hands them to this executor (store.ts, HandOff) while it
   * has room: the next step of a run starts from its commit, without a claim. `due` counts the
   * jobs the write may make due; the rest wake the pump as before, and `later` (jobs not due yet)
   * re-arms its timer. A write with nothing due hands nothing off.
   */
  async #handingOff(due: number, later: boolean, completes: string | undefined, write: (h: HandOff | undefined) => Promise<JobRecord[] | void>): Promise<void> {
    const limit = this.#state === "running" ? Math.min(due, this.#concurrency - this.#active.size - this.#reserved) : 0;
    this.#reserved += Math.max(0, limit);
    let handed: JobRecord[] | void;
    try {
      handed = await write(limit > 0 ? { nowMs: Date.now(), leaseMs: this.#jobLeaseMs, limit } : undefined);
    } finally {
      this.#reserved -= Math.max(0, limit);
    }
    const after = completes === undefined ? undefined : this.#processing.get(completes);
    for (const job of handed ?? []) this.#start(job, after);
    if ((handed?.length ?? 0) < due) this.kick();
    else if (later) void this.#scheduleNext();
  }

  async #scheduleNext(): Promise<void> {
    if (this.#state !== "running") return;
    clearTimeout(this.#timer);
    let delay = SAFETY_POLL_MS;
    try {
      const next = await this.#queue.nextDueAt();
      if (next !== undefined) delay = Math.min(delay, Math.max(0, next - Date.now()));
    } catch (err) {
      this.#log.warn({ err }, "could not read next job time");
      this.#o.metrics?.storeError("queue");
    }
    this.#timer = setTimeout(() => this.kick(), delay);
  }

  /** Failures are logged, never thrown: the next tick tries again, and a lapse only means a redelivery. */
  async #renewLeases(): Promise<void> {
    if (this.#active.size === 0) return;
    try {
      await this.#queue.renew([...this.#active.keys()], Date.now() + this.#jobLeaseMs);
    } catch (err) {
      this.#log.warn({ err: toError(err), jobs: this.#active.size, leaseMs: this.#jobLeaseMs }, "job lease renewal failed");
      this.#o.metrics?.storeError("queue");
    }
    await this.#flow.renew().catch((err) => this.#log.warn({ err: toError(err) }, "concurrency lease renewal failed"));
  }

  async #process(job: JobRecord): Promise<void> {
    try {
      // Cron ticks read the stored functions, not the cached index: a changed schedule must win.
      if (isCronJob(job)) await this.#apply(cronFireCommit(job, await this.#o.store.listFunctions(), Date.now()));
      else if (job.kind === "expire") await runRetentionJob(this.#o.store, job, this.#log);
      else if (isFlushJob(job)) await (job.payload.flush === "debounce" ? this.#debounce : this.#batch).flush(job);
      else if (isPauseTimerJob(job)) await this.#pauses.timer(job);
      else if (job.kind === "flow") await this.#flow.sweep(job);
      else if (job.kind === "event") await this.#processEvents(job);
      else await this.#processRun(job);
    } catch (err) {
      // Shared state unreachable for a moment, most likely: the job goes back to the queue for a
      // new try soon (its commit is safe to repeat) instead of waiting for its lease to lapse.
      this.#log.error({ err: toError(err), jobId: job.id, runId: job.runId }, "job failed");
      this.#o.metrics?.storeError("executor");
      await this.#queue.retryLater(job.id, Date.now() + FAILED_JOB_RETRY_MS).catch(() => undefined);
    }
  }

  async #processEvents(job: FanOutJob): Promise<void> {
    const { eventIds: ids, invokeFunctionId, correlationId } = job.payload;
    const events = await this.#o.store.getEvents(ids);
    const fns = await this.#index.functions();
    const now = Date.now();
    const batch = new NewRuns(now);
    const ctx: IntakeContext = { now, duplicateId: false, startRun: (fn, evs, seed) => batch.add(fn, evs, { seed }) };
    const replies: EventRecord[] = [];
    for (const e of events) {
      if (invokeFunctionId) {
        const fn = fns.find((f) => f.id === invokeFunctionId);
        if (!fn) continue;
        const verdict = await this.#intake(fn, e, ctx);
        if (verdict === "go") batch.add(fn, [e], { correlationId });
        // A step.invoke whose run was skipped (rate limit, singleton, pause) fails the caller's
        // step at once with a non-retriable error (docs/semantics.md §4) instead of at its timeout; a
        // debounced one waits: the debounce's run answers it if its event is the last (§5).
        else if (verdict === "taken" && correlationId) replies.push(skippedInvokeReply(fn, e, correlationId, now));
        continue;
      }
      // A user-given event id triggers functions once per 24 h (docs/semantics.md §9); the event is
      // kept, and functions that ignore the de-duplication (debounce, batching) still see it.
      ctx.duplicateId = e.event.id !== e.internalId && !(await this.#o.store.claimKey(`event:${e.event.id}`, e.internalId, IDEMPOTENCY_WINDOW_MS, now));
      for (const fn of fns) {
        const hit = fn.triggers.some((t) => t.event !== undefined && eventMatches(t.event, e.event.name)
          && (!t.expression || evaluateBoolean(t.expression, { event: e.event })));
        if (hit && (await this.#intake(fn, e, ctx)) === "go") batch.add(fn, [e]);
      }
    }
    // Resume waits before new runs register their own (a run never waits on its own trigger).
    await matchPauses(this.#o.store, events, this.#log, (name) => this.#index.hasTriggerFor(name));
    if (replies.length) {
      await this.#apply({
        events: replies,
        enqueue: replies.map((r) => fanOutJob([r.internalId], now)),
      });
    }
    const due = batch.jobs.filter((j) => j.runAt <= Date.now()).length;
    await this.#handingOff(due, due < batch.jobs.length, job.id, (h) => this.#o.store.createRuns(batch.runs, batch.jobs, job.id, batch.pauses, h));
  }

  /**
   * Whether an event that matched `fn` starts a run of it now (docs/flow-control.md, "Intake"):
   * pause, event-id de-duplication, idempotency, rate limit, then the intake gates (each may take the
   * event: skipped and recorded, or held for a later run).
   */
  async #intake(fn: FunctionRecord, e: EventRecord, ctx: IntakeContext): Promise<IntakeVerdict> {
    // A paused function first: its events take no idempotency key or rate-limit token, and one
    // with a duplicate id says "paused", not de-duplicated (docs/semantics.md §24).
    if ((await this.#pauses.admit(fn, e, ctx)) === "taken") return "taken";
    const cfg = this.#flow.config(fn);
    if (ctx.duplicateId && !cfg.debounce && !cfg.batch) {
      this.#log.debug({ eventId: e.internalId, id: e.event.id, fn: fn.slug }, "duplicate event id: no run");
      return "taken";
    }
    if (!(await this.#idempotent(fn, e, ctx.now)) || !(await this.#flow.admitEvent(fn, e, ctx.now))) return "taken";
    for (const gate of this.#gates) {
      const verdict = await gate.admit(fn, e, ctx);
      if (verdict !== "go") return verdict;
    }
    return "go";
  }

  /** The function's `idempotency` key: at most one run per evaluated key per 24 h. */
  async #idempotent(fn: FunctionRecord, e: EventRecord, now: number): Promise<boolean> {
    const expr = fn.config.idempotency;
    if (typeof expr !== "string" || !expr) return true;
    let key: unknown;
    try {
      key = evaluateExpression(expr, { event: e.event });
    } catch {
      return true;
    }
    return this.#o.store.claimKey(`idem:${fn.id}:${JSON.stringify(key)}`, e.internalId, IDEMPOTENCY_WINDOW_MS, now);
  }

  async #processRun(job: RunJob): Promise<void> {
    const { store } = this.#o;
    this.#capacityWaiters.delete(job.id);
    // A fired timer stores its step before the steps are read; any other job reads both at once.
    const timer = job.payload?.resolveStep !== undefined;
    const snapshot = timer ? undefined : await store.getRunWithSteps(job.runId);
    const run = timer ? await store.getRun(job.runId) : snapshot?.run;
    if (!run || run.status !== "Running") {
      if (run && !job.payload?.timeout) await this.#forgetSlots(job, run);
      await store.commit({ completeJobId: job.id });
      return;
    }
    const now = Date.now();
    const timeout = job.payload?.timeout;
    if (timeout) {
      // timeouts.start: never started in time; timeouts.finish: still running (docs/semantics.md §13).
      const expired = timeout === "finish" || run.startedAt === undefined;
      const commit = expired ? await cancelCommit(store, run, now, (name) => this.#index.hasTriggerFor(name)) : undefined;
      await store.commit({ ...(commit ?? {}), completeJobId: job.id });
      if (commit) this.#log.info({ runId: run.id, timeout }, "run cancelled by its timeout");
      return;
    }
    // A timer fired (sleep, or a wait/invoke timeout): its step result is stored first.
    if ((await resolveFiredTimer(store, job, run, now)) === "done") return;
    const [fn, events, steps] = await Promise.all([this.#index.fn(run.functionId), store.getEvents(run.eventIds), snapshot?.steps ?? store.getSteps(run.id)]);
    const app = fn && (await this.#index.app(fn.appId));
    const ctx: OutcomeContext = {
      run, job, events, now, newId, retryIntervalMs: this.#o.retryIntervalMs,
      fanOutSystemEvents: (name) => this.#index.hasTriggerFor(name),
      findFunction: (slug) => this.#index.bySlug(slug),
      stepCount: steps.length,
      stateBytes: steps.reduce((n, s) => n + (s.size ?? 0), 0) + events.reduce((n, e) => n + Buffer.byteLength(JSON.stringify(e.event)), 0),
    };
    if (!fn || !app) {
      await this.#apply(outcomeFromError(ctx, new TetherError("function_not_found", `function ${run.functionSlug} is not registered`)));
      return;
    }
    // Throttle and concurrency (docs/flow-control.md): a job that may not go now has left the queue.
    if (!(await this.#flow.admit(job, run, fn, events[0]?.event))) return;
    try {
      await this.#callSdk(job, run, fn, app, events, steps, ctx, now);
    } finally {
      await this.#flow.done(job.id);
    }
  }

  async #callSdk(
    job: RunJob, run: RunRecord, fn: FunctionRecord, app: AppRecord, events: EventRecord[], steps: StepRecord[], ctx: OutcomeContext, now: number,
  ): Promise<void> {
    const { store } = this.#o;
    // With function timeouts the run starts when its first request is handed to a worker, not
    // when that request answers: timeouts.start no longer applies and the timeouts.finish clock
    // runs even if the first step takes long or never answers (docs/semantics.md §13).
    let started = run.startedAt !== undefined;
    const onDispatch = started || fn.config.timeouts === undefined ? undefined : async () => {
      if (started) return;
      started = true;
      const start: Commit = {};
      markStarted(start, run, fn, Date.now());
      await store.commit(start);
    };
    const requestId = newId();
    const stepId = job.stepId ?? "step";
    const build = (r: RunRecord, memo: typeof steps) => buildSdkRequest({
      run: r, job, events, steps: memo, requestId, stepId, checkpointing: this.#o.checkpointing, socketCheckpointing: app.method === "connect",
    });
    const refresh = async () => {
      const [latest, memo] = await Promise.all([store.getRun(run.id), store.getSteps(run.id)]);
      return latest?.status === "Running" ? build(latest, memo) : undefined;
    };
    const driver: Driver = app.method === "connect" ? this.#connect : this.#http;
    let commit: Commit;
    let answer: AttemptInput["answer"];
    const tracing = this.#o.tracing;
    const traceContext = tracing?.requestContext(run.id, requestId);
    const requestStartedAt = Date.now();
    const sentAt = performance.now();
    try {
      this.#log.debug({ runId: run.id, jobId: job.id, requestId, attempt: job.attempt }, "calling the SDK");
      const res = await driver.call({ requestId, jobId: job.id, run, fn, app, stepId, payload: build(run, steps), refresh, onDispatch, traceContext });
      this.#log.debug({ runId: run.id, jobId: job.id, requestId, status: res.statusCode }, "SDK answered");
      commit = outcomeFromResponse({ ...ctx, now: Date.now(), requestStartedAt }, res);
      answer = { res };
    } catch (err) {
      const e = err instanceof TetherError ? err : new TetherError("sdk_transport_error", toError(err).message, { cause: err });
      if (e.code === "stale_dispatch") {
        // The run ended while a re-route was pending: nothing is left to do for this job.
        await store.commit({ completeJobId: job.id });
        return;
      }
      if (e.code === "connect_no_healthy_connection" || e.code === "connect_all_workers_at_capacity") {
        await this.#apply(this.#waitForWorker(job, e, { ...ctx, now: Date.now() }));
        return;
      } else {
        this.#log.debug({ runId: run.id, err: e }, "request failed");
        commit = outcomeFromError({ ...ctx, now: Date.now() }, e);
        answer = { err: e };
      }
    }
    if (tracing) traceAttempt(tracing, { run, job, requestId, stepId, sentAt: requestStartedAt, answer, commit });
    if (this.#o.metrics) recordAttempt(this.#o.metrics, fn.slug, app.method, (performance.now() - sentAt) / 1000, answer);
    if (!started) markStarted(commit, run, fn, now);
    if (run.waiting) commit.run = { ...(commit.run ?? {}), id: run.id, waiting: null };
    await this.#apply(commit);
  }

  /** A slot granted to a queued job of a run that ended meanwhile goes to the next job at once. */
  async #forgetSlots(job: RunJob, run: RunRecord): Promise<void> {
    const fn = await this.#index.fn(run.functionId);
    if (!fn || this.#flow.config(fn).concurrency.length === 0) return;
    const [e] = await this.#o.store.getEvents(run.eventIds.slice(0, 1));
    await this.#flow.forget(job, fn, e?.event);
  }

  /** No worker can take the request now: wait (not an attempt) until one connects, up to a limit. */
  #waitForWorker(job: RunJob, err: TetherError, ctx: OutcomeContext): Commit {
    const since = job.payload?.waitingSince ?? ctx.now;
    if (ctx.now - since >= (this.#o.noWorkerWaitMs ?? 600_000)) return outcomeFromError(ctx, err);
    // Keep the job row: the retry reschedules it with the same attempt and remembers when waiting began.
    const runAt = ctx.now + (this.#o.noWorkerRetryMs ?? 1_000);
    if (err.code === "connect_all_workers_at_capacity") this.#capacityWaiters.add(job.id);
    return { retryJob: { id: job.id, runAt, attempt: job.attempt, payload: { ...job.payload, waitingSince: since } } };
  }

  #wakeCapacityWaiter(): void {
    const next = this.#capacityWaiters.values().next();
    if (next.done) return;
    this.#capacityWaiters.delete(next.value);
    void this.#queue.wake([next.value], Date.now()).then(() => this.kick(), (err) => this.#log.warn({ err }, "could not wake a waiting job"));
  }

  async #apply(commit: Commit): Promise<void> {
    const now = Date.now();
    const due = (commit.enqueue?.filter((j) => j.runAt <= now).length ?? 0) + (commit.resolvePending ? 1 : 0);
    const later = commit.retryJob !== undefined || (commit.enqueue?.length ?? 0) > due;
    await this.#handingOff(due, later, commit.completeJobId, (h) => this.#o.store.commit(commit, h));
  }
}

/**
 * The `inngest/function.finished` reply to a step.invoke whose run was not started: it resumes
 * the caller's invoke step with an error (the SDK throws it, non-retriable, as for a target that
 * failed). Its id derives from the invoke, so a repeated fan-out stores it once.
 */
function skippedInvokeReply(fn: FunctionRecord, e: EventRecord, correlationId: string, now: number): EventRecord {
  const internalId = deterministicUlid(ulidTime(e.internalId), `${e.internalId}:${fn.id}:skipped`);
  return {
    internalId, receivedAt: now,
    event: {
      name: "inngest/function.finished", id: internalId, ts: now, user: {},
      data: {
        function_id: fn.slug, correlation_id: correlationId,
        error: { name: "Error", message: `function ${fn.slug} did not start a run for this invoke: it was skipped (see GET /v1/events/${e.internalId})` },
      },
    },
  };
}

/**
 * The first attempt reached the SDK: the run has started (`run_started_at`, timeouts.start no
 * longer applies) and its timeouts.finish clock begins (docs/semantics.md §13).
 */
function markStarted(commit: Commit, run: RunRecord, fn: FunctionRecord, at: number): void {
  commit.run = { ...(commit.run ?? {}), id: run.id, startedAt: at };
  const finish = parseDurationMs(String((fn.config.timeouts as { finish?: string } | undefined)?.finish ?? ""));
  if (finish !== undefined && commit.run.status === undefined) {
    commit.enqueue = [...(commit.enqueue ?? []), {
      id: `${run.id}-timeout-finish`, kind: "run", runId: run.id, attempt: 0, runAt: at + finish, createdAt: at, payload: { timeout: "finish" },
    }];
  }
}
