// The MCP endpoint at /mcp (docs/mcp.md): the official SDK's Streamable HTTP transport in
// stateless mode, one McpServer and one transport per POST, answered as JSON rather than an SSE
// stream. Nothing lives between requests, so nothing grows with clients. The tools are in
// mcp-tools.ts; authorisation (the signing key as Bearer, like /v1) is the route's, in server.ts.
// This module owns the HTTP side: the bounded body read, the origin check, and JSON-RPC errors
// for what never reaches the SDK.
import type { IncomingMessage, ServerResponse } from "node:http";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { asTetherError, parseJson, TetherError, toError } from "../common/index.ts";
import { type Ctx, readBody, sendJson } from "./http.ts";
import { type McpToolDeps, registerTools } from "./mcp-tools.ts";
import { MAX_RERUN_INPUT_BYTES } from "./rerun.ts";

export const MCP_PATH = "/mcp";
export const MCP_SERVER_NAME = "tether";
const MCP_SERVER_VERSION = "0.1.0";

/** JSON-RPC 2.0 error codes the transport itself uses for the same failures. */
const RPC_PARSE_ERROR = -32700;
const RPC_INVALID_REQUEST = -32600;
const RPC_SERVER_ERROR = -32000;

export interface McpEndpointOptions extends McpToolDeps {
  /**
   * A signing key guards the API. Without one, a request a browser sends from a page that is not
   * on a loopback origin is refused: a page reached by DNS rebinding would otherwise drive the
   * tools of a `tether dev` on this machine.
   */
  keyed: boolean;
}

/** Handles one request to /mcp (any method: only POST carries messages in stateless mode). */
export async function serveMcp({ req, res }: Ctx, opts: McpEndpointOptions): Promise<void> {
  if (req.method !== "POST") {
    // A GET would open a notification stream, a DELETE end a session: a stateless server has neither.
    return sendRpcError(res, 405, RPC_SERVER_ERROR, "Method not allowed: send JSON-RPC messages with POST (this server keeps no sessions)", { allow: "POST" });
  }
  if (!opts.keyed) refuseForeignOrigin(req);
  const message = await readMessage(req, res, Math.max(MAX_RERUN_INPUT_BYTES, opts.maxEventBytes) + 64 * 1024);
  if (message === undefined) return;
  const server = new McpServer({ name: MCP_SERVER_NAME, version: MCP_SERVER_VERSION });
  registerTools(server, opts);
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  transport.onerror = (err) => opts.log.debug({ err: toError(err) }, "mcp request refused");
  res.on("close", () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, message);
}

/**
 * The body as JSON, read with the API's size limit. What is not JSON gets the JSON-RPC parse
 * error an MCP client expects (the transport answers a body that is JSON but not JSON-RPC);
 * undefined means the answer has been sent.
 */
async function readMessage(req: IncomingMessage, res: ServerResponse, limitBytes: number): Promise<unknown> {
  try {
    return parseJson(await readBody(req, limitBytes));
  } catch (err) {
    const e = asTetherError(err);
    if (e.code === "internal_error") throw err;
    sendRpcError(res, e.httpStatus, e.code === "invalid_json" ? RPC_PARSE_ERROR : RPC_INVALID_REQUEST, `${e.message}`, {}, e.code);
    return undefined;
  }
}

function refuseForeignOrigin(req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    throw new TetherError("forbidden_origin", "the Origin header is not a URL");
  }
  if (!isLoopbackHost(host)) throw new TetherError("forbidden_origin", `requests from ${origin} are not allowed without a signing key`);
}

function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function sendRpcError(res: ServerResponse, status: number, rpcCode: number, message: string, headers: Record<string, string> = {}, code?: string): void {
  sendJson(res, status, { jsonrpc: "2.0", error: { code: rpcCode, message, ...(code ? { data: { code } } : {}) }, id: null }, headers);
}
