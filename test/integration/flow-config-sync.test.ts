// Flow-control options at sync through the real HTTP API (`POST /fn/register`, src/flow/config.ts):
// an invalid option is 400 invalid_function_config naming the function and the option, and
// nothing is stored; a config using every option is accepted and stored as sent.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { parseFlowConfig } from "../../src/flow/config.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";

describe("flow-control options at sync", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess();
  });
  after(async () => {
    await srv.close();
  });

  const register = (body: unknown) => fetch(`${srv.apiUrl}/fn/register`, { method: "POST", body: JSON.stringify(body) });
  const fn = (id: string, options: Record<string, unknown>) => ({
    id,
    name: id,
    triggers: [{ event: `${id}/go` }],
    steps: { step: { id: "step", name: "step", runtime: { type: "http", url: `http://127.0.0.1:9/api/inngest?fnId=${id}&stepId=step` } } },
    ...options,
  });
  const serveApp = (appName: string, functions: unknown[]) => ({ url: "http://127.0.0.1:9/api/inngest", appName, sdk: "js:v4.24.0", v: "0.1", functions });

  test("an invalid flow-control option is 400 invalid_function_config naming the function and the option", async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ["concurrency", { concurrency: [{ limit: 1 }, { limit: 2, key: "event.data.a" }, { limit: 3, key: "event.data.b" }] }],
      ["concurrency", { concurrency: { limit: 2, scope: "account" } }],
      ["throttle", { throttle: { limit: 1, period: "500ms" } }],
      ["rateLimit", { rateLimit: { limit: 1, period: "25h" } }],
      ["debounce", { debounce: { period: "8d" } }],
      ["batchEvents", { batchEvents: { maxSize: 10, timeout: "5s" }, idempotency: "event.data.id" }],
      ["priority", { priority: { run: "event.data.(" } }],
      ["singleton", { singleton: { mode: "replace" } }],
    ];
    for (const [option, options] of cases) {
      const r = await register(serveApp("flow-bad", [fn("flow-bad-f", options)]));
      assert.equal(r.status, 400, `${JSON.stringify(options)} must be refused`);
      const body = await r.json();
      assert.equal(body.code, "invalid_function_config");
      assert.ok(String(body.error).startsWith(`function flow-bad-f: ${option}: `), `the error names the option: ${body.error}`);
    }
    assert.equal((await srv.store!.listFunctions()).some((f) => f.slug === "flow-bad-f"), false, "nothing registered");
  });

  test("a config using every flow-control option is accepted and stored as sent", async () => {
    const throttle = { limit: 3, period: "1m", burst: 2, key: "event.data.user" };
    const everything = fn("flow-all", {
      concurrency: [{ limit: 10, scope: "env", key: '"shared"' }, { limit: 1, key: "event.data.id" }],
      throttle,
      rateLimit: { limit: 10, period: "1h", key: "event.data.user" },
      debounce: { period: "5s", key: "event.data.user", timeout: "1m" },
      idempotency: "event.data.orderId",
      priority: { run: "event.data.vip ? 120 : 0" },
      singleton: { mode: "cancel", key: "event.data.user" },
      cancel: [{ event: "flow-all/stop", if: "event.data.user == async.data.user" }],
    });
    const batched = fn("flow-batched", {
      concurrency: 1,
      batchEvents: { maxSize: 100, timeout: "60s", key: "event.data.tenant", if: "event.data.ok == true" },
    });
    const r = await register(serveApp("flow-good", [everything, batched]));
    assert.equal(r.status, 200, await r.clone().text());
    const stored = await srv.store!.listFunctions();
    const all = stored.find((f) => f.slug === "flow-all");
    assert.ok(all, "flow-all is registered");
    assert.deepEqual(all.config.throttle, throttle, "options are stored verbatim");
    assert.deepEqual(parseFlowConfig(all.config).concurrency, [
      { limit: 10, key: '"shared"', scope: "env" },
      { limit: 1, key: "event.data.id", scope: "fn" },
    ]);
    const batch = stored.find((f) => f.slug === "flow-batched");
    assert.ok(batch, "flow-batched is registered");
    assert.deepEqual(parseFlowConfig(batch.config), {
      concurrency: [{ limit: 1, scope: "fn" }],
      batch: { maxSize: 100, timeoutMs: 60_000, key: "event.data.tenant", if: "event.data.ok == true" },
    });
  });
});
