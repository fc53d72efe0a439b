// OpenTelemetry traces of runs (docs/observability.md, "Traces"). A run is a trace: its root span
// `run <slug>`, one span per SDK request (a step attempt, a discovery or the finalization), one per
// step stored outside a request's reply (checkpointed steps, sleeps, waits, invokes), and the
// `event <name>` span of each ingested event, which a run's root links to.
//
// Off unless an OTLP endpoint is configured (or an exporter injected): `startTracing` returns
// undefined and callers hold a null, so a process without tracing builds no provider and no span.
// Spans are emitted whole, once their end is known, with their real start time: a run's root when
// the run ends (started at the run's creation), a request's span when its outcome is known
// (started at dispatch). Ids come from tracing-ids.ts (hashes of run, request and event ids), so
// any process can parent a span to a root another process will emit days later; PinnedIds hands
// those ids to the SDK through its public IdGenerator hook.
import { type Attributes, type Link, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, TraceFlags, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor, type IdGenerator, RandomIdGenerator, type SpanExporter, TracerProvider,
} from "@opentelemetry/sdk-trace";
import type { EventRecord, RunRecord, StepRecord } from "../state/index.ts";
import { childSpanId, eventSpanIds, runSpanIds, type SpanIds, traceparent } from "./tracing-ids.ts";

/** Links from a run's root to its events: a batch of many events links its first ones. */
const MAX_EVENT_LINKS = 32;
const DEFAULT_SERVICE_NAME = "tether";

export interface TracingOptions {
  /** OTLP/HTTP traces URL; tracing is off without it (or `exporter`). */
  endpoint?: string;
  /** `service.name` of the spans. @default "tether" */
  serviceName?: string;
  /** Export here instead of over OTLP (tests). */
  exporter?: SpanExporter;
}

/** W3C trace context handed to an SDK with a request (HTTP headers, or connect's `user_trace_ctx`). */
export interface TraceContext {
  traceparent: string;
  tracestate: string;
}

/** One SDK request, once its outcome is known (tracing-attempt.ts names it). */
export interface AttemptSpan {
  runId: string;
  requestId: string;
  sentAt: number;
  endedAt: number;
  name: string;
  attributes: Attributes;
  /** Set when the attempt failed (retried or final). */
  error?: string;
}

/** The tracer of a process, or undefined when tracing is off. */
export function startTracing(opts: TracingOptions): RunTracing | undefined {
  if (!opts.exporter && !opts.endpoint) return undefined;
  return new RunTracing(opts.exporter ?? new OTLPTraceExporter({ url: opts.endpoint }), opts.serviceName ?? DEFAULT_SERVICE_NAME);
}

/**
 * Ids for the next span the tracer starts, when pinned; random otherwise. `startSpan` asks for
 * them synchronously, so pinning around that one call cannot leak into another span.
 */
class PinnedIds implements IdGenerator {
  readonly #random = new RandomIdGenerator();
  #traceId: string | undefined;
  #spanId: string | undefined;

  pinned<T>(ids: { traceId?: string; spanId: string }, start: () => T): T {
    this.#traceId = ids.traceId;
    this.#spanId = ids.spanId;
    try {
      return start();
    } finally {
      this.#traceId = undefined;
      this.#spanId = undefined;
    }
  }

  generateTraceId(): string {
    return this.#traceId ?? this.#random.generateTraceId();
  }

  generateSpanId(): string {
    return this.#spanId ?? this.#random.generateSpanId();
  }
}

interface WholeSpan {
  name: string;
  /** The span's own ids (`traceId` only for a root). */
  ids: { traceId?: string; spanId: string };
  /** The remote parent; none for a root. */
  parent?: SpanIds;
  startMs: number;
  endMs: number;
  attributes: Attributes;
  links?: Link[];
  kind?: SpanKind;
  error?: string;
}

export class RunTracing {
  readonly #provider: TracerProvider;
  readonly #tracer: Tracer;
  readonly #ids = new PinnedIds();
  /** Steps a request's span already stands for: the store emits no second span for them. */
  readonly #covered = new WeakSet<StepRecord>();
  #closing?: Promise<void>;

  constructor(exporter: SpanExporter, serviceName: string) {
    this.#provider = new TracerProvider({
      resource: resourceFromAttributes({ "service.name": serviceName }),
      idGenerator: this.#ids,
      spanProcessors: [new BatchSpanProcessor({ exporter })],
    });
    this.#tracer = this.#provider.getTracer("tether");
  }

  /** The context a request carries to the SDK: the request's own span (emitted by `attempt`). */
  requestContext(runId: string, requestId: string): TraceContext {
    const { traceId } = runSpanIds(runId);
    return { traceparent: traceparent({ traceId, spanId: childSpanId("request", requestId) }), tracestate: "" };
  }

  /** The span of one SDK request; `covers` is the stored step it ran, if any. */
  attempt(a: AttemptSpan, covers?: StepRecord): void {
    if (covers) this.#covered.add(covers);
    this.#emit({
      name: a.name, ids: { spanId: childSpanId("request", a.requestId) }, parent: runSpanIds(a.runId),
      startMs: a.sentAt, endMs: a.endedAt, attributes: a.attributes, error: a.error, kind: SpanKind.CLIENT,
    });
  }

  /** Spans of stored steps no request span stands for (checkpoints, sleeps, waits, invokes). */
  stepsStored(steps: readonly StepRecord[]): void {
    for (const s of steps) {
      if (this.#covered.has(s)) continue;
      const startMs = s.startedAt ?? s.createdAt;
      const error = stepError(s.result);
      this.#emit({
        name: `step ${s.name ?? s.stepId}`, ids: { spanId: childSpanId("step", `${s.runId}:${s.stepId}`) }, parent: runSpanIds(s.runId),
        startMs, endMs: s.durationMs !== undefined ? startMs + s.durationMs : s.createdAt,
        attributes: {
          "tether.run.id": s.runId, "tether.step.id": s.stepId, "tether.step.name": s.name ?? s.stepId, "tether.step.op": s.op,
          "tether.step.attempt": s.attempt, "tether.step.outcome": error === undefined ? "ok" : "error",
        },
        error,
      });
    }
  }

  /** The root span of a run that ended: from its creation to its end, linked to its events. */
  runEnded(run: RunRecord): void {
    const ids = runSpanIds(run.id);
    const error = run.status === "Failed" ? errorMessage(run.error) ?? "the run failed" : undefined;
    this.#emit({
      name: `run ${run.functionSlug}`, ids, startMs: run.createdAt, endMs: run.endedAt ?? Date.now(), kind: SpanKind.SERVER,
      attributes: {
        "tether.run.id": run.id, "tether.function.id": run.functionId, "tether.function.slug": run.functionSlug,
        "tether.app.id": run.appId, "tether.app.name": run.appName, "tether.run.status": run.status,
        ...(run.originalRunId ? { "tether.run.original_id": run.originalRunId } : {}),
      },
      links: run.eventIds.slice(0, MAX_EVENT_LINKS).map((id) => ({
        context: { ...eventSpanIds(id), traceFlags: TraceFlags.SAMPLED, isRemote: true },
        attributes: { "tether.event.internal_id": id },
      })),
      error,
    });
  }

  /** The `event <name>` span of each event as it is stored (a trace of its own per event). */
  eventsIngested(events: readonly EventRecord[]): void {
    for (const e of events) {
      this.#emit({
        name: `event ${e.event.name}`, ids: eventSpanIds(e.internalId), startMs: e.receivedAt, endMs: Date.now(), kind: SpanKind.PRODUCER,
        attributes: { "tether.event.name": e.event.name, "tether.event.id": String(e.event.id ?? e.internalId), "tether.event.internal_id": e.internalId },
      });
    }
  }

  /** Exports what is buffered now (tests; the batch processor otherwise exports every 5 s). */
  flush(): Promise<void> {
    return this.#provider.forceFlush();
  }

  /** Flushes and stops the exporter; spans emitted after this are dropped. */
  close(): Promise<void> {
    this.#closing ??= this.#provider.shutdown().catch(() => undefined);
    return this.#closing;
  }

  #emit(s: WholeSpan): void {
    const parent = s.parent
      ? trace.setSpanContext(ROOT_CONTEXT, { ...s.parent, traceFlags: TraceFlags.SAMPLED, isRemote: true })
      : ROOT_CONTEXT;
    // Dates, not numbers: the SDK reads a number of ms below its time origin (a run created
    // before this process started) as a performance.now() offset.
    const span = this.#ids.pinned(s.ids, () => this.#tracer.startSpan(s.name, {
      startTime: new Date(s.startMs), attributes: s.attributes, links: s.links, kind: s.kind, root: !s.parent,
    }, parent));
    if (s.error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: s.error });
    span.end(new Date(Math.max(s.endMs, s.startMs)));
  }
}

function errorMessage(error: unknown): string | undefined {
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return undefined;
}

/** The message of a stored step's `{error}` result, undefined for a result. */
function stepError(result: unknown): string | undefined {
  if (!result || typeof result !== "object" || !("error" in result)) return undefined;
  return errorMessage((result as { error: unknown }).error) ?? "step failed";
}
