// Traces leave a real `tether dev` process over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set
// (docs/observability.md, "Traces"): a small node:http receiver stands in for the collector and
// decodes the JSON export. A run of two steps arrives as one trace — its root under the service
// name given by OTEL_SERVICE_NAME, and each step's span under that root — once the process has
// flushed (at the latest when it shuts down).
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { connect, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

interface OtlpSpan { traceId: string; spanId: string; parentSpanId?: string; name: string }
interface Export { service: string; spans: OtlpSpan[] }

describe("OTLP/HTTP export from a tether dev process", () => {
  let receiver: Server;
  const exports: Export[] = [];
  let tether: TetherProcess;
  let conn: WorkerConnection | undefined;
  let app: Tether;

  before(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c)).on("end", () => {
        if (req.url === "/v1/traces") {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          for (const rs of body.resourceSpans ?? []) {
            const service = rs.resource?.attributes?.find((a: any) => a.key === "service.name")?.value?.stringValue;
            exports.push({ service, spans: rs.scopeSpans.flatMap((s: any) => s.spans) });
          }
        }
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    const port = (receiver.address() as AddressInfo).port;
    tether = await startTether({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_SERVICE_NAME: "tether-otlp-test" } });
    app = new Tether({ id: "otlp-app", baseUrl: tether.apiUrl });
    app.createFunction({ id: "two", triggers: [{ event: "otlp/go" }] }, async ({ step }) => {
      const a = await step.run("one", () => 1);
      return step.run("two", () => a + 1);
    });
    conn = await connect({ apps: [app], instanceId: "otlp-worker", handleShutdownSignals: [] });
  });

  after(async () => {
    await conn?.close();
    await tether?.stop();
    receiver?.close();
  });

  test("a run's root and step spans reach the collector, in one trace", { timeout: 60_000 }, async () => {
    const { ids } = await app.send({ name: "otlp/go", data: {} });
    await tether.waitForRuns(ids[0], { count: 1 });
    await conn?.close();
    conn = undefined;
    // The batch processor sends on its schedule; a shutdown flushes what is left.
    assert.equal(await tether.stop(), 0, "a clean shutdown");
    const spans = await waitFor(() => {
      const all = exports.flatMap((e) => e.spans);
      return all.some((s) => s.name === "run otlp-app-two") ? all : undefined;
    }, { what: "the run's root span at the receiver" });
    assert.ok(exports.every((e) => e.service === "tether-otlp-test"), "OTEL_SERVICE_NAME names the service");
    const root = spans.find((s) => s.name === "run otlp-app-two")!;
    assert.equal(root.parentSpanId ?? "", "", "the run's span is the trace's root");
    const steps = spans.filter((s) => s.traceId === root.traceId && /^step /.test(s.name)).map((s) => s.name).sort();
    assert.deepEqual(steps, ["step one", "step two"]);
    for (const s of spans.filter((x) => x.traceId === root.traceId && x !== root)) assert.equal(s.parentSpanId, root.spanId, `${s.name} under the root`);
  });
});
