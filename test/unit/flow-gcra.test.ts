// GCRA arithmetic of throttling (reserved starts) and rate limiting (admit or skip), docs/semantics.md §3–4.
import assert from "node:assert/strict";
import { test } from "node:test";
import { admitStart, type GcraState, reserveStart } from "../../src/flow/gcra.ts";
import { priorityFactor, runScore } from "../../src/flow/keys.ts";

const starts = (n: number, now: number, l: { limit: number; periodMs: number; burst: number }) => {
  let s: GcraState | undefined;
  const at: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = reserveStart(s, now, l);
    at.push(r.at);
    s = r.next;
  }
  return at;
};

test("throttle limit 1 per 5 s: three starts at once are placed 5 s apart, none refused", () => {
  assert.deepEqual(starts(3, 1_000, { limit: 1, periodMs: 5_000, burst: 0 }), [1_000, 6_000, 11_000]);
});

test("throttle spreads a period's starts evenly: limit 4 per 8 s ⇒ one every 2 s", () => {
  assert.deepEqual(starts(4, 0, { limit: 4, periodMs: 8_000, burst: 0 }), [0, 2_000, 4_000, 6_000]);
});

test("throttle burst B lets B extra starts go at once: limit+B starts in the first period", () => {
  const at = starts(6, 0, { limit: 2, periodMs: 10_000, burst: 2 });
  assert.deepEqual(at, [0, 0, 0, 5_000, 10_000, 15_000]);
  assert.equal(at.filter((t) => t < 10_000).length, 2 + 2);
});

test("throttle: after a quiet period the next start goes at once", () => {
  const first = reserveStart(undefined, 0, { limit: 1, periodMs: 5_000, burst: 0 });
  assert.equal(reserveStart(first.next, 60_000, { limit: 1, periodMs: 5_000, burst: 0 }).at, 60_000);
});

test("rate limit 1 per hour: a second start within the hour is refused and changes nothing; after it, admitted", () => {
  const l = { limit: 1, periodMs: 3_600_000 };
  const a = admitStart(undefined, 0, l);
  assert.equal(a.allowed, true);
  const b = admitStart(a.next, 1_000, l);
  assert.equal(b.allowed, false);
  assert.deepEqual(b.next, a.next);
  assert.equal(admitStart(b.next, 3_600_000, l).allowed, true);
});

test("rate limit 3 per minute: three at once are admitted, the fourth is refused until a third of the period passed", () => {
  const l = { limit: 3, periodMs: 60_000 };
  let s: GcraState | undefined;
  const got: boolean[] = [];
  for (let i = 0; i < 4; i++) {
    const r = admitStart(s, 0, l);
    got.push(r.allowed);
    s = r.next;
  }
  assert.deepEqual(got, [true, true, true, false]);
  assert.equal(admitStart(s, 19_999, l).allowed, false);
  assert.equal(admitStart(s, 20_000, l).allowed, true);
});

test("priority factor: clipped to ±600 s, an erroring or non-numeric expression counts 0", () => {
  const cfg = (run: string) => ({ concurrency: [], priority: run });
  const ev = (data: Record<string, unknown>) => ({ name: "x", data, user: {}, id: "1", ts: 0 });
  assert.equal(priorityFactor(cfg("event.data.p"), ev({ p: 120 })), 120);
  assert.equal(priorityFactor(cfg("event.data.p"), ev({ p: 1_000 })), 600);
  assert.equal(priorityFactor(cfg("event.data.p"), ev({ p: -1_000 })), -600);
  assert.equal(priorityFactor(cfg("event.data.missing.deeper"), ev({})), 0);
  assert.equal(priorityFactor(cfg("event.data.p"), ev({ p: "high" })), 0);
  // A negative factor orders the run later: −30 ⇒ as if created 30 s after it was.
  assert.equal(runScore(1_000_000, cfg("event.data.p"), ev({ p: -30 })), 1_030_000);
  // The worked example of docs/semantics.md §7: A@:10, B@:40, C@2:10; at 2:30 X(0) and Y(120) ⇒ A, Y, B, C, X.
  const runs = [["A", 10, 0], ["B", 40, 0], ["C", 130, 0], ["X", 150, 0], ["Y", 150, 120]] as const;
  const order = runs.map(([n, t, p]) => ({ n, s: runScore(t * 1_000, cfg("event.data.p"), ev({ p })) })).sort((a, b) => a.s - b.s).map((r) => r.n);
  assert.deepEqual(order, ["A", "Y", "B", "C", "X"]);
});
