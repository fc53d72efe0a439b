// Workers fail loudly (worker-sdk/README.md "Failing loudly"): a refused signing key makes
// connect() reject with AUTH_FAILED instead of retrying forever; an unreachable server is a
// warning on every attempt, through the given logger or, by default, on the console.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { AuthError, connect, ConnectionState, type Logger, Tether, type TetherApp } from "../../worker-sdk/index.ts";
import { resolveConnectConfig } from "../../worker-sdk/connect/connect-options.ts";
import { WorkerConnection } from "../../worker-sdk/connect/worker-connection.ts";
import { type InProcessServer, startInProcess } from "../helpers/in-process.ts";
import { freePort } from "../helpers/ports.ts";
import { ROOT } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const SIGNING_KEY = "signkey-test-1f3e5d7c9b0a2e4d6c8b0a1f3e5d7c9b";
const WRONG_KEY = "signkey-test-9b7c5d3e1f0a8b6c4d2e0f1a3b5c7d9e";

interface Record_ {
  level: "debug" | "info" | "warn" | "error";
  obj: any;
  msg?: string;
}

function capturingLogger(): Logger & { records: Record_[] } {
  const records: Record_[] = [];
  const at = (level: Record_["level"]) => (obj: unknown, msg?: string) => void records.push({ level, obj, msg });
  return { records, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

function app(baseUrl: string, logger: Logger, signingKey?: string): Tether {
  const t = new Tether({ id: "auth-app", baseUrl, logger, ...(signingKey ? { signingKey } : {}) });
  t.createFunction({ id: "noop", triggers: [{ event: "auth/noop" }] }, async () => "ok");
  return t;
}

/** Rejects if `p` has not settled within `ms` (a bound on a hang, not a speed check). */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const bound = new Promise<never>((_r, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([p, bound]).finally(() => clearTimeout(timer));
}

function connection(apps: TetherApp[]): WorkerConnection {
  return new WorkerConnection(resolveConnectConfig({ apps: apps as Tether[], handleShutdownSignals: [], tuning: { random: () => 0.5 } }));
}

describe("a keyed Tether refuses a worker's signing key", () => {
  let tether: InProcessServer;
  before(async () => {
    tether = await startInProcess(["--signing-key", SIGNING_KEY, "--event-key", "auth-events"]);
  });
  after(async () => tether?.close());

  test("a wrong key: connect() rejects with AuthError AUTH_FAILED naming the URL and the key, and stops", { timeout: 60_000 }, async () => {
    const logger = capturingLogger();
    const conn = connection([app(tether.apiUrl, logger, WRONG_KEY)]);
    const err = await within(conn.start().then(() => undefined, (e: unknown) => e), 20_000, "connect()");
    assert.ok(err instanceof AuthError, String(err));
    assert.equal(err.code, "AUTH_FAILED");
    assert.equal(err.retryable, false);
    assert.equal(err.status, 401);
    assert.ok(err.message.includes(`${tether.apiUrl}/v0/connect/start`), err.message);
    assert.match(err.message, /signing key signkey-test-… \(hash …[0-9a-f]{8}\)/);
    assert.ok(!err.message.includes(WRONG_KEY.slice("signkey-test-".length)), "the key itself is not in the message");
    await within(conn.closed, 20_000, "the connection to close");
    assert.equal(conn.state, ConnectionState.CLOSED);
    const refused = logger.records.filter((r) => r.level === "error" && r.obj?.err instanceof AuthError);
    assert.equal(refused.length, 1, "the refusal is logged once, as an error");
  });

  test("no key at all: connect() rejects with AUTH_FAILED saying a key is required", { timeout: 60_000 }, async () => {
    const err = await within(connect({ apps: [app(tether.apiUrl, capturingLogger())], handleShutdownSignals: [] }).then(
      (c) => c.close().then(() => undefined),
      (e: unknown) => e,
    ), 20_000, "connect()");
    assert.ok(err instanceof AuthError, String(err));
    assert.equal(err.code, "AUTH_FAILED");
    assert.match(err.message, /requires a signing key and none was given/);
  });

  test("the right key connects (the refusals above are about the key)", { timeout: 60_000 }, async () => {
    const c = await within(connect({ apps: [app(tether.apiUrl, capturingLogger(), SIGNING_KEY)], handleShutdownSignals: [] }), 20_000, "connect()");
    assert.equal(c.state, ConnectionState.ACTIVE);
    await c.close();
  });
});

describe("an unreachable server is a warning on every attempt", () => {
  test("the injected logger gets a warn per failed attempt, with its attempt number and backoff", { timeout: 60_000 }, async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const logger = capturingLogger();
    const conn = connection([app(url, logger)]);
    const started = conn.start().catch((e: unknown) => e);
    try {
      const warns = await waitFor(() => {
        const w = logger.records.filter((r) => r.level === "warn" && r.msg === "connecting to the gateway failed; retrying");
        return w.length >= 3 ? w : undefined;
      }, { timeoutMs: 30_000, what: "three failed attempts" });
      assert.deepEqual(warns.slice(0, 3).map((w) => w.obj.attempt), [1, 2, 3]);
      assert.deepEqual(warns.slice(0, 3).map((w) => w.obj.delayMs), [1_000, 2_000, 5_000], "backoff table with jitter 0");
      for (const w of warns) {
        assert.equal(w.obj.apiBaseUrl, url);
        assert.equal(w.obj.err?.code, "CONNECT_START_FAILED");
      }
    } finally {
      await conn.close();
    }
    assert.equal(((await started) as Error).name, "ClosedError");
  });

  test("without a logger, the default prints those warnings to stderr", { timeout: 60_000 }, async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const sdk = join(ROOT, "worker-sdk", "index.ts");
    const script = `
      const { Tether, connect } = await import(${JSON.stringify(sdk)});
      const t = new Tether({ id: "console-app", baseUrl: ${JSON.stringify(url)} });
      t.createFunction({ id: "noop", triggers: [{ event: "console/noop" }] }, async () => "ok");
      await connect({ apps: [t], handleShutdownSignals: [] });`;
    const p = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: ROOT, env: { ...process.env, TETHER_SIGNING_KEY: "", INNGEST_SIGNING_KEY: "" }, stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    p.stderr!.on("data", (d) => (stderr += d));
    p.stdout!.on("data", (d) => (stdout += d));
    try {
      await waitFor(() => (stderr.match(/\[tether\] WARN connecting to the gateway failed; retrying/g) ?? []).length >= 2,
        { timeoutMs: 30_000, what: `two warnings on stderr:\n${stderr}` });
      assert.match(stderr, /attempt=1 delayMs=\d+ apiBaseUrl=http:\/\/127\.0\.0\.1:\d+ err=ConnectError CONNECT_START_FAILED: start request to /);
      assert.doesNotMatch(stderr + stdout, /\[tether\] (INFO|DEBUG)/, "info and debug stay quiet by default");
    } finally {
      p.kill("SIGKILL");
    }
  });
});
