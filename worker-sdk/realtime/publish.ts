// `publish()` as functions get it: checks the channel and topic, validates data against a typed
// channel's topic schema, encodes it as JSON and hands it to a sink (the worker socket) — in call
// order, also when a schema validates asynchronously. Browser-safe: no Node modules.

import { PublishError } from "../errors.ts";
import { safeStringify } from "../safe-json.ts";
import type { StandardSchema, StandardSchemaIssue, ValidationIssue } from "../standard-schema.ts";
import { channelName, type ChannelRef, type ChannelTopics, type TopicData } from "./channel.ts";

/** The server drops larger messages (docs/execution-protocol.md §5.2). */
export const MAX_PUBLISH_BYTES = 512 * 1024;

/** A `ReadableStream` (browsers, Node) as far as publish() reads it. */
export interface ReadableStreamLike<T> {
  getReader(): { read(): Promise<{ done: boolean; value?: T }>; releaseLock(): void };
}

/**
 * Data for a streamed publish: text (or UTF-8 bytes) arriving over time, e.g. LLM tokens.
 * Subscribers get `datastream-start`, one `chunk` per piece, then `datastream-end`.
 */
export type PublishStreamSource = AsyncIterable<string | Uint8Array> | ReadableStreamLike<string | Uint8Array>;

/**
 * A message on a typed channel: `topic` must be one of its topics and `data` match its schema
 * (a stream is sent as text chunks and not validated).
 */
export interface TypedPublishMessage<TTopics extends ChannelTopics, K extends keyof TTopics & string> {
  channel: ChannelRef<TTopics>;
  topic: K;
  data: TopicData<TTopics, K> | PublishStreamSource;
}

/** A message on any channel, not validated. */
export interface UntypedPublishMessage {
  channel: string;
  topic: string;
  data: unknown;
}

/**
 * Publishes one realtime message from a running function (fire-and-forget, in call order). Throws
 * a PublishError at once outside a connect worker (`PUBLISH_UNAVAILABLE`) or for an invalid
 * message (`PUBLISH_INVALID`). The promise says whether the message went on a socket (`false`:
 * no open socket, or code replayed from memoised steps, which published it before); it rejects
 * only when an asynchronous schema rejects the data.
 */
export interface Publish {
  <TTopics extends ChannelTopics, K extends keyof TTopics & string>(message: TypedPublishMessage<TTopics, K>): Promise<boolean>;
  (message: UntypedPublishMessage): Promise<boolean>;
}

/** One piece of a streamed publish. */
export interface StreamPart {
  kind: "datastream-start" | "chunk" | "datastream-end";
  streamId: string;
}

/** Takes an encoded message (`stream` set for the parts of a streamed publish); returns whether it went out. */
export type PublishSink = (message: { channel: string; topic: string; json: string; stream?: StreamPart }) => boolean;

export interface PublisherOptions {
  /** Absent outside connect: every publish throws PUBLISH_UNAVAILABLE. */
  sink?: PublishSink;
  /** When true, messages are validated but not sent (replayed code). */
  suppressed?: () => boolean;
}

function pathOf(issue: StandardSchemaIssue): string {
  return (issue.path ?? [])
    .map((segment) => String(typeof segment === "object" && segment !== null ? segment.key : segment))
    .join(".");
}

function invalid(where: string, issues: readonly StandardSchemaIssue[]): PublishError {
  const list = issues.map((issue) => ({ path: pathOf(issue), message: issue.message }) satisfies ValidationIssue);
  const summary = list.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
  return new PublishError("PUBLISH_INVALID", `data for ${where} does not match its schema: ${summary}`, list);
}

const utf8 = new TextEncoder();

export function createPublisher(options: PublisherOptions): Publish {
  /** Messages waiting on an asynchronous schema; later ones queue behind them to keep order. */
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  const send = (message: Parameters<PublishSink>[0]): boolean =>
    options.suppressed?.() ? false : options.sink!(message);

  const publish = (message: UntypedPublishMessage | TypedPublishMessage<ChannelTopics, string>): Promise<boolean> => {
    if (!options.sink) {
      throw new PublishError(
        "PUBLISH_UNAVAILABLE",
        "publish() works only in a function run served by connect() (it sends over the worker's socket)",
      );
    }
    if (typeof message !== "object" || message === null) throw new PublishError("PUBLISH_INVALID", "publish() takes { channel, topic, data }");
    let name: string;
    try {
      name = channelName(message.channel as string | ChannelRef);
    } catch (err) {
      throw new PublishError("PUBLISH_INVALID", (err as Error).message);
    }
    const topic = message.topic;
    if (typeof topic !== "string" || topic.length === 0) throw new PublishError("PUBLISH_INVALID", "topic must be a non-empty string");
    let schema: StandardSchema | undefined;
    if (typeof message.channel !== "string") {
      const topics = message.channel.topics;
      if (!Object.prototype.hasOwnProperty.call(topics, topic)) {
        throw new PublishError("PUBLISH_INVALID", `channel "${name}" has no topic "${topic}" (topics: ${Object.keys(topics).join(", ")})`);
      }
      schema = topics[topic];
    }
    const source = streamSourceOf(message.data);
    if (source) return enqueue(() => (options.suppressed?.() ? false : sendStream(send, name, topic, source)));
    // Encoded now: later mutation by user code does not change what is sent.
    const json = safeStringify(message.data);
    if (utf8.encode(json).byteLength > MAX_PUBLISH_BYTES) {
      throw new PublishError("PUBLISH_INVALID", `message for ${name}/${topic} is larger than ${MAX_PUBLISH_BYTES} bytes`);
    }
    const where = `topic "${topic}" of channel "${name}"`;
    const encoded = { channel: name, topic, json };
    const result = schema?.["~standard"].validate(message.data);
    if (!(result instanceof Promise)) {
      if (result?.issues) throw invalid(where, result.issues);
      if (waiting === 0) return Promise.resolve(send(encoded));
      return enqueue(() => send(encoded));
    }
    return enqueue(async () => {
      const settled = await result;
      if (settled.issues) throw invalid(where, settled.issues);
      return send(encoded);
    });
  };

  /** Runs `step` after every message queued before it; `waiting` counts queued messages. */
  const enqueue = (step: () => boolean | Promise<boolean>): Promise<boolean> => {
    waiting++;
    const queued = tail.then(step).finally(() => {
      waiting--;
    });
    tail = queued.catch(() => undefined);
    return queued;
  };
  return publish as Publish;
}

/** The data as an async iterable when it is a stream (async iterable or ReadableStream), else undefined. */
function streamSourceOf(data: unknown): AsyncIterable<unknown> | undefined {
  if (typeof data !== "object" || data === null || typeof data === "string") return undefined;
  if (typeof (data as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") return data as AsyncIterable<unknown>;
  if (typeof (data as ReadableStreamLike<unknown>).getReader === "function") return readAll(data as ReadableStreamLike<unknown>);
  return undefined;
}

async function* readAll<T>(stream: ReadableStreamLike<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value as T;
    }
  } finally {
    reader.releaseLock();
  }
}

/** A random stream id (hex); browser-safe. */
function newStreamId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Sends `source` as datastream-start, one chunk per piece, datastream-end — the end also when the
 * source throws (then the error rejects the publish). Resolves with whether every part went out.
 */
async function sendStream(send: PublishSink, channel: string, topic: string, source: AsyncIterable<unknown>): Promise<boolean> {
  const streamId = newStreamId();
  const part = (kind: StreamPart["kind"], json: string) => send({ channel, topic, json, stream: { kind, streamId } });
  let ok = part("datastream-start", JSON.stringify(streamId));
  const decoder = new TextDecoder();
  try {
    for await (const piece of source) {
      let text: string;
      if (typeof piece === "string") text = piece;
      else if (piece instanceof Uint8Array) text = decoder.decode(piece, { stream: true });
      else throw new PublishError("PUBLISH_INVALID", `a stream published to ${channel}/${topic} must yield strings or Uint8Arrays`);
      if (text.length === 0) continue;
      const json = JSON.stringify(text);
      if (utf8.encode(json).byteLength > MAX_PUBLISH_BYTES) {
        throw new PublishError("PUBLISH_INVALID", `a stream chunk for ${channel}/${topic} is larger than ${MAX_PUBLISH_BYTES} bytes`);
      }
      ok = part("chunk", json) && ok;
    }
    const rest = decoder.decode();
    if (rest) ok = part("chunk", JSON.stringify(rest)) && ok;
  } finally {
    ok = part("datastream-end", JSON.stringify(streamId)) && ok;
  }
  return ok;
}
