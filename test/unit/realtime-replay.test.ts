// Server-side pieces of realtime streams and resume, without sockets: cutting a byte stream into
// 1 KiB text chunks, the in-memory replay log's limits, and the resume gate's ordering rules.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import pino from "pino";
import { MemoryBus } from "../../src/bus/index.ts";
import { MemoryReplayLog, publishRealtime, type RealtimeMessage, utf8Chunks } from "../../src/realtime/index.ts";
import { ResumeGate } from "../../src/realtime/resume.ts";

async function collect(pieces: (string | Uint8Array)[], max: number): Promise<string[]> {
  const out: string[] = [];
  async function* source() {
    yield* pieces;
  }
  for await (const c of utf8Chunks(source(), max)) out.push(c);
  return out;
}

describe("utf8Chunks", () => {
  test("cuts at most maxBytes, never inside a character, and keeps every byte", async () => {
    const text = "aé€🚀".repeat(50);
    const chunks = await collect([Buffer.from(text)], 7);
    assert.equal(chunks.join(""), text);
    for (const c of chunks) assert.ok(Buffer.byteLength(c) <= 7, `chunk of ${Buffer.byteLength(c)} bytes`);
    assert.ok(chunks.every((c) => !c.includes("\uFFFD")), "no broken characters");
  });

  test("a character split across pieces waits for its end; each piece goes out as it comes", async () => {
    const rocket = Buffer.from("🚀");
    assert.deepEqual(await collect(["ab", rocket.subarray(0, 1), rocket.subarray(1, 3), Buffer.concat([rocket.subarray(3), Buffer.from("c")])], 1024), ["ab", "🚀c"]);
    assert.deepEqual(await collect(["x", "y"], 1024), ["x", "y"], "no waiting to fill a chunk");
  });

  test("bytes that are not UTF-8 are still cut to size, not buffered without bound", async () => {
    const junk = new Uint8Array(40).fill(0x80);
    const chunks = await collect([junk], 16);
    assert.ok(chunks.length >= 3, "cut into pieces");
  });
});

describe("MemoryReplayLog", () => {
  const log = pino({ level: "silent" });
  const settle = () => new Promise((r) => setTimeout(r, 0));

  test("replays what came after a cursor, per channel+topic; an unknown cursor is a gap", async () => {
    const bus = new MemoryBus();
    const replay = new MemoryReplayLog(bus, log);
    const ids = [0, 1, 2, 3].map((i) => publishRealtime(bus, { channel: "c", topic: i % 2 ? "odd" : "even", data: i }).id!);
    await settle();
    assert.deepEqual((await replay.after("c", "even", ids[0]!))?.map((m) => m.data), [2]);
    assert.deepEqual((await replay.after("c", "odd", ids[3]!))?.map((m) => m.data), [], "nothing after the newest");
    assert.equal(await replay.after("c", "odd", ids[0]!), undefined, "a cursor from another topic is a gap");
    assert.equal(await replay.after("other", "even", ids[0]!), undefined, "an unknown topic is a gap");
    await replay.close();
  });

  test("keeps at most maxPerTopic messages, for at most maxAgeMs, on at most maxTopics topics", async () => {
    const bus = new MemoryBus();
    let now = 1_000;
    const replay = new MemoryReplayLog(bus, log, { maxPerTopic: 3, maxAgeMs: 100, maxTopics: 2, now: () => now });
    const ids = [0, 1, 2, 3, 4].map((i) => publishRealtime(bus, { channel: "c", topic: "t", data: i }).id!);
    await settle();
    assert.equal(await replay.after("c", "t", ids[0]!), undefined, "evicted by count");
    assert.deepEqual((await replay.after("c", "t", ids[2]!))?.map((m) => m.data), [3, 4]);
    now += 101;
    assert.equal(await replay.after("c", "t", ids[2]!), undefined, "expired by age");
    const a = publishRealtime(bus, { channel: "c", topic: "a", data: "a" }).id!;
    publishRealtime(bus, { channel: "c", topic: "b", data: "b" });
    publishRealtime(bus, { channel: "c", topic: "d", data: "d" });
    await settle();
    assert.equal(await replay.after("c", "a", a), undefined, "the least recently written topic went first");
    await replay.close();
  });
});

describe("MemoryReplayLog empty-topic cursors", () => {
  const log = pino({ level: "silent" });
  const settle = () => new Promise((r) => setTimeout(r, 0));

  test("head() of an empty topic resumes to everything since; a full topic or an old cursor is a gap", async () => {
    const bus = new MemoryBus();
    let now = 5_000;
    const replay = new MemoryReplayLog(bus, log, { maxPerTopic: 3, maxAgeMs: 100, now: () => now });
    const empty = await replay.head("c", "t");
    assert.match(empty, /^empty@5000$/, "an empty-topic cursor");
    assert.deepEqual(await replay.after("c", "t", empty), [], "nothing yet");
    const first = publishRealtime(bus, { channel: "c", topic: "t", data: 1 }).id!;
    publishRealtime(bus, { channel: "c", topic: "t", data: 2 });
    await settle();
    assert.deepEqual((await replay.after("c", "t", empty))?.map((m) => m.data), [1, 2]);
    assert.equal(await replay.head("c", "u"), "empty@5000");
    assert.notEqual(await replay.head("c", "t"), first, "head is the newest message");
    publishRealtime(bus, { channel: "c", topic: "t", data: 3 });
    await settle();
    assert.equal(await replay.after("c", "t", empty), undefined, "a full topic may have dropped one: gap");
    now += 101;
    assert.equal(await replay.after("c", "u", "empty@5000"), undefined, "older than the window: gap");
    await replay.close();
  });
});

describe("ResumeGate", () => {
  const msg = (topic: string, id: string, data: unknown = id): RealtimeMessage => ({ kind: "data", channel: "c", topic, id, data, created_at: "" });
  const fakeReplay = (lists: Record<string, RealtimeMessage[] | undefined>, gate: Promise<void>) => ({
    async after(_c: string, topic: string) {
      await gate;
      return lists[topic];
    },
    async head(_c: string, topic: string) {
      return `head-${topic}`;
    },
    async close() {},
  });

  test("holds live messages during the read, merges topics by id, drops live copies of replayed ones", async () => {
    const sent: string[] = [];
    const gate = new ResumeGate((text) => {
      const m = JSON.parse(text);
      sent.push(m.kind === "cursor" ? `cursor:${m.topic}:${m.data.id}` : m.id);
    }, "env");
    let release!: () => void;
    const read = new Promise<void>((r) => (release = r));
    const replay = fakeReplay({ a: [msg("a", "01A"), msg("a", "03A")], b: [msg("b", "02B"), msg("b", "04B")] }, read);
    const done = gate.resume(replay, [{ channel: "c", topic: "a", id: "00" }, { channel: "c", topic: "b", id: "00" }], [{ channel: "c", topic: "x" }]);
    for (const m of [msg("b", "04B"), msg("a", "05A"), msg("x", "06X")]) gate.deliver(JSON.stringify(m), m);
    assert.deepEqual(sent, [], "live messages wait for the replay");
    release();
    await done;
    assert.deepEqual(sent, ["cursor:x:head-x", "01A", "02B", "03A", "04B", "05A", "06X"], "a cursor, the replay merged by id, then live minus the duplicate");
    const live = msg("a", "07A");
    gate.deliver(JSON.stringify(live), live);
    assert.equal(sent.at(-1), "07A", "afterwards live messages go straight out");
  });

  test("a missing or failing replay is an explicit gap per topic", async () => {
    const sent: any[] = [];
    const gate = new ResumeGate((text) => sent.push(JSON.parse(text)), "env");
    const failing = { after: async () => Promise.reject(new Error("down")), head: async () => Promise.reject(new Error("down")), close: async () => {} };
    await gate.resume(failing, [{ channel: "c", topic: "a", id: "X1" }]);
    await new ResumeGate((text) => sent.push(JSON.parse(text)), "env").resume(undefined, [{ channel: "c", topic: "b", id: "X2" }]);
    assert.deepEqual(sent.map((m) => [m.kind, m.topic, m.data, m.env_id]), [["gap", "a", { after: "X1" }, "env"], ["gap", "b", { after: "X2" }, "env"]]);
  });
});
