// Realtime subscriber (docs/execution-protocol.md §5.3) for browsers and Node: gets a token, opens
// `ws(s)://<api>/v1/realtime/connect?token=<jwt>` with the global (or an injected) WebSocket and
// hands each `data` frame to `onMessage`. A dropped socket is reopened with backoff and a fresh
// token, and resumes: it names the last message id it saw per topic (`resume=`), and the server
// replays what was published meanwhile, or sends a `gap` when that is too old. Browser-safe: uses only WebSocket, fetch, timers and TextDecoder — no Node modules.

import { exponentialBackoffMs } from "../backoff.ts";
import { RealtimeTokenError } from "../errors.ts";
import { channelName, type ChannelRef, type ChannelTopics, type TopicData } from "./channel.ts";

/** The standard WebSocket surface the client uses (browsers, Node ≥ 22, `ws`). */
export interface WebSocketLike {
  binaryType?: string;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code?: number; reason?: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  close(code?: number, reason?: string): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{
  status: number;
  ok: boolean;
  text(): Promise<string>;
}>;

/** One message as the server sends it; `data` is typed by the channel's topic schema. */
export interface RealtimeMessage<TData = unknown, TTopic extends string = string> {
  kind: "data";
  channel: string;
  topic: TTopic;
  data: TData;
  run_id?: string;
  fn_id?: string;
  fn_slug?: string;
  created_at: string;
  env_id: string;
  metadata?: unknown;
  /** Unique per message (Tether); what a reconnect resumes from. */
  id?: string;
}

/** A part of a streamed publish: `data` is the stream id (start, end) or the chunk's text. */
export interface RealtimeStreamMessage<TTopic extends string = string> {
  kind: "datastream-start" | "chunk" | "datastream-end";
  channel: string;
  topic: TTopic;
  stream_id: string;
  data: string;
  run_id?: string;
  fn_id?: string;
  created_at?: string;
  env_id?: string;
  id?: string;
}

type MessageOf<TTopics extends ChannelTopics, K extends keyof TTopics & string> = {
  [T in K]: RealtimeMessage<TopicData<TTopics, T>, T>;
}[K];

export type SubscriptionState = "connecting" | "open" | "reconnecting" | "closed";

interface SubscribeBase {
  /** API base URL, e.g. http://127.0.0.1:8288 (http→ws, https→wss). */
  baseUrl: string;
  /** A token for the first connection. Reconnects use `getToken` when given, else this one again. */
  token?: string;
  /**
   * Called for every (re)connection to get a fresh token — typically from your backend. Without
   * `token` or `getToken`, the client asks `POST <baseUrl>/v1/realtime/token` itself (with
   * `signingKey` as bearer when given: server-side only).
   */
  getToken?: () => string | Promise<string>;
  signingKey?: string;
  /** @default globalThis.WebSocket (Node 20: pass `ws`'s WebSocket) */
  WebSocket?: WebSocketConstructor;
  /** @default globalThis.fetch */
  fetch?: FetchLike;
  /** Any failure (token, socket, bad frame); the client keeps reconnecting. */
  onError?: (error: unknown) => void;
  onStateChange?: (state: SubscriptionState) => void;
  /** Reconnect delays: `min * 2^n` capped at `max`, with ±20 % jitter. @default { minMs: 250, maxMs: 10000 } */
  backoff?: { minMs?: number; maxMs?: number };
  /**
   * Reconnects resume from the last message seen per topic, so nothing published while
   * disconnected is lost (within the server's replay window). @default true
   */
  resume?: boolean;
  /** A reconnect could not resume `topic`: messages published before `after`'s successor were lost. */
  onGap?: (gap: RealtimeGap) => void;
}

/** What `onGap` receives: the server no longer holds the messages after `after`. */
export interface RealtimeGap {
  channel: string;
  topic: string;
  /** The id of the last message seen before the gap. */
  after: string;
}

interface Cursor {
  channel: string;
  topic: string;
  id: string;
}

export interface TypedSubscribeOptions<TTopics extends ChannelTopics, K extends keyof TTopics & string> extends SubscribeBase {
  channel: ChannelRef<TTopics>;
  topics: readonly K[];
  onMessage: (message: MessageOf<TTopics, K>) => void;
  /** Parts of streamed publishes on these topics, in order (start, chunks, end). */
  onStream?: (message: RealtimeStreamMessage<K>) => void;
}

export interface UntypedSubscribeOptions extends SubscribeBase {
  channel: string;
  topics: readonly string[];
  onMessage: (message: RealtimeMessage) => void;
  /** Parts of streamed publishes on these topics, in order (start, chunks, end). */
  onStream?: (message: RealtimeStreamMessage) => void;
}

export interface Subscription {
  readonly state: SubscriptionState;
  /** Resolves when the first socket is open (messages published from then on arrive); rejects if closed first. */
  readonly ready: Promise<void>;
  /** Stops for good: closes the socket and cancels any reconnect. */
  close(): void;
}

export interface TokenRequest {
  baseUrl: string;
  channel: string | ChannelRef;
  topics: readonly string[];
  signingKey?: string;
  fetch?: FetchLike;
}

/** `POST <baseUrl>/v1/realtime/token` for `channel` × `topics`; resolves with the JWT. */
export async function getRealtimeToken(request: TokenRequest): Promise<string> {
  const fetchFn = request.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
  if (!fetchFn) throw new RealtimeTokenError("no fetch available: pass `fetch`");
  const name = channelName(request.channel);
  const body = JSON.stringify(request.topics.map((topic) => ({ channel: name, name: topic, kind: "run" })));
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (request.signingKey) headers.authorization = `Bearer ${request.signingKey}`;
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchFn(`${trimSlash(request.baseUrl)}/v1/realtime/token`, { method: "POST", headers, body });
  } catch (err) {
    throw new RealtimeTokenError("realtime token request failed", { cause: err });
  }
  const text = await response.text();
  if (!response.ok) {
    throw new RealtimeTokenError(`realtime token request answered ${response.status}: ${text.slice(0, 200)}`, {
      status: response.status,
      retryable: response.status >= 500 || response.status === 429,
    });
  }
  let jwt: unknown;
  try {
    jwt = (JSON.parse(text) as { jwt?: unknown }).jwt;
  } catch {
    jwt = undefined;
  }
  if (typeof jwt !== "string" || jwt === "") throw new RealtimeTokenError("realtime token response has no jwt", { status: response.status });
  return jwt;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/**
 * The WebSocket URL for `baseUrl` and `token`; `resume` (even empty) asks the server to resume
 * from the last message seen per topic and to hand out cursors for the other topics.
 */
export function realtimeConnectUrl(baseUrl: string, token: string, resume?: readonly Cursor[]): string {
  const base = trimSlash(baseUrl).replace(/^http(s?):\/\//i, (_m, s: string) => `ws${s}://`);
  const query = resume ? `&resume=${encodeURIComponent(JSON.stringify(resume))}` : "";
  return `${base}/v1/realtime/connect?token=${encodeURIComponent(token)}${query}`;
}

const STREAM_KINDS = new Set<string>(["datastream-start", "chunk", "datastream-end"]);

function frameText(data: unknown): string | undefined {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    return new TextDecoder().decode(data as ArrayBuffer | ArrayBufferView);
  }
  return undefined;
}

/**
 * Subscribes to `topics` of `channel`. Only `data` frames of those topics reach `onMessage` (and
 * streamed parts `onStream`), in the order the server sends them. After a reconnect the server
 * replays what was published while disconnected (each message once), or reports a gap (`onGap`).
 */
export function subscribe<TTopics extends ChannelTopics, K extends keyof TTopics & string>(
  options: TypedSubscribeOptions<TTopics, K>,
): Subscription;
export function subscribe(options: UntypedSubscribeOptions): Subscription;
export function subscribe(options: UntypedSubscribeOptions | TypedSubscribeOptions<ChannelTopics, string>): Subscription {
  const WS = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!WS) throw new TypeError("no global WebSocket (Node 20: pass `WebSocket` from the `ws` package, or run with --experimental-websocket)");
  const name = channelName(options.channel);
  const topics = new Set<string>(options.topics);
  if (topics.size === 0) throw new TypeError("subscribe() needs at least one topic");
  const onMessage = options.onMessage as (message: RealtimeMessage) => void;
  const onStreamPart = (message: RealtimeStreamMessage): void => {
    if (typeof message.stream_id !== "string" && typeof message.data === "string") message.stream_id = message.data;
    (options.onStream as ((m: RealtimeStreamMessage) => void) | undefined)?.(message);
  };
  const minMs = options.backoff?.minMs ?? 250;
  const maxMs = options.backoff?.maxMs ?? 10_000;
  const report = (error: unknown): void => {
    try {
      options.onError?.(error);
    } catch {
      // A throwing error handler must not stop reconnecting.
    }
  };

  /** Last message id seen per topic: what a reconnect resumes from. */
  const cursors = new Map<string, Cursor>();
  let state: SubscriptionState = "connecting";
  let socket: WebSocketLike | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let connections = 0;
  let resolveReady!: () => void;
  let rejectReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  ready.catch(() => undefined);

  const setState = (next: SubscriptionState): void => {
    if (state === next) return;
    state = next;
    options.onStateChange?.(next);
  };

  const nextToken = async (): Promise<string> => {
    if (connections === 0 && options.token) return options.token;
    if (options.getToken) return await options.getToken();
    if (options.token) return options.token;
    return await getRealtimeToken({ baseUrl: options.baseUrl, channel: name, topics: [...topics], signingKey: options.signingKey, fetch: options.fetch });
  };

  const retry = (): void => {
    if (state === "closed") return;
    setState("reconnecting");
    const delay = exponentialBackoffMs(failures++, { baseMs: minMs, maxMs, jitterRatio: 0.2 });
    timer = setTimeout(() => {
      timer = undefined;
      void open();
    }, delay);
  };

  const open = async (): Promise<void> => {
    let token: string;
    try {
      token = await nextToken();
    } catch (err) {
      report(err);
      retry();
      return;
    }
    if (state === "closed") return;
    connections++;
    let ws: WebSocketLike;
    try {
      ws = new WS(realtimeConnectUrl(options.baseUrl, token, options.resume === false ? undefined : [...cursors.values()]));
    } catch (err) {
      report(err);
      retry();
      return;
    }
    socket = ws;
    ws.binaryType = "arraybuffer";
    ws.onopen = () => {
      if (socket !== ws) return;
      failures = 0;
      setState("open");
      resolveReady();
    };
    ws.onmessage = (event) => {
      if (socket !== ws) return;
      const text = frameText(event.data);
      if (text === undefined) return;
      let message: RealtimeMessage;
      try {
        message = JSON.parse(text) as RealtimeMessage;
      } catch (err) {
        report(err);
        return;
      }
      if (message?.channel !== name || !topics.has(message.topic)) return;
      const id = (message as { id?: unknown }).id;
      if (typeof id === "string") cursors.set(message.topic, { channel: name, topic: message.topic, id });
      if ((message.kind as string) === "cursor") {
        // Where to resume this topic from if the socket drops before its first message.
        const head = (message.data as { id?: unknown } | undefined)?.id;
        if (typeof head === "string" && !cursors.has(message.topic)) cursors.set(message.topic, { channel: name, topic: message.topic, id: head });
        return;
      }
      try {
        if (message.kind === "data") onMessage(message);
        else if ((message.kind as string) === "gap") {
          options.onGap?.({ channel: name, topic: message.topic, after: String((message.data as { after?: unknown })?.after ?? "") });
        }
        else if (STREAM_KINDS.has(message.kind)) onStreamPart(message as unknown as RealtimeStreamMessage);
      } catch (err) {
        report(err);
      }
    };
    ws.onerror = (event) => {
      if (socket === ws) report((event as { error?: unknown })?.error ?? new Error("realtime socket error"));
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = undefined;
      retry();
    };
  };

  void open();
  return {
    get state() {
      return state;
    },
    ready,
    close() {
      if (state === "closed") return;
      setState("closed");
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      const ws = socket;
      socket = undefined;
      try {
        ws?.close(1000, "closed by client");
      } catch {
        // already closing
      }
      rejectReady(new Error("subscription closed before it opened"));
    },
  };
}
