// Trace and span ids a run's spans share across processes. A run outlives any one executor (a
// sleep of days, a fail-over), so nothing about its trace is kept in memory or in the store:
// every id is a hash of something every process already knows (the run id, the request id, the
// event id). The W3C formats are from https://www.w3.org/TR/trace-context/ (`traceparent`).
import { createHash } from "node:crypto";

export interface SpanIds {
  /** 32 lowercase hex characters. */
  traceId: string;
  /** 16 lowercase hex characters. */
  spanId: string;
}

/** 48 hex characters of a hash of `kind:id`: a trace id and a span id. */
function digest(kind: string, id: string): string {
  return createHash("sha256").update(`tether-${kind}:${id}`).digest("hex").slice(0, 48);
}

/** The trace of a run and the id of its root span (`run <slug>`). */
export function runSpanIds(runId: string): SpanIds {
  const h = digest("run", runId);
  return { traceId: h.slice(0, 32), spanId: h.slice(32, 48) };
}

/** The `event <name>` span of an event at ingestion: a trace of its own, which runs link to. */
export function eventSpanIds(eventInternalId: string): SpanIds {
  const h = digest("event", eventInternalId);
  return { traceId: h.slice(0, 32), spanId: h.slice(32, 48) };
}

/** A span id under a run's trace, named by what it is (`request:<id>`, `step:<id>`). */
export function childSpanId(kind: string, id: string): string {
  return digest(kind, id).slice(0, 16);
}

/** W3C `traceparent` of a sampled span: `00-<trace id>-<span id>-01`. */
export function traceparent(ids: SpanIds): string {
  return `00-${ids.traceId}-${ids.spanId}-01`;
}
