// Typed realtime channels: a channel pattern ("chat:*", one `*` per parameter) and a schema per
// topic. `chat("42")` names one channel ("chat:42"); `publish()` validates data against the topic's
// schema and the subscriber types what it receives. Browser-safe: no Node modules.

import type { SchemaInput, StandardSchema } from "../standard-schema.ts";

/** Topic name → schema of its data (any Standard Schema, e.g. zod 4). */
export type ChannelTopics = { readonly [topic: string]: StandardSchema };

/** One `string` per `*` in the pattern. */
export type ChannelParams<P extends string> = P extends `${string}*${infer Rest}` ? [string, ...ChannelParams<Rest>] : [];

declare const channelBrand: unique symbol;

/** A concrete channel (name filled in) with its topic schemas. */
export interface ChannelRef<TTopics extends ChannelTopics = ChannelTopics> {
  readonly name: string;
  readonly topics: TTopics;
  readonly [channelBrand]?: true;
}

/** What `channel()` returns: call it with the pattern's parameters to get a ChannelRef. */
export interface ChannelDefinition<P extends string = string, TTopics extends ChannelTopics = ChannelTopics> {
  (...params: ChannelParams<P>): ChannelRef<TTopics>;
  readonly pattern: P;
  readonly topics: TTopics;
}

/** The data type of `topic` on a typed channel. */
export type TopicData<TTopics extends ChannelTopics, K extends keyof TTopics> = SchemaInput<TTopics[K]>;

/** Topic names of a channel ref or definition. */
export type TopicsOf<C> = C extends ChannelRef<infer T> ? T : C extends ChannelDefinition<string, infer T> ? T : never;

function checkName(value: unknown, what: string): string {
  if (typeof value !== "string" || value.length === 0) throw new TypeError(`${what} must be a non-empty string`);
  return value;
}

/**
 * Declares a typed channel. `pattern` may hold `*` placeholders, each filled by one argument:
 * `const chat = channel("chat:*", { tokens: z.object({ t: z.string() }) }); chat("42").name === "chat:42"`.
 */
export function channel<const P extends string, const TTopics extends ChannelTopics>(
  pattern: P,
  topics: TTopics,
): ChannelDefinition<P, TTopics> {
  checkName(pattern, "channel pattern");
  if (typeof topics !== "object" || topics === null) throw new TypeError("channel topics must be an object of schemas");
  for (const [topic, schema] of Object.entries(topics)) {
    checkName(topic, "topic name");
    if (typeof (schema as StandardSchema | undefined)?.["~standard"]?.validate !== "function") {
      throw new TypeError(`topic "${topic}" of channel "${pattern}" needs a Standard Schema (e.g. a zod schema)`);
    }
  }
  const holes = pattern.split("*").length - 1;
  const define = (...params: string[]): ChannelRef<TTopics> => {
    if (params.length !== holes) {
      throw new TypeError(`channel "${pattern}" takes ${holes} parameter(s), got ${params.length}`);
    }
    let index = 0;
    const name = pattern.replace(/\*/g, () => checkName(params[index++], `parameter ${index} of channel "${pattern}"`));
    return Object.freeze({ name, topics });
  };
  return Object.assign(define as (...params: ChannelParams<P>) => ChannelRef<TTopics>, { pattern, topics });
}

/** The channel name of a string or ChannelRef. */
export function channelName(value: string | ChannelRef): string {
  return checkName(typeof value === "string" ? value : value?.name, "channel");
}
