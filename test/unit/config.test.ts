// Flags and environment parsed once (STYLE.md): defaults, precedence and refusals.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { isLoopbackHost, loadConfig, openSurfaces } from "../../src/config.ts";
import { OPTION_LIST, optionsMarkdown, usage } from "../../src/options.ts";

const KEYS = ["--signing-key", "signkey-test-00ff", "--event-key", "k"];
const NATS = ["--nats", "nats://127.0.0.1:4222"];

test("dev defaults: API 8288, gateway 8289, SQLite under .tether/, loopback only, nothing open", () => {
  const c = loadConfig(["dev"], {});
  assert.deepEqual([c.port, c.gatewayPort, c.db, c.logLevel, c.signingKey, c.host, c.insecure], [8288, 8289, ".tether/dev.db", "info", undefined, "127.0.0.1", false]);
  assert.deepEqual(openSurfaces(c), []);
});

test("flags win over environment variables", () => {
  const c = loadConfig(["dev", "--port", "9000"], { TETHER_PORT: "9100", TETHER_GATEWAY_PORT: "9101", TETHER_DB: ":memory:" });
  assert.deepEqual([c.port, c.gatewayPort, c.db], [9000, 9101, ":memory:"]);
});

test("every role but dev refuses to start without its keys, naming the flag and --insecure", () => {
  for (const [role, missing] of [["api", /--signing-key .*and --event-key/], ["gateway", /--signing-key/], ["executor", /--signing-key/]] as const) {
    assert.throws(() => loadConfig([role, ...NATS], {}), (err: Error) => {
      assert.match(err.message, new RegExp(`^tether ${role} requires`));
      assert.match(err.message, missing);
      assert.match(err.message, /pass --insecure to run without keys/);
      return true;
    });
  }
  assert.doesNotThrow(() => loadConfig(["gateway", ...NATS, "--signing-key", "signkey-test-00ff"], {}));
  assert.doesNotThrow(() => loadConfig(["executor", ...NATS], { TETHER_SIGNING_KEY: "signkey-test-00ff" }));
  assert.throws(() => loadConfig(["api", ...NATS, "--signing-key", "signkey-test-00ff"], {}), /requires --event-key/);
  const api = loadConfig(["api", ...NATS, ...KEYS], {});
  assert.equal(api.host, "0.0.0.0", "deployed roles listen on every interface");
  assert.deepEqual(openSurfaces(api), []);
});

test("--insecure (or TETHER_INSECURE=true) lets a role start without keys and lists what is open", () => {
  const gw = loadConfig(["gateway", ...NATS, "--insecure"], {});
  assert.equal(gw.insecure, true);
  assert.deepEqual(openSurfaces(gw).map((s) => s.split(":")[0]), ["gateway"]);
  const api = loadConfig(["api", ...NATS], { TETHER_INSECURE: "true" });
  assert.deepEqual(openSurfaces(api).map((s) => s.split(":")[0]), ["API", "API"]);
  assert.deepEqual(openSurfaces(loadConfig(["start", "--insecure", "--event-key", "k"], {})).map((s) => s.split(":")[0]), ["API", "gateway", "executor"]);
  assert.throws(() => loadConfig(["gateway", ...NATS], { TETHER_INSECURE: "false" }), /requires --signing-key/);
  assert.throws(() => loadConfig(["gateway", ...NATS], { TETHER_INSECURE: "yes" }), /insecure/);
});

test("tether dev binds loopback unless --host says otherwise, and off loopback without keys everything is open", () => {
  assert.equal(loadConfig(["dev"], { TETHER_HOST: "::1" }).host, "::1");
  const wide = loadConfig(["dev", "--host", "0.0.0.0"], {});
  assert.equal(wide.host, "0.0.0.0");
  assert.equal(openSurfaces(wide).length, 4);
  assert.deepEqual(openSurfaces(loadConfig(["dev", "--host", "0.0.0.0", ...KEYS], {})), []);
  for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]) assert.ok(isLoopbackHost(h), h);
  for (const h of ["0.0.0.0", "::", "10.0.0.1", "example.com"]) assert.ok(!isLoopbackHost(h), h);
});

test("--allow-sync-url takes comma-separated addresses and CIDR ranges, and refuses anything else", () => {
  const c = loadConfig(["dev", "--allow-sync-url", "169.254.10.0/24, fd00:ec2::254"], {});
  assert.deepEqual(c.allowSyncUrl, [
    { address: "169.254.10.0", prefix: 24, family: "ipv4" }, { address: "fd00:ec2::254", prefix: 128, family: "ipv6" },
  ]);
  assert.deepEqual(loadConfig(["dev"], {}).allowSyncUrl, []);
  for (const bad of ["metadata.google.internal", "169.254.0.0/33", "10.0.0.0/8/1", "fe80::/129", "1.2.3.4/x"]) {
    assert.throws(() => loadConfig(["dev", "--allow-sync-url", bad], {}), /allowSyncUrl/, bad);
  }
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

describe("one table of options (src/options.ts)", () => {
  test("the README's configuration table is the one the table gives", () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
    assert.ok(readme.includes(optionsMarkdown()), "README.md's table differs: paste optionsMarkdown() from src/options.ts over it");
  });
  test("each role's --help lists the options that concern it, and only those", () => {
    assert.match(usage("executor"), /--queue-workers N/);
    assert.doesNotMatch(usage("gateway"), /--queue-workers/);
    assert.match(usage("gateway"), /--heartbeat-interval-ms N/);
    assert.doesNotMatch(usage("executor"), /--port N/);
    assert.doesNotMatch(usage("dev"), /--session-secret/, "hidden options stay out of the help");
    for (const o of OPTION_LIST.filter((x) => !x.hidden)) assert.match(usage(), new RegExp(`--${o.flag}\\b`), `${o.flag} in tether --help`);
  });
  test("the parser takes every option of the table, from its flag and from its variable", () => {
    for (const o of OPTION_LIST.filter((x) => x.key === "leaseMs" || x.key === "orphanGraceMs" || x.key === "metricsPort")) {
      assert.equal(loadConfig(["dev", `--${o.flag}`, "1234"], {})[o.key], 1234);
      assert.equal(loadConfig(["dev"], { [o.env]: "4321" })[o.key], 4321);
    }
  });
});
