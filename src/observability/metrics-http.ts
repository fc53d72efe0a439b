// `GET /metrics`: the Prometheus exposition of a server's registry, on the API's port, the
// gateway's port, and (`--metrics-port`, the executor's only way, since it has no port of its
// own) a small listener of its own. The numbers describe the deployment, so with keys configured
// the scrape needs the signing key as a Bearer token, as the /v1 routes do; Prometheus sends it
// with `authorization: {credentials: ...}` in its scrape config (docs/observability.md).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import {
  asTetherError, errorEnvelope, guardHttpServer, parseRequestTarget, signingKeyMatches, TetherError, toError,
} from "../common/index.ts";
import type { Metrics } from "./metrics.ts";

export const METRICS_PATH = "/metrics";

/** Refuses a scrape without the signing key when one is configured (`unauthorized`, 401). */
export function authorizeScrape(req: IncomingMessage, signingKey: string | undefined): void {
  if (!signingKey) return;
  const h = req.headers.authorization;
  const presented = h && /^bearer\s/i.test(h) ? h.slice(7).trim() : undefined;
  if (!presented) throw new TetherError("unauthorized", "missing Authorization header");
  if (!signingKeyMatches(presented, signingKey)) throw new TetherError("unauthorized", "authentication failed");
}

/** Answers a scrape (after `authorizeScrape`): the registry's text exposition. */
export async function sendMetrics(res: ServerResponse, metrics: Metrics): Promise<void> {
  const text = await metrics.scrape();
  res.writeHead(200, { "content-type": metrics.contentType, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Authorizes and answers a scrape, or answers the JSON error: for servers without an error boundary of their own. */
export async function answerScrape(req: IncomingMessage, res: ServerResponse, metrics: Metrics, signingKey: string | undefined, log: Logger): Promise<void> {
  try {
    authorizeScrape(req, signingKey);
    await sendMetrics(res, metrics);
  } catch (err) {
    const e = asTetherError(err);
    if (e.code === "internal_error") log.error({ err: toError(err) }, "metrics scrape failed");
    sendError(res, e);
  }
}

function sendError(res: ServerResponse, e: TetherError): void {
  if (res.headersSent) return void res.end();
  const body = JSON.stringify(errorEnvelope(e));
  res.writeHead(e.httpStatus, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

export interface MetricsServerOptions {
  metrics: Metrics;
  port: number;
  host: string;
  signingKey?: string;
  log: Logger;
}

/** `--metrics-port`: a listener that serves `GET /metrics` and nothing else (JSON 404/405). */
export class MetricsServer {
  readonly #o: MetricsServerOptions;
  readonly #server: Server;
  #closing?: Promise<void>;

  constructor(opts: MetricsServerOptions) {
    this.#o = opts;
    const handle = (req: IncomingMessage, res: ServerResponse) => void this.#handle(req, res);
    this.#server = createServer(handle);
    guardHttpServer(this.#server, handle);
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(this.#o.port, this.#o.host, () => resolve());
    });
    this.#o.log.info({ port: this.port }, "metrics listening");
  }

  close(): Promise<void> {
    this.#closing ??= new Promise<void>((r) => {
      this.#server.close(() => r());
      this.#server.closeAllConnections?.();
    });
    return this.#closing;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let refusal: TetherError;
    try {
      const path = parseRequestTarget(req.url).pathname;
      if (path === METRICS_PATH && req.method === "GET") return await answerScrape(req, res, this.#o.metrics, this.#o.signingKey, this.#o.log);
      refusal = new TetherError(path === METRICS_PATH ? "method_not_allowed" : "not_found");
    } catch (err) {
      refusal = asTetherError(err);
    }
    sendError(res, refusal);
  }
}
