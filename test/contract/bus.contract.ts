// The Bus contract (src/bus/bus.ts), run unchanged against every adapter. `makeBus` returns two
// handles on one bus — two connections for NATS, so delivery crosses processes' worth of
// plumbing; the same instance twice for MemoryBus.
//
// A subscription made on one handle is not instantly visible to another over NATS (the SUB is
// still on its way to the server), so tests call `barrier(from, to)` before relying on it: it
// proves with a round trip that everything `to` subscribed earlier reaches `from`'s messages.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, test as nodeTest } from "node:test";
import type { Bus, BusMessage } from "../../src/bus/index.ts";
import { TetherError } from "../../src/common/index.ts";
import { waitFor } from "../helpers/wait.ts";

export interface BusPair {
  a: Bus;
  b: Bus;
  cleanup(): Promise<void>;
}

export interface ContractOptions {
  /** Skip every test with this reason (e.g. "nats-server not installed"). */
  skip?: string | false;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const bytes = (s: string) => enc.encode(s);
const text = (b: Uint8Array) => dec.decode(b);

let seq = 0;
const unique = (label: string) => `test.${label}.${process.pid}.${++seq}.${randomBytes(4).toString("hex")}`;

const isForwardFailed = (err: unknown) => {
  assert.ok(err instanceof TetherError, `expected a TetherError, got ${String(err)}`);
  assert.equal(err.code, "connect_forward_failed");
  return true;
};

/** Resolves once subscriptions made on `to` before the call receive what `from` sends after it. */
export async function barrier(from: Bus, to: Bus): Promise<void> {
  const subject = unique("barrier");
  const off = to.subscribe(subject, (m) => m.respond?.(new Uint8Array()));
  try {
    await waitFor(
      () => from.request(subject, new Uint8Array(), { timeoutMs: 1_000 }).then(() => true, () => false),
      { timeoutMs: 5_000, what: "subscription visible across handles" },
    );
  } finally {
    off();
  }
}

export function busContract(name: string, makeBus: () => Promise<BusPair>, opts: ContractOptions = {}): void {
  describe(`Bus contract: ${name}`, () => {
    // Skipped per test (not per suite) so the runner's summary counts what did not run.
    const test = (title: string, fn: () => Promise<void>) => nodeTest(title, { skip: opts.skip }, fn);
    const withBus = async (fn: (p: BusPair) => Promise<void>) => {
      const pair = await makeBus();
      try {
        await fn(pair);
      } finally {
        await pair.cleanup();
      }
    };

    test("request gets the reply of a subscriber on the other handle", () => withBus(async ({ a, b }) => {
      const subject = unique("echo");
      const seen: BusMessage[] = [];
      b.subscribe(subject, (m) => {
        seen.push(m);
        m.respond?.(bytes(`re:${text(m.data)}`));
      });
      await barrier(a, b);
      const reply = await a.request(subject, bytes("ping"), { timeoutMs: 2_000 });
      assert.equal(text(reply), "re:ping");
      assert.equal(seen.length, 1);
      assert.equal(seen[0].subject, subject);
      assert.equal(text(seen[0].data), "ping");
    }));

    test("a trailing > subscription hears every subject under its prefix, in order, and nothing else", () => withBus(async ({ a, b }) => {
      const root = unique("wild");
      const seen: string[] = [];
      b.subscribe(`${root}.>`, (m) => seen.push(`${m.subject.slice(root.length + 1)}=${text(m.data)}`));
      const exact: string[] = [];
      b.subscribe(`${root}.x.y`, (m) => exact.push(text(m.data)));
      await barrier(a, b);
      a.publish(`${root}.x.y`, bytes("1"));
      a.publish(`${root}.z`, bytes("2"));
      a.publish(`${root}other.q`, bytes("no"));
      a.publish(root, bytes("no"));
      a.publish(`${root}.x.y`, bytes("3"));
      await barrier(a, b);
      assert.deepEqual(seen, ["x.y=1", "z=2", "x.y=3"], "everything under the prefix, in order");
      assert.deepEqual(exact, ["1", "3"], "exact subscribers still hear their subject");
    }));

    test("carries raw bytes unchanged, in both directions", () => withBus(async ({ a, b }) => {
      const subject = unique("bytes");
      const payload = new Uint8Array(200_000).map((_, i) => i % 256);
      b.subscribe(subject, (m) => m.respond?.(m.data.slice().reverse()));
      await barrier(a, b);
      const reply = await a.request(subject, payload, { timeoutMs: 5_000 });
      assert.deepEqual(Buffer.from(reply), Buffer.from(payload.slice().reverse()));
      const empty = await a.request(subject, new Uint8Array(), { timeoutMs: 2_000 });
      assert.equal(empty.length, 0);
    }));

    test("a responder may answer asynchronously", () => withBus(async ({ a, b }) => {
      const subject = unique("async");
      b.subscribe(subject, (m) => {
        setTimeout(() => m.respond?.(bytes("later")), 30);
      });
      await barrier(a, b);
      assert.equal(text(await a.request(subject, bytes("x"), { timeoutMs: 2_000 })), "later");
    }));

    test("a plain publish carries no respond function", () => withBus(async ({ a, b }) => {
      const subject = unique("norespond");
      const got: BusMessage[] = [];
      b.subscribe(subject, (m) => got.push(m));
      await barrier(a, b);
      a.publish(subject, bytes("fire"));
      await waitFor(() => got.length === 1, { timeoutMs: 5_000, what: "publish delivered" });
      assert.equal(got[0].respond, undefined);
    }));

    test("request with no subscriber fails fast with connect_forward_failed", () => withBus(async ({ a }) => {
      const started = Date.now();
      await assert.rejects(a.request(unique("nobody"), bytes("x"), { timeoutMs: 10_000 }), isForwardFailed);
      // "No responders" must not wait for the timeout: the executor re-routes on it at once.
      assert.ok(Date.now() - started < 5_000, "rejected without waiting for the timeout");
    }));

    test("request nobody answers fails with connect_forward_failed after the timeout", () => withBus(async ({ a, b }) => {
      const subject = unique("silent");
      let received = 0;
      b.subscribe(subject, () => {
        received++;
      });
      await barrier(a, b);
      await assert.rejects(a.request(subject, bytes("x"), { timeoutMs: 150 }), isForwardFailed);
      assert.equal(received, 1, "the subscriber got the request; it just never answered");
    }));

    test("a queue group delivers each message to exactly one member, across handles", () => withBus(async ({ a, b }) => {
      const subject = unique("queue");
      const got: string[][] = [[], [], []];
      a.subscribe(subject, (m) => got[0].push(text(m.data)), { queue: "workers" });
      b.subscribe(subject, (m) => got[1].push(text(m.data)), { queue: "workers" });
      b.subscribe(subject, (m) => got[2].push(text(m.data)), { queue: "workers" });
      await barrier(a, b);
      const n = 60;
      for (let i = 0; i < n; i++) a.publish(subject, bytes(String(i)));
      await waitFor(() => got.flat().length >= n, { timeoutMs: 5_000, what: "queue deliveries" });
      await barrier(a, b); // anything still in flight to b arrives before the barrier's reply
      const all = got.flat().sort((x, y) => Number(x) - Number(y));
      assert.deepEqual(all, Array.from({ length: n }, (_, i) => String(i)), "each message exactly once");
      assert.ok(got.filter((g) => g.length > 0).length >= 2, "the group shares the load");
    }));

    test("a queued request is answered by exactly one member", () => withBus(async ({ a, b }) => {
      const subject = unique("queue-req");
      let calls = 0;
      for (const bus of [a, b, b]) {
        bus.subscribe(subject, (m) => {
          calls++;
          m.respond?.(bytes("one"));
        }, { queue: "gw" });
      }
      await barrier(a, b);
      for (let i = 0; i < 10; i++) assert.equal(text(await a.request(subject, bytes("q"), { timeoutMs: 2_000 })), "one");
      await barrier(a, b);
      assert.equal(calls, 10);
    }));

    test("plain subscribers each get every message, next to a queue group", () => withBus(async ({ a, b }) => {
      const subject = unique("fanout");
      const plainA: string[] = [];
      const plainB: string[] = [];
      const queued: string[] = [];
      a.subscribe(subject, (m) => plainA.push(text(m.data)));
      b.subscribe(subject, (m) => plainB.push(text(m.data)));
      a.subscribe(subject, (m) => queued.push(text(m.data)), { queue: "q" });
      b.subscribe(subject, (m) => queued.push(text(m.data)), { queue: "q" });
      await barrier(a, b);
      const sent = ["1", "2", "3", "4", "5"];
      for (const s of sent) b.publish(subject, bytes(s));
      await waitFor(() => plainA.length >= 5 && plainB.length >= 5 && queued.length >= 5, { timeoutMs: 5_000, what: "fan-out" });
      await barrier(b, a);
      await barrier(a, b);
      assert.deepEqual(plainA, sent);
      assert.deepEqual(plainB, sent);
      assert.deepEqual([...queued].sort(), sent);
    }));

    test("unsubscribe stops delivery; other subscribers keep theirs", () => withBus(async ({ a, b }) => {
      const subject = unique("unsub");
      let gone = 0;
      let kept = 0;
      const off = b.subscribe(subject, () => {
        gone++;
      });
      b.subscribe(subject, () => {
        kept++;
      });
      await barrier(a, b);
      a.publish(subject, bytes("1"));
      await waitFor(() => gone === 1 && kept === 1, { timeoutMs: 5_000, what: "first delivery" });
      off();
      off(); // idempotent
      await barrier(a, b); // the unsubscribe has reached everyone
      a.publish(subject, bytes("2"));
      await waitFor(() => kept === 2, { timeoutMs: 5_000, what: "second delivery" });
      await barrier(a, b);
      assert.equal(gone, 1);
    }));

    test("a request to an unsubscribed responder fails with connect_forward_failed", () => withBus(async ({ a, b }) => {
      const subject = unique("unsub-req");
      const off = b.subscribe(subject, (m) => m.respond?.(bytes("ok")));
      await barrier(a, b);
      assert.equal(text(await a.request(subject, bytes("x"), { timeoutMs: 2_000 })), "ok");
      off();
      await barrier(a, b);
      await assert.rejects(a.request(subject, bytes("x"), { timeoutMs: 2_000 }), isForwardFailed);
    }));

    test("after close, publish is dropped and request fails with connect_forward_failed", () => withBus(async ({ a }) => {
      await a.close();
      await a.close(); // idempotent
      a.publish(unique("closed"), bytes("x"));
      await assert.rejects(a.request(unique("closed"), bytes("x"), { timeoutMs: 500 }), isForwardFailed);
    }));
  });
}
