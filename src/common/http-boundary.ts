// The HTTP error boundary shared by the API and the gateway servers: what a request gets before
// (or instead of) a route — its target parsed into a URL or a coded error, the JSON error
// envelope, and answers written straight to a socket (parser errors, refused upgrades), where
// there is no ServerResponse. Nothing a client sends may escape as an exception (docs/fuzzing.md).
import { type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { TetherError } from "./errors.ts";

/** Inngest's error envelope (`{code, error, data, status}`). */
export function errorEnvelope(err: TetherError): { code: string; error: string; data: unknown; status: number } {
  return { code: err.code, error: err.message, data: err.data ?? null, status: err.httpStatus };
}

/** Anything thrown, as a TetherError: unknown throws become `internal_error` (with the cause). */
export function asTetherError(err: unknown): TetherError {
  return err instanceof TetherError ? err : new TetherError("internal_error", undefined, { cause: err });
}

const ABSOLUTE_SCHEMES = new Set(["http:", "https:", "ws:", "wss:"]);

/**
 * The URL of a request target: origin-form (`/path?query`, taken as it is, even `//x`) or
 * absolute-form (`http://host:port/path`, RFC 9112 §3.2.2: its path is used when it parses).
 * Anything else (asterisk-form, a bad port, another scheme) throws `bad_request`.
 */
export function parseRequestTarget(raw: string | undefined): URL {
  const target = raw || "/";
  try {
    if (target.startsWith("/")) return new URL(`http://localhost${target}`);
    const url = new URL(target);
    if (ABSOLUTE_SCHEMES.has(url.protocol)) return url;
  } catch {
    /* refused below */
  }
  throw new TetherError("bad_request", "the request target is not a path or an http(s) URL");
}

/**
 * Answers on a raw socket with the JSON envelope and closes it: for upgrade requests that are
 * refused and for requests the HTTP parser rejected. Writes nothing when a response is already
 * under way on the socket (that would corrupt it for the peer); just closes.
 */
export function writeSocketError(socket: Duplex, err: TetherError): void {
  const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(errorEnvelope(err));
  const status = err.httpStatus;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}\r\nConnection: close\r\nContent-Type: application/json\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    () => socket.destroy(),
  );
}

/**
 * Installs the boundary's listeners on an http.Server that serves requests with `handle`: parser
 * errors, `CONNECT` and unknown `Expect` values get answers (Node's defaults are bare text or a
 * closed socket). An `Expect` other than `100-continue` is ignored and the request served, which
 * RFC 9110 §10.1.1 allows.
 */
export function guardHttpServer(server: Server, handle: (req: IncomingMessage, res: ServerResponse) => void): void {
  server.on("clientError", answerClientError);
  server.on("checkExpectation", handle);
  server.on("connect", (_req: IncomingMessage, socket: Duplex) => {
    guardUpgradeSocket(socket);
    writeSocketError(socket, new TetherError("method_not_allowed", "CONNECT is not supported"));
  });
}

/** Sockets whose request body is known to be over its route's limit (see `markOversized`). */
const oversized = new WeakSet<Duplex>();

/**
 * Records that the request on `socket` has a body over its limit: if the client then cuts the
 * body short, the parser's error is answered `payload_too_large`, the real reason, not `bad_request`.
 */
export function markOversized(socket: Duplex): void {
  oversized.add(socket);
}

/**
 * The `clientError` listener of an http.Server: the request could not be parsed (bad request
 * line or header, oversized headers, bad chunking, timeout). Same statuses as Node's default
 * answer, with the JSON envelope; a peer that already went away is just dropped.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  socket.on("error", () => socket.destroy());
  if (err.code === "ECONNRESET" || err.code === "EPIPE") {
    socket.destroy();
    return;
  }
  const code = oversized.has(socket) ? "payload_too_large"
    : err.code === "HPE_HEADER_OVERFLOW" ? "headers_too_large"
    : err.code === "HPE_CHUNK_EXTENSIONS_OVERFLOW" ? "payload_too_large"
    : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "request_timeout"
    : "bad_request";
  writeSocketError(socket, new TetherError(code, code === "bad_request" ? "the HTTP request could not be parsed" : undefined));
}

/**
 * The `wsClientError` listener of a `ws` WebSocketServer: a malformed handshake (Upgrade,
 * Sec-WebSocket-Key/-Version/-Protocol headers) gets the JSON envelope instead of ws's text answer.
 */
export function answerHandshakeError(err: Error, socket: Duplex): void {
  writeSocketError(socket, new TetherError("bad_request", `WebSocket handshake: ${err.message}`));
}

/** First listener of an `upgrade` socket: Node stops watching its errors once it is handed over. */
export function guardUpgradeSocket(socket: Duplex): void {
  socket.on("error", () => socket.destroy());
}
