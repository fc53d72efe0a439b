// The realtime component of an API process (docs/execution-protocol.md §5): issues tokens, authorises
// and publishes messages, and serves WebSocket and SSE subscribers. HTTP parsing and routing stay
// in src/api; this owns the subscribers, their keep-alive timer and the upgrade handler.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { type WebSocket, WebSocketServer } from "ws";
import type { Bus } from "../bus/index.ts";
import {
  answerHandshakeError, asTetherError, parseRequestTarget, signingKeyMatches, TetherError, writeSocketError,
} from "../common/index.ts";
import type { Metrics } from "../observability/metrics.ts";
import { RealtimeHub } from "./hub.ts";
import { decodePublishBody, publishRealtime, type RealtimeMessage } from "./message.ts";
import { DEFAULT_SSE_MAX_AGE_MS, SseSubscriber } from "./sse-subscriber.ts";
import { publishStream } from "./stream.ts";
import type { ReplayLog } from "./replay.ts";
import { parseResumeCursors } from "./resume.ts";
import {
  parseTokenRequest, realtimeSecretOf, type RealtimeClaims, signRealtimeToken, verifyRealtimeToken,
} from "./token.ts";
import { DEFAULT_MAX_BUFFERED_BYTES, WsSubscriber } from "./ws-subscriber.ts";

export const REALTIME_CONNECT_PATH = "/v1/realtime/connect";
export const DEFAULT_PING_INTERVAL_MS = 15_000;
/** Client → server WebSocket messages are small (`sub` with a JWT, `unsub` with topics). */
const MAX_CLIENT_MESSAGE_BYTES = 256 * 1024;
/** WebSocket and SSE subscribers one API process holds (docs/security.md). */
export const DEFAULT_MAX_SUBSCRIBERS = 10_000;

export interface RealtimeOptions {
  bus: Bus;
  log: Logger;
  /** The server's session secret; the token secret is derived from it. */
  sessionSecret: string;
  accountId: string;
  envId: string;
  /** When set, token and publish need it (raw or hashed) as Bearer; a publish may use a token instead. */
  signingKey?: string;
  /** @default 15_000 */
  pingIntervalMs?: number;
  /** @default 60_000 */
  tokenTtlMs?: number;
  /** @default 900_000 (15 minutes) */
  sseMaxAgeMs?: number;
  /** @default 8 MiB */
  maxBufferedBytes?: number;
  /** WebSocket + SSE subscribers at once; more get 503 `too_many_connections`. @default 10_000 */
  maxSubscribers?: number;
  /** Recent messages per topic, for subscribers that resume (`?resume=`); absent → every resume is a gap. */
  replay?: ReplayLog;
  /** Reads subscribers and deliveries at each scrape, counts messages published over HTTP (src/observability/metrics.ts). */
  metrics?: Metrics;
}

export type RealtimeState = "running" | "closed";

export class RealtimeService {
  readonly #o: RealtimeOptions;
  readonly #log: Logger;
  readonly #secret: string;
  readonly #hub: RealtimeHub;
  readonly #wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: MAX_CLIENT_MESSAGE_BYTES });
  readonly #ws = new Set<WsSubscriber>();
  readonly #sse = new Set<SseSubscriber>();
  readonly #timer: NodeJS.Timeout;
  #state: RealtimeState = "running";

  constructor(opts: RealtimeOptions) {
    this.#o = opts;
    this.#log = opts.log.child({ component: "realtime" });
    this.#secret = realtimeSecretOf(opts.sessionSecret);
    this.#hub = new RealtimeHub(opts.bus, opts.envId, this.#log);
    this.#wss.on("wsClientError", answerHandshakeError);
    this.#timer = setInterval(() => this.#keepAlive(), opts.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS);
    this.#timer.unref();
    opts.metrics?.watchRealtime(this);
  }

  get state(): RealtimeState {
    return this.#state;
  }

  /** `POST /v1/realtime/token`: the caller has already read the body; auth happens here. */
  issueToken(authorization: string | undefined, body: unknown): Promise<string> {
    this.#requireSigningKey(authorization);
    return signRealtimeToken(parseTokenRequest(body), {
      secret: this.#secret, accountId: this.#o.accountId, envId: this.#o.envId, ttlMs: this.#o.tokenTtlMs,
    });
  }

  /**
   * `POST /v1/realtime/publish` auth, checked before the body is read: the signing key (a publish
   * grant for everything), or a token with `publish: true` naming this channel+topic.
   * Without a signing key (`tether dev`) anyone may publish.
   */
  async authorizePublish(authorization: string | undefined, channel: string, topic: string): Promise<void> {
    if (!channel || !topic) throw new TetherError("bad_request", "channel and topic are required");
    const key = this.#o.signingKey;
    if (!key) return;
    if (authorization && signingKeyMatches(authorization, key)) return;
    const claims = await verifyRealtimeToken(authorization, this.#secret, this.#o.envId);
    if (!claims.publish || !claims.topics.some((t) => t.channel === channel && t.name === topic)) {
      throw new TetherError("unauthorized", "the token does not grant publishing to this topic");
    }
  }

  /** Publishes an HTTP body (JSON, else wrapped as a string) as a `data` message. */
  publishBody(args: { channel: string; topic: string; runId?: string; body: Buffer }): RealtimeMessage {
    const msg = publishRealtime(this.#o.bus, {
      channel: args.channel, topic: args.topic, runId: args.runId || undefined, envId: this.#o.envId, data: decodePublishBody(args.body),
    });
    this.#o.metrics?.realtimePublished();
    return msg;
  }

  /**
   * A streamed publish (`Content-Type: text/stream`): the body, read as it arrives, becomes
   * `datastream-start`, 1 KiB `chunk`s and `datastream-end`. Resolves with the chunk count.
   */
  async publishStream(args: { channel: string; topic: string; runId?: string; body: AsyncIterable<Uint8Array> }): Promise<number> {
    const chunks = await publishStream(this.#o.bus, { channel: args.channel, topic: args.topic, runId: args.runId || undefined, envId: this.#o.envId }, args.body);
    // The chunks, between datastream-start and datastream-end.
    this.#o.metrics?.realtimePublished(chunks + 2);
    return chunks;
  }

  /** `GET /v1/realtime/sse`: throws `unauthorized` before any byte is written. */
  async serveSse(req: IncomingMessage, res: ServerResponse, token: string | undefined, resume?: string | null): Promise<void> {
    if (this.#state !== "running") throw new TetherError("connect_gateway_closing", "the server is shutting down");
    this.#admitSubscriber();
    const claims = await this.#verify(token);
    const cursors = parseResumeCursors(resume);
    this.#admitSubscriber(); // again: others may have been admitted while the token was checked
    const sub = new SseSubscriber(res, claims, {
      hub: this.#hub, maxBufferedBytes: this.#o.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES, onClose: (s) => this.#sse.delete(s),
      replay: this.#o.replay, envId: this.#o.envId, resume: cursors,
    });
    this.#sse.add(sub);
    req.on("close", () => sub.close());
    // The client may have gone while its token was checked: its 'close' has already fired.
    if (req.socket.destroyed) sub.close();
  }

  /**
   * The API server's `upgrade` listener: true when the request was for realtime (handled here).
   * Throws `bad_request` for a target that is not a URL (the API's upgrade boundary answers it).
   * A bad token or `resume` still completes the handshake and closes with the error's close code
   * and code as reason, so browsers see why.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = parseRequestTarget(req.url);
    if (url.pathname !== REALTIME_CONNECT_PATH && url.pathname !== `${REALTIME_CONNECT_PATH}/`) return false;
    if (req.method !== "GET") throw new TetherError("method_not_allowed");
    if (this.#state !== "running") {
      writeSocketError(socket, new TetherError("connect_gateway_closing", "the server is shutting down"));
      return true;
    }
    this.#admitSubscriber();
    const token = url.searchParams.get("token") ?? bearerOf(req);
    // The token is checked before the handshake completes, so a client whose socket is open is
    // already subscribed: nothing published after its 'open' can pass it by. A refused token
    // still completes the handshake, then closes with the error's code.
    void this.#verify(token).then((claims) => ({ claims }), (err: unknown) => ({ err })).then((checked) => {
      this.#wss.handleUpgrade(req, socket, head, (ws) => {
        // Until a subscriber owns it: a peer's protocol error must not be an unhandled 'error' event.
        ws.on("error", () => ws.terminate());
        try {
          if ("err" in checked) throw checked.err;
          this.#subscribe(ws, checked.claims, url.searchParams.get("resume"));
        } catch (err) {
          const e = asTetherError(err);
          ws.close(e.closeCode, e.code);
        }
      });
    });
    return true;
  }

  #subscribe(ws: WebSocket, claims: RealtimeClaims, resume: string | null): void {
    const cursors = parseResumeCursors(resume);
    if (this.#state !== "running") return ws.close(1001, "closing");
    this.#admitSubscriber(); // again: others may have been admitted while the token was checked
    const sub = new WsSubscriber(ws, claims, {
      hub: this.#hub, verify: (t) => this.#verify(t), maxBufferedBytes: this.#o.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES,
      onClose: (s) => this.#ws.delete(s), replay: this.#o.replay, envId: this.#o.envId,
    }, cursors);
    this.#ws.add(sub);
  }

  /** Throws `too_many_connections` when this process holds `maxSubscribers` subscribers. */
  #admitSubscriber(): void {
    if (this.#ws.size + this.#sse.size >= (this.#o.maxSubscribers ?? DEFAULT_MAX_SUBSCRIBERS)) {
      throw new TetherError("too_many_connections", "this server has as many realtime subscribers as it accepts");
    }
  }

  snapshot(): { state: RealtimeState; websockets: number; sse: number; topics: number; subscriptions: number; delivered: number } {
    return { state: this.#state, websockets: this.#ws.size, sse: this.#sse.size, ...this.#hub.snapshot() };
  }

  /** Stops intake, closes every subscriber (WebSocket reason `closing`) and leaves the bus. Idempotent. */
  async close(): Promise<void> {
    if (this.#state === "closed") return;
    this.#state = "closed";
    clearInterval(this.#timer);
    for (const s of [...this.#ws]) s.close(1001, "closing");
    for (const s of [...this.#sse]) s.close();
    this.#hub.clear();
    await this.#o.replay?.close();
    await new Promise<void>((r) => this.#wss.close(() => r()));
  }

  #verify(token: string | undefined): Promise<RealtimeClaims> {
    return verifyRealtimeToken(token, this.#secret, this.#o.envId);
  }

  #requireSigningKey(authorization: string | undefined): void {
    const key = this.#o.signingKey;
    if (!key) return;
    if (!authorization) throw new TetherError("unauthorized", "missing Authorization header");
    if (!signingKeyMatches(authorization, key)) throw new TetherError("unauthorized", "authentication failed");
  }

  #keepAlive(): void {
    for (const s of [...this.#ws]) s.ping();
    const maxAge = this.#o.sseMaxAgeMs ?? DEFAULT_SSE_MAX_AGE_MS;
    for (const s of [...this.#sse]) s.tick(maxAge);
  }
}

function bearerOf(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith("Bearer ") ? h.slice(7).trim() : undefined;
}
