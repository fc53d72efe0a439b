// The SDK refuses flow-control options the server would refuse at sync (src/flow/config.ts), at
// createFunction() time — before any connection — with CONFIG_INVALID naming the option.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ConfigError, Tether } from "../../worker-sdk/index.ts";

const app = new Tether({ id: "flow-sdk", baseUrl: "http://127.0.0.1:1" });
let n = 0;
const create = (options: Record<string, unknown>) =>
  app.createFunction({ id: `f-${n++}`, triggers: [{ event: "flow/go" }], ...options } as never, async () => null);

describe("worker-sdk flow-control options", () => {
  test("invalid options are CONFIG_INVALID naming the option", () => {
    const batchEvents = { maxSize: 10, timeout: "5s" };
    const invalid: Array<[string, Record<string, unknown>]> = [
      ["concurrency", { concurrency: [{ limit: 1 }, { limit: 2, key: "event.data.a" }, { limit: 3, key: "event.data.b" }] }],
      ["concurrency", { concurrency: { limit: 2, scope: "account" } }],
      ["concurrency", { concurrency: [{ limit: 2, scope: "env" }] }],
      ["concurrency", { concurrency: [{ limit: 1, key: "event.data.a" }, { limit: 5, key: "event.data.a" }] }],
      ["throttle", { throttle: { limit: 1, period: "500ms" } }],
      ["throttle", { throttle: { limit: 1, period: "8d" } }],
      ["rateLimit", { rateLimit: { limit: 1, period: "25h" } }],
      ["debounce", { debounce: { period: "8d" } }],
      ["debounce", { debounce: { period: "5s", timeout: "500ms" } }],
      ["batchEvents", { batchEvents: { maxSize: 101, timeout: "5s" } }],
      ["batchEvents", { batchEvents: { maxSize: 10, timeout: "61s" } }],
      ["batchEvents", { batchEvents, debounce: { period: "5s" } }],
      ["batchEvents", { batchEvents, idempotency: "event.data.id" }],
      ["batchEvents", { batchEvents, rateLimit: { limit: 1, period: "1h" } }],
      ["batchEvents", { batchEvents, cancelOn: [{ event: "flow/stop" }] }],
      ["batchEvents", { batchEvents, priority: { run: "120" } }],
      ["batchEvents", { batchEvents, singleton: { mode: "skip" } }],
    ];
    for (const [option, extra] of invalid) {
      assert.throws(
        () => create(extra),
        (err: unknown) => err instanceof ConfigError && err.code === "CONFIG_INVALID" && err.message.includes(option),
        `${JSON.stringify(extra)} is refused naming ${option}`,
      );
    }
  });

  test("options at the limits are accepted", () => {
    const valid: Array<Record<string, unknown>> = [
      { concurrency: [{ limit: 10, scope: "account", key: '"shared"' }, { limit: 1, key: "event.data.id" }] },
      { concurrency: [{ limit: 1, key: "event.data.a" }, { limit: 5, key: "event.data.a", scope: "env" }] },
      { concurrency: [{ limit: 0 }, { limit: 0 }] },
      { throttle: { limit: 1, period: "1s" } },
      { throttle: { limit: 1, period: "7d", burst: 0 } },
      { throttle: { limit: 1, period: "1h30m" } },
      { rateLimit: { limit: 1, period: "24h" } },
      { debounce: { period: "7d", timeout: "1s" } },
      { batchEvents: { maxSize: 100, timeout: "60s" }, concurrency: 1, throttle: { limit: 1, period: "1s" }, cancelOn: [], priority: {} },
    ];
    for (const extra of valid) assert.doesNotThrow(() => create(extra), JSON.stringify(extra));
  });
});
