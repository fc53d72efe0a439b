// The API's route table (src/api/http.ts Router, on find-my-way): parameters decoded, a trailing
// slash ignored, 404 for an unknown path, 405 for a known path with another method, 400 for a
// malformed percent-escape.
import assert from "node:assert/strict";
import type { IncomingMessage, ServerResponse } from "node:http";
import { test } from "node:test";
import { type Ctx, route, Router } from "../../src/api/http.ts";
import { TetherError } from "../../src/common/index.ts";

const seen: { name: string; params: Record<string, string> }[] = [];
const h = (name: string) => async (c: Ctx) => void seen.push({ name, params: c.params });
const router = new Router([
  route("GET", "/v1/runs/:runId", h("run")),
  route("GET", "/v1/runs/:runId/stream", h("stream")),
  route("POST", "/v1/runs/:runId/rerun", h("rerun")),
  route("GET", "/", h("root")),
]);
const call = (method: string, path: string) =>
  router.dispatch({ method } as IncomingMessage, {} as ServerResponse, new URL(path, "http://x"));
const code = async (p: Promise<void>) => p.then(() => "ok", (e: TetherError) => e.code);

test("routes match with decoded parameters and an optional trailing slash", async () => {
  seen.length = 0;
  await call("GET", "/v1/runs/a%2Fb%20c");
  await call("GET", "/v1/runs/R1/stream/");
  await call("POST", "/v1/runs/R2/rerun");
  await call("GET", "/");
  assert.deepEqual(seen, [
    { name: "run", params: { runId: "a/b c" } }, { name: "stream", params: { runId: "R1" } },
    { name: "rerun", params: { runId: "R2" } }, { name: "root", params: {} },
  ]);
});

test("404, 405 and a malformed escape", async () => {
  assert.equal(await code(call("GET", "/v1/nothing")), "not_found");
  assert.equal(await code(call("DELETE", "/v1/runs/R1")), "method_not_allowed");
  assert.equal(await code(call("GET", "/v1/runs/R1/rerun")), "method_not_allowed");
  assert.equal(await code(call("GET", "/v1/runs/%E0%A4%A")), "bad_request");
  assert.equal(await code(call("GET", "/v1/runs/%")), "bad_request");
});
