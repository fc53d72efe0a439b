// What the API serves for browser pages: the subscribe client as one ES module built from
// worker-sdk/realtime (no Node imports left), and the examples' static pages — nothing outside them.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";

describe("realtime browser client and example pages", () => {
  let srv: InProcessServer;
  before(async () => {
    srv = await startInProcess();
  });
  after(async () => {
    await srv?.close();
  });

  test("GET /v1/realtime/client.js is a browser ES module exporting subscribe", async () => {
    const res = await fetch(`${srv.apiUrl}/v1/realtime/client.js`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/javascript/);
    const code = await res.text();
    assert.match(code, /export\s*\{[^}]*\bsubscribe\b/, "the module exports subscribe");
    assert.doesNotMatch(code, /from\s*["'](node:|ws["'])/, "no Node or ws imports in the browser build");
    // It loads as a module in Node too (data: URL), and subscribe is a function.
    const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    assert.equal(typeof mod.subscribe, "function", "subscribe is exported");
  });

  test("the example page is served; unknown pages and path tricks get 404 not_found", async () => {
    const page = await fetch(`${srv.apiUrl}/examples/realtime-progress/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /^text\/html/);
    assert.match(await page.text(), /\/v1\/realtime\/client\.js/, "the page imports the served client");
    for (const path of ["/examples/realtime-progress/missing.html", "/examples/nope/", "/examples/realtime-progress/worker.ts",
      "/examples/..%2F..%2Fpackage.json/", "/examples/realtime-progress/..%2Fworker.ts", "/examples/realtime-progress/.hidden.html"]) {
      const res = await fetch(`${srv.apiUrl}${path}`);
      assert.equal(res.status, 404, `${path} is not served`);
      assert.equal((await res.json()).code, "not_found", `${path} answers not_found`);
    }
  });
});
