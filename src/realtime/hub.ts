// This process's realtime subscribers, indexed by channel+topic. The hub holds one bus
// subscription per channel+topic that has at least one local subscriber, and encodes each message
// once for all of them. Order: the bus delivers one subject's messages in order (one NATS
// subscription, or MemoryBus's FIFO microtasks) and deliver() is synchronous, so every subscriber
// sees a channel+topic's messages in publish order.
import type { Logger } from "pino";
import { type Bus, subjects } from "../bus/index.ts";
import { decodeBusMessage, type RealtimeMessage } from "./message.ts";
import { topicKey } from "./token.ts";

/** One WebSocket or SSE connection, as the hub sees it. */
export interface Subscriber {
  /** Sends one message's JSON text (`msg` is the same message, decoded); must not throw. */
  deliver(text: string, msg: RealtimeMessage): void;
}

interface TopicEntry {
  channel: string;
  topic: string;
  subscribers: Set<Subscriber>;
  unsubscribe: () => void;
}

export class RealtimeHub {
  readonly #bus: Bus;
  readonly #envId: string;
  readonly #log: Logger;
  readonly #topics = new Map<string, TopicEntry>();
  #delivered = 0;

  constructor(bus: Bus, envId: string, log: Logger) {
    this.#bus = bus;
    this.#envId = envId;
    this.#log = log;
  }

  add(sub: Subscriber, channel: string, topic: string): void {
    const key = topicKey(channel, topic);
    let entry = this.#topics.get(key);
    if (!entry) {
      const e: TopicEntry = { channel, topic, subscribers: new Set(), unsubscribe: () => {} };
      e.unsubscribe = this.#bus.subscribe(subjects.realtime(channel, topic), (m) => this.#onMessage(e, m.data));
      this.#topics.set(key, e);
      entry = e;
    }
    entry.subscribers.add(sub);
  }

  remove(sub: Subscriber, channel: string, topic: string): void {
    const key = topicKey(channel, topic);
    const entry = this.#topics.get(key);
    if (!entry?.subscribers.delete(sub) || entry.subscribers.size > 0) return;
    entry.unsubscribe();
    this.#topics.delete(key);
  }

  /** Drops every bus subscription (shutdown). */
  clear(): void {
    for (const e of this.#topics.values()) e.unsubscribe();
    this.#topics.clear();
  }

  snapshot(): { topics: number; subscriptions: number; delivered: number } {
    let subscriptions = 0;
    for (const e of this.#topics.values()) subscriptions += e.subscribers.size;
    return { topics: this.#topics.size, subscriptions, delivered: this.#delivered };
  }

  #onMessage(entry: TopicEntry, data: Uint8Array): void {
    const msg = decodeBusMessage(data);
    // Subjects are hashes: check the message really is for this channel+topic.
    if (!msg || msg.channel !== entry.channel || msg.topic !== entry.topic) {
      this.#log.warn({ channel: entry.channel, topic: entry.topic }, "dropped a malformed realtime message");
      return;
    }
    msg.env_id ??= this.#envId;
    const text = JSON.stringify(msg);
    for (const s of entry.subscribers) s.deliver(text, msg);
    this.#delivered += entry.subscribers.size;
  }
}
