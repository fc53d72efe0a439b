// Option resolution: environment variables (Tether names first), connect() defaults and validation.

import assert from "node:assert/strict";
import os from "node:os";
import { describe, test } from "node:test";
import pino from "pino";
import { readSdkEnvironment } from "../../worker-sdk/env.ts";
import { resolveConnectConfig } from "../../worker-sdk/connect/connect-options.ts";
import { ConfigError, DEFAULT_SHUTDOWN_SIGNALS, Tether, hashSigningKey } from "../../worker-sdk/index.ts";

describe("worker-sdk environment", () => {
  test("prefers TETHER_* over INNGEST_* and ignores empty values", () => {
    const env = readSdkEnvironment({
      TETHER_BASE_URL: "http://tether:1",
      INNGEST_BASE_URL: "http://inngest:2",
      INNGEST_EVENT_KEY: "ek",
      TETHER_SIGNING_KEY: " ",
      INNGEST_SIGNING_KEY: "signkey-test-00",
      INNGEST_CONNECT_GATEWAY_URL: "ws://gw:8289/v0/connect",
      TETHER_CONNECT_MAX_WORKER_CONCURRENCY: "3",
    });
    assert.deepEqual(env, {
      baseUrl: "http://tether:1",
      eventKey: "ek",
      signingKey: "signkey-test-00",
      gatewayUrl: "ws://gw:8289/v0/connect",
      maxWorkerConcurrency: "3",
    });
    assert.deepEqual(readSdkEnvironment({}), {
      baseUrl: undefined,
      eventKey: undefined,
      signingKey: undefined,
      gatewayUrl: undefined,
      maxWorkerConcurrency: undefined,
    });
  });
});

describe("worker-sdk logger", () => {
  test("accepts a pino logger as is", () => {
    const logger = pino({ level: "silent" });
    const app = new Tether({ id: "pino-app", baseUrl: "http://127.0.0.1:1", logger });
    assert.equal(app.logger, logger);
    assert.equal(resolveConnectConfig({ apps: [app] }).logger, logger);
  });
});

describe("worker-sdk connect options", () => {
  const app = new Tether({ id: "cfg-app", baseUrl: "http://api.local:8288", signingKey: "signkey-prod-aabb" });

  test("defaults: hostname, official signals and timings, first app's URL and key", () => {
    const config = resolveConnectConfig({ apps: [app] });
    assert.equal(config.instanceId, os.hostname());
    assert.deepEqual(config.shutdownSignals, DEFAULT_SHUTDOWN_SIGNALS);
    assert.deepEqual(DEFAULT_SHUTDOWN_SIGNALS, ["SIGINT", "SIGTERM"]);
    assert.equal(config.apiBaseUrl, "http://api.local:8288");
    assert.equal(config.hashedSigningKey, hashSigningKey("signkey-prod-aabb"));
    assert.deepEqual(
      [config.handshakeTimeoutMs, config.replyAckTimeoutMs, config.stableConnectionMs, config.flushAttempts],
      [10_000, 5_000, 10_000, 5],
    );
    assert.deepEqual([...config.apps.keys()], ["cfg-app"]);
  });

  test("explicit options win", () => {
    const config = resolveConnectConfig({
      apps: [app],
      instanceId: "i-9",
      maxWorkerConcurrency: 4,
      signingKey: "signkey-test-ccdd",
      gatewayUrl: "wss://gw.example/v0/connect",
      handleShutdownSignals: [],
    });
    assert.deepEqual(
      [config.instanceId, config.maxWorkerConcurrency, config.hashedSigningKey, config.gatewayUrl, config.shutdownSignals],
      ["i-9", 4, hashSigningKey("signkey-test-ccdd"), "wss://gw.example/v0/connect", []],
    );
  });

  test("invalid options fail with CONFIG_INVALID", () => {
    const other = new Tether({ id: "cfg-app", baseUrl: "http://api.local:8288" });
    const invalid = [
      { apps: [] },
      { apps: [app, other] },
      { apps: [app], gatewayUrl: "http://not-a-websocket" },
      { apps: [app], maxWorkerConcurrency: 0 },
      { apps: [app], instanceId: "" },
      { apps: [{ id: "fake" }] },
    ];
    for (const options of invalid) {
      assert.throws(
        () => resolveConnectConfig(options as never),
        (err: unknown) => err instanceof ConfigError && err.code === "CONFIG_INVALID",
        JSON.stringify(options.gatewayUrl ?? options.maxWorkerConcurrency ?? options.instanceId ?? options.apps.length),
      );
    }
  });
});
