// Closed by default (DESIGN.md invariant 6, docs/deployment.md "Keys"): role processes refuse to
// start without their keys unless `--insecure`, which warns; `tether dev` listens on loopback;
// session tokens are signed with a secret derived from the signing key, so a gateway with keys
// refuses a token forged with the public dev secret.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { connect as tcpConnect } from "node:net";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { connect as pb } from "../../proto/gen/protos.js";
import { DEV_SESSION_SECRET, sessionSecretFor, signSessionToken } from "../../gateway/index.ts";
import { loadConfig } from "../../src/config.ts";
import { ACCOUNT_ID, ENV_ID } from "../../src/executor/index.ts";
import { type RunningServer, startServer } from "../../src/server.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";
import { freePort } from "../helpers/ports.ts";
import { connectPayload, fnConfig, K, RawWorker } from "../helpers/raw-worker.ts";
import { ROOT } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const SIGNING_KEY = "signkey-test-7c3e9a1f5b2d8e4a6c0f1b3d5e7a9c2e";
const KEYS = ["--signing-key", SIGNING_KEY, "--event-key", "secure-events"];

/** A pino logger whose records land in `records` (what the composition root logs). */
function capturingLogger(): { log: pino.Logger; records: Record<string, any>[] } {
  const records: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) records.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: "warn" }, stream), records };
}

/** Runs `bin/tether.js` to its exit (bounded); for processes that refuse to start. */
function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(ROOT, "bin", "tether.js"), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    p.stdout!.on("data", (d) => (output += d));
    p.stderr!.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      p.kill("SIGKILL");
      reject(new Error(`tether ${args.join(" ")} did not exit:\n${output}`));
    }, 30_000);
    p.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tcpConnect(port, host, () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

describe("role processes refuse to start without their keys", () => {
  for (const [role, flags] of [["start", "--signing-key .*--event-key"], ["api", "--signing-key .*--event-key"], ["gateway", "--signing-key"], ["executor", "--signing-key"]]) {
    test(`tether ${role} without keys exits 2, naming ${flags.replace(" .*", " and ")} and --insecure`, async () => {
      const { code, output } = await runCli([role, "--nats", "nats://127.0.0.1:1"], { TETHER_SIGNING_KEY: "", TETHER_EVENT_KEY: "", TETHER_INSECURE: "" });
      assert.equal(code, 2, output);
      assert.match(output, new RegExp(`tether ${role} requires ${flags}`));
      assert.match(output, /pass --insecure to run without keys/);
    });
  }
});

test("a CLI error is the error and one line pointing to the role's --help; --help is that role's", async () => {
  const bad = await runCli(["api", "--port", "x"]);
  assert.equal(bad.code, 2);
  assert.deepEqual(bad.output.trim().split("\n"), ["tether: port: Invalid input: expected number, received NaN", "Run `tether api --help` for the options."]);
  const help = await runCli(["executor", "--help"]);
  assert.equal(help.code, 0);
  assert.match(help.output, /^Usage: tether executor \[options\]/);
  assert.match(help.output, /--orphan-grace-ms N/);
  assert.doesNotMatch(help.output, /--gateway-port/);
});

describe("--insecure runs a role without keys, with a warning", { skip: natsAvailable() ? false : "nats-server not installed" }, () => {
  let nats: NatsServer;
  before(async () => {
    nats = await startNats();
  });
  after(async () => nats?.stop());

  test("tether gateway --insecure starts and logs a warn naming what is open", { timeout: 60_000 }, async () => {
    const port = await freePort();
    const p = spawn(process.execPath, [join(ROOT, "bin", "tether.js"), "gateway", "--nats", nats.url, "--nats-prefix", "insecuregw",
      "--insecure", "--host", "127.0.0.1", "--gateway-port", String(port)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    p.stdout!.on("data", (d) => (output += d));
    p.stderr!.on("data", (d) => (output += d));
    try {
      await waitFor(() => output.includes("tether is ready"), { timeoutMs: 30_000, what: `the insecure gateway to start:\n${output}` });
      const warn = output.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l)).find((r) => r.level === 40 && Array.isArray(r.open));
      assert.ok(warn, `no warning about what is open:\n${output}`);
      assert.equal(warn.role, "gateway");
      assert.match(warn.open.join("\n"), /gateway: worker session tokens are signed with the public dev secret/);
    } finally {
      p.kill("SIGKILL");
    }
  });

  test("TETHER_INSECURE=true does the same for an executor (in process)", async () => {
    const { log, records } = capturingLogger();
    const server = await startServer(loadConfig(["executor", "--nats", nats.url, "--nats-prefix", "insecureex"], { TETHER_INSECURE: "true" }), log);
    await server.close();
    const warn = records.find((r) => r.level === 40 && Array.isArray(r.open));
    assert.deepEqual(warn?.open, ["executor: requests to serve() apps are not signed"]);
  });
});

describe("tether dev listens on loopback by default", () => {
  async function startDev(extra: string[]): Promise<{ server: RunningServer; port: number; gatewayPort: number; records: Record<string, any>[] }> {
    const port = await freePort();
    const gatewayPort = await freePort();
    const { log, records } = capturingLogger();
    const server = await startServer(loadConfig(["dev", "--port", String(port), "--gateway-port", String(gatewayPort), "--db", ":memory:", ...extra], {}), log);
    return { server, port, gatewayPort, records };
  }

  test("without --host, the API and gateway accept 127.0.0.1 only, and nothing is logged as open", async () => {
    const { server, port, gatewayPort, records } = await startDev([]);
    try {
      assert.equal(await accepts("127.0.0.1", port), true);
      assert.equal(await accepts("127.0.0.1", gatewayPort), true);
      // Another loopback address reaches a socket bound to every interface, not one bound to 127.0.0.1.
      assert.equal(await accepts("127.0.0.2", port), false, "API reachable beyond 127.0.0.1");
      assert.equal(await accepts("127.0.0.2", gatewayPort), false, "gateway reachable beyond 127.0.0.1");
      assert.equal(records.filter((r) => r.level >= 40).length, 0);
    } finally {
      await server.close();
    }
  });

  test("--host 0.0.0.0 without keys listens everywhere and warns that everything is open", async () => {
    const { server, port, records } = await startDev(["--host", "0.0.0.0"]);
    try {
      assert.equal(await accepts("127.0.0.2", port), true);
      const warn = records.find((r) => r.level === 40 && Array.isArray(r.open));
      assert.equal(warn?.host, "0.0.0.0");
      assert.equal(warn?.open.length, 4);
    } finally {
      await server.close();
    }
  });

  test("--host 0.0.0.0 with keys does not warn", async () => {
    const { server, records } = await startDev(["--host", "0.0.0.0", ...KEYS]);
    await server.close();
    assert.equal(records.filter((r) => r.level >= 40).length, 0);
  });
});

describe("session tokens with keys", () => {
  let server: RunningServer;
  let apiUrl = "";
  before(async () => {
    const port = await freePort();
    server = await startServer(loadConfig(["start", "--host", "127.0.0.1", "--port", String(port), "--gateway-port", String(await freePort()),
      "--db", ":memory:", ...KEYS], {}), pino({ level: "silent" }));
    apiUrl = `http://127.0.0.1:${port}`;
  });
  after(async () => server?.close());

  async function start(): Promise<pb.v1.StartResponse> {
    const r = await fetch(`${apiUrl}/v0/connect/start`, { method: "POST", headers: { authorization: `Bearer ${SIGNING_KEY}` } });
    assert.equal(r.status, 200);
    return pb.v1.StartResponse.decode(new Uint8Array(await r.arrayBuffer()));
  }

  async function workerConnect(startResponse: pb.v1.StartResponse, sessionToken: string): Promise<RawWorker> {
    const w = await RawWorker.open(startResponse.gatewayEndpoint);
    await w.next(K.GATEWAY_HELLO);
    const forged = { connectionId: startResponse.connectionId, sessionToken, syncToken: startResponse.syncToken } as pb.v1.StartResponse;
    w.send(K.WORKER_CONNECT, connectPayload(forged, [{ name: "secure-app", functions: [fnConfig("secure-app", "f", "secure/e")] }]));
    return w;
  }

  test("/v0/connect/start refuses a worker without the signing key", async () => {
    const r = await fetch(`${apiUrl}/v0/connect/start`, { method: "POST" });
    assert.equal(r.status, 401);
    assert.equal((await r.json()).code, "unauthorized");
  });

  test("a token forged with the dev secret is refused with the auth close code; the issued one is accepted", async () => {
    const issued = await start();
    const forgedToken = await signSessionToken({ accountId: ACCOUNT_ID, envId: ENV_ID, appsPerConnection: 10 }, DEV_SESSION_SECRET);
    const forged = await workerConnect(issued, forgedToken);
    const closed = await Promise.race([forged.closed, new Promise<never>((_r, reject) => setTimeout(() => reject(new Error("not closed within 10 s")), 10_000).unref())]);
    assert.deepEqual(closed, { code: 1008, reason: "connect_authentication_failed" });

    const again = await start();
    const honest = await workerConnect(again, again.sessionToken);
    await honest.next(K.GATEWAY_CONNECTION_READY, 10_000);
    honest.close();
  });

  test("the secret is derived from the signing key; the dev constant only when keyless on purpose", () => {
    const keyed = sessionSecretFor({ signingKey: SIGNING_KEY, keyless: false });
    assert.notEqual(keyed, DEV_SESSION_SECRET);
    assert.notEqual(sessionSecretFor({ signingKey: "signkey-test-00ff", keyless: false }), keyed);
    assert.equal(sessionSecretFor({ signingKey: SIGNING_KEY, keyless: true }), keyed, "--insecure with a key still uses the key");
    assert.equal(sessionSecretFor({ keyless: true }), DEV_SESSION_SECRET);
    assert.throws(() => sessionSecretFor({ keyless: false }), { code: "bad_request" });
    assert.throws(() => sessionSecretFor({ signingKey: SIGNING_KEY, sessionSecret: DEV_SESSION_SECRET, keyless: false }), { code: "bad_request" });
  });
});
