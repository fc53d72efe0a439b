// `PUT /fn/register {url}` (src/api/sync-url.ts): the server fetches only http(s) URLs, never
// link-local or cloud-metadata addresses (checked after resolving, connecting to the checked
// address), for at most 10 s and 1 MiB, follows no redirect, and never hands the answer back.
// The app is a real HTTP server on 127.0.0.1 (loopback is allowed: `inngest dev -u` use).
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { type ResolvedAddress, syncAppByUrl } from "../../src/api/sync-url.ts";
import { TetherError } from "../../src/common/index.ts";
import { type InProcessServer, startInProcess } from "../helpers/in-process.ts";
import { waitFor } from "../helpers/wait.ts";

const SECRET = "S3CR3T-never-echo";
const SIGNING_KEY = "signkey-test-4d2b8f0e6a1c3e5b7d9f1a3c5e7b9d0f";

interface Seen {
  method: string;
  path: string;
  host: string;
  kind: string;
  body: string;
}

/** The "app": records every request; `closed` counts connections that ended before the answer did. */
class FakeApp {
  readonly seen: Seen[] = [];
  abandoned = 0;
  readonly #server: Server;

  constructor() {
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  start(): Promise<void> {
    return new Promise((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = "";
    for await (const chunk of req) body += chunk;
    const path = req.url ?? "/";
    this.seen.push({ method: req.method ?? "", path, host: req.headers.host ?? "", kind: String(req.headers["x-inngest-server-kind"]), body });
    res.on("close", () => {
      if (!res.writableFinished) this.abandoned++;
    });
    if (path === "/ok") {
      const answer = JSON.stringify({ secret: SECRET, modified: true });
      return void res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(answer) }).end(answer);
    }
    if (path === "/fail") return void res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ secret: SECRET }));
    if (path === "/redirect") return void res.writeHead(302, { location: `${this.origin}/redirected` }).end();
    if (path === "/slow") return void res.writeHead(200, { "content-type": "application/json" }).flushHeaders(); // and never ends
    if (path === "/endless") return this.#endless(res);
    res.writeHead(404).end();
  }

  /** Writes 64 KiB chunks (each starting with the secret) for as long as the reader takes them. */
  #endless(res: ServerResponse): void {
    const chunk = Buffer.alloc(64 * 1024, "x");
    chunk.write(SECRET);
    res.writeHead(200, { "content-type": "application/json" });
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) { /* until the socket buffer is full */ }
      if (!res.destroyed) res.once("drain", pump);
    };
    pump();
  }
}

async function put(apiUrl: string, url: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; text: string }> {
  const r = await fetch(`${apiUrl}/fn/register`, { method: "PUT", headers, body: JSON.stringify({ url }) });
  const text = await r.text();
  return { status: r.status, body: JSON.parse(text), text };
}

/** A Tether in this process (with `args`) and a fake app, for one suite. */
function tetherAndApp(args: string[] = []): { app: FakeApp; apiUrl: () => string } {
  const app = new FakeApp();
  let tether: InProcessServer | undefined;
  before(async () => {
    await app.start();
    tether = await startInProcess(args);
  });
  after(async () => {
    await tether?.close();
    await app.close();
  });
  return { app, apiUrl: () => tether!.apiUrl };
}

describe("PUT /fn/register {url} without keys (tether dev)", () => {
  const { app, apiUrl } = tetherAndApp();

  test("a loopback app is asked to sync: 200 {ok, status}, its answer is not echoed", async () => {
    const res = await put(apiUrl(), `${app.origin}/ok`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { ok: true, status: 200 });
    assert.ok(!res.text.includes(SECRET));
    const seen = app.seen.find((s) => s.path === "/ok");
    assert.deepEqual(seen && { method: seen.method, kind: seen.kind, body: JSON.parse(seen.body) }, { method: "PUT", kind: "dev", body: { url: `${app.origin}/ok` } });
  });

  test("an app answering 500: 502 sync_url_failed with its status, answer not echoed", async () => {
    const res = await put(apiUrl(), `${app.origin}/fail`);
    assert.equal(res.status, 502);
    assert.equal(res.body.code, "sync_url_failed");
    assert.deepEqual(res.body.data, { app_status: 500 });
    assert.ok(!res.text.includes(SECRET));
  });

  test("a redirect is not followed: 502 sync_url_failed, and its target is never requested", async () => {
    const res = await put(apiUrl(), `${app.origin}/redirect`);
    assert.equal(res.status, 502);
    assert.equal(res.body.code, "sync_url_failed");
    assert.deepEqual(res.body.data, { app_status: 302 });
    assert.equal(app.seen.filter((s) => s.path === "/redirected").length, 0);
  });

  test("link-local and cloud-metadata addresses are refused with 400 sync_url_forbidden", async () => {
    const refused = [
      "http://169.254.169.254/latest/meta-data/", "http://169.254.1.2:8080/", "http://[fe80::1]/", "http://[fd00:ec2::254]/",
      "http://100.100.100.200/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/", "http://METADATA.google.internal./",
      "http://[::ffff:169.254.169.254]/", "http://2852039166/", "https://169.254.169.254/",
    ];
    for (const url of refused) {
      const res = await put(apiUrl(), url);
      assert.equal(res.status, 400, url);
      assert.equal(res.body.code, "sync_url_forbidden", url);
    }
  });

  test("only http(s) URLs: anything else is 400 bad_request", async () => {
    for (const url of ["file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1:70/", "not a url", 42]) {
      const res = await put(apiUrl(), url);
      assert.equal(res.status, 400, String(url));
      assert.equal(res.body.code, "bad_request", String(url));
    }
  });

  test("an endless answer is cut after 1 MiB: 502 sync_url_too_large, connection closed", { timeout: 60_000 }, async () => {
    const before = app.abandoned;
    const res = await put(apiUrl(), `${app.origin}/endless`);
    assert.equal(res.status, 502);
    assert.equal(res.body.code, "sync_url_too_large");
    assert.ok(!res.text.includes(SECRET));
    await waitFor(() => app.abandoned > before, { what: "the app to see its connection closed" });
  });

  test("an answer that never ends times out after 10 s: 504 sync_url_timeout, connection closed", { timeout: 60_000 }, async () => {
    const before = app.abandoned;
    const res = await put(apiUrl(), `${app.origin}/slow`);
    assert.equal(res.status, 504);
    assert.equal(res.body.code, "sync_url_timeout");
    await waitFor(() => app.abandoned > before, { what: "the app to see its connection closed" });
  });

  test("an app nobody listens for: 502 sdk_transport_error", async () => {
    const res = await put(apiUrl(), "http://127.0.0.1:1/api/inngest");
    assert.equal(res.status, 502);
    assert.equal(res.body.code, "sdk_transport_error");
  });
});

describe("the resolved address is what is checked and what is connected to", () => {
  const app = new FakeApp();
  before(() => app.start());
  after(() => app.close());

  const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (err: unknown) => (err instanceof TetherError ? err.code : String(err)));

  test("a name resolving to a metadata or link-local address is refused, even among allowed ones", async () => {
    for (const addresses of [["169.254.169.254"], ["127.0.0.1", "169.254.169.254"], ["fe80::1"], ["::ffff:169.254.169.254"]]) {
      const lookup = async (): Promise<ResolvedAddress[]> => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
      assert.equal(await codeOf(syncAppByUrl({ url: "http://innocent.example/api" }, { serverKind: "dev", lookup })), "sync_url_forbidden", addresses.join(","));
    }
  });

  test("the request goes to the checked address with the URL's Host: a second answer from DNS (rebinding) is never asked for", async () => {
    const answers = [["127.0.0.1"], ["169.254.169.254"]];
    let lookups = 0;
    const lookup = async (): Promise<ResolvedAddress[]> => (answers[lookups++] ?? []).map((address) => ({ address, family: 4 }));
    const url = `http://rebind.tether-test.invalid:${app.port}/ok`;
    assert.deepEqual(await syncAppByUrl({ url }, { serverKind: "cloud", lookup }), { ok: true, status: 200 });
    assert.equal(lookups, 1);
    const seen = app.seen.at(-1);
    assert.deepEqual([seen?.host, seen?.kind], [`rebind.tether-test.invalid:${app.port}`, "cloud"]);
  });

  test("--allow-sync-url lets a listed range through the check (the fetch itself then runs as usual)", async () => {
    const lookup = async (): Promise<ResolvedAddress[]> => [{ address: "169.254.255.254", family: 4 }];
    const allow = [{ address: "169.254.255.0", prefix: 24, family: "ipv4" as const }];
    const url = "http://link-local.tether-test.invalid:9/";
    assert.equal(await codeOf(syncAppByUrl({ url }, { serverKind: "dev", lookup })), "sync_url_forbidden");
    const allowed = await codeOf(syncAppByUrl({ url }, { serverKind: "dev", lookup, allow, timeoutMs: 1_000 }));
    // Past the check, whatever is (or is not) at that address answers: anything but a refusal.
    assert.notEqual(allowed, "sync_url_forbidden");
  });

  test("a smaller answer cap cuts a 1 KiB answer, and a declared Content-Length over the cap is refused unread", async () => {
    assert.equal(await codeOf(syncAppByUrl({ url: `${app.origin}/endless` }, { serverKind: "dev", maxAnswerBytes: 1024 })), "sync_url_too_large");
    assert.equal(await codeOf(syncAppByUrl({ url: `${app.origin}/ok` }, { serverKind: "dev", maxAnswerBytes: 8 })), "sync_url_too_large");
  });
});

describe("PUT /fn/register with keys", () => {
  const { app, apiUrl } = tetherAndApp(["--signing-key", SIGNING_KEY]);

  test("answers 401 without the signing key, and fetches nothing", async () => {
    const res = await put(apiUrl(), `${app.origin}/ok`);
    assert.equal(res.status, 401);
    assert.equal(res.body.code, "unauthorized");
    assert.equal(app.seen.length, 0);
  });

  test("with the signing key it syncs, telling the app it is a cloud server", async () => {
    const res = await put(apiUrl(), `${app.origin}/ok`, { authorization: `Bearer ${SIGNING_KEY}` });
    assert.deepEqual([res.status, res.body], [200, { ok: true, status: 200 }]);
    assert.equal(app.seen.at(-1)?.kind, "cloud");
  });
});
