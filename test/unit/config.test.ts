// Flags and environment parsed once (STYLE.md): defaults, precedence and refusals.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadConfig } from "../../src/config.ts";

test("dev defaults: API 8288, gateway 8289, SQLite under .tether/", () => {
  const c = loadConfig(["dev"], {});
  assert.deepEqual([c.port, c.gatewayPort, c.db, c.logLevel, c.signingKey], [8288, 8289, ".tether/dev.db", "info", undefined]);
});

test("flags win over environment variables", () => {
  const c = loadConfig(["dev", "--port", "9000"], { TETHER_PORT: "9100", TETHER_GATEWAY_PORT: "9101", TETHER_DB: ":memory:" });
  assert.deepEqual([c.port, c.gatewayPort, c.db], [9000, 9101, ":memory:"]);
});

test("tether start requires a signing key and an event key", () => {
  assert.throws(() => loadConfig(["start"], {}), /signing-key/);
  assert.throws(() => loadConfig(["start", "--signing-key", "signkey-test-00ff"], {}), /event-key/);
  const c = loadConfig(["start", "--signing-key", "signkey-test-00ff", "--event-key", "k"], {});
  assert.equal(c.role, "start");
});

test("refuses a signing key that is not even-length hex, an unknown role and a bad port", () => {
  assert.throws(() => loadConfig(["start", "--signing-key", "signkey-test-abc", "--event-key", "k"], {}), /hex/);
  assert.throws(() => loadConfig(["serve"], {}));
  assert.throws(() => loadConfig(["dev", "--port", "99999"], {}));
  assert.throws(() => loadConfig(["dev", "--bogus", "1"], {}));
});
