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
  for (const [name, options] of cases) {
    test(`matches the official config: ${name}`, () => {
      const fresh = new Tether({ id: "my-app", baseUrl: "http://127.0.0.1:1" });
      const fn = fresh.createFunction(options as never, async () => null);
      assert.deepEqual(JSON.parse(JSON.stringify([fn.toConfig()])), officialConfig(options));
    });
  }

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
