// The JetStream flow store's local index of parked-job keys (src/state/backlog-index.ts): lanes
// per backlog, keys in order within a lane, revisions when known, and reconcile with a listing
// that keeps keys added while the listing was in flight.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BacklogIndex } from "../../src/state/backlog-index.ts";

test("keys are kept per backlog and lane, in ascending order, once each; emptied lanes and backlogs vanish", () => {
  const ix = new BacklogIndex();
  for (const k of ["b1.l1.0003.x", "b1.l1.0001.y", "b1.l2.0002.z", "b2.l1.0001.w", "b1.l1.0002.v", "b1.l1.0001.y"]) ix.add(k);
  assert.deepEqual(ix.lanes("b1").sort(), ["l1", "l2"]);
  assert.deepEqual(ix.keys("b1", "l1"), ["b1.l1.0001.y", "b1.l1.0002.v", "b1.l1.0003.x"]);
  assert.deepEqual(ix.keys("b2", "l1"), ["b2.l1.0001.w"]);
  ix.remove("b1.l2.0002.z");
  ix.remove("b1.l2.0002.z"); // twice: nothing left to remove
  assert.deepEqual(ix.lanes("b1"), ["l1"]);
  ix.remove("b2.l1.0001.w");
  assert.deepEqual(ix.lanes("b2"), []);
  assert.deepEqual(ix.keys("b2", "l1"), []);
  assert.deepEqual(ix.keys("nope", "l1"), []);
});

test("a revision is kept until the key is removed; adding the key again without one keeps it", () => {
  const ix = new BacklogIndex();
  ix.add("b.l.1.a", 7);
  ix.add("b.l.1.a");
  assert.equal(ix.rev("b.l.1.a"), 7);
  ix.add("b.l.1.a", 9);
  assert.equal(ix.rev("b.l.1.a"), 9);
  ix.remove("b.l.1.a");
  assert.equal(ix.rev("b.l.1.a"), undefined);
  ix.add("b.l.1.a");
  assert.equal(ix.rev("b.l.1.a"), undefined, "a parking known from a listing has no revision");
});

test("reconcile adds what the listing has, drops what it lacks, and keeps keys added since the snapshot", () => {
  const ix = new BacklogIndex();
  ix.add("b.l.1.gone", 1);
  ix.add("b.l.2.kept", 2);
  ix.add("other.l.1.x", 3);
  const before = ix.snapshot("b");
  ix.add("b.l.3.new", 4); // seen by the watch while the listing was in flight
  ix.reconcile("b", ["b.l.2.kept", "b.m.1.listed"], before);
  assert.deepEqual(ix.keys("b", "l"), ["b.l.2.kept", "b.l.3.new"]);
  assert.deepEqual(ix.keys("b", "m"), ["b.m.1.listed"]);
  assert.equal(ix.rev("b.l.2.kept"), 2);
  assert.deepEqual(ix.keys("other", "l"), ["other.l.1.x"], "another backlog is untouched");
});
