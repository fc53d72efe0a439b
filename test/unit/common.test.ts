// Pure building blocks: durations, retry backoff and Retry-After, signing keys, JWTs.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, test } from "node:test";
import {
  formatDurationMs, hashSigningKey, isValidSigningKey, parseDurationMs, parseRetryAfter, retryBackoffMs, exponentialBackoffMs,
  signingKeyMatches, signJwt, signRequestBody, ulidAt, ulidTime, verifyJwt,
} from "../../src/common/index.ts";

describe("durations", () => {
  test("parses ms-style and Go-style strings", () => {
    assert.equal(parseDurationMs("10s"), 10_000);
    assert.equal(parseDurationMs("500ms"), 500);
    assert.equal(parseDurationMs("1m30s"), 90_000);
    assert.equal(parseDurationMs("2h45m"), 9_900_000);
    assert.equal(parseDurationMs("1.5h"), 5_400_000);
    assert.equal(parseDurationMs("2 days"), 172_800_000);
    assert.equal(parseDurationMs("1w"), 604_800_000);
    assert.equal(parseDurationMs(1500), 1500);
  });
  test("rejects what is not a duration", () => {
    for (const bad of ["", "abc", "10x", "s10", "2026-01-01T00:00:00Z"]) assert.equal(parseDurationMs(bad), undefined, bad);
  });
  test("formats ms-parseable strings", () => {
    assert.equal(formatDurationMs(10_000), "10s");
    assert.equal(formatDurationMs(250), "250ms");
  });
});

describe("retry backoff", () => {
  test("follows Inngest's table plus up to 30 s of jitter", () => {
    assert.equal(retryBackoffMs(0, { random: () => 0 }), 15_000);
    assert.equal(retryBackoffMs(1, { random: () => 0 }), 30_000);
    assert.equal(retryBackoffMs(9, { random: () => 0 }), 7_200_000);
    assert.equal(retryBackoffMs(50, { random: () => 0 }), 7_200_000, "capped at 2 h");
    assert.equal(retryBackoffMs(0, { random: () => 0.999 }), 15_000 + 29_970);
  });
  test("a linear retry interval replaces the table", () => assert.equal(retryBackoffMs(7, { retryIntervalMs: 2000 }), 2000));
  test("exponential backoff doubles from its base up to its cap, plus jitter", () => {
    const o = { baseMs: 100, maxMs: 5_000, random: () => 0 };
    assert.deepEqual([0, 1, 2, 5, 6, 1_000, -3].map((a) => exponentialBackoffMs(a, o)), [100, 200, 400, 3_200, 5_000, 5_000, 100]);
    assert.equal(exponentialBackoffMs(2, { ...o, jitterRatio: 0.2, random: () => 0 }), 320, "−20%");
    assert.equal(exponentialBackoffMs(2, { ...o, jitterRatio: 0.2, random: () => 0.5 }), 400, "the middle of the range");
  });
  test("Retry-After is seconds or a date, clamped to [1 s, 24 h]", () => {
    const now = 1_000_000_000_000;
    assert.equal(parseRetryAfter("10", now), now + 10_000);
    assert.equal(parseRetryAfter("0", now), now + 1_000);
    assert.equal(parseRetryAfter("999999", now), now + 86_400_000);
    assert.equal(parseRetryAfter(new Date(now + 5_000).toISOString(), now), now + 5_000);
    assert.equal(parseRetryAfter("garbage-date", now), undefined);
  });
});

describe("signing keys", () => {
  const key = "signkey-test-0123456789abcdef0123456789abcdef";
  const hashed = "signkey-test-223e0a160af9da0a03e6dd2c4719c56f5d66a633cbe84e78aaa9f3735865522a";
  test("hashes as the official SDK does", () => assert.equal(hashSigningKey(key), hashed));
  test("accepts the raw key or its hash, and nothing else", () => {
    assert.ok(signingKeyMatches(key, key), "signingKeyMatches(key, key)");
    assert.ok(signingKeyMatches(hashed, key), "signingKeyMatches(hashed, key)");
    assert.ok(!signingKeyMatches("signkey-test-00", key), "!signingKeyMatches(\"signkey-test-00\", key)");
    assert.ok(!signingKeyMatches("undefined", key), "!signingKeyMatches(\"undefined\", key)");
  });
  test("validates hex of even length", () => {
    assert.ok(isValidSigningKey(key), "isValidSigningKey(key)");
    assert.ok(!isValidSigningKey("signkey-test-abc"), "!isValidSigningKey(\"signkey-test-abc\")");
    assert.ok(!isValidSigningKey("signkey-test-zz"), "!isValidSigningKey(\"signkey-test-zz\")");
  });
  test("signs request bodies as t=<unix>&s=<hmac>", () => {
    const sig = signRequestBody('{"a":1}', key, 1_700_000_000_000);
    assert.match(sig, /^t=1700000000&s=[0-9a-f]{64}$/);
  });
});

describe("JWT and lease ids", () => {
  test("round-trips claims and refuses tampering, other secrets and expiry", async () => {
    const now = Date.now();
    const t = await signJwt({ sub: "x", iat: Math.floor(now / 1000), exp: Math.floor(now / 1000) + 60 }, "s1");
    assert.equal((await verifyJwt(t, "s1"))?.sub, "x");
    assert.equal(await verifyJwt(t, "s2"), undefined);
    assert.equal(await verifyJwt(t.slice(0, -2) + "xx", "s1"), undefined);
    assert.equal(await verifyJwt(t, "s1", now + 120_000), undefined);
    assert.equal(await verifyJwt("a.b", "s1"), undefined);
  });
  test("refuses a token not yet valid (nbf), one without exp or iat, and any algorithm but HS256", async () => {
    const now = Math.floor(Date.now() / 1000);
    assert.equal(await verifyJwt(await signJwt({ iat: now, exp: now + 60, nbf: now + 30 }, "s1"), "s1"), undefined, "nbf in the future");
    assert.ok(await verifyJwt(await signJwt({ iat: now, exp: now + 60, nbf: now - 1 }, "s1"), "s1"), "nbf passed");
    assert.equal(await verifyJwt(await signJwt({ iat: now }, "s1"), "s1"), undefined, "no exp");
    assert.equal(await verifyJwt(await signJwt({ exp: now + 60 }, "s1"), "s1"), undefined, "no iat");
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const body = b64({ iat: now, exp: now + 60 });
    assert.equal(await verifyJwt(`${b64({ alg: "none", typ: "JWT" })}.${body}.`, "s1"), undefined, "alg none");
    const hs512 = createHmac("sha512", "s1").update(`${b64({ alg: "HS512", typ: "JWT" })}.${body}`).digest("base64url");
    assert.equal(await verifyJwt(`${b64({ alg: "HS512", typ: "JWT" })}.${body}.${hs512}`, "s1"), undefined, "HS512, even correctly signed");
  });
  test("a lease id's time part is its expiry", () => {
    const at = Date.now() + 120_000;
    assert.equal(ulidTime(ulidAt(at)), at);
  });
});
