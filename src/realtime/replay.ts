// Resume for realtime subscribers: a bounded log of recent messages per channel+topic, so a client
// that reconnects names the last message id it saw per topic and gets what it missed, in order.
// Two adapters, like every port:
// - embedded (`tether dev`): MemoryReplayLog, fed by a wildcard subscription to every realtime
//   subject on the in-process bus;
// - distributed: JetStreamReplayLog (jetstream-replay.ts), a memory-storage JetStream stream that
//   captures the realtime subjects, so any API process can replay what any gateway published.
// Both keep at most `maxPerTopic` messages per topic for at most `maxAgeMs`; a cursor older than
// that is a gap, which the subscriber is told about explicitly (never a silent loss).
import type { Logger } from "pino";
import { type Bus, subjects } from "../bus/index.ts";
import { decodeBusMessage, type RealtimeMessage } from "./message.ts";
import { topicKey } from "./token.ts";

/** Messages kept per channel+topic (a full streamed publish is 1,002). */
export const DEFAULT_REPLAY_MAX_PER_TOPIC = 1_100;
export const DEFAULT_REPLAY_MAX_AGE_MS = 10 * 60_000;
/** Topics the in-memory log keeps; the least recently written goes first. */
export const DEFAULT_REPLAY_MAX_TOPICS = 10_000;

export interface ReplayLog {
  /**
   * The messages of channel+topic published after the one whose id is `afterId`, oldest first;
   * undefined when `afterId` is not retained (too old, or never seen): a gap. `afterId` may also be
   * an empty-topic cursor from head(): then every message since, unless some may have been dropped.
   */
  after(channel: string, topic: string, afterId: string): Promise<RealtimeMessage[] | undefined>;
  /** A cursor for "now": the newest retained message's id, or an empty-topic cursor. */
  head(channel: string, topic: string): Promise<string>;
  close(): Promise<void>;
}

const EMPTY_CURSOR = "empty@";

/** The cursor of a topic that had no retained message at `nowMs`. */
export function emptyCursor(nowMs: number): string {
  return `${EMPTY_CURSOR}${nowMs}`;
}

/** The time of an empty-topic cursor; undefined for a message id. */
export function emptyCursorTime(cursor: string): number | undefined {
  if (!cursor.startsWith(EMPTY_CURSOR)) return undefined;
  const ms = Number(cursor.slice(EMPTY_CURSOR.length));
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/**
 * What an empty-topic cursor from `sinceMs` resumes to, given every retained message: all of them,
 * unless the limits may have dropped one since (too old a cursor, or a full topic) — then a gap.
 */
export function afterEmpty(retained: RealtimeMessage[], sinceMs: number, nowMs: number, limits: Required<ReplayLimits>): RealtimeMessage[] | undefined {
  if (nowMs - sinceMs > limits.maxAgeMs || retained.length >= limits.maxPerTopic) return undefined;
  return retained;
}

export interface ReplayLimits {
  /** @default 1_100 */
  maxPerTopic?: number;
  /** @default 600_000 (10 minutes) */
  maxAgeMs?: number;
}

interface Entry {
  msg: RealtimeMessage;
  atMs: number;
}

export class MemoryReplayLog implements ReplayLog {
  readonly #topics = new Map<string, Entry[]>();
  readonly #maxPerTopic: number;
  readonly #maxAgeMs: number;
  readonly #maxTopics: number;
  readonly #unsubscribe: () => void;
  readonly #now: () => number;
  #topicDroppedAtMs = -Infinity;

  constructor(bus: Bus, log: Logger, o: ReplayLimits & { maxTopics?: number; now?: () => number } = {}) {
    this.#now = o.now ?? Date.now;
    this.#maxPerTopic = o.maxPerTopic ?? DEFAULT_REPLAY_MAX_PER_TOPIC;
    this.#maxAgeMs = o.maxAgeMs ?? DEFAULT_REPLAY_MAX_AGE_MS;
    this.#maxTopics = o.maxTopics ?? DEFAULT_REPLAY_MAX_TOPICS;
    this.#unsubscribe = bus.subscribe(subjects.realtimeAll(), (m) => {
      const msg = decodeBusMessage(m.data);
      if (msg?.id && m.subject === subjects.realtime(msg.channel, msg.topic)) this.#append(msg);
      else log.warn({ subject: m.subject }, "replay log ignored a malformed realtime message");
    });
  }

  async after(channel: string, topic: string, afterId: string): Promise<RealtimeMessage[] | undefined> {
    const now = this.#now();
    const list = this.#topics.get(topicKey(channel, topic)) ?? [];
    this.#expire(list, now);
    const since = emptyCursorTime(afterId);
    if (since !== undefined) {
      // A whole topic dropped (maxTopics) after the cursor was issued may have held messages.
      if (this.#topicDroppedAtMs >= since) return undefined;
      return afterEmpty(list.map((e) => e.msg), since, now, { maxPerTopic: this.#maxPerTopic, maxAgeMs: this.#maxAgeMs });
    }
    const i = list.findIndex((e) => e.msg.id === afterId);
    return i < 0 ? undefined : list.slice(i + 1).map((e) => e.msg);
  }

  async head(channel: string, topic: string): Promise<string> {
    const list = this.#topics.get(topicKey(channel, topic));
    const now = this.#now();
    if (list) this.#expire(list, now);
    return list?.at(-1)?.msg.id ?? emptyCursor(now);
  }

  async close(): Promise<void> {
    this.#unsubscribe();
    this.#topics.clear();
  }

  #append(msg: RealtimeMessage): void {
    const key = topicKey(msg.channel, msg.topic);
    const now = this.#now();
    let list = this.#topics.get(key);
    if (list) this.#topics.delete(key); // re-inserted last: Map order is least recently written first
    else list = [];
    list.push({ msg, atMs: now });
    if (list.length > this.#maxPerTopic) list.splice(0, list.length - this.#maxPerTopic);
    this.#expire(list, now);
    this.#topics.set(key, list);
    if (this.#topics.size > this.#maxTopics) {
      this.#topics.delete(this.#topics.keys().next().value!);
      this.#topicDroppedAtMs = now;
    }
  }

  #expire(list: Entry[], now: number): void {
    let n = 0;
    while (n < list.length && now - list[n]!.atMs > this.#maxAgeMs) n++;
    if (n) list.splice(0, n);
  }
}
