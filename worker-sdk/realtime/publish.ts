// `publish()` as functions get it: checks the channel and topic, validates data against a typed
// channel's topic schema, encodes it as JSON and hands it to a sink (the worker socket) — in call
// order, also when a schema validates asynchronously. Browser-safe: no Node modules.

import { PublishError } from "../errors.ts";
import { safeStringify } from "../safe-json.ts";
import type { StandardSchema, StandardSchemaIssue, ValidationIssue } from "../standard-schema.ts";
import { channelName, type ChannelRef, type ChannelTopics, type TopicData } from "./channel.ts";

/** The server drops larger messages (execution-protocol.md §5.2). */
export const MAX_PUBLISH_BYTES = 512 * 1024;

/** A message on a typed channel: `topic` must be one of its topics and `data` match its schema. */
export interface TypedPublishMessage<TTopics extends ChannelTopics, K extends keyof TTopics & string> {
  channel: ChannelRef<TTopics>;
  topic: K;
  data: TopicData<TTopics, K>;
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

/** Takes an encoded message; returns whether it went out. */
export type PublishSink = (message: { channel: string; topic: string; json: string }) => boolean;

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

  const send = (message: { channel: string; topic: string; json: string }): boolean =>
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
