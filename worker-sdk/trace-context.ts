// The run's trace inside user code: a Tether server with tracing on sends each request's W3C
// trace context (connect: `user_trace_ctx`, JSON `{traceparent, tracestate}`, as the official
// SDK reads it; docs/connect-protocol.md §2.2). The request runs inside that context, so spans the
// user's own OpenTelemetry setup starts in a step are children of the request's span and share
// the run's trace id.
//
// `@opentelemetry/api` is an optional peer: loaded on the first request that carries a context,
// never required. Without it, or without a registered context manager (the user's OTel SDK), the
// request runs exactly as before.

/** W3C trace context of one request. */
export interface RequestTraceContext {
  traceparent: string;
  tracestate: string;
}

/** The part of `@opentelemetry/api` used here (stable since 1.0). */
interface OtelApi {
  ROOT_CONTEXT: unknown;
  context: { with<T>(ctx: unknown, fn: () => T): T };
  trace: {
    setSpanContext(ctx: unknown, spanContext: { traceId: string; spanId: string; traceFlags: number; isRemote: boolean; traceState?: unknown }): unknown;
  };
  createTraceState?(raw?: string): unknown;
}

// Typed as a plain string so the compiler does not ask for the package: it is optional.
const OTEL_API: string = "@opentelemetry/api";
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
/** A context larger than this is not a trace context: ignored. */
const MAX_TRACE_CTX_BYTES = 4_096;

let otelApi: Promise<OtelApi | undefined> | undefined;

function loadOtelApi(): Promise<OtelApi | undefined> {
  otelApi ??= import(OTEL_API).then((mod: OtelApi) => mod, () => undefined);
  return otelApi;
}

/** The context in a request's `user_trace_ctx`, or undefined when it holds none (`{}`) or garbage. */
export function parseTraceContext(bytes: Uint8Array | undefined): RequestTraceContext | undefined {
  if (!bytes || bytes.length < 2 || bytes.length > MAX_TRACE_CTX_BYTES) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { traceparent, tracestate } = value as Record<string, unknown>;
  if (typeof traceparent !== "string" || !TRACEPARENT.test(traceparent)) return undefined;
  return { traceparent, tracestate: typeof tracestate === "string" ? tracestate : "" };
}

/** Runs `run` with the request's span as the active OpenTelemetry context, when there is one. */
export async function withTraceContext<T>(trace: RequestTraceContext | undefined, run: () => Promise<T>): Promise<T> {
  const match = trace && TRACEPARENT.exec(trace.traceparent);
  if (!match) return run();
  const api = await loadOtelApi();
  if (!api) return run();
  const [, traceId, spanId, flags] = match as unknown as [string, string, string, string];
  const ctx = api.trace.setSpanContext(api.ROOT_CONTEXT, {
    traceId, spanId, traceFlags: Number.parseInt(flags, 16) & 1, isRemote: true,
    ...(trace.tracestate && api.createTraceState ? { traceState: api.createTraceState(trace.tracestate) } : {}),
  });
  return api.context.with(ctx, run);
}
