// Small HTTP helpers for the API: the route table (find-my-way), bounded body reading (size, and JSON depth via
// the shared parseJson), JSON answers and the error envelope Inngest uses
// (`{code, error, data, status}`, docs/execution-protocol.md §6.3).
import type { IncomingMessage, ServerResponse } from "node:http";
import FindMyWay, { type HTTPMethod } from "find-my-way";
import { errorEnvelope, markOversized, parseJson, TetherError } from "../common/index.ts";

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  url: URL;
}

export type Handler = (ctx: Ctx) => Promise<void>;

export interface Route {
  method: string;
  path: string;
  handler: Handler;
}

/** `route("GET", "/v1/runs/:runId", h)`: a row of the API's route table (Router). */
export function route(method: string, path: string, handler: Handler): Route {
  return { method, path, handler };
}

const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;

/**
 * The route table, matched by find-my-way (a radix tree; a trailing slash is ignored). A path no
 * route has is `not_found`, a path another method has is `method_not_allowed`, and a path with a
 * malformed percent-escape (`%`, `%E0%A4%A`) is `bad_request`; parameters arrive decoded.
 */
export class Router {
  readonly #fmw = FindMyWay({ ignoreTrailingSlash: true, caseSensitive: true, maxParamLength: 8 * 1024 });

  constructor(routes: Route[]) {
    for (const r of routes) this.#fmw.on(r.method as HTTPMethod, r.path, () => undefined, r.handler);
  }

  async dispatch(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    decodePathParam(url.pathname);
    const found = this.#fmw.find((req.method ?? "GET") as HTTPMethod, url.pathname);
    if (!found) {
      const elsewhere = METHODS.some((m) => m !== req.method && this.#fmw.find(m, url.pathname));
      throw new TetherError(elsewhere ? "method_not_allowed" : "not_found");
    }
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(found.params)) if (v !== undefined) params[k] = v;
    return (found.store as Handler)({ req, res, params, url });
  }
}

/** A route parameter, percent-decoded; a malformed escape (`%`, `%E0%A4%A`) is `bad_request`. */
export function decodePathParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new TetherError("bad_request", "the path has a malformed percent-escape");
  }
}

/**
 * How much of a body past its limit is still read, and dropped, before the 413 goes out. A client
 * that is still writing when the server closes the connection gets a TCP reset, and a reset can
 * discard the answer it had not read yet: reading the rest first lets it see `payload_too_large`.
 * Past this margin the answer goes out at once (the client may then see a reset).
 */
export const OVERSIZE_DRAIN_BYTES = 1024 * 1024;

const tooLarge = (limitBytes: number) => new TetherError("payload_too_large", `body is larger than ${limitBytes} bytes`);

/**
 * Reads a body of at most `limitBytes`; `payload_too_large` past it (on the declared length first).
 * Event-driven rather than `for await`: leaving that loop early destroys the request, and with it
 * the socket, before the error can be answered.
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limitBytes) {
    markOversized(req.socket);
    if (declared > limitBytes + OVERSIZE_DRAIN_BYTES) {
      req.resume();
      return Promise.reject(tooLarge(limitBytes));
    }
  }
  if (req.readableEnded) return Promise.resolve(Buffer.alloc(0));
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (err?: TetherError) => {
      if (settled) return;
      settled = true;
      req.off("data", onData).off("end", onEnd).off("error", onAbort).off("close", onAbort);
      if (err) {
        req.resume();
        reject(err);
      } else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) markOversized(req.socket);
      if (size > limitBytes + OVERSIZE_DRAIN_BYTES) settle(tooLarge(limitBytes));
      else if (size <= limitBytes) chunks.push(chunk);
    };
    const onEnd = () => settle(size > limitBytes ? tooLarge(limitBytes) : undefined);
    const onAbort = () => settle(size > limitBytes || declared > limitBytes ? tooLarge(limitBytes) : new TetherError("bad_request", "the request body was cut off"));
    req.on("data", onData).on("end", onEnd).on("error", onAbort).on("close", onAbort);
  });
}

/** Reads a JSON body: `payload_too_large`, or `invalid_json` when it is not JSON or nests too deep. */
export async function readJson(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  return parseJson(await readBody(req, limitBytes));
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendProto(res: ServerResponse, bytes: Uint8Array): void {
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
  res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export function sendError(res: ServerResponse, err: TetherError): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  sendJson(res, err.httpStatus, errorEnvelope(err));
}

/** REST v1 success envelope. */
export function envelope(data: unknown): { data: unknown; metadata: { fetched_at: string; cached_until: null } } {
  return { data, metadata: { fetched_at: new Date().toISOString(), cached_until: null } };
}

export function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  if (!h || h.length <= 7) return undefined;
  return h.slice(7).trim();
}
