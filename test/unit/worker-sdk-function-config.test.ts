// Function config JSON advertised in WORKER_CONNECT: same shape as the official SDK's connect sync
// payload, checked literally and against the official SDK's own config builder.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Inngest } from "inngest";
import { ConfigError, Tether } from "../../worker-sdk/index.ts";

const quiet = { info() {}, warn() {}, error() {}, debug() {} };

function officialConfig(options: Record<string, unknown>): unknown {
  const client = new Inngest({ id: "my-app", isDev: true, logger: quiet });
  const fn = client.createFunction(options as never, async () => undefined);
  // getConfig is private in the official types but is what connect() sends.
  const getConfig = (fn as unknown as { getConfig(o: unknown): unknown[] }).getConfig.bind(fn);
  return JSON.parse(JSON.stringify(getConfig({ baseUrl: new URL("wss://connect"), appPrefix: "my-app", isConnect: true })));
}

describe("worker-sdk function config", () => {
  const app = new Tether({ id: "my-app", baseUrl: "http://127.0.0.1:1" });

  test("has the official connect shape with retries.attempts", () => {
    const fn = app.createFunction({ id: "hello", triggers: [{ event: "demo/hello" }], retries: 4 }, async () => null);
    assert.deepEqual(JSON.parse(JSON.stringify(fn.toConfig())), {
      id: "my-app-hello",
      name: "hello",
      triggers: [{ event: "demo/hello" }],
      steps: {
        step: {
          id: "step",
          name: "step",
          runtime: { type: "ws", url: "wss://connect/?fnId=my-app-hello&stepId=step" },
          retries: { attempts: 4 },
        },
      },
    });
    assert.equal(fn.slug, "my-app-hello");
  });

  test("omits retries when not set, like the official SDK", () => {
    const fn = app.createFunction({ id: "no-retries", triggers: [{ event: "demo/x" }] }, async () => null);
    assert.equal("retries" in fn.toConfig().steps.step, false);
  });

  const cases: Array<[string, Record<string, unknown>]> = [
    ["event trigger with retries", { id: "a", triggers: [{ event: "demo/a" }], retries: 2 }],
    ["named function", { id: "b", name: "Nice B", triggers: [{ event: "demo/b" }] }],
    ["event trigger with an expression", { id: "c", triggers: [{ event: "demo/c", if: "event.data.x > 1" }] }],
    ["cron trigger", { id: "d", triggers: [{ cron: "*/5 * * * *" }] }],
    ["cron with jitter and an event", { id: "e", triggers: [{ cron: "0 * * * *", jitter: "30s" }, { event: "demo/e" }], retries: 0 }],
    ["id that needs URL encoding", { id: "with space&amp", triggers: [{ event: "demo/f" }] }],
  ];
  const onFailure = async () => null;
  const cases2: Array<[string, Record<string, unknown>]> = [
    ["onFailure companion", { id: "f", triggers: [{ event: "demo/f" }], retries: 2, onFailure }],
    ["onFailure companion of a named function", { id: "g", name: "Nice G", triggers: [{ cron: "* * * * *" }], onFailure }],
    [
      "cancelOn with if, match and timeouts",
      {
        id: "h",
        triggers: [{ event: "demo/h" }],
        cancelOn: [
          { event: "demo/cancel" },
          { event: "demo/cancel", match: "data.userId", timeout: "1h" },
          { event: "demo/other", if: "async.data.x == event.data.x", timeout: 90_000 },
          { event: "demo/until", timeout: new Date(Date.UTC(2030, 0, 1)) },
          { event: "demo/both-empty", if: "", timeout: 0 },
        ],
      },
    ],
    ["timeouts", { id: "i", triggers: [{ event: "demo/i" }], timeouts: { start: "10s", finish: "1h30m" } }],
    ["concurrency as a number", { id: "j", triggers: [{ event: "demo/j" }], concurrency: 5 }],
    ["concurrency as an option", { id: "k", triggers: [{ event: "demo/k" }], concurrency: { limit: 2, key: "event.data.user", scope: "env" } }],
    [
      "two concurrency options",
      { id: "l", triggers: [{ event: "demo/l" }], concurrency: [{ limit: 10, scope: "account", key: '"shared"' }, { limit: 1, key: "event.data.id" }] },
    ],
    [
      "every flow-control option",
      {
        id: "m",
        name: "All of them",
        triggers: [{ event: "demo/m", if: "event.data.ok" }],
        retries: 0,
        throttle: { limit: 3, period: "1m", burst: 2, key: "event.data.user" },
        rateLimit: { limit: 10, period: "1h", key: "event.data.user" },
        debounce: { period: "5s", key: "event.data.user", timeout: "1m" },
        idempotency: "event.data.orderId",
        priority: { run: "event.data.vip ? 120 : 0" },
        singleton: { mode: "cancel", key: "event.data.user" },
        timeouts: { finish: "2h" },
        cancelOn: [{ event: "demo/stop", match: "data.user" }],
        onFailure,
      },
    ],
    ["batching", { id: "n", triggers: [{ event: "demo/n" }], batchEvents: { maxSize: 50, timeout: "5s", key: "event.data.tenant", if: "event.data.ok" } }],
    ["singleton in skip mode without a key", { id: "o", triggers: [{ event: "demo/o" }], singleton: { mode: "skip" } }],
  ];
  for (const [name, options] of [...cases, ...cases2]) {
    test(`matches the official config: ${name}`, () => {
      const fresh = new Tether({ id: "my-app", baseUrl: "http://127.0.0.1:1" });
      const fn = fresh.createFunction(options as never, async () => null);
      // Compared as JSON text: same keys, values and key order as the official SDK sends.
      assert.equal(JSON.stringify(fn.toConfigs()), JSON.stringify(officialConfig(options)));
    });
  }

  test("the onFailure companion has the official shape", () => {
    const fresh = new Tether({ id: "my-app", baseUrl: "http://127.0.0.1:1" });
    const fn = fresh.createFunction({ id: "pay", name: "Pay", triggers: [{ event: "demo/pay" }], onFailure }, async () => null);
    assert.deepEqual(JSON.parse(JSON.stringify(fn.toConfigs()[1])), {
      id: "my-app-pay-failure",
      name: "Pay (failure)",
      triggers: [{ event: "inngest/function.failed", expression: "event.data.function_id == 'my-app-pay'" }],
      steps: {
        step: {
          id: "step",
          name: "step",
          runtime: { type: "http", url: "wss://connect/?fnId=my-app-pay-failure&stepId=step" },
          retries: { attempts: 1 },
        },
      },
    });
    assert.equal(fn.failureFunction?.slug, "my-app-pay-failure");
    assert.equal(fn.toConfigs().length, 2);
    assert.deepEqual(fn.toConfig(), fn.toConfigs()[0]);
  });

  test("invalid flow-control options are rejected with CONFIG_INVALID", () => {
    const fresh = new Tether({ id: "bad-app", baseUrl: "http://127.0.0.1:1" });
    const invalid: Array<Record<string, unknown>> = [
      { concurrency: -1 },
      { concurrency: [{ limit: 1 }, { limit: 2 }, { limit: 3 }] },
      { concurrency: { limit: 1, scope: "galaxy" } },
      { throttle: { period: "1m" } },
      { rateLimit: { limit: 1, period: "" } },
      { debounce: { key: "x" } },
      { batchEvents: { maxSize: 0, timeout: "1s" } },
      { singleton: { mode: "replace" } },
      { timeouts: { start: "1m", end: "1h" } },
      { cancelOn: [{ event: "x", if: "a", match: "data.b" }] },
      { cancelOn: Array.from({ length: 6 }, () => ({ event: "x" })) },
      { cancelOn: [{ event: "x", timeout: "soon" }] },
      { onFailure: "not a function" },
    ];
    for (const [index, extra] of invalid.entries()) {
      assert.throws(
        () => fresh.createFunction({ id: `bad-${index}`, triggers: [{ event: "e" }], ...extra } as never, async () => null),
        (err: unknown) => err instanceof ConfigError && err.code === "CONFIG_INVALID",
        `case ${index} (${JSON.stringify(extra)}) is rejected`,
      );
    }
  });

  test("the app lists its functions; duplicate ids and bad options are rejected with CONFIG_INVALID", () => {
    const fresh = new Tether({ id: "list-app", baseUrl: "http://127.0.0.1:1" });
    fresh.createFunction({ id: "one", triggers: [{ event: "e" }] }, async () => null);
    fresh.createFunction({ id: "two", triggers: [{ cron: "* * * * *" }] }, async () => null);
    assert.deepEqual(fresh.functions.map((fn) => fn.id), ["one", "two"]);
    const invalid = [
      () => fresh.createFunction({ id: "one", triggers: [] }, async () => null),
      () => fresh.createFunction({ id: "", triggers: [] }, async () => null),
      () => fresh.createFunction({ id: "r", triggers: [], retries: 21 }, async () => null),
      () => fresh.createFunction({ id: "t", triggers: [{ nope: 1 } as never] }, async () => null),
      () => fresh.createFunction({ id: "h", triggers: [] }, "not a function" as never),
    ];
    for (const make of invalid) {
      assert.throws(make, (err: unknown) => err instanceof ConfigError && err.code === "CONFIG_INVALID");
    }
  });

  test("app options are validated", () => {
    assert.throws(() => new Tether({ id: "" }), (err: unknown) => err instanceof ConfigError);
    assert.throws(() => new Tether({ id: "x", baseUrl: "not a url" }), (err: unknown) => err instanceof ConfigError);
  });
});
