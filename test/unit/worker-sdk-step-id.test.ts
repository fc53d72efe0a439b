// Step id hashing and collision indexing (docs/execution-protocol.md §2.1).

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { StepIdAllocator, hashStepId } from "../../worker-sdk/step-id.ts";

describe("worker-sdk step ids", () => {
  test("hashes a user id to lowercase hex SHA-1", () => {
    assert.equal(hashStepId("my-step-id"), "e7d8a2f140845095749d60246ff1110c9d01d76a");
    assert.equal(hashStepId("first"), "e0996a37c13d44c3b06074939d43fa3759bd32c1");
  });

  test("hashes stay right past the bounded cache of recent ids", () => {
    const sha1 = (id: string) => createHash("sha1").update(id, "utf8").digest("hex");
    assert.equal(hashStepId("my-step-id"), sha1("my-step-id"));
    for (let i = 0; i < 25_000; i++) hashStepId(`filler-${i}`);
    assert.equal(hashStepId("my-step-id"), sha1("my-step-id"));
    assert.equal(hashStepId("filler-24999"), sha1("filler-24999"));
    assert.equal(hashStepId("filler-0"), sha1("filler-0"));
  });

  test("hashes the UTF-8 bytes of non-ASCII ids", () => {
    assert.match(hashStepId("schritt-ü"), /^[0-9a-f]{40}$/);
    assert.notEqual(hashStepId("schritt-ü"), hashStepId("schritt-u"));
  });

  test("gives repeated ids :1, :2 … before hashing, first use unchanged", () => {
    const ids = new StepIdAllocator();
    assert.deepEqual(ids.allocate("s"), { id: "s", hashedId: hashStepId("s") });
    assert.deepEqual(ids.allocate("s"), { id: "s:1", hashedId: hashStepId("s:1"), index: 1 });
    assert.deepEqual(ids.allocate("s"), { id: "s:2", hashedId: hashStepId("s:2"), index: 2 });
    assert.deepEqual(ids.allocate("other"), { id: "other", hashedId: hashStepId("other") });
  });

  test("skips an index already taken by an explicitly suffixed id", () => {
    const ids = new StepIdAllocator();
    ids.allocate("a");
    ids.allocate("a:1");
    assert.equal(ids.allocate("a").id, "a:2");
  });

  test("allocations are independent per execution", () => {
    assert.equal(new StepIdAllocator().allocate("x").id, "x");
    assert.equal(new StepIdAllocator().allocate("x").id, "x");
  });
});
