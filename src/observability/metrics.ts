// Prometheus metrics of one started server (docs/observability.md, "Metrics"): one prom-client
// Registry per server, never the global one, because tests start several servers in one process.
// It owns the metric definitions, the bounds on their label values, and the label children the
// hot paths (a step attempt, a gateway frame) use, resolved once: a Map lookup and an addition,
// no await and no label hashing per call (metrics-series.ts). Gauges that describe state (queue
// depth, connected workers, realtime subscribers) are prom-client gauges read from their owners
// when Prometheus scrapes (collect()). Where runs are counted is metrics-store.ts; the HTTP
// endpoint and `--metrics-port` are metrics-http.ts.
import type { NatsConnection } from "nats";
import { collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { JobQueue, RunStatus } from "../state/index.ts";
import { type CounterChild, CounterFamily, type HistogramChild, HistogramFamily } from "./metrics-series.ts";

/** What a capped label value turns into past its cap. */
export const OTHER = "other";
/** Distinct values a label may take before new ones become `other` (registered functions, apps). */
export const DEFAULT_MAX_LABEL_VALUES = 1_000;
/** Close codes are numbers the peer chooses: few are meaningful, the rest are `other`. */
const MAX_CLOSE_CODES = 64;
/** Seconds. A step attempt takes milliseconds to minutes; a worker's SDK request the same. */
const DURATION_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

export type EndedStatus = Exclude<RunStatus, "Running">;
export type AttemptOutcome = "ok" | "error";
/** How the SDK request ended: answered 2xx, answered with an error status, or no answer at all. */
export type RequestOutcome = "ok" | "error" | "transport_error";
export type Driver = "connect" | "serve";
export type Direction = "in" | "out";

/** A label's values, bounded: the first `max` distinct ones are kept, later ones are `other`. */
export class CappedLabel {
  readonly #seen = new Set<string>();
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  of(value: string): string {
    if (this.#seen.has(value)) return value;
    if (this.#seen.size >= this.#max) return OTHER;
    this.#seen.add(value);
    return value;
  }
}

/** Children of a metric by one label value, resolved once per value; values past the cap share one. */
class Children<T> {
  readonly #byValue = new Map<string, T>();
  readonly #label: CappedLabel;
  readonly #make: (value: string) => T;
  #other?: T;

  constructor(label: CappedLabel, make: (value: string) => T) {
    this.#label = label;
    this.#make = make;
  }

  get(value: string): T {
    let c = this.#byValue.get(value);
    if (c !== undefined) return c;
    // Not remembered past the cap: the map stays as small as the label's value set.
    if (this.#label.of(value) === OTHER) return (this.#other ??= this.#make(OTHER));
    c = this.#make(value);
    this.#byValue.set(value, c);
    return c;
  }
}

/** What the gateway's collect() reads from a gateway: connections and requests in flight per app. */
export interface WorkerCounts {
  connected: number;
  inFlight: number;
}

/** A gateway as its metrics read it. */
export interface GatewaySource {
  workerCounts(): Map<string, WorkerCounts>;
}

/** A realtime service as its metrics read it (RealtimeService.snapshot()). */
export interface RealtimeSource {
  snapshot(): { websockets: number; sse: number; delivered: number };
}

export interface MetricsOptions {
  /** prom-client's process metrics (CPU, memory, event loop lag, GC) in the same registry. @default true */
  processMetrics?: boolean;
  /** @default DEFAULT_MAX_LABEL_VALUES */
  maxLabelValues?: number;
}

export class Metrics {
  readonly registry = new Registry();
  readonly #functions: CappedLabel;
  readonly #apps: CappedLabel;
  readonly #runsStarted: Children<CounterChild>;
  readonly #runsFinished: Children<Record<EndedStatus, CounterChild>>;
  /** Per function, per op: made on first use (a series per op nobody uses is noise). */
  readonly #steps: Children<Map<string, Partial<Record<AttemptOutcome, HistogramChild>>>>;
  readonly #stepsFamily: HistogramFamily;
  readonly #requests: Record<Driver, Record<RequestOutcome, HistogramChild>>;
  readonly #frames: Record<Direction, Map<number, CounterChild>>;
  readonly #framesFamily: CounterFamily;
  readonly #closes: Children<CounterChild>;
  readonly #realtimeMessages: CounterFamily;
  readonly #published: CounterChild;
  readonly #storeErrors: CounterFamily;
  readonly #natsErrors: CounterFamily;
  #frameKindNames: (kind: number) => string = () => OTHER;

  constructor(opts: MetricsOptions = {}) {
    const r = this.registry;
    const max = opts.maxLabelValues ?? DEFAULT_MAX_LABEL_VALUES;
    this.#functions = new CappedLabel(max);
    this.#apps = new CappedLabel(max);
    if (opts.processMetrics ?? true) collectDefaultMetrics({ register: r });

    const started = new CounterFamily(r, "tether_runs_started_total", "Runs created, by function.", ["function"]);
    this.#runsStarted = new Children(this.#functions, (fn) => started.child(fn));
    const finished = new CounterFamily(r, "tether_runs_finished_total", "Runs ended, by function and final status (Completed, Failed, Cancelled).", ["function", "status"]);
    this.#runsFinished = new Children(this.#functions, (fn) => ({
      Completed: finished.child(fn, "Completed"), Failed: finished.child(fn, "Failed"), Cancelled: finished.child(fn, "Cancelled"),
    }));
    this.#stepsFamily = new HistogramFamily(r, "tether_step_duration_seconds",
      "SDK requests of runs (step attempts) as the executor sees them, by function, op and outcome.", ["function", "op", "outcome"], DURATION_BUCKETS);
    this.#steps = new Children(this.#functions, () => new Map());
    const requests = new HistogramFamily(r, "tether_sdk_request_duration_seconds",
      "SDK requests by driver (connect, serve) and outcome (ok, error, transport_error).", ["driver", "outcome"], DURATION_BUCKETS);
    const byOutcome = (driver: Driver) => ({
      ok: requests.child(driver, "ok"), error: requests.child(driver, "error"), transport_error: requests.child(driver, "transport_error"),
    });
    this.#requests = { connect: byOutcome("connect"), serve: byOutcome("serve") };

    this.#framesFamily = new CounterFamily(r, "tether_gateway_frames_total", "Worker WebSocket frames through the gateway, by direction and message kind.", ["direction", "kind"]);
    this.#frames = { in: new Map(), out: new Map() };
    const closes = new CounterFamily(r, "tether_gateway_closes_total", "Worker sockets closed, by WebSocket close code.", ["code"]);
    this.#closes = new Children(new CappedLabel(MAX_CLOSE_CODES), (code) => closes.child(code));
    this.#realtimeMessages = new CounterFamily(r, "tether_realtime_messages_total",
      "Realtime messages published by this process, and delivered to its subscribers.", ["direction"]);
    this.#published = this.#realtimeMessages.child("published");
    this.#storeErrors = new CounterFamily(r, "tether_store_errors_total",
      "Failed reads and writes of the state store or job queue, by the component that met them.", ["component"]);
    this.#natsErrors = new CounterFamily(r, "tether_nats_errors_total", "NATS connection errors and disconnects.", ["kind"]);
  }

  /** The exposition of every metric (text format 0.0.4). */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  // ---- runs and steps (the executor, and every store write that makes or ends a run)

  runStarted(functionSlug: string): void {
    this.#runsStarted.get(functionSlug).inc();
  }

  runFinished(functionSlug: string, status: EndedStatus): void {
    this.#runsFinished.get(functionSlug)[status].inc();
  }

  /** One SDK request of a run: `op` is the op it answered with (OP_LABELS; anything else is `other`). */
  stepAttempt(functionSlug: string, op: string, outcome: AttemptOutcome, seconds: number): void {
    const byOp = this.#steps.get(functionSlug);
    let c = byOp.get(op);
    if (c === undefined) {
      c = {};
      // Ops are strings the SDK sends: only named ones are remembered (the map stays bounded).
      if (KNOWN_OPS.has(op)) byOp.set(op, c);
    }
    (c[outcome] ??= this.#stepsFamily.child(this.#functions.of(functionSlug), KNOWN_OPS.has(op) ? op : OTHER, outcome)).observe(seconds);
  }

  sdkRequest(driver: Driver, outcome: RequestOutcome, seconds: number): void {
    this.#requests[driver][outcome].observe(seconds);
  }

  // ---- the gateway

  /**
   * Reads connected workers and requests in flight per app from `gateway` at each scrape, and
   * names frame kinds with `kindName` (the protobuf enum's names).
   */
  watchGateway(gateway: GatewaySource, kindName: (kind: number) => string): void {
    this.#frameKindNames = kindName;
    const apps = this.#apps;
    const perApp = (name: string, help: string, pick: (c: WorkerCounts) => number) => new Gauge({
      name, help, labelNames: ["app"], registers: [this.registry],
      collect() {
        // Reset first: an app whose last worker left disappears instead of staying at its last value.
        this.reset();
        const totals = new Map<string, number>();
        for (const [app, c] of gateway.workerCounts()) {
          const label = apps.of(app);
          totals.set(label, (totals.get(label) ?? 0) + pick(c));
        }
        for (const [app, n] of totals) this.labels(app).set(n);
      },
    });
    perApp("tether_connected_workers", "Worker connections this gateway holds, by app.", (c) => c.connected);
    perApp("tether_inflight_requests", "Requests delivered to workers of this gateway and not answered yet, by app.", (c) => c.inFlight);
  }

  /** A worker frame through the gateway; `kind` is the ConnectMessage kind (or Tether's own). */
  gatewayFrame(direction: Direction, kind: number): void {
    const byKind = this.#frames[direction];
    let c = byKind.get(kind);
    if (c === undefined) {
      const name = this.#frameKindNames(kind);
      c = this.#framesFamily.child(direction, name);
      // Kinds are numbers the peer sends: only named ones are remembered (the map stays bounded).
      if (name !== OTHER) byKind.set(kind, c);
    }
    c.inc();
  }

  gatewayClose(code: number): void {
    this.#closes.get(String(code)).inc();
  }

  // ---- realtime

  /** Reads subscribers and delivered messages from `realtime` at each scrape. */
  watchRealtime(realtime: RealtimeSource): void {
    const delivered = this.#realtimeMessages.child("delivered");
    let counted = 0;
    // The hub counts deliveries itself (one addition per message for all its subscribers).
    this.#realtimeMessages.collect(() => {
      const now = realtime.snapshot().delivered;
      delivered.inc(Math.max(0, now - counted));
      counted = Math.max(counted, now);
    });
    new Gauge({
      name: "tether_realtime_subscribers", help: "Realtime subscribers (WebSocket and SSE) this process holds.", registers: [this.registry],
      collect() {
        const s = realtime.snapshot();
        this.set(s.websockets + s.sse);
      },
    });
  }

  realtimePublished(count = 1): void {
    this.#published.inc(count);
  }

  // ---- the queue

  /** Queue depth and the age of the oldest due job, read from `queue` at each scrape. */
  watchQueue(queue: JobQueue): void {
    const errors = this.#storeErrors;
    let last: { depth: number; ageSeconds: number } = { depth: 0, ageSeconds: 0 };
    let read: Promise<void> | undefined;
    // One read serves both gauges of a scrape (they are collected one after the other).
    const refresh = () => (read ??= queue.stats(Date.now()).then((s) => {
      last = { depth: s.dueJobs, ageSeconds: s.oldestDueAtMs === undefined ? 0 : Math.max(0, Date.now() - s.oldestDueAtMs) / 1000 };
    }, () => errors.child("metrics").inc()).finally(() => setImmediate(() => (read = undefined))));
    new Gauge({
      name: "tether_queue_depth", help: "Jobs due now and not held by an executor.", registers: [this.registry],
      async collect() {
        await refresh();
        this.set(last.depth);
      },
    });
    new Gauge({
      name: "tether_queue_oldest_due_age_seconds", help: "How long the oldest due job has been waiting for an executor (0 when none).", registers: [this.registry],
      async collect() {
        await refresh();
        this.set(last.ageSeconds);
      },
    });
  }

  // ---- errors

  /** A store or queue failure that was caught and logged (`component`: a fixed name per call site). */
  storeError(component: string): void {
    this.#storeErrors.child(component).inc();
  }

  /** Counts `nc`'s errors and disconnects until it closes. */
  followNats(nc: NatsConnection): void {
    const errors = this.#natsErrors;
    void (async () => {
      for await (const s of nc.status()) {
        if (NATS_ERROR_EVENTS.has(s.type)) errors.child(s.type === "staleConnection" ? "stale_connection" : s.type).inc();
      }
    })().catch(() => undefined);
  }
}

/** nats.js status events that are trouble (Events.Error, Events.Disconnect, DebugEvents.StaleConnection). */
const NATS_ERROR_EVENTS = new Set<string>(["error", "disconnect", "staleConnection"]);

/**
 * Op labels of step attempts: the op of the SDK's answer (docs/execution-protocol.md §1.5), or
 * `RunComplete` when the function returned, `Error` when it threw outside a step and `None` when
 * no answer came; anything else is `other`.
 */
export const OP_LABELS = [
  "Step", "StepRun", "StepError", "StepFailed", "StepPlanned", "Sleep", "WaitForEvent", "InvokeFunction", "AIGateway", "Gateway",
  "WaitForSignal", "RunComplete", "DiscoveryRequest", "Error", "None",
] as const;
const KNOWN_OPS: ReadonlySet<string> = new Set(OP_LABELS);
