// The MCP server at /mcp (docs/mcp.md), driven by the official SDK's Client over Streamable HTTP
// against the embedded server, with Tether's SDK as a real worker: the tools list, send events,
// read, list, cancel and rerun real runs; bad input is an error result, never a crash; with keys
// configured the endpoint is closed to requests without the signing key.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { connect, NonRetriableError, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { waitFor } from "../helpers/wait.ts";

const SIGNING_KEY = "signkey-test-4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b";
const WRONG_KEY = "signkey-test-0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e";
const APP = "mcp-app";
const ACCEPT = "application/json, text/event-stream";

async function mcpClient(apiUrl: string, key?: string): Promise<Client> {
  const client = new Client({ name: "tether-mcp-test", version: "1.0.0" });
  const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
  await client.connect(new StreamableHTTPClientTransport(new URL(`${apiUrl}/mcp`), { requestInit: { headers } }));
  return client;
}

function text(r: unknown): string {
  const content = (r as CallToolResult).content;
  assert.equal(content[0]?.type, "text");
  return (content[0] as { text: string }).text;
}

/** A tool's JSON answer; fails the test on an error result. */
async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<any> {
  const r = await client.callTool({ name, arguments: args });
  assert.ok(!r.isError, `${name} failed: ${text(r)}`);
  return JSON.parse(text(r));
}

/** A tool's error result: its text, which the server makes `{code, message}` for Tether's own errors. */
async function callError(client: Client, name: string, args: Record<string, unknown>): Promise<string> {
  const r = await client.callTool({ name, arguments: args });
  assert.equal(r.isError, true, `${name} should fail: ${text(r)}`);
  return text(r);
}

const rawPost = (apiUrl: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${apiUrl}/mcp`, { method: "POST", headers: { "content-type": "application/json", accept: ACCEPT, ...headers }, body });

describe("MCP server on tether dev", () => {
  let srv: InProcessServer;
  let conn: WorkerConnection;
  let client: Client;

  before(async () => {
    srv = await startInProcess();
    const tether = new Tether({ id: APP, baseUrl: srv.apiUrl });
    tether.createFunction({ id: "greet", triggers: [{ event: "mcp/greet" }] }, async ({ event, step }) => {
      const greeting = await step.run("hello", () => `Hello, ${String(event.data.name)}!`);
      return { greeting };
    });
    tether.createFunction({ id: "explode", retries: 0, triggers: [{ event: "mcp/explode" }] }, async ({ step }) => {
      await step.run("boom", () => {
        throw new NonRetriableError("kaboom");
      });
    });
    tether.createFunction({ id: "nap", triggers: [{ event: "mcp/nap" }] }, async ({ step }) => {
      await step.run("before", () => "awake");
      await step.sleep("long", "1h");
      return "rested";
    });
    conn = await connect({ apps: [tether], instanceId: "mcp-worker", handleShutdownSignals: [] });
    client = await mcpClient(srv.apiUrl);
  });
  after(async () => {
    await client?.close();
    await conn?.close();
    await srv?.close();
  });

  const endedRun = (runId: string) => waitFor(async () => {
    const run = await call(client, "get_run", { runId });
    return run.status !== "Running" ? run : undefined;
  }, { what: `run ${runId} ended` });

  const startRun = async (name: string, data: Record<string, unknown> = {}): Promise<string> => {
    const sent = await call(client, "send_event", { name, data, waitMs: 10_000 });
    assert.equal(sent.run_ids.length, 1, `one run started: ${JSON.stringify(sent)}`);
    return sent.run_ids[0];
  };

  test("lists its tools with their input schemas", async () => {
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name).sort();
    assert.deepEqual(names, ["cancel_run", "get_run", "list_functions", "list_runs", "rerun_run", "send_event"]);
    const send = tools.find((t) => t.name === "send_event")!;
    assert.deepEqual(send.inputSchema.required, ["name"]);
    assert.ok(send.inputSchema.properties && "data" in send.inputSchema.properties);
    assert.deepEqual(tools.find((t) => t.name === "get_run")!.inputSchema.required, ["runId"]);
  });

  test("list_functions shows the worker's app and its functions with their triggers", async () => {
    const listed = await call(client, "list_functions");
    const app = listed.apps.find((a: { name: string }) => a.name === APP);
    assert.ok(app, `app ${APP} listed: ${JSON.stringify(listed)}`);
    const fns = Object.fromEntries(app.functions.map((f: { slug: string }) => [f.slug, f]));
    assert.deepEqual(Object.keys(fns).sort(), [`${APP}-explode`, `${APP}-greet`, `${APP}-nap`]);
    assert.deepEqual(fns[`${APP}-greet`].triggers, [{ event: "mcp/greet" }]);
    assert.equal(fns[`${APP}-explode`].retries, 0);
    assert.equal(fns[`${APP}-greet`].paused, false);
  });

  test("send_event starts a run, and get_run shows it with its steps", async () => {
    const runId = await startRun("mcp/greet", { name: "Ada" });
    const run = await endedRun(runId);
    assert.equal(run.status, "Completed");
    assert.equal(run.function_slug, `${APP}-greet`);
    assert.deepEqual(run.output, { greeting: "Hello, Ada!" });
    const hello = run.steps.find((s: { name: string }) => s.name === "hello");
    assert.ok(hello, `step "hello" listed: ${JSON.stringify(run.steps)}`);
    assert.equal(hello.status, "Completed");
    assert.equal(hello.output, "Hello, Ada!");
  });

  test("send_event to an event no function takes starts no run and says so", async () => {
    const sent = await call(client, "send_event", { name: "mcp/nobody-listens", waitMs: 0 });
    assert.ok(sent.event_id);
    assert.deepEqual(sent.run_ids, []);
    assert.equal(sent.pending, undefined);
  });

  test("list_runs with status Failed finds the failed run, and filters by function", async () => {
    const failedId = await startRun("mcp/explode");
    const failed = await endedRun(failedId);
    assert.equal(failed.status, "Failed");
    const okId = await startRun("mcp/greet", { name: "Grace" });
    assert.equal((await endedRun(okId)).status, "Completed");

    const listed = await call(client, "list_runs", { status: "Failed" });
    assert.ok(listed.runs.some((r: { run_id: string }) => r.run_id === failedId), "the failed run is listed");
    assert.ok(listed.runs.every((r: { status: string }) => r.status === "Failed"), "only failed runs");

    const greets = await call(client, "list_runs", { status: ["Completed"], functionId: `${APP}-greet`, limit: 50 });
    assert.ok(greets.runs.some((r: { run_id: string }) => r.run_id === okId));
    assert.ok(greets.runs.every((r: { function_slug: string; status: string }) => r.function_slug === `${APP}-greet` && r.status === "Completed"));

    const one = await call(client, "list_runs", { limit: 1 });
    assert.equal(one.runs.length, 1);
    assert.equal(typeof one.cursor, "string", "a cursor while older runs remain");
    const next = await call(client, "list_runs", { limit: 1, cursor: one.cursor });
    assert.notEqual(next.runs[0].run_id, one.runs[0].run_id, "the cursor moves on to older runs");
  });

  test("cancel_run cancels a sleeping run; a second cancel leaves it as it is", async () => {
    const runId = await startRun("mcp/nap");
    await waitFor(async () => (await call(client, "get_run", { runId })).steps.some((s: { name: string }) => s.name === "before"), { what: "step before stored" });
    const cancelled = await call(client, "cancel_run", { runId });
    assert.deepEqual(cancelled, { run_id: runId, cancelled: true, status: "Cancelled" });
    assert.equal((await call(client, "get_run", { runId })).status, "Cancelled");
    assert.deepEqual(await call(client, "cancel_run", { runId }), { run_id: runId, cancelled: false, status: "Cancelled" });
  });

  test("rerun_run starts a new run of the same function from the same event", async () => {
    const original = await startRun("mcp/greet", { name: "Linus" });
    await endedRun(original);
    const rerun = await call(client, "rerun_run", { runId: original });
    assert.equal(rerun.original_run_id, original);
    assert.notEqual(rerun.run_id, original);
    const again = await endedRun(rerun.run_id);
    assert.equal(again.status, "Completed");
    assert.equal(again.original_run_id, original);
    assert.deepEqual(again.output, { greeting: "Hello, Linus!" });
  });

  test("bad tool input is an error result with a clear message, and the server carries on", async () => {
    assert.equal(JSON.parse(await callError(client, "get_run", { runId: "01NOSUCHRUN" })).code, "not_found");
    assert.equal(JSON.parse(await callError(client, "cancel_run", { runId: "01NOSUCHRUN" })).code, "not_found");
    assert.equal(JSON.parse(await callError(client, "rerun_run", { runId: "01NOSUCHRUN" })).code, "not_found");
    assert.equal(JSON.parse(await callError(client, "list_runs", { functionId: "no-such-fn" })).code, "not_found");
    assert.equal(JSON.parse(await callError(client, "list_runs", { cursor: "not a cursor" })).code, "bad_request");
    assert.equal(JSON.parse(await callError(client, "send_event", { name: "inngest/reserved" })).code, "invalid_event");
    assert.match(await callError(client, "send_event", { data: {} }), /name/, "a missing argument is named");
    assert.match(await callError(client, "list_runs", { status: "Sleeping" }), /status must be one of Running, Completed, Failed, Cancelled/);
    assert.match(await callError(client, "no_such_tool", {}), /no_such_tool/);
    assert.ok((await call(client, "list_functions")).apps.length > 0, "the server still answers");
  });

  test("malformed JSON-RPC gets a JSON-RPC error with an HTTP 4xx", async () => {
    const notJson = await rawPost(srv.apiUrl, "{not json");
    assert.equal(notJson.status, 400);
    const parse = await notJson.json();
    assert.equal(parse.jsonrpc, "2.0");
    assert.equal(parse.error.code, -32700);
    assert.equal(parse.error.data.code, "invalid_json");

    const notRpc = await rawPost(srv.apiUrl, JSON.stringify({ hello: "world" }));
    assert.equal(notRpc.status, 400);
    assert.equal((await notRpc.json()).error.code, -32700);

    const tooDeep = await rawPost(srv.apiUrl, "[".repeat(10_000) + "]".repeat(10_000));
    assert.equal(tooDeep.status, 400);
    assert.equal((await tooDeep.json()).error.code, -32700);

    const big = await rawPost(srv.apiUrl, JSON.stringify({ jsonrpc: "2.0", id: 1, method: "x", params: { pad: "x".repeat(6 * 1024 * 1024) } }));
    assert.equal(big.status, 413);
    assert.equal((await big.json()).error.data.code, "payload_too_large");

    const get = await fetch(`${srv.apiUrl}/mcp`, { headers: { accept: "text/event-stream" } });
    assert.equal(get.status, 405);
    assert.equal(get.headers.get("allow"), "POST");
    assert.equal((await get.json()).jsonrpc, "2.0");
  });

  test("without a signing key, browser requests from a non-loopback origin are refused", async () => {
    const ping = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" });
    const foreign = await rawPost(srv.apiUrl, ping, { origin: "http://rebound.example:8288" });
    assert.equal(foreign.status, 403);
    assert.equal((await foreign.json()).code, "forbidden_origin");
    const local = await rawPost(srv.apiUrl, ping, { origin: "http://localhost:6274" });
    assert.equal(local.status, 200, await local.clone().text());
    assert.deepEqual((await local.json()).result, {});
  });
});

describe("MCP server with keys configured", () => {
  let srv: InProcessServer;

  before(async () => {
    srv = await startInProcess(["--signing-key", SIGNING_KEY, "--event-key", "mcp-events"]);
  });
  after(async () => srv?.close());

  test("a request without the signing key is 401 JSON; a wrong key is refused", async () => {
    const ping = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" });
    const bare = await rawPost(srv.apiUrl, ping);
    assert.equal(bare.status, 401);
    assert.equal((await bare.json()).code, "unauthorized");
    const wrong = await rawPost(srv.apiUrl, ping, { authorization: `Bearer ${WRONG_KEY}` });
    assert.equal(wrong.status, 401);
    assert.equal((await wrong.json()).code, "unauthorized");
    await assert.rejects(mcpClient(srv.apiUrl, WRONG_KEY), "the SDK client cannot connect with a wrong key");
  });

  test("with the signing key as Bearer the tools work", async () => {
    const client = await mcpClient(srv.apiUrl, SIGNING_KEY);
    try {
      assert.equal((await client.listTools()).tools.length, 6);
      assert.deepEqual(await call(client, "list_functions"), { apps: [], function_count: 0 });
      const sent = await call(client, "send_event", { name: "mcp/keyed", data: { n: 1 }, waitMs: 0 });
      assert.deepEqual(sent.run_ids, []);
      const stored = await fetch(`${srv.apiUrl}/v1/events/${sent.event_id}`, { headers: { authorization: `Bearer ${SIGNING_KEY}` } });
      assert.equal(stored.status, 200, "the event went through ingestion and is stored");
      assert.deepEqual((await stored.json()).data.data, { n: 1 });
    } finally {
      await client.close();
    }
  });
});
