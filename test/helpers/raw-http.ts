// HTTP over a raw TCP socket, for requests no HTTP client will send (bad escapes, absolute-form
// targets, broken headers or framing): writes the bytes as given and reads one answer. An answer
// is complete at its Content-Length, the end of a chunked body, the headers of an event stream,
// or when the server closes; otherwise the wait ends at `timeoutMs`.
import { connect } from "node:net";

export interface RawAnswer {
  /** Undefined when nothing that looks like an HTTP answer came back. */
  status?: number;
  /** Lower-case names; the last value of a repeated header. */
  headers: Record<string, string>;
  body: Buffer;
  /** The socket failed (reset, refused) before an answer was complete. */
  error?: string;
  timedOut: boolean;
}

export interface RawRequestOptions {
  host?: string;
  /** @default 10_000 */
  timeoutMs?: number;
  /** Half-close after writing: a server waiting for more input must answer or give up. */
  endAfterWrite?: boolean;
}

const HEADER_END = Buffer.from("\r\n\r\n");

export function rawRequest(port: number, bytes: Uint8Array | string, opts: RawRequestOptions = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = connect(port, opts.host ?? "127.0.0.1");
    const finish = (extra: { error?: string; timedOut?: boolean } = {}) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parseAnswer(Buffer.concat(chunks)), error: extra.error, timedOut: extra.timedOut ?? false });
    };
    const timer = setTimeout(() => finish({ timedOut: true }), opts.timeoutMs ?? 10_000);
    socket.on("connect", () => {
      socket.write(bytes);
      if (opts.endAfterWrite) socket.end();
    });
    socket.on("data", (d: Buffer) => {
      chunks.push(d);
      if (isComplete(Buffer.concat(chunks))) finish();
    });
    socket.on("error", (err: NodeJS.ErrnoException) => finish({ error: err.code ?? err.message }));
    socket.on("close", () => finish());
  });
}

/** Interim answers (`100 Continue`) come before the real one: skipped. */
function withoutInterim(raw: Buffer): Buffer {
  while (/^HTTP\/1\.[01] 1(?!01)\d\d /.test(raw.subarray(0, 16).toString("latin1"))) {
    const end = raw.indexOf(HEADER_END);
    if (end < 0) return Buffer.alloc(0);
    raw = raw.subarray(end + 4);
  }
  return raw;
}

function isComplete(all: Buffer): boolean {
  const raw = withoutInterim(all);
  const end = raw.indexOf(HEADER_END);
  if (end < 0) return false;
  const { headers, status } = parseHead(raw.subarray(0, end).toString("latin1"));
  const rest = raw.subarray(end + 4);
  if (status === 101 || headers["content-type"]?.startsWith("text/event-stream")) return true;
  if (headers["transfer-encoding"]?.includes("chunked")) return rest.includes("0\r\n\r\n");
  if (headers["content-length"] !== undefined) return rest.length >= Number(headers["content-length"]);
  return false;
}

function parseHead(head: string): { status?: number; headers: Record<string, string> } {
  const [statusLine, ...lines] = head.split("\r\n");
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? "");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: m ? Number(m[1]) : undefined, headers };
}

function parseAnswer(all: Buffer): Pick<RawAnswer, "status" | "headers" | "body"> {
  const raw = withoutInterim(all);
  const end = raw.indexOf(HEADER_END);
  if (end < 0) return { headers: {}, body: raw };
  const { status, headers } = parseHead(raw.subarray(0, end).toString("latin1"));
  let body = raw.subarray(end + 4);
  if (headers["transfer-encoding"]?.includes("chunked")) body = dechunk(body);
  else if (headers["content-length"] !== undefined) body = body.subarray(0, Number(headers["content-length"]));
  return { status, headers, body };
}

function dechunk(raw: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf("\r\n", at);
    if (lineEnd < 0) break;
    const size = parseInt(raw.subarray(at, lineEnd).toString("latin1"), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/** A request with `Connection: close` and a Content-Length for `body`. */
export function httpRequest(method: string, target: string, opts: { headers?: Record<string, string>; body?: string | Buffer } = {}): Buffer {
  const body = opts.body === undefined ? Buffer.alloc(0) : Buffer.from(opts.body);
  const headers = { host: "127.0.0.1", connection: "close", "content-length": String(body.length), ...opts.headers };
  const head = `${method} ${target} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), body]);
}

/** The JSON error envelope of an answer, or undefined when the body is not one. */
export function errorEnvelopeOf(answer: RawAnswer): { code: string; error: string; status: number } | undefined {
  if (!answer.headers["content-type"]?.startsWith("application/json")) return undefined;
  try {
    const v = JSON.parse(answer.body.toString("utf8")) as { code?: unknown; error?: unknown; status?: unknown };
    return typeof v?.code === "string" && typeof v.status === "number" ? (v as { code: string; error: string; status: number }) : undefined;
  } catch {
    return undefined;
  }
}
