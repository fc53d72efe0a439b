// In-process bus for `tether dev`: exact subject matching, plus NATS's trailing `>` wildcard
// (`a.b.>` hears every subject under `a.b.`); queue groups pick round-robin.
// Delivery is asynchronous (a microtask) so callers never re-enter their own handlers.
import { TetherError } from "../common/index.ts";
import type { Bus, BusHandler, BusMessage, SubscribeOptions } from "./bus.ts";

interface Sub {
  handler: BusHandler;
  queue?: string;
}

export class MemoryBus implements Bus {
  #subs = new Map<string, Sub[]>();
  /** Trailing-`>` subscriptions, by prefix (with its final dot). */
  #wild = new Map<string, Sub[]>();
  #rr = new Map<string, number>();
  #closed = false;

  publish(subject: string, data: Uint8Array): void {
    this.#deliver({ subject, data });
  }

  request(subject: string, data: Uint8Array, opts: { timeoutMs: number }): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      let done = false;
      const timer = setTimeout(() => {
        done = true;
        reject(new TetherError("connect_forward_failed", `bus request to ${subject} timed out`));
      }, opts.timeoutMs);
      const respond = (reply: Uint8Array) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve(reply);
      };
      if (this.#deliver({ subject, data, respond }) === 0) {
        done = true;
        clearTimeout(timer);
        reject(new TetherError("connect_forward_failed", `no responders on ${subject}`));
      }
    });
  }

  subscribe(subject: string, handler: BusHandler, opts: SubscribeOptions = {}): () => void {
    const sub: Sub = { handler, queue: opts.queue };
    const [map, key] = subject.endsWith(".>") ? [this.#wild, subject.slice(0, -1)] : [this.#subs, subject];
    const list = map.get(key) ?? [];
    list.push(sub);
    map.set(key, list);
    return () => {
      const cur = map.get(key);
      if (!cur) return;
      const next = cur.filter((s) => s !== sub);
      if (next.length) map.set(key, next);
      else map.delete(key);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#subs.clear();
    this.#wild.clear();
  }

  #deliver(msg: BusMessage): number {
    if (this.#closed) return 0;
    let list = this.#subs.get(msg.subject);
    for (const [prefix, subs] of this.#wild) if (msg.subject.startsWith(prefix)) list = [...(list ?? []), ...subs];
    if (!list?.length) return 0;
    const targets: Sub[] = [];
    const groups = new Map<string, Sub[]>();
    for (const s of list) {
      if (!s.queue) targets.push(s);
      else groups.set(s.queue, [...(groups.get(s.queue) ?? []), s]);
    }
    for (const [q, members] of groups) {
      const key = `${msg.subject}|${q}`;
      const i = (this.#rr.get(key) ?? 0) % members.length;
      this.#rr.set(key, i + 1);
      targets.push(members[i]);
    }
    for (const s of targets) queueMicrotask(() => s.handler(msg));
    return targets.length;
  }
}
