// OpenTelemetry traces of runs (docs/observability.md, "Traces"): an embedded server exporting to
// an InMemorySpanExporter, a real Tether worker over connect running a function with two steps
// (one failing once, then succeeding) and a sleep. The worker registers its own tracer, as a user
// would, and its span inside a step must land in the run's trace.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { context, SpanStatusCode } from "@opentelemetry/api";
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { loadConfig } from "../../src/config.ts";
import { eventSpanIds, runSpanIds } from "../../src/observability/tracing-ids.ts";
import { connect, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { AsyncLocalContextManager } from "../helpers/otel-context.ts";
import { waitFor } from "../helpers/wait.ts";

const attr = (s: ReadableSpan, key: string) => s.attributes[key];

describe("run traces", () => {
  let srv: InProcessServer;
  let conn: WorkerConnection;
  let tether: Tether;
  const exporter = new InMemorySpanExporter();
  // The user's own OpenTelemetry setup in the worker process.
  const userExporter = new InMemorySpanExporter();
  const userProvider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: userExporter })] });
  let flakyCalls = 0;

  before(async () => {
    context.setGlobalContextManager(new AsyncLocalContextManager());
    srv = await startInProcess(["--retry-interval", "0.05"], {}, { traceExporter: exporter });
    tether = new Tether({ id: "traced-app", baseUrl: srv.apiUrl });
    const userTracer = userProvider.getTracer("user-code");
    tether.createFunction({ id: "traced", triggers: [{ event: "trace/go" }], retries: 2 }, async ({ step }) => {
      const a = await step.run("first", () => userTracer.startActiveSpan("user work", (span) => {
        span.end();
        return 1;
      }));
      const b = await step.run("flaky", () => {
        if (++flakyCalls === 1) throw new Error("flaky failed once");
        return a + 1;
      });
      await step.sleep("nap", "1s");
      return { b };
    });
    conn = await connect({ apps: [tether], instanceId: "trace-worker", handleShutdownSignals: [] });
  });

  after(async () => {
    await conn?.close();
    await srv?.close();
    await userProvider.shutdown();
    context.disable();
  });

  const api = async (path: string) => (await (await fetch(`${srv.apiUrl}${path}`)).json()).data;

  test("a run is one trace: its root, one span per step attempt under it, the event linked, user spans inside", { timeout: 30_000 }, async () => {
    const { ids } = await tether.send({ name: "trace/go", data: {} });
    const runId: string = await waitFor(async () => (await api(`/v1/events/${ids[0]}/runs`))[0]?.run_id, { what: "the run" });
    const run = await waitFor(async () => {
      const r = await api(`/v1/runs/${runId}`);
      return r?.status === "Completed" ? r : undefined;
    }, { what: "the run completed" });
    assert.deepEqual(run.output, { b: 2 });

    const { traceId, spanId: rootId } = runSpanIds(runId);
    const spans = await waitFor(async () => {
      await srv.tracing!.flush();
      const all = exporter.getFinishedSpans();
      return all.some((s) => s.name === "run traced-app-traced") ? all : undefined;
    }, { what: "the run's root span" });

    const roots = spans.filter((s) => s.name.startsWith("run "));
    assert.equal(roots.length, 1, "one root span per run");
    const root = roots[0]!;
    assert.equal(root.spanContext().traceId, traceId);
    assert.equal(root.spanContext().spanId, rootId);
    assert.equal(root.parentSpanContext, undefined);
    assert.equal(attr(root, "tether.run.id"), runId);
    assert.equal(attr(root, "tether.function.slug"), "traced-app-traced");
    assert.equal(attr(root, "tether.app.name"), "traced-app");
    assert.equal(attr(root, "tether.run.status"), "Completed");

    const inRun = spans.filter((s) => s.spanContext().traceId === traceId);
    const children = inRun.filter((s) => s !== root);
    for (const s of children) assert.equal(s.parentSpanContext?.spanId, rootId, `${s.name}'s parent is the run's root`);

    const stepSpans = children.filter((s) => s.name.startsWith("step "));
    const byName = (name: string) => stepSpans.filter((s) => s.name === `step ${name}`);
    assert.deepEqual(stepSpans.map((s) => s.name).sort(), ["step first", "step flaky", "step flaky", "step nap"], "one span per step attempt");
    const [failed, ok] = byName("flaky").sort((x, y) => Number(attr(x, "tether.step.attempt")) - Number(attr(y, "tether.step.attempt")));
    assert.deepEqual([attr(failed!, "tether.step.attempt"), attr(failed!, "tether.step.outcome"), attr(failed!, "tether.step.op")], [0, "retry", "StepError"]);
    assert.deepEqual(failed!.status, { code: SpanStatusCode.ERROR, message: "flaky failed once" });
    assert.deepEqual([attr(ok!, "tether.step.attempt"), attr(ok!, "tether.step.outcome"), attr(ok!, "tether.step.op")], [1, "ok", "StepRun"]);
    assert.equal(attr(byName("nap")[0]!, "tether.step.op"), "Sleep");
    const nap = byName("nap")[0]!;
    assert.ok(nap.duration[0] >= 1, "the sleep's span lasts its second");
    assert.equal(children.filter((s) => s.name === "finalization").length, 1, "the request that completed the run");

    // The event that started the run (`ids` are internal ids): its own span at ingestion, linked from the root.
    const eventSpan = spans.find((s) => s.name === "event trace/go");
    assert.ok(eventSpan, "the event's span");
    assert.deepEqual(eventSpan.spanContext().spanId, eventSpanIds(ids[0]!).spanId);
    assert.deepEqual(root.links.map((l) => [l.context.traceId, l.context.spanId]), [[eventSpan.spanContext().traceId, eventSpan.spanContext().spanId]]);

    // The worker ran the step inside the request's context: the user's span joined the trace.
    const [userSpan] = userExporter.getFinishedSpans().filter((s) => s.name === "user work");
    assert.ok(userSpan, "the user's span inside the step");
    assert.equal(userSpan.spanContext().traceId, traceId, "the user's span is in the run's trace");
    const requestSpanIds = new Set(children.map((s) => s.spanContext().spanId));
    assert.ok(requestSpanIds.has(userSpan.parentSpanContext?.spanId ?? ""), "its parent is the span of the request that ran it");
  });
});

describe("tracing switch", () => {
  test("is off without an OTLP endpoint: no tracer is created", async () => {
    const srv = await startInProcess();
    try {
      assert.equal(srv.tracing, undefined);
    } finally {
      await srv.close();
    }
    assert.equal(loadConfig(["dev"], {}).otlpTracesEndpoint, undefined);
  });

  test("reads OpenTelemetry's variables: the traces endpoint, the base endpoint, the off switches", () => {
    const endpoint = (env: Record<string, string>) => loadConfig(["dev"], env).otlpTracesEndpoint;
    assert.equal(endpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" }), "http://collector:4318/v1/traces");
    assert.equal(endpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://b:4318/t" }), "http://b:4318/t");
    assert.equal(endpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_SDK_DISABLED: "true" }), undefined);
    assert.equal(endpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_TRACES_EXPORTER: "none" }), undefined);
    assert.equal(loadConfig(["dev"], { OTEL_SERVICE_NAME: "billing" }).otelServiceName, "billing");
    assert.equal(loadConfig(["dev"], {}).otelServiceName, "tether");
  });
});
