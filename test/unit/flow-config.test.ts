// Flow-control options at sync (src/flow/config.ts): what is refused, with the option named, and
// the normalised FlowConfig the executor reads — including best effort on configs stored before
// validation existed, and every shape the official SDK sends.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { Inngest } from "inngest";
import { flowConfigError, parseFlowConfig } from "../../src/flow/config.ts";

const SECOND = 1000;
const DAY = 86_400_000;

/** Asserts the config is refused and the error starts with the option's name. */
function refused(config: Record<string, unknown>, option: string): void {
  const err = flowConfigError(config);
  assert.ok(err !== undefined, `${JSON.stringify(config)} must be refused`);
  assert.ok(err.startsWith(`${option}: `), `the error names ${option}: ${err}`);
}

function accepted(config: Record<string, unknown>): void {
  assert.equal(flowConfigError(config), undefined, `${JSON.stringify(config)} must be accepted`);
}

describe("concurrency", () => {
  test("Concurrency: `concurrency: 5` shorthand equals `{limit:5}` in synced config", () => {
    accepted({ concurrency: 5 });
    assert.deepEqual(parseFlowConfig({ concurrency: 5 }).concurrency, [{ limit: 5, scope: "fn" }]);
    assert.deepEqual(parseFlowConfig({ concurrency: { limit: 5 } }).concurrency, [{ limit: 5, scope: "fn" }]);
    assert.deepEqual(parseFlowConfig({ concurrency: [{ limit: 5 }] }).concurrency, [{ limit: 5, scope: "fn" }]);
  });

  test("a limit of 0 or none means no limit: the entry is dropped", () => {
    for (const concurrency of [0, { limit: 0 }, [{ limit: 0 }], [], {}, null, undefined]) {
      accepted({ concurrency });
      assert.deepEqual(parseFlowConfig({ concurrency }).concurrency, [], JSON.stringify(concurrency));
    }
    assert.deepEqual(parseFlowConfig({ concurrency: [{ limit: 0 }, { limit: 2, key: "event.data.a" }] }).concurrency, [
      { limit: 2, key: "event.data.a", scope: "fn" },
    ]);
  });

  test("Concurrency: 3 concurrency entries ⇒ sync error", () => {
    refused({ concurrency: [{ limit: 1 }, { limit: 2, key: "event.data.a" }, { limit: 3, key: "event.data.b" }] }, "concurrency");
    accepted({ concurrency: [{ limit: 1 }, { limit: 2, key: "event.data.a" }] });
  });

  test("Concurrency: scope `account`/`env` without key ⇒ sync error", () => {
    refused({ concurrency: { limit: 2, scope: "account" } }, "concurrency");
    refused({ concurrency: [{ limit: 2, scope: "env" }] }, "concurrency");
    refused({ concurrency: { limit: 2, scope: "env", key: "" } }, "concurrency");
    accepted({ concurrency: [{ limit: 3, scope: "env", key: '"api"' }, { limit: 1, key: "event.data.acct" }] });
    assert.deepEqual(parseFlowConfig({ concurrency: { limit: 3, scope: "account", key: '"openai"' } }).concurrency, [
      { limit: 3, key: '"openai"', scope: "account" },
    ]);
  });

  test("two limits with the same scope and key text are refused; a different scope or key is not", () => {
    refused({ concurrency: [{ limit: 1 }, { limit: 5 }] }, "concurrency");
    refused({ concurrency: [{ limit: 1, key: "event.data.a" }, { limit: 5, key: "event.data.a", scope: "fn" }] }, "concurrency");
    accepted({ concurrency: [{ limit: 1, key: "event.data.a" }, { limit: 5, key: "event.data.a", scope: "env" }] });
    accepted({ concurrency: [{ limit: 1, key: "event.data.a" }, { limit: 5, key: "event.data.b" }] });
  });

  test("a negative, fractional or non-numeric limit, an unknown scope and a bad key are refused", () => {
    for (const concurrency of [-1, 1.5, "5", { limit: -1 }, { limit: "2" }, { limit: 1, scope: "galaxy" }, [3],
      { limit: 1, key: "event.data.(" }, { limit: 1, key: 7 }, { fn: [{ limit: 1 }] }]) {
      refused({ concurrency }, "concurrency");
    }
  });
});

describe("throttle", () => {
  test('Throttle: period "500ms" or "8d" rejected at sync', () => {
    refused({ throttle: { limit: 1, period: "500ms" } }, "throttle");
    refused({ throttle: { limit: 1, period: "8d" } }, "throttle");
    for (const period of ["1s", "7d", "1w", "1h30m", "2d12h"]) accepted({ throttle: { limit: 1, period } });
  });

  test("normalises period to ms, burst to 0 and a missing limit to 1", () => {
    assert.deepEqual(parseFlowConfig({ throttle: { limit: 3, period: "1h30m" } }).throttle, { limit: 3, periodMs: 5_400_000, burst: 0 });
    assert.deepEqual(parseFlowConfig({ throttle: { period: "5s", burst: 2, key: "event.data.u" } }).throttle, {
      limit: 1, periodMs: 5 * SECOND, burst: 2, key: "event.data.u",
    });
  });

  test("a limit below 1, a negative burst, a missing or unparsable period and a bad key are refused", () => {
    for (const throttle of [{ limit: 0, period: "1m" }, { limit: 1, period: "1m", burst: -1 }, { limit: 1 }, { limit: 1, period: "" },
      { limit: 1, period: "soon" }, { limit: 1, period: "1m", key: "event.data.x.substring(1)" }, "1/m"]) {
      refused({ throttle }, "throttle");
    }
  });
});

describe("rateLimit", () => {
  test("period is 1s–24h and limit at least 1", () => {
    accepted({ rateLimit: { limit: 1, period: "24h", key: "event.data.user" } });
    assert.deepEqual(parseFlowConfig({ rateLimit: { limit: 10, period: "1h" } }).rateLimit, { limit: 10, periodMs: 3_600_000 });
    for (const rateLimit of [{ limit: 1, period: "25h" }, { limit: 1, period: "999ms" }, { limit: 0, period: "1h" }, { period: "1h" },
      { limit: 1, period: "1h", key: "async.data.x" }]) {
      refused({ rateLimit }, "rateLimit");
    }
  });
});

describe("debounce", () => {
  test("period is 1s–7d; timeout is optional and at least 1s", () => {
    assert.deepEqual(parseFlowConfig({ debounce: { period: "5s", key: "event.data.user", timeout: "1m" } }).debounce, {
      periodMs: 5 * SECOND, timeoutMs: 60 * SECOND, key: "event.data.user",
    });
    assert.deepEqual(parseFlowConfig({ debounce: { period: "7d" } }).debounce, { periodMs: 7 * DAY });
    for (const debounce of [{ period: "500ms" }, { period: "8d" }, {}, { period: "5s", timeout: "500ms" }, { period: "5s", timeout: "later" }]) {
      refused({ debounce }, "debounce");
    }
  });

  test("Debounce: debounce + batchEvents ⇒ sync error", () => {
    refused({ debounce: { period: "5s" }, batchEvents: { maxSize: 10, timeout: "5s" } }, "batchEvents");
  });
});

describe("batchEvents", () => {
  test("maxSize is 1..100 and timeout 1s–60s; key and if are CEL", () => {
    assert.deepEqual(parseFlowConfig({ batchEvents: { maxSize: 100, timeout: "60s", key: "event.data.t", if: "event.data.ok" } }).batch, {
      maxSize: 100, timeoutMs: 60 * SECOND, key: "event.data.t", if: "event.data.ok",
    });
    for (const batchEvents of [{ maxSize: 0, timeout: "5s" }, { maxSize: 101, timeout: "5s" }, { maxSize: 10 }, { maxSize: 10, timeout: "61s" },
      { maxSize: 10, timeout: "500ms" }, { maxSize: 10, timeout: "5s", if: "event.data.(" }, { maxSize: 10, timeout: "5s", key: "event.data.k.substring(0)" }]) {
      refused({ batchEvents }, "batchEvents");
    }
  });

  test("Batching: batching + idempotency / rateLimit / cancelOn / priority / singleton ⇒ sync error", () => {
    const batchEvents = { maxSize: 10, timeout: "5s" };
    refused({ batchEvents, idempotency: "event.data.id" }, "batchEvents");
    refused({ batchEvents, rateLimit: { limit: 1, period: "1h" } }, "batchEvents");
    refused({ batchEvents, cancel: [{ event: "a/stop" }] }, "batchEvents");
    refused({ batchEvents, priority: { run: "120" } }, "batchEvents");
    refused({ batchEvents, singleton: { mode: "skip" } }, "batchEvents");
    accepted({ batchEvents, concurrency: 1, throttle: { limit: 1, period: "1s" }, cancel: [], priority: {} });
  });

  test("Singleton: singleton + batchEvents ⇒ sync error", () => {
    refused({ singleton: { mode: "cancel", key: "event.data.u" }, batchEvents: { maxSize: 2, timeout: "1s" } }, "batchEvents");
  });
});

describe("priority and singleton", () => {
  test("priority.run is an optional CEL expression", () => {
    assert.equal(parseFlowConfig({ priority: { run: "event.data.vip ? 120 : 0" } }).priority, "event.data.vip ? 120 : 0");
    assert.equal(parseFlowConfig({ priority: {} }).priority, undefined);
    refused({ priority: { run: "event.data.(" } }, "priority");
    refused({ priority: "120" }, "priority");
  });

  test("singleton needs mode skip or cancel; the key is optional", () => {
    assert.deepEqual(parseFlowConfig({ singleton: { mode: "skip" } }).singleton, { mode: "skip" });
    assert.deepEqual(parseFlowConfig({ singleton: { mode: "cancel", key: "event.data.u" } }).singleton, { mode: "cancel", key: "event.data.u" });
    refused({ singleton: {} }, "singleton");
    refused({ singleton: { mode: "replace" } }, "singleton");
  });
});

describe("stored configs (best effort)", () => {
  test("an invalid option is dropped and the valid ones kept", () => {
    const flow = parseFlowConfig({
      concurrency: [{ limit: 1 }, { limit: 2, key: "event.data.a" }, { limit: 3, key: "event.data.b" }],
      throttle: { limit: 1, period: "500ms" },
      rateLimit: { limit: 2, period: "1m" },
      singleton: { mode: "nope" },
    });
    assert.deepEqual(flow, {
      concurrency: [{ limit: 1, scope: "fn" }, { limit: 2, key: "event.data.a", scope: "fn" }],
      rateLimit: { limit: 2, periodMs: 60 * SECOND },
    });
  });

  test("batching stored with an option it cannot be combined with is dropped; the other option stays", () => {
    assert.deepEqual(parseFlowConfig({ batchEvents: { maxSize: 5, timeout: "5s" }, debounce: { period: "2s" } }), {
      concurrency: [], debounce: { periodMs: 2 * SECOND },
    });
  });

  test("parsing and validating never throw, whatever the stored config holds", () => {
    const anything = fc.anything({ maxDepth: 3 });
    const option = fc.oneof(anything, fc.record({ limit: anything, period: anything, key: anything, scope: anything, maxSize: anything,
      timeout: anything, mode: anything, run: anything, if: anything, burst: anything }, { requiredKeys: [] }));
    const config = fc.record({ concurrency: fc.oneof(option, fc.array(option)), throttle: option, rateLimit: option, debounce: option,
      batchEvents: option, priority: option, singleton: option, idempotency: anything, cancel: anything }, { requiredKeys: [] });
    fc.assert(fc.property(config, (c) => {
      const flow = parseFlowConfig(c);
      assert.ok(Array.isArray(flow.concurrency) && flow.concurrency.length <= 2);
      const err = flowConfigError(c);
      assert.ok(err === undefined || typeof err === "string");
    }), { seed: 12, numRuns: 500 });
  });
});

describe("the official SDK's sync payload", () => {
  const quiet = { info() {}, warn() {}, error() {}, debug() {} };
  const client = new Inngest({ id: "flow-app", isDev: true, logger: quiet });
  function officialConfig(options: Record<string, unknown>): Record<string, unknown> {
    const fn = client.createFunction(options as never, async () => undefined);
    const getConfig = (fn as unknown as { getConfig(o: unknown): unknown[] }).getConfig.bind(fn);
    const [config] = getConfig({ baseUrl: new URL("http://127.0.0.1:3000/api/inngest"), appPrefix: "flow-app", isConnect: false });
    return JSON.parse(JSON.stringify(config)) as Record<string, unknown>;
  }

  test("passes unchanged for every flow-control option, and normalises as documented", () => {
    const all = officialConfig({
      id: "all",
      triggers: [{ event: "flow/all" }],
      concurrency: [{ limit: 10, scope: "account", key: '"shared"' }, { limit: 1, key: "event.data.id" }],
      throttle: { limit: 3, period: "1m", burst: 2, key: "event.data.user" },
      rateLimit: { limit: 10, period: "24h", key: "event.data.user" },
      debounce: { period: "5s", key: "event.data.user", timeout: "1m" },
      idempotency: "event.data.orderId",
      priority: { run: "event.data.vip ? 120 : 0" },
      singleton: { mode: "cancel", key: "event.data.user" },
      timeouts: { start: "10s", finish: "2h" },
      cancelOn: [{ event: "flow/stop", match: "data.user" }],
    });
    accepted(all);
    assert.deepEqual(parseFlowConfig(all), {
      concurrency: [{ limit: 10, key: '"shared"', scope: "account" }, { limit: 1, key: "event.data.id", scope: "fn" }],
      throttle: { limit: 3, periodMs: 60 * SECOND, burst: 2, key: "event.data.user" },
      rateLimit: { limit: 10, periodMs: DAY, key: "event.data.user" },
      debounce: { periodMs: 5 * SECOND, timeoutMs: 60 * SECOND, key: "event.data.user" },
      priority: "event.data.vip ? 120 : 0",
      singleton: { mode: "cancel", key: "event.data.user" },
    });
    const batched = officialConfig({
      id: "batched",
      triggers: [{ event: "flow/batched" }],
      concurrency: { limit: 1, key: "event.data.tenant" },
      batchEvents: { maxSize: 100, timeout: "60s", key: "event.data.tenant", if: "event.data.ok == true" },
    });
    accepted(batched);
    assert.deepEqual(parseFlowConfig(batched), {
      concurrency: [{ limit: 1, key: "event.data.tenant", scope: "fn" }],
      batch: { maxSize: 100, timeoutMs: 60 * SECOND, key: "event.data.tenant", if: "event.data.ok == true" },
    });
    const shorthand = officialConfig({ id: "short", triggers: [{ event: "flow/s" }], concurrency: 5, singleton: { mode: "skip" } });
    accepted(shorthand);
    assert.deepEqual(parseFlowConfig(shorthand), { concurrency: [{ limit: 5, scope: "fn" }], singleton: { mode: "skip" } });
  });
});
